"""The one place where code-point offsets meet UTF-16 offsets.

kvalkod stores offsets as Python string indices (code points) of NFC text. Qt's QString and
QTextDocument count UTF-16 code units, in which every character outside the Basic
Multilingual Plane (most emoji, some CJK) takes two. Peers that mix the two drift (QualCoder
#1207); kvalkod converts here and nowhere else. REFI-QDA files written by NVivo count UTF-16
units too (see ``docs/refi.md``).

``OffsetMap`` is built once per document text; for the common all-BMP text it is the
identity and costs nothing.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class OffsetMap:
    """Converts between code-point and UTF-16 offsets of one text."""

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str):
        # Code-point indices of the characters that take two UTF-16 units (found by the regex
        # engine: a Python loop over a 600,000-character transcript took 150 ms).
        if text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
            self._astral = []  # every character is one UTF-16 unit: the identity
        else:
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._length = len(text)

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp`` (0 ≤ cp ≤ len(text))."""
        if not 0 <= cp <= self._length:
            raise ValueError(f"offset {cp} outside the text (0–{self._length})")
        return cp + bisect.bisect_left(self._astral, cp)

    def to_codepoint(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16``; inside a surrogate pair it snaps to the
        character's start, so a selection never splits a character."""
        if u16 < 0:
            raise ValueError(f"offset {u16} is negative")
        lo, hi = 0, len(self._astral)
        # Number of astral characters that start before the position: find the largest k
        # with astral[k-1] + (k-1) + 2 <= u16, i.e. the pair ends at or before u16.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid + 2 <= u16:
                lo = mid + 1
            else:
                hi = mid
        cp = u16 - lo
        if lo < len(self._astral) and self._astral[lo] + lo < u16:
            cp = self._astral[lo]  # u16 points at the low surrogate: snap to the character start
        if cp > self._length:
            raise ValueError(f"UTF-16 offset {u16} lies beyond the text")
        return cp

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_codepoint(self, start: int, end: int) -> tuple[int, int]:
        return self.to_codepoint(start), self.to_codepoint(end)
