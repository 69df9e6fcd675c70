"""Summaries: the analyst's text per code, or per code × case or document, and the codings
(quotes) it rests on. There is at most one summary for each code × case × document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import KvalkodError, NotFoundError
from ..model import Summary
from ..store.stamps import new_guid, utc_now
from ..text.units import sentence_spans

if TYPE_CHECKING:
    from .project import Project


def sentences(text: str) -> list[str]:
    """The sentences of a summary, numbered from 1 by their order (what a link's sentence names)."""
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


def parse_link(value: str) -> tuple[str, int | None]:
    """``GUID`` (the coding supports the whole summary) or ``GUID@N`` (its sentence N)."""
    guid, at, sentence = value.rpartition("@") if "@" in value else (value, "", "")
    if not at:
        return value.strip(), None
    if not sentence.strip().isdigit() or int(sentence) < 1:
        raise KvalkodError(f"link {value!r}: after '@' comes the number of a sentence (1, 2 …)")
    return guid.strip(), int(sentence)


class SummaryService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def move_code(self, uow, source_id: int, dest_id: int) -> None:
        """Inside a code merge: the source's summaries become the target's; where the target
        has one for the same case and document, the source's text is added after it and its
        links join the target's, so no summary an analyst wrote is lost."""
        for summary in self.store.summaries.for_code(source_id):
            target = self.store.summaries.find(dest_id, summary.case_id, summary.document_id)
            if target is None:
                self.store.summaries.update(uow, summary.id, {"code_id": dest_id, "updated_at": utc_now()})
                continue
            self.store.summaries.update(uow, target.id, {"text": f"{target.text}\n\n{summary.text}",
                                                         "updated_at": utc_now()})
            have = {coding_id for _, coding_id, _ in self.store.summaries.links(target.id)}
            shift = len(sentences(target.text))  # the source's sentences now follow the target's
            moved = [(coding_id, n + shift if n else None)
                     for _, coding_id, n in self.store.summaries.links(summary.id) if coding_id not in have]
            self.store.summaries.delete(uow, summary.id)
            self.store.summaries.add_links(uow, target.id, moved)

    def _ids(self, code: str, case: str | None, document: str | None) -> tuple[Any, int | None, int | None]:
        c = self.project.codebook.get(code)
        case_id = self.project.cases.get(case).id if case else None
        doc_id = self.project.documents.get(document).id if document else None
        return c, case_id, doc_id

    def _as_dict(self, summary: Summary) -> dict[str, Any]:
        code = self.store.codes.get(summary.code_id)
        case = next((c.name for c in self.store.cases.all() if c.id == summary.case_id), None)
        doc = self.store.documents.get(summary.document_id) if summary.document_id is not None else None
        return {"guid": summary.guid, "code": code.path, "case": case, "document": doc.name if doc else None,
                "text": summary.text, "links": self.store.summaries.linked_coding_guids(summary.id),
                "sentence_links": [{"coding": g, "sentence": n}
                                   for g, n in self.store.summaries.sentence_links(summary.id)]}

    # -- reading -------------------------------------------------------------------------
    def get(self, code: str, case: str | None = None, document: str | None = None) -> dict[str, Any] | None:
        """The summary of CODE (for one case and/or document), as ``list`` gives it, or None."""
        c, case_id, doc_id = self._ids(code, case, document)
        summary = self.store.summaries.find(c.id, case_id, doc_id)
        return self._as_dict(summary) if summary else None

    def list(self) -> list[dict[str, Any]]:
        """Every summary: guid, code (path), case, document (names or None), text, links (coding guids)."""
        order = {c.id: i for i, c in enumerate(self.store.codes.all())}
        rows = [self._as_dict(s) for s in sorted(
            self.store.summaries.all(), key=lambda s: (order.get(s.code_id, 0), s.case_id or 0, s.document_id or 0))]
        return rows

    # -- writing -------------------------------------------------------------------------
    def set(self, code: str, text: str, *, case: str | None = None, document: str | None = None,
            links: Sequence[str] = ()) -> dict[str, Any]:
        """Create or replace the summary of CODE (× CASE / DOCUMENT) and the codings it links to.

        A link is a coding's guid, or ``GUID@N`` to rest sentence N of the text on it (the
        report marks that sentence and lists its source). Linked codings must be codings of
        the code or one of its sub-codes."""
        c, case_id, doc_id = self._ids(code, case, document)
        if not (text or "").strip():
            raise KvalkodError(f"the summary of {c.path!r} needs a text")
        allowed = set(self.store.codes.subtree_ids(c.id))
        count = len(sentences(text))
        wanted: dict[int, int | None] = {}
        for value in links:
            guid, sentence = parse_link(value)
            coding = self.project.coding.get(guid)
            if coding.code_id not in allowed:
                other = self.store.codes.get(coding.code_id)
                raise KvalkodError(
                    f"the coding {coding.guid} is coded {other.path!r}, not {c.path!r} or one of its sub-codes")
            if sentence is not None and sentence > count:
                raise KvalkodError(f"link {value!r}: the summary of {c.path!r} has {count} sentence(s)")
            wanted.setdefault(coding.id, sentence)
        existing = self.store.summaries.find(c.id, case_id, doc_id)
        scope = " × ".join(x for x in (c.path, case, document) if x)
        with self.project.action(f"set summary of {scope}") as uow:
            if existing is None:
                summary_id = self.store.summaries.insert(uow, {
                    "guid": new_guid(), "code_id": c.id, "case_id": case_id, "document_id": doc_id,
                    "text": text, "updated_at": utc_now()})
                self.store.summaries.add_links(uow, summary_id, wanted.items())
            else:
                summary_id = existing.id
                current = self.store.summaries.links(summary_id)
                have = {(coding_id, n) for _, coding_id, n in current}
                gone = [link_id for link_id, coding_id, n in current if wanted.get(coding_id, 0) != n]
                new = [(i, n) for i, n in wanted.items() if (i, n) not in have]
                if existing.text != text or gone or new:
                    self.store.summaries.delete_links(uow, gone)
                    self.store.summaries.add_links(uow, summary_id, new)
                    self.store.summaries.update(uow, summary_id, {"text": text, "updated_at": utc_now()})
            uow.emit("summary_set", id=summary_id)
        return self._as_dict(self.store.summaries.find(c.id, case_id, doc_id))

    def delete(self, guid: str) -> None:
        summary = self.store.summaries.find_guid(guid.strip().strip("{}").lower())
        if summary is None:
            raise NotFoundError(f"no summary with guid {guid!r}")
        code = self.store.codes.get(summary.code_id)
        with self.project.action(f"delete summary of {code.path}") as uow:
            self.store.summaries.delete(uow, summary.id)

    # -- meaning condensation ---------------------------------------------------------------
    def condense(self, coding: str, condensed: str) -> None:
        """The condensed meaning of a coded segment (its meaning unit), in the analyst's words,
        as in Kvale & Brinkmann's meaning condensation; an empty text removes it."""
        target = self.project.coding.get(coding)
        found = self.store.condensations.find(target.id)
        condensed = condensed.strip()
        if (found[1] if found else "") == condensed:
            return
        with self.project.action("condense a segment's meaning") as uow:
            if found is None:
                self.store.condensations.insert(uow, target.id, condensed)
            elif condensed:
                self.store.condensations.update(uow, found[0], condensed)
            else:
                self.store.condensations.delete(uow, found[0])

    def condensations(self) -> dict[str, str]:
        """Condensed meanings by coding guid."""
        return self.store.condensations.by_coding_guid()
