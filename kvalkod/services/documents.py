"""Documents: import (one transaction per file), rename, re-kind, delete, read."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import ConflictError, KvalkodError, NotFoundError
from ..model import DOCUMENT_KINDS, Document, SpeakerTurn
from ..store.stamps import new_guid, utc_now
from .importing import PreparedDocument, prepare_document

if TYPE_CHECKING:
    from .project import Project


@dataclass
class ImportResult:
    path: str
    document: Document | None = None
    error: str | None = None


class DocumentService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[Document]:
        return self.store.documents.all()

    def get(self, name_or_guid: str) -> Document:
        doc = self.store.documents.find(name_or_guid)
        if doc is None:
            raise NotFoundError(f"no document named {name_or_guid!r} in {self.project.path.name}")
        return doc

    def text(self, name_or_guid: str) -> str:
        return self.store.documents.text(self.get(name_or_guid).id)

    def raw_text(self, name_or_guid: str) -> str:
        """The text as extracted from the file, before clean-up (provenance)."""
        return self.store.documents.source(self.get(name_or_guid).id)["raw_text"]

    def provenance(self, name_or_guid: str) -> dict:
        """The original file's sha256, size and encoding, and whether its bytes are kept."""
        source = self.store.documents.source(self.get(name_or_guid).id)
        return {k: source[k] for k in ("sha256", "size", "encoding", "has_original")}

    def turns(self, name_or_guid: str, start: int = 0, end: int | None = None) -> list[SpeakerTurn]:
        """Speaker turns of a document, all of them or those overlapping ``[start, end)``
        (what the document view needs for the lines it shows)."""
        return self.store.documents.turns(self.get(name_or_guid).id, start, end)

    def import_report(self, name_or_guid: str) -> dict:
        return self.store.documents.import_report(self.get(name_or_guid).id)

    # -- importing -----------------------------------------------------------------------
    def import_files(
        self,
        paths: Sequence[str | os.PathLike],
        *,
        kind: str = "document",
        variables: dict[str, str] | None = None,
        name: str | None = None,
        clean: bool = True,
    ) -> list[ImportResult]:
        """Import each file in its own transaction; a bad file is reported, the rest go on."""
        if name and len(paths) > 1:
            raise KvalkodError("--name can only be given when importing one file")
        results = []
        for path in paths:
            try:
                prepared = prepare_document(path, kind=kind, name=name, clean=clean)
                results.append(ImportResult(str(path), self.add_prepared(prepared, variables or {})))
            except KvalkodError as exc:
                results.append(ImportResult(str(path), error=str(exc)))
        return results

    def add_prepared(self, prepared: PreparedDocument, variables: dict[str, str]) -> Document:
        """Store one prepared document with its variables as one undoable action."""
        if self.store.documents.name_exists(prepared.name):
            raise ConflictError(
                f"{prepared.source_name}: a document named {prepared.name!r} exists already (use --name)"
            )
        with self.project.action(f"import {prepared.name}") as uow:
            doc_id = self.store.documents.insert(
                uow,
                document={
                    "guid": new_guid(), "name": prepared.name, "kind": prepared.kind,
                    "text": prepared.text, "source_name": prepared.source_name,
                    "format": prepared.format, "import_report": json.dumps(prepared.report, ensure_ascii=False),
                    "created_by": self.project.coder, "imported_at": utc_now(),
                },
                source={
                    "raw_text": None if prepared.raw_text == prepared.text else prepared.raw_text,
                    "original": prepared.original, "sha256": prepared.sha256,
                    "size": prepared.size, "encoding": prepared.encoding,
                },
                notes=prepared.notes,
                turns=prepared.turns,
            )
            for var_name, value in variables.items():
                self.project.variables.set_in(uow, "document", doc_id, var_name, value)
            uow.emit("document_imported", id=doc_id, name=prepared.name)
        return self.store.documents.get(doc_id)

    # -- editing -------------------------------------------------------------------------
    def rename(self, name_or_guid: str, new_name: str) -> None:
        doc = self.get(name_or_guid)
        new_name = new_name.strip()
        if not new_name:
            raise KvalkodError("a document needs a name")
        if new_name != doc.name and self.store.documents.name_exists(new_name):
            raise ConflictError(f"a document named {new_name!r} exists already")
        with self.project.action(f"rename document {doc.name} to {new_name}") as uow:
            self.store.documents.update(uow, doc.id, {"name": new_name})

    def set_kind(self, name_or_guid: str, kind: str) -> None:
        doc = self.get(name_or_guid)
        if kind not in DOCUMENT_KINDS:
            raise KvalkodError(f"unknown kind {kind!r} (one of {', '.join(DOCUMENT_KINDS)})")
        with self.project.action(f"set kind of {doc.name} to {kind}") as uow:
            self.store.documents.update(uow, doc.id, {"kind": kind})

    def delete(self, names: Iterable[str]) -> None:
        docs = [self.get(n) for n in names]
        label = f"delete document {docs[0].name}" if len(docs) == 1 else f"delete {len(docs)} documents"
        with self.project.action(label) as uow:
            for doc in docs:
                self.store.documents.delete(uow, doc.id)
