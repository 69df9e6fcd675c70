"""Coding: attach a code to ``[start, end)`` of a document, remove, resize, write a memo.

The same code on the same span by the same coder is one coding, never two: applying it again
returns the existing coding and changes nothing. Two coders on the same span are two codings,
because inter-coder agreement needs both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import KvalkodError, NotFoundError
from ..model import Coding
from ..store.stamps import new_guid, utc_now

if TYPE_CHECKING:
    from ..store.journal import UnitOfWork
    from .project import Project


class CodingService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- reading -------------------------------------------------------------------------
    def get(self, guid: str) -> Coding:
        coding = self.store.codings.find_guid(guid.strip("{}").lower())
        if coding is None:
            raise NotFoundError(f"no coding with guid {guid!r}")
        return coding

    def list(self, *, code: str | None = None, doc: str | None = None, coder: str | None = None,
             ids: list[int] | None = None) -> list[dict]:
        """Codings as dicts: guid, document, code (path), start, end, text, coder, memo.

        ``ids`` picks codings by integer id (as events name them; at most a few hundred)."""
        paths = {c.id: c.path for c in self.store.codes.all()}
        code_ids = None
        if code:
            target = self.project.codebook.get(code)
            code_ids = self.store.codes.subtree_ids(target.id)
        doc_id = self.project.documents.get(doc).id if doc else None
        coder_id = None
        if coder:
            found = self.store.coders.find(coder)
            if found is None:
                raise NotFoundError(f"no coder named {coder!r}")
            coder_id = found.id
        rows = self.store.codings.query(code_ids=code_ids, doc_id=doc_id, coder_id=coder_id,
                                        ids=list(ids) if ids is not None else None)
        texts: dict[int, str] = {}
        out = []
        for r in rows:
            text = texts.get(r["document_id"])
            if text is None:
                text = texts[r["document_id"]] = self.store.documents.text(r["document_id"])
            out.append({"guid": r["guid"], "document": r["document"], "code": paths[r["code_id"]],
                        "start": r["start"], "end": r["end"], "text": text[r["start"]:r["end"]],
                        "coder": r["coder"], "memo": r["memo"]})
        return out

    def in_span(self, doc: str, start: int, end: int) -> list[Coding]:
        """A document's codings that overlap ``[start, end)``, in text order (an interval
        query on the index: what the document view needs for the lines it shows)."""
        return self.store.codings.in_range(self.project.documents.get(doc).id, start, end)

    def codes_in_document(self, doc: str) -> list[int]:
        """Ids of the codes used in a document (one lane each in the coding stripes)."""
        return self.store.codings.code_ids_in_document(self.project.documents.get(doc).id)

    def by_ids(self, ids: list[int]) -> list[Coding]:
        """Codings by their integer ids (as events name them)."""
        return self.store.codings.by_ids(list(ids))

    def coder_names(self) -> dict[int, str]:
        return {c.id: c.name for c in self.store.coders.all()}

    def counts_by_document(self) -> dict[int, int]:
        return self.store.codings.counts_by_document()

    # -- changing ------------------------------------------------------------------------
    def apply(self, doc: str, start: int, end: int, code: str, *, coder: str | None = None,
              memo: str = "") -> Coding:
        document = self.project.documents.get(doc)
        target = self.project.codebook.get(code)
        self._check_span(document.name, document.length, start, end)
        if not target.codable:
            raise KvalkodError(f"the code {target.path!r} is a folder and cannot be applied")
        with self.project.action(f"code {document.name} {start}–{end} as {target.path}") as uow:
            coder_id = self.project.coder_id(uow, coder)
            existing = self.store.codings.find_identical(document.id, target.id, coder_id, start, end)
            if existing is not None:
                return existing
            (coding_id,) = self.insert_spans(uow, document.id, target.id, coder_id, [(start, end)], memo,
                                             checked=True)
        return self.store.codings.get(coding_id)

    def apply_new_code(self, doc: str, start: int, end: int, path: str, *, coder: str | None = None) -> Coding:
        """Create the code ``path`` if it does not exist and apply it, as ONE undoable action
        (in-vivo coding, and the quick-code box when the analyst types a new name)."""
        from .codebook import split_path

        document = self.project.documents.get(doc)
        self._check_span(document.name, document.length, start, end)
        parts = split_path(path)
        with self.project.action(f"code {document.name} {start}–{end} as new code {'/'.join(parts)}") as uow:
            parent = None
            for name in parts:
                existing = self.store.codes.child(parent, name)
                parent = existing if existing is not None else self.project.codebook.insert_code(uow, parent, name)
            coder_id = self.project.coder_id(uow, coder)
            ids = self.insert_spans(uow, document.id, parent, coder_id, [(start, end)])
        if ids:
            return self.store.codings.get(ids[0])
        return next(c for c in self.store.codings.in_range(document.id, start, end)
                    if (c.start, c.end, c.code_id) == (start, end, parent))

    def insert_spans(self, uow: "UnitOfWork", doc_id: int, code_id: int, coder_id: int,
                     spans: Iterable[tuple[int, int]], memo: str = "", checked: bool = False) -> list[int]:
        """Insert codings for the spans this coder does not have yet (one batch).

        ``checked``: the caller has made sure none exists (saves reading them all)."""
        existing = set() if checked else self.store.codings.existing_spans(doc_id, code_id, coder_id)
        now = utc_now()
        rows = []
        for start, end in sorted(set(spans)):
            if (start, end) in existing:
                continue
            rows.append({"guid": new_guid(), "document_id": doc_id, "code_id": code_id,
                         "start": start, "end": end, "coder_id": coder_id, "memo": memo,
                         "created_at": now, "updated_at": now})
        ids = self.store.codings.insert_many(uow, rows)
        if ids:
            uow.emit("codings_applied", document_id=doc_id, code_id=code_id, ids=ids)
        return ids

    def remove(self, guids: Sequence[str]) -> int:
        codings = [self.get(g) for g in guids]
        label = "remove coding" if len(codings) == 1 else f"remove {len(codings)} codings"
        with self.project.action(label) as uow:
            self.store.codings.delete(uow, [c.id for c in codings])
            uow.emit("codings_removed", ids=[c.id for c in codings], guids=[c.guid for c in codings],
                     code_ids=[c.code_id for c in codings], document_ids=[c.document_id for c in codings])
        return len(codings)

    def resize(self, guid: str, start: int, end: int) -> Coding:
        coding = self.get(guid)
        document = self.store.documents.get(coding.document_id)
        self._check_span(document.name, document.length, start, end)
        if (start, end) in self.store.codings.existing_spans(coding.document_id, coding.code_id, coding.coder_id) \
                and (start, end) != (coding.start, coding.end):
            raise KvalkodError("the same coder already has this code on exactly that span")
        with self.project.action(f"resize coding in {document.name} to {start}–{end}") as uow:
            self.store.codings.update(uow, coding.id, {"start": start, "end": end, "updated_at": utc_now()})
        return self.store.codings.get(coding.id)

    def set_memo(self, guid: str, memo: str) -> Coding:
        coding = self.get(guid)
        with self.project.action("edit coding memo") as uow:
            self.store.codings.update(uow, coding.id, {"memo": memo, "updated_at": utc_now()})
        return self.store.codings.get(coding.id)

    def move_codings(self, uow: "UnitOfWork", source_code_id: int, dest_code_id: int) -> None:
        """Re-point a code's codings at another code (merge), dropping exact duplicates."""
        for coding_id in self.store.codings.ids_for_codes([source_code_id]):
            c = self.store.codings.get(coding_id)
            if (c.start, c.end) in self.store.codings.existing_spans(c.document_id, dest_code_id, c.coder_id):
                self.store.codings.delete(uow, [c.id])
            else:
                self.store.codings.update(uow, c.id, {"code_id": dest_code_id, "updated_at": utc_now()})

    @staticmethod
    def _check_span(doc_name: str, length: int, start: int, end: int) -> None:
        if not (0 <= start < end <= length):
            raise KvalkodError(
                f"{start}–{end} is not a span of {doc_name} (it has {length} characters; need 0 ≤ START < END ≤ {length})"
            )
