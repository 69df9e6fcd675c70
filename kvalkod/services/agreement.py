"""Inter-coder agreement between two coders, per code and pooled over the codes.

What is compared:

* **Documents**: those *both* coders coded (with any code). A document only one of them has
  coded is most often one the other has not reached yet: counting it would turn unfinished
  work into disagreement. Those documents are listed apart (``excluded_documents``), and
  ``all_documents=True`` counts them too. (NVivo compares whatever sources are selected;
  MAXQDA requires both coders' copies of a document; this is the same idea without copies.)
* **Codes**: each code on its own (a sub-code is not counted in its parent), those either
  coder applied in the compared documents; with ``code``, that code and its sub-codes, each
  listed even if unused.

Two units:

* ``characters`` (the default, NVivo's): every character of every compared document is a
  unit, rated "coded with this code or not" by each coder. Percent agreement, Cohen's kappa
  and Krippendorff's alpha (nominal) all follow from the 2×2 table.
* ``segments`` (MAXQDA's): every coded segment of either coder is a unit; it agrees when the
  other coder has a segment of the same code overlapping it, by at least ``min_overlap`` per
  cent of the two segments' combined extent (0: any shared character). There is no "neither"
  cell, so per code only percent agreement is defined; the pooled row gives Brennan &
  Prediger's kappa with chance 1/k over the k codes compared (MAXQDA's convention).

**Pooled** statistics add up the per-code tables of the codes at least one coder applied
(a code nobody applied would add only agreeing "neither" units and flatter the result).
Undefined statistics are None, with the reason in words (``reason``) and as a key
(``undefined``: no_documents, not_coded, no_variation, segments, one_code).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from ..analysis.agreement import (
    Table,
    cohen_kappa,
    free_marginal_kappa,
    krippendorff_alpha,
    matched,
    percent,
)
from ..analysis.spans import difference, intersection, merge
from ..errors import KvalkodError

if TYPE_CHECKING:
    from .project import Project

UNITS = ("characters", "segments")

UNIT_RULES = {
    "characters": "each character of each compared document, coded with the code or not, by each coder",
    "segments": "each segment either coder coded; it agrees when the other coder's segment of the same code "
                "overlaps it by at least {p}% of their combined extent (0%: any shared character)",
}

_REASONS = {
    "no_documents": "the two coders have not both coded any document",
    "not_coded": "neither coder applied the code in the compared documents",
    "no_variation": "both coders coded every character with it, so kappa and alpha (which need variation) "
                    "are undefined",
    "segments": "kappa and alpha need units neither coder coded, and segments have none "
                "(the pooled row gives Brennan & Prediger's kappa)",
    "one_code": "Brennan & Prediger's kappa takes chance as 1/k over k codes, so it needs two codes or more",
}

# (start, end, coding id) on the line of all (code, document) pairs, see ``_Line``
_Segment = tuple[int, int, int]


def _value(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def _row(table: Table, why: str | None, kappa: Fraction | None = None, alpha: Fraction | None = None,
         share: Fraction | None = None) -> dict:
    return {"percent": _value(share), "kappa": _value(kappa), "alpha": _value(alpha),
            "units": table.units, "both": table.both, "only_a": table.only_a, "only_b": table.only_b,
            "neither": table.neither, "undefined": why, "reason": _REASONS.get(why or "")}


def character_row(table: Table) -> dict:
    """Percent, kappa and alpha of a table of characters, or None with the reason."""
    if not table.units:
        return _row(table, "no_documents")
    if not table.coded:
        return _row(table, "not_coded")
    kappa, alpha = cohen_kappa(table), krippendorff_alpha(table)
    return _row(table, "no_variation" if kappa is None else None, kappa, alpha, percent(table))


def segment_row(table: Table, codes: int | None = None) -> dict:
    """Percent agreement of a table of segments; ``codes``: pooled over that many codes, with
    Brennan & Prediger's kappa."""
    if not table.units:
        return _row(table, "not_coded")
    share = percent(table)
    if codes is None:
        return _row(table, "segments", share=share)
    kappa = free_marginal_kappa(share, codes)
    return _row(table, "one_code" if kappa is None else None, kappa, None, share)


class _Line:
    """Every (code, document) pair laid end to end on one line of positions.

    A study has 150,000 such pairs with one or two codings each; handled pair by pair, the
    bookkeeping costs more than the arithmetic. On one line (each pair a stretch longer than
    any document, so stretches never touch), a single sort and a single pass merge, intersect
    and match all of them at once, and a position tells its code, document and offset."""

    def __init__(self, longest: int, max_doc_id: int):
        self.width = longest + 1
        self.slots = max_doc_id + 1

    def lay(self, rows) -> list[_Segment]:
        """``rows`` of (document, start, end, code, coder, coding id) as segments on the line."""
        width, slots = self.width, self.slots
        out = []
        for doc_id, start, end, code_id, _, coding_id in rows:
            base = (code_id * slots + doc_id) * width
            out.append((base + start, base + end, coding_id))
        return out

    def place(self, position: int) -> tuple[int, int, int]:
        """(code id, document id, offset in the document) of a position on the line."""
        pair, offset = divmod(position, self.width)
        code_id, doc_id = divmod(pair, self.slots)
        return code_id, doc_id, offset

    def per_code(self, spans) -> dict[int, int]:
        """Characters covered by disjoint spans on the line, per code."""
        out: dict[int, int] = {}
        stride = self.width * self.slots
        for start, end in spans:
            code_id = start // stride
            out[code_id] = out.get(code_id, 0) + end - start
        return out


class AgreementService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def compare(self, coder_a: str, coder_b: str, *, code: str | None = None, unit: str = "characters",
                min_overlap: float = 0, all_documents: bool = False, disagreements: bool = False) -> dict:
        """Agreement of ``coder_a`` and ``coder_b``: the overall (pooled) statistics at the top,
        ``per_code`` by code path, and with ``disagreements`` the passages they differ on."""
        if unit not in UNITS:
            raise KvalkodError(f"{unit!r} is not a unit of agreement (use {' or '.join(UNITS)})")
        if not 0 <= min_overlap <= 100:
            raise KvalkodError(f"a minimum overlap is a percentage from 0 to 100, not {min_overlap}")
        a, b = self.project.coders.get(coder_a), self.project.coders.get(coder_b)
        if a.id == b.id:
            raise KvalkodError(f"agreement compares two different coders, not {a.name} with {a.name}")
        documents = {d.id: d for d in self.project.documents.all()}
        wanted = set(self.project.codebook.subtree_ids(code)) if code else None
        # one read of every coding (there is no index by coder, so one scan serves both)
        every = self.store.codings.spans()
        rows_a, rows_b = [r for r in every if r[4] == a.id], [r for r in every if r[4] == b.id]

        docs_a, docs_b = {r[0] for r in rows_a}, {r[0] for r in rows_b}
        compared = docs_a | docs_b if all_documents else docs_a & docs_b
        excluded = sorted([{"document": documents[d].name, "coded_by": a.name} for d in docs_a - compared]
                          + [{"document": documents[d].name, "coded_by": b.name} for d in docs_b - compared],
                          key=lambda e: e["document"])
        line = _Line(max((d.length for d in documents.values()), default=0), max(documents, default=0))

        rows_a = [r for r in rows_a if r[0] in compared and (wanted is None or r[3] in wanted)]
        rows_b = [r for r in rows_b if r[0] in compared and (wanted is None or r[3] in wanted)]
        line_a, line_b = line.lay(rows_a), line.lay(rows_b)
        in_use = {r[3] for r in rows_a} | {r[3] for r in rows_b}
        codes = [c for c in self.project.codebook.all()
                 if c.id in in_use or (wanted is not None and c.id in wanted and c.codable)]
        if unit == "characters":
            tables, apart = self._characters(line, line_a, line_b, sum(documents[d].length for d in compared),
                                             disagreements)
            per_code = {c.path: character_row(tables.get(c.id, Table(neither=tables[None].neither)))
                        for c in codes}
        else:
            tables, apart = self._segments(line, line_a, line_b, Fraction(min_overlap) / 100)
            per_code = {c.path: segment_row(tables.get(c.id, Table(neither=None))) for c in codes}
        pooled = sum((t for key, t in tables.items() if key is not None and t.coded),
                     Table(neither=None if unit == "segments" else 0))
        used = sum(1 for key, t in tables.items() if key is not None and t.coded)
        if not compared:
            overall = _row(pooled, "no_documents")
        elif not used:
            overall = _row(pooled, "not_coded")
        elif unit == "characters":
            overall = character_row(pooled)
        else:
            overall = segment_row(pooled, used)
        result = {
            "coders": [a.name, b.name],
            "unit": unit,
            "unit_rule": UNIT_RULES[unit].format(p=f"{min_overlap:g}"),
            **({"min_overlap": min_overlap} if unit == "segments" else {}),
            "kappa_method": "cohen" if unit == "characters" else "brennan-prediger",
            "documents": sorted(documents[d].name for d in compared),
            "excluded_documents": excluded,
            "pooled": f"the per-code tables of the {used} code{'s' if used != 1 else ''} either coder applied, "
                      "added up",
            **overall,
            "per_code": per_code,
        }
        if disagreements:
            paths = {c.id: c.path for c in codes}
            result["disagreements"] = self._segments_of(line, apart, documents, paths, (a.name, b.name))
        return result

    def disagreements(self, coder_a: str, coder_b: str, **options) -> list[dict]:
        """The passages one coder coded with a code and the other did not, as segment dicts
        (``coder``: who coded it; ``guid`` empty for a stretch of characters)."""
        return self.compare(coder_a, coder_b, disagreements=True, **options)["disagreements"]

    # -- the two units ---------------------------------------------------------------------
    @staticmethod
    def _characters(line: _Line, line_a, line_b, length: int, apart: bool) -> tuple[dict, list[tuple]]:
        """Each code's table over every compared character, and (if ``apart``) the stretches
        only one coder coded as (start, end, side, None) on the line. ``tables[None]``: an
        unused code's.

        Per code, "neither" is all compared characters but those either coder coded:
        length − (|A| + |B| − |A ∩ B|)."""
        merged_a, merged_b = merge(s[:2] for s in line_a), merge(s[:2] for s in line_b)
        cover_a, cover_b = line.per_code(merged_a), line.per_code(merged_b)
        shared = line.per_code(intersection(merged_a, merged_b))
        tables: dict[int | None, Table] = {None: Table(neither=length)}
        for code_id in cover_a.keys() | cover_b.keys():
            ca, cb, both = cover_a.get(code_id, 0), cover_b.get(code_id, 0), shared.get(code_id, 0)
            tables[code_id] = Table(both, ca - both, cb - both, length - ca - cb + both)
        if not apart:
            return tables, []
        return tables, [*((s, e, 0, None) for s, e in difference(merged_a, merged_b)),
                        *((s, e, 1, None) for s, e in difference(merged_b, merged_a))]

    @staticmethod
    def _segments(line: _Line, line_a, line_b, threshold: Fraction) -> tuple[dict, list[tuple]]:
        """Each code's table of segments, and the segments the other coder has no match for,
        as (start, end, side, coding id) on the line."""
        counts: dict[int, list[int]] = {}  # code id -> [both, only A, only B]
        apart = []
        stride = line.width * line.slots
        for side, (own, other) in enumerate(((line_a, line_b), (line_b, line_a))):
            for segment, found in zip(own, matched(own, other, threshold)):
                code_id = segment[0] // stride
                cell = counts.get(code_id) or counts.setdefault(code_id, [0, 0, 0])
                if found:
                    cell[0] += 1
                else:
                    cell[1 + side] += 1
                    apart.append((segment[0], segment[1], side, segment[2]))
        tables: dict[int | None, Table] = {code_id: Table(*c, None) for code_id, c in counts.items()}
        tables[None] = Table(neither=None)
        return tables, apart

    def _segments_of(self, line: _Line, apart: list[tuple], documents, paths: dict[int, str],
                     coders: tuple[str, str]) -> list[dict]:
        """Passages on the line as segment dicts, in document order."""
        labels = self.store.codings.guids_and_memos([s[3] for s in apart if s[3] is not None])
        texts: dict[int, str] = {}
        out = []
        for start, end, side, coding_id in apart:
            code_id, doc_id, offset = line.place(start)
            text = texts.get(doc_id)
            if text is None:
                text = texts[doc_id] = self.store.documents.text(doc_id)
            guid, memo = labels.get(coding_id, ("", ""))
            begin, stop = offset, offset + end - start
            out.append({"guid": guid, "document": documents[doc_id].name, "code": paths[code_id],
                        "start": begin, "end": stop, "text": text[begin:stop], "coder": coders[side], "memo": memo})
        out.sort(key=lambda s: (s["document"], s["start"], s["end"], s["code"], s["coder"]))
        return out
