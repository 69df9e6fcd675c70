"""The codings of the open document, for drawing: a window of them around what is visible,
indexed by position, with their lanes and in Qt units.

A transcript may carry 10,000 codings; reading them all when it opens costs more than showing
the text. So only the codings overlapping a window around the visible lines are read (an
interval query on the index), and the window moves when the view scrolls past it. Inside the
window, codings are sorted by start with a running maximum of their ends, so "which codings
touch these lines" is a binary search plus a short scan. The lanes of the coding stripes (one
per code used anywhere in the document) are read once. All positions handed to Qt go through
``OffsetMap`` (code points <-> UTF-16).

Team coding: the codings of hidden coders are left out as they are read (once per window or
action, never per paint), and the lanes stay put, so hiding a coder does not shuffle the
stripes. With coder colours given, a bar takes its coder's colour instead of its code's.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QColor

from kvalkod.model import Code, Coding
from kvalkod.text.offsets import OffsetMap

WINDOW_PADDING = 12_000  # characters read beyond the visible ones, each side (a few screens)


@dataclass(frozen=True)
class Lane:
    """One column of the coding stripes: one code."""

    index: int
    code: Code
    color: QColor
    rgb: int  # the colour as one number, for blending overlaps


def _key(c: Coding) -> tuple[int, int, int]:
    return (c.start, c.end, c.id)


class DocumentCodings:
    def __init__(self, offsets: OffsetMap, length: int, loader: Callable[[int, int], list[Coding]],
                 used_code_ids: list[int], codes: list[Code], coders: dict[int, str],
                 hidden_coders: frozenset[int] = frozenset(), coder_colors: dict[int, QColor] | None = None):
        self.offsets = offsets
        self.length = length
        self._loader = loader
        self.codes = {c.id: c for c in codes}
        self._order = {c.id: i for i, c in enumerate(codes)}
        self.coders = coders
        self.hidden_coders = hidden_coders
        self.coder_colors = coder_colors
        self._window = (0, -1)  # nothing loaded yet
        self._lay_out_lanes(set(used_code_ids))
        self._set([])

    # -- the loaded window ----------------------------------------------------------------
    def ensure(self, start: int, end: int) -> None:
        """Make sure the codings overlapping ``[start, end)`` are loaded."""
        if self._window[0] <= start and end <= self._window[1]:
            return
        lo, hi = max(0, start - WINDOW_PADDING), min(self.length, end + WINDOW_PADDING)
        self._window = (lo, hi)
        self._set(self._loader(lo, max(hi, lo + 1)))

    def _set(self, codings: list[Coding]) -> None:
        if self.hidden_coders:
            codings = [c for c in codings if c.coder_id not in self.hidden_coders]
        self.codings = sorted(codings, key=_key)
        self._starts = [c.start for c in self.codings]
        # _reach[i]: the furthest end among codings[0..i]; lets a range query stop early
        self._reach: list[int] = []
        furthest = 0
        for c in self.codings:
            furthest = max(furthest, c.end)
            self._reach.append(furthest)

    def _lay_out_lanes(self, code_ids: set[int]) -> None:
        used = sorted((cid for cid in code_ids if cid in self.codes), key=self._order.__getitem__)
        colors = [QColor(self.codes[cid].color) for cid in used]
        self.lanes = [Lane(i, self.codes[cid], color, color.rgb()) for i, (cid, color) in enumerate(zip(used, colors))]
        self._lane_of = {lane.code.id: lane for lane in self.lanes}

    def __len__(self) -> int:
        return len(self.codings)

    # -- one coding action at a time --------------------------------------------------------
    def add(self, codings: list[Coding]) -> None:
        """Take in new codings without reading or sorting the others."""
        known = {c.id for c in self.codings}
        new = sorted((c for c in codings if c.id not in known and c.coder_id not in self.hidden_coders), key=_key)
        if any(c.code_id not in self._lane_of for c in new):
            self._lay_out_lanes(set(self._lane_of) | {c.code_id for c in new})
        inside = [c for c in new if c.start < self._window[1] and c.end > self._window[0]]
        if not inside:
            return
        first = len(self.codings)
        for c in inside:
            at = bisect.bisect(self.codings, _key(c), key=_key)
            self.codings.insert(at, c)
            self._starts.insert(at, c.start)
            first = min(first, at)
        furthest = self._reach[first - 1] if first else 0
        del self._reach[first:]
        for c in self.codings[first:]:
            furthest = max(furthest, c.end)
            self._reach.append(furthest)

    def remove(self, ids: set[int]) -> None:
        if any(c.id in ids for c in self.codings):
            self._set([c for c in self.codings if c.id not in ids])

    # -- questions ------------------------------------------------------------------------
    def lane(self, coding: Coding) -> Lane | None:
        return self._lane_of.get(coding.code_id)

    def code(self, coding: Coding) -> Code | None:
        return self.codes.get(coding.code_id)

    def overlapping(self, start: int, end: int) -> list[Coding]:
        """Codings with ``c.start < end and c.end > start`` (code points)."""
        self.ensure(start, end)
        hi = bisect.bisect_left(self._starts, end)
        # the first index whose reach passes ``start``: earlier codings all end before it
        lo = bisect.bisect_right(self._reach, start, 0, hi)
        return [c for c in self.codings[lo:hi] if c.end > start]

    def at(self, position: int) -> list[Coding]:
        return self.overlapping(position, position + 1)

    # -- Qt units --------------------------------------------------------------------------
    def to_qt(self, position: int) -> int:
        return self.offsets.to_utf16(position)

    def from_qt(self, position: int) -> int:
        return self.offsets.to_codepoint(position)
