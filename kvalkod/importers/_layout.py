"""The one text layout every structured importer produces, and offsets that survive it.

docx, odt, rtf and html all describe the same things (paragraphs, empty paragraphs, list
items, table rows, notes anchored in the text). Writing them out in one place keeps the
layout identical across formats, which matters because analysts compare documents from
different sources and autocoding by structure relies on it:

* blocks (paragraphs, headings) are separated by one blank line;
* each empty paragraph in the source adds one more blank line (QualCoder's users lost this);
* consecutive items of one list, or rows of one table, are lines of one block;
* a note's anchor is kept as an offset into the final, normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kvalkod.text.normalize import normalize_text

# C0/C1 controls other than tab and newline, soft hyphens (they split words for search), and
# the private-use markers some importers use internally.
_JUNK = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u00ad]")


@dataclass
class Anchor:
    """A note anchored at ``pos`` in a piece of text (relative until the builder places it)."""

    pos: int
    label: str
    text: str


class Piece:
    """Text with anchors, so inline content can be concatenated without losing note positions."""

    __slots__ = ("parts", "anchors", "length")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[Anchor] = []
        self.length = 0

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def anchor(self, label: str, text: str) -> None:
        self.anchors.append(Anchor(self.length, label, text))

    def extend(self, other: "Piece", sep: str = "") -> None:
        if sep and self.length and other.length:
            self.add(sep)
        base = self.length
        self.parts.extend(other.parts)
        self.length += other.length
        self.anchors.extend(Anchor(a.pos + base, a.label, a.text) for a in other.anchors)

    def text(self) -> str:
        return "".join(self.parts)


def clean(text: str) -> str:
    """Drop control characters and soft hyphens that no reader of the text wants."""
    return _JUNK.sub("", text)


class TextBuilder:
    """Collects blocks in reading order and renders them in the shared layout."""

    def __init__(self) -> None:
        self._out: list[str] = []
        self._len = 0
        self._blank = 0
        self._group: object = None
        self._anchors: list[Anchor] = []
        self._pending: list[Anchor] = []  # notes anchored in empty blocks

    def block(self, content: str | Piece, group: object = None, indent: bool = False) -> None:
        """Add a paragraph (``group`` None) or a line of a list or table (same ``group``).

        Surrounding whitespace is dropped, except the leading spaces of an ``indent``-ed block
        (a nested list item shows its depth).
        """
        piece = content if isinstance(content, Piece) else _piece(content)
        raw = piece.text()
        body = raw.strip()
        if body and indent:
            body = raw.lstrip("\n").rstrip()
        if not body:
            self._blank += 1
            self._pending.extend(piece.anchors)
            self._group = None
            return
        lead = len(raw) - len(raw.lstrip("\n" if indent else None))
        if not self._out:
            sep = ""
        elif group is not None and group == self._group and not self._blank:
            sep = "\n"
        else:
            sep = "\n\n" + "\n" * self._blank
        start = self._len + len(sep)
        for a in self._pending:
            self._anchors.append(Anchor(start, a.label, a.text))
        self._pending = []
        for a in piece.anchors:
            pos = min(max(a.pos - lead, 0), len(body))
            self._anchors.append(Anchor(start + pos, a.label, a.text))
        self._out.append(sep + body)
        self._len = start + len(body)
        self._blank = 0
        self._group = group

    def render(self) -> tuple[str, list[Anchor]]:
        """The normalised text and the anchors moved to offsets in it."""
        raw = "".join(self._out)
        anchors = self._anchors + [Anchor(self._len, a.label, a.text) for a in self._pending]
        return normalize_with_offsets(raw, anchors)


def _piece(text: str) -> Piece:
    p = Piece()
    p.add(text)
    return p


def normalize_with_offsets(raw: str, anchors: list[Anchor]) -> tuple[str, list[Anchor]]:
    """``clean`` + ``normalize_text`` applied to ``raw``, with anchor offsets carried along.

    Normalisation can change lengths (NFC composes "a" + U+0308 into "ä", CRLF becomes LF), so
    the text is normalised piecewise between anchors. If a composition straddles an anchor the
    pieces no longer add up to the whole; then the whole text wins and anchors are clamped.
    """
    cuts = sorted({min(max(a.pos, 0), len(raw)) for a in anchors})
    segments, prev = [], 0
    for cut in cuts:
        segments.append(raw[prev:cut])
        prev = cut
    segments.append(raw[prev:])
    normed = [_norm(s, first=(i == 0)) for i, s in enumerate(segments)]
    text = _norm(raw, first=True)
    new_pos, total = {}, 0
    for cut, seg in zip(cuts, normed):
        total += len(seg)
        new_pos[cut] = total
    exact = "".join(normed) == text
    moved = []
    for a in anchors:
        pos = new_pos[min(max(a.pos, 0), len(raw))]
        moved.append(Anchor(pos if exact else min(pos, len(text)), a.label, a.text))
    return text, moved


def _norm(text: str, first: bool) -> str:
    text = clean(text)
    if first:
        return normalize_text(text)
    # a mid-text U+FEFF is content (zero-width no-break space); only a leading one is a BOM
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
