"""documents and what hangs off them: provenance, speaker turns, lifted notes, index chunks."""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Sequence

from ..model import Document, DocumentNote, SpeakerTurn
from .fulltext import index_document
from .journal import UnitOfWork
from .stamps import new_guid

_COLUMNS = "id, guid, name, kind, length, source_name, imported_at, created_by"


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], guid=row["guid"], name=row["name"], kind=row["kind"], length=row["length"],
        source_name=row["source_name"], imported_at=row["imported_at"], created_by=row["created_by"],
    )


class DocumentRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[Document]:
        return [_document(r) for r in self.conn.execute(f"SELECT {_COLUMNS} FROM documents ORDER BY name")]

    def get(self, doc_id: int) -> Document | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def find(self, name_or_guid: str) -> Document | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE name = ? OR guid = lower(?)",
            (name_or_guid, name_or_guid.strip("{}")),
        ).fetchone()
        return _document(row) if row else None

    def name_exists(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE name = ?", (name,)).fetchone() is not None

    def text(self, doc_id: int) -> str:
        return self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]

    def import_report(self, doc_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT import_report FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else {}

    def source(self, doc_id: int) -> dict[str, Any]:
        """Provenance: the raw extracted text, the original's hash, size and encoding."""
        row = self.conn.execute(
            "SELECT coalesce(s.raw_text, d.text) AS raw_text, s.sha256, s.size, s.encoding, "
            "s.original IS NOT NULL AS has_original FROM document_sources s "
            "JOIN documents d ON d.id = s.document_id WHERE s.document_id = ?", (doc_id,)
        ).fetchone()
        return dict(row) if row else {}

    def turns(self, doc_id: int, start: int = 0, end: int | None = None) -> list[SpeakerTurn]:
        """The document's speaker turns, or those overlapping ``[start, end)``."""
        return [
            SpeakerTurn(r["start"], r["end"], r["speaker"], r["timestamp"])
            for r in self.conn.execute(
                "SELECT start, end, speaker, timestamp FROM speaker_turns "
                "WHERE document_id = ? AND start < ? AND end > ? ORDER BY start",
                (doc_id, end if end is not None else 2**62, start),
            )
        ]

    def notes(self, doc_id: int) -> list[DocumentNote]:
        return [
            DocumentNote(r["kind"], r["label"], r["text"], r["anchor"])
            for r in self.conn.execute(
                "SELECT kind, label, text, anchor FROM document_notes WHERE document_id = ? ORDER BY id",
                (doc_id,),
            )
        ]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    # -- writing -------------------------------------------------------------------------
    def insert(
        self,
        uow: UnitOfWork,
        *,
        document: dict[str, Any],
        source: dict[str, Any],
        notes: Sequence[DocumentNote] = (),
        turns: Sequence[SpeakerTurn] = (),
    ) -> int:
        """Insert a document with its provenance, notes, turns and search-index chunks."""
        text = document["text"]
        doc_id = uow.insert("documents", {**document, "length": len(text)})
        uow.insert("document_sources", {**source, "document_id": doc_id})
        uow.insert_many(
            "document_notes",
            [
                {"guid": new_guid(), "document_id": doc_id, "kind": n.kind, "label": n.label,
                 "text": n.text, "anchor": n.offset}
                for n in notes
            ],
        )
        uow.insert_many(
            "speaker_turns",
            [
                {"document_id": doc_id, "start": t.start, "end": t.end, "speaker": t.speaker,
                 "timestamp": t.timestamp}
                for t in turns
            ],
        )
        index_document(self.conn, doc_id, text)
        return doc_id

    def update(self, uow: UnitOfWork, doc_id: int, changes: dict[str, Any]) -> None:
        uow.update("documents", doc_id, changes)

    def delete(self, uow: UnitOfWork, doc_id: int) -> None:
        """Delete a document with its memos; everything that refers to it by foreign key
        (codings, turns, notes, variables, summaries, scene passages …) goes first through the
        journal's cascade, so undo restores all."""
        memo_ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM memos WHERE target_type = 'document' AND target_id = ?", (doc_id,))]
        uow.delete_many("memos", memo_ids)
        uow.delete("documents", doc_id)  # its search-index chunks go by cascade
