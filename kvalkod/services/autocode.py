"""Autocoding: code every search hit (as the match, its sentence, paragraph or speaker turn),
or every turn of a speaker, as one undoable action.

Spans are widened to the chosen unit and merged where they coincide, so a paragraph with
three hits is coded once; spans this coder already has with this code are skipped.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..errors import KvalkodError
from ..text.units import enclosing, paragraph_spans, sentence_spans

if TYPE_CHECKING:
    from .project import Project

UNITS = ("match", "sentence", "paragraph", "turn")


class AutocodeService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def by_query(self, code: str, query: str, *, unit: str = "match", doc: str | None = None,
                 fold: bool = False, coder: str | None = None) -> int:
        """Returns the number of codings created."""
        if unit not in UNITS:
            raise KvalkodError(f"unknown unit {unit!r} (one of {', '.join(UNITS)})")
        target = self.project.codebook.get(code)
        hits = self.project.search.find(query, doc=doc, fold=fold, context=0)
        by_doc: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for hit in hits:
            by_doc[hit.document_id].append((hit.start, hit.end))
        spans = {doc_id: self._widen(doc_id, found, unit) for doc_id, found in by_doc.items()}
        return self._apply(target, spans, coder, f"autocode {query!r} as {target.path} ({unit})")

    def by_speaker(self, code: str, speaker: str, *, doc: str | None = None, coder: str | None = None) -> int:
        target = self.project.codebook.get(code)
        docs = [self.project.documents.get(doc)] if doc else self.project.documents.all()
        wanted = speaker.strip().casefold()
        spans = {}
        for d in docs:
            turns = [(t.start, t.end) for t in self.store.documents.turns(d.id) if t.speaker.casefold() == wanted]
            if turns:
                spans[d.id] = turns
        if not spans:
            raise KvalkodError(f"no speaker turns by {speaker!r} found")
        return self._apply(target, spans, coder, f"autocode speaker {speaker} as {target.path}")

    def _widen(self, doc_id: int, spans: list[tuple[int, int]], unit: str) -> list[tuple[int, int]]:
        if unit == "match":
            return spans
        if unit == "turn":
            turns = sorted((t.start, t.end) for t in self.store.documents.turns(doc_id))
            if not turns:
                raise KvalkodError(
                    f"{self.store.documents.get(doc_id).name} has no speaker turns; choose another unit")
            return [w for s, e in spans if (w := enclosing(turns, s, e))]
        text = self.store.documents.text(doc_id)
        paragraphs = paragraph_spans(text)
        out = []
        for s, e in spans:
            para = enclosing(paragraphs, s, e) or (s, e)
            if unit == "paragraph":
                out.append(para)
            else:
                out.append(enclosing(sentence_spans(text, *para), s, e) or (s, e))
        return out

    def _apply(self, target, spans: dict[int, list[tuple[int, int]]], coder: str | None, label: str) -> int:
        if not target.codable:
            raise KvalkodError(f"the code {target.path!r} is a folder and cannot be applied")
        if not spans:
            return 0  # nothing found: no action, nothing to undo
        created = 0
        with self.project.action(label) as uow:
            coder_id = self.project.coder_id(uow, coder)
            for doc_id, doc_spans in spans.items():
                created += len(self.project.coding.insert_spans(uow, doc_id, target.id, coder_id, doc_spans))
        return created
