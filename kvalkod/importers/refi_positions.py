"""How the selection positions of one REFI-QDA text source count, and what they point at.

The specification (§10.2) counts Unicode code points of the text as stored in the file, from
0, with an exclusive end. Real files disagree and still validate: NVivo for Windows counts
UTF-16 code units over text with a byte-order mark and CRLF line endings, ATLAS.ti counts a
CRLF as one character (resources/refi NOTES.md, "Positions"). Nothing in the file says which,
so ``read_positions`` tries every reading the text allows and keeps the one under which the
selections start and end on word boundaries: analysts select words, sentences and
paragraphs, and a wrong reading shifts the positions into the middle of words after the
first astral character, CRLF or byte-order mark.

Scoring. A selection fits when it does not begin right after a letter or digit and does not
end right before one (it starts at a word start or after whitespace/punctuation, and ends at
a word end or before whitespace/punctuation), and neither end falls inside a surrogate pair
or between the CR and LF of a line break. Ties go to the reading closest to the
specification, in this order of preference: code points before UTF-16 units, CRLF as the two
characters in the file before CRLF as one, the byte-order mark not counted (it is the
encoding's signature, not text; UTF-8 decoders drop it) before counted.

The positions are then converted to kvalkod's offsets: code points over ``stored_text(raw)``
(byte-order mark dropped, line breaks as ``\\n``, NFC). NFC can change lengths, so the
conversion goes through index tables built once per text, never through arithmetic: a
position inside a character that the conversion merges (a CRLF, a base letter with its
combining accent, a surrogate pair) widens the selection to the whole character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import product
from typing import Optional, Sequence

from kvalkod.text.normalize import normalize_text

CODE_POINTS = "code points"
UTF16_UNITS = "UTF-16 units"
BOM = "\ufeff"

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# A run of non-ASCII characters with the printable ASCII character before it (a possible base
# for a combining mark). NFC never reaches across the edges of such a run: an ASCII character
# is never decomposed and never the second half of a composition, and control characters
# (line breaks) neither compose nor reorder with anything.
_NON_ASCII_RUN = re.compile("[\x20-\x7e]?[^\x00-\x7f]+")
_LINE = re.compile("[^\n]+")  # NFC never reaches across a line break either: lines are checked first
# Letters, digits and underscore, plus combining marks (which belong to the letter before them).
_WORD = re.compile("[\\w\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class PositionReading:
    """How the positions of one source count, and how well the selections fit that way."""

    unit: str  # CODE_POINTS or UTF16_UNITS
    crlf: int  # how a CRLF in the file's text counts: 2, 1, or 0 when the text has no CRLF
    bom: bool  # a byte-order mark (U+FEFF) at the start takes position 0
    fits: int  # selections that start and end on word boundaries under this reading
    total: int  # selections considered (every one with start < end)

    def describe(self) -> str:
        """One sentence for the import's loss report."""
        parts = [f"positions read as {self.unit}"]
        if self.crlf:
            parts.append(f"CRLF counted as {self.crlf}")
        if self.bom:
            parts.append("the byte-order mark counted as position 0")
        if self.total:
            tail = f"({self.fits} of {self.total} selections on word boundaries)"
        else:
            tail = "(no selections to check)"
        return ", ".join(parts) + " " + tail


def stored_text(raw: str) -> str:
    """The text kvalkod stores for a REFI plain-text source: BOM dropped, CRLF and lone CR -> \\n, NFC.

    That is the project's one stored form (``normalize_text``); named here so the importer and
    the conversion below visibly agree on what the converted offsets count.
    """
    return normalize_text(raw)


def read_positions(
    raw: str, spans: Sequence[tuple[int, int]]
) -> tuple[PositionReading, list[Optional[tuple[int, int]]]]:
    """Choose the reading under which the spans fit the raw text best, and convert every span to
    [start, end) code points over stored_text(raw). None for a span that falls outside the text or
    becomes empty under the chosen reading."""
    text = _RawText(raw)
    considered = [(s, e) for s, e in spans if s < e]
    candidates = [PositionReading(unit, crlf, bom, text.score(unit, crlf, bom, considered), len(considered))
                  for unit, crlf, bom in text.readings()]
    best = max(candidates, key=lambda reading: reading.fits)  # the first of equals: the preferred one
    return best, text.convert(best, spans)


class _RawText:
    """Index tables of one raw text, shared by every reading tried on it."""

    def __init__(self, raw: str):
        self.raw = raw
        self.n = len(raw)
        self.has_bom = raw.startswith(BOM)
        self.astral = [m.start() for m in _ASTRAL.finditer(raw)]
        self.crlf = [m.start() for m in re.finditer("\r\n", raw)]
        nonword = _nonword_mask(raw)
        # Indexed by raw boundary i (0..n): may a selection start / end here?
        start_ok = bytearray(b"1" + nonword)
        end_ok = bytearray(nonword + b"1")
        for k in self.crlf:  # between the CR and the LF of one line break
            start_ok[k + 1] = end_ok[k + 1] = ord("0")
        self.start_ok = bytes(start_ok)
        self.end_ok = bytes(end_ok)

    def readings(self):
        """Every candidate, most preferred first (see the module docstring)."""
        units = (CODE_POINTS, UTF16_UNITS) if self.astral else (CODE_POINTS,)
        crlfs = (2, 1) if self.crlf else (0,)
        boms = (False, True) if self.has_bom else (False,)
        return product(units, crlfs, boms)

    def _events(self, unit: str, crlf: int, bom: bool) -> list[tuple[int, int]]:
        """(raw index, positions it takes) for every character that does not take exactly one."""
        events = []
        if self.has_bom and not bom:
            events.append((0, 0))
        if crlf == 1:
            events.extend((k + 1, 0) for k in self.crlf)  # the LF of a CRLF takes no position
        if unit == UTF16_UNITS:
            events.extend((k, 2) for k in self.astral)
        events.sort()
        return events

    def _by_position(self, flags: bytes, events: list[tuple[int, int]]) -> bytes:
        """``flags`` (indexed by raw boundary) re-indexed by position under a reading.

        A character taking no position gives its boundary to the one after it; the position
        inside a surrogate pair gets "0" (no fit).
        """
        pieces, a = [], 0
        for i, width in events:
            pieces.append(flags[a:i])
            if width == 2:
                pieces.append(flags[i:i + 1] + b"0")
            a = i + 1
        pieces.append(flags[a:])
        return b"".join(pieces)

    def score(self, unit: str, crlf: int, bom: bool, spans: list[tuple[int, int]]) -> int:
        events = self._events(unit, crlf, bom)
        starts = self._by_position(self.start_ok, events)
        ends = self._by_position(self.end_ok, events)
        limit = len(starts)
        one = ord("1")
        return sum(1 for s, e in spans if 0 <= s and e < limit and starts[s] == one and ends[e] == one)

    def _raw_of_position(self, events: list[tuple[int, int]]) -> list[int]:
        """Raw boundary of every position; ``~i`` for the position inside the surrogate pair at i."""
        table: list[int] = []
        a = 0
        for i, width in events:
            table.extend(range(a, i))
            if width == 2:
                table.append(i)
                table.append(~i)
            a = i + 1
        table.extend(range(a, self.n + 1))
        return table

    def convert(self, reading: PositionReading, spans: Sequence[tuple[int, int]]):
        raw_of = self._raw_of_position(self._events(reading.unit, reading.crlf, reading.bom))
        floor, ceil = _stored_of_raw(self.raw, self.crlf)
        limit = len(raw_of)
        out: list[Optional[tuple[int, int]]] = []
        for s, e in spans:
            if not 0 <= s < e < limit:
                out.append(None)
                continue
            rs, re_ = raw_of[s], raw_of[e]
            if rs < 0:
                rs = ~rs  # a start inside a surrogate pair takes the whole character
            if re_ < 0:
                re_ = ~re_ + 1  # so does an end
            start, end = (floor[rs], ceil[re_]) if floor is not None else (rs, re_)
            out.append((start, end) if start < end else None)
        return out


def _nonword_mask(raw: str) -> bytes:
    """b"1" for every character of ``raw`` that is not part of a word, b"0" for one that is."""
    table = {ord(ch): "0" if _WORD.match(ch) else "1" for ch in set(raw)}
    return raw.translate(table).encode("ascii")


def _stored_of_raw(raw: str, crlf: list[int]) -> tuple[Optional[list[int]], Optional[list[int]]]:
    """Tables from raw boundaries to boundaries of ``stored_text(raw)``; (None, None) if identical.

    ``floor`` maps a boundary inside a merged unit (CRLF, an NFC cluster) to the unit's start,
    ``ceil`` to its end; elsewhere they agree.
    """
    units = [(k, 2, "\n") for k in crlf]
    if raw.startswith(BOM):
        units.append((0, 1, ""))
    units.extend(_nfc_units(raw, 1 if raw.startswith(BOM) else 0))
    if not units:
        return None, None
    units.sort()
    floor: list[int] = []
    inside = []
    a = t = 0
    for u, k, replacement in units:
        floor.extend(range(t, t + u - a))
        t += u - a
        floor.append(t)
        for j in range(1, k):
            floor.append(t)
            inside.append((u + j, t + len(replacement)))
        t += len(replacement)
        a = u + k
    floor.extend(range(t, t + len(raw) - a + 1))
    ceil = list(floor)
    for index, value in inside:
        ceil[index] = value
    return floor, ceil


def _nfc_units(raw: str, start: int) -> list[tuple[int, int, str]]:
    """(raw start, raw length, NFC form) of every stretch of ``raw`` that NFC changes."""
    if unicodedata.is_normalized("NFC", raw):
        return []
    units = []
    runs = (run for line in _LINE.finditer(raw, start) if not unicodedata.is_normalized("NFC", line.group())
            for run in _NON_ASCII_RUN.finditer(raw, line.start(), line.end()))
    for match in runs:
        run = match.group()
        if unicodedata.is_normalized("NFC", run):
            continue
        cuts = [0, *(j for j in range(1, len(run)) if _independent(run[j - 1], run[j])), len(run)]
        pieces = [run[a:b] for a, b in zip(cuts, cuts[1:])]
        if "".join(unicodedata.normalize("NFC", p) for p in pieces) != unicodedata.normalize("NFC", run):
            cuts, pieces = [0, len(run)], [run]  # an exotic interaction: treat the run as one unit
        for a, piece in zip(cuts, pieces):
            normal = unicodedata.normalize("NFC", piece)
            if normal != piece:
                units.append((match.start() + a, len(piece), normal))
    return units


def _independent(before: str, ch: str) -> bool:
    """Does NFC leave the boundary between ``before`` and ``ch`` in place?"""
    if unicodedata.combining(ch):
        return False
    nfc = unicodedata.normalize
    return nfc("NFC", before + ch) == nfc("NFC", before) + nfc("NFC", ch)
