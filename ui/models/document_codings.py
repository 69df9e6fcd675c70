"""The codings of the open document, indexed for drawing: by position, by lane, in Qt units.

The view asks two questions many times a second while scrolling: which codings touch the
visible stretch of text, and which touch one position. Codings are kept sorted by start with
a running maximum of their ends, so both are a binary search plus a short scan, not a pass over
all 10,000 codings. All positions handed to Qt go through ``OffsetMap`` (code points <-> UTF-16).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QColor

from kvalkod.model import Code, Coding
from kvalkod.text.offsets import OffsetMap


@dataclass(frozen=True)
class Lane:
    """One column of the coding stripes: one code."""

    index: int
    code: Code
    color: QColor


class DocumentCodings:
    def __init__(self, text: str, codings: list[Coding], codes: list[Code], coders: dict[int, str]):
        self.offsets = OffsetMap(text)
        self.codings = sorted(codings, key=lambda c: (c.start, c.end))
        self._starts = [c.start for c in self.codings]
        # _reach[i]: the furthest end among codings[0..i]; lets a range query stop early
        self._reach: list[int] = []
        furthest = 0
        for c in self.codings:
            furthest = max(furthest, c.end)
            self._reach.append(furthest)
        self.codes = {c.id: c for c in codes}
        self.coders = coders
        order = {c.id: i for i, c in enumerate(codes)}
        used = sorted({c.code_id for c in self.codings if c.code_id in self.codes}, key=lambda i: order[i])
        self.lanes = [Lane(i, self.codes[cid], QColor(self.codes[cid].color)) for i, cid in enumerate(used)]
        self._lane_of = {lane.code.id: lane for lane in self.lanes}

    def __len__(self) -> int:
        return len(self.codings)

    def lane(self, coding: Coding) -> Lane | None:
        return self._lane_of.get(coding.code_id)

    def code(self, coding: Coding) -> Code | None:
        return self.codes.get(coding.code_id)

    def overlapping(self, start: int, end: int) -> list[Coding]:
        """Codings with ``c.start < end and c.end > start`` (code points)."""
        hi = bisect.bisect_left(self._starts, end)
        # the first index whose reach passes ``start``: earlier codings all end before it
        lo = bisect.bisect_right(self._reach, start, 0, hi)
        return [c for c in self.codings[lo:hi] if c.end > start]

    def at(self, position: int) -> list[Coding]:
        return [c for c in self.overlapping(position, position + 1)]

    # -- Qt units --------------------------------------------------------------------------
    def to_qt(self, position: int) -> int:
        return self.offsets.to_utf16(position)

    def from_qt(self, position: int) -> int:
        return self.offsets.to_codepoint(position)
