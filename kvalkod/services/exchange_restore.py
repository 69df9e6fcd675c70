"""Storing a ``RefiProject`` in a new, empty project: one undoable action, bulk inserts.

Everything the reader produced is inserted with the GUIDs it carries, so a project exported
and imported again keeps the identity of every document, code, coding, case, memo and set.
When the file is kvalkod's own, ``extras`` (kvalkod.json) puts back what REFI cannot carry:
the rows of ``EXTRA_TABLES`` arrive with GUIDs where ids were and are linked to the new ids
here; a row whose partner did not arrive is reported, not guessed.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any, Optional

from ..importers.qdpx import RefiProject
from ..importers.qdpx_loss import ImportReport
from ..model import DOCUMENT_KINDS, SpeakerTurn
from ..store.journal import UnitOfWork
from ..store.stamps import new_guid, utc_now
from ..store.table_rows import TableRows
from .codebook import PALETTE
from .exchange_snapshot import EXTRA_TABLES, SPAN_COLUMNS

if TYPE_CHECKING:
    from .project import Project

_CODER_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


def restore(project: "Project", refi: RefiProject, report: ImportReport) -> None:
    with project.action(f"import REFI project {refi.name}") as uow:
        _Restore(project, refi, report, uow).run()


class _Restore:
    def __init__(self, project: "Project", refi: RefiProject, report: ImportReport, uow: UnitOfWork):
        self.project, self.refi, self.report, self.uow = project, refi, report, uow
        self.rows = TableRows(project.store)
        self.extras = refi.extras if isinstance(refi.extras, dict) else {}
        self.now = utc_now()
        self.ids: dict[str, dict[str, int]] = {}
        self.users = {u.guid: u.name for u in refi.users}
        self.texts: dict[str, str] = {}

    def run(self) -> None:
        self._meta()
        self._coders()
        self._codes()
        self._documents()
        self._cases_and_variables()
        self._codings()
        self._memos()
        self._sets()
        self._extra_tables()

    def _insert(self, table: str, rows: list[dict[str, Any]], key: Optional[str] = "guid") -> list[int]:
        ids = self.rows.insert_many(self.uow, table, rows)
        if key:
            self.ids.setdefault(table, {}).update((r[key], i) for r, i in zip(rows, ids))
        return ids

    def _meta(self) -> None:
        meta = self.extras.get("meta")
        values = {k: v for k, v in meta.items() if isinstance(k, str) and isinstance(v, str)} \
            if isinstance(meta, dict) else {}
        values["name"] = self.refi.name
        if self.refi.created_at and "created_at" not in values:
            values["created_at"] = self.refi.created_at
        for key, value in values.items():
            self.project.store.meta.set(self.uow, key, value)

    def _coders(self) -> None:
        """Coders: kvalkod's own list when the file is ours, else every user who coded."""
        coders: dict[str, dict[str, str]] = {}
        for saved in self.extras.get("coders") or ():
            if isinstance(saved, dict) and all(isinstance(saved.get(k), str) for k in ("guid", "name", "color")):
                coders[saved["guid"]] = {"guid": saved["guid"], "name": saved["name"], "color": saved["color"]}
        names = {c["name"] for c in coders.values()}
        for coding in self.refi.codings:
            if coding.coder not in coders:
                name = base = self.users.get(coding.coder, coding.coder)
                number = 2
                while name in names:
                    name, number = f"{base} ({number})", number + 1
                names.add(name)
                color = _CODER_COLORS[len(coders) % len(_CODER_COLORS)]
                coders[coding.coder] = {"guid": coding.coder, "name": name, "color": color}
        self._insert("coders", list(coders.values()))
        self.report.added["users"] = len(coders)
        self.coder_ids = {guid: self.ids["coders"][guid] for guid in coders}

    def _codes(self) -> None:
        order = self.extras.get("codes") if isinstance(self.extras.get("codes"), dict) else {}
        level = [(node, None, n) for n, node in enumerate(self.refi.codes)]
        count = 0
        while level:
            rows = []
            for node, parent, position in level:
                sort_order = order.get(node.guid)
                rows.append({"guid": node.guid or new_guid(), "parent_id": parent, "name": node.name,
                             "color": node.color or PALETTE[count % len(PALETTE)],  # the reader normalised it
                             "description": node.description, "codable": int(node.codable),
                             "sort_order": sort_order if isinstance(sort_order, int) else position})
                count += 1
            ids = self._insert("codes", rows)
            self.project.store.codes.invalidate()
            level = [(child, code_id, n) for (node, _, _), code_id in zip(level, ids)
                     for n, child in enumerate(node.children)]
        self.report.added["codes"] = count

    def _documents(self) -> None:
        from ..text.speakers import find_turns, looks_like_transcript

        saved_all = self.extras.get("documents") if isinstance(self.extras.get("documents"), dict) else {}
        readings = {p["document"]: p["reading"] for p in self.report.positions}
        self.ids["documents"] = {}
        for document in self.refi.documents:
            saved = saved_all.get(document.guid) if isinstance(saved_all.get(document.guid), dict) else None
            data = document.text.encode("utf-8")
            row = {"guid": document.guid, "name": document.name, "text": document.text,
                   "created_by": self.users.get(document.created_by) if document.created_by else None,
                   "imported_at": document.created_at or self.now}
            turns: list[SpeakerTurn] = []
            if saved is not None:
                kind = saved.get("kind")
                report = saved.get("import_report")
                row.update(kind=kind if kind in DOCUMENT_KINDS else "document",
                           source_name=str(saved.get("source_name") or ""), format=str(saved.get("format") or ""),
                           import_report=report if isinstance(report, str) else "{}")
                raw = saved.get("raw_text")
                original = self.refi.attachments.get(saved.get("original") or "")
                source = {"raw_text": raw if isinstance(raw, str) and raw != document.text else None,
                          "original": original, "sha256": str(saved.get("sha256") or hashlib.sha256(data).hexdigest()),
                          "size": saved.get("size") if isinstance(saved.get("size"), int) else len(data),
                          "encoding": saved.get("encoding") if isinstance(saved.get("encoding"), str) else None}
            else:
                if looks_like_transcript(document.text[:200_000]):
                    turns = [SpeakerTurn(t.start, t.end, t.speaker, t.timestamp) for t in find_turns(document.text)]
                report = {"source": self.report.source.rsplit("/", 1)[-1], "format": "qdpx",
                          "origin": self.refi.origin, "positions": readings.get(document.name, ""),
                          "cleaned": False, "why": "REFI-QDA text: kept exactly, its positions count it",
                          "turns": len(turns)}
                row.update(kind="document", source_name=document.name, format="qdpx",
                           import_report=json.dumps(report, ensure_ascii=False))
                source = {"raw_text": None, "original": None, "sha256": hashlib.sha256(data).hexdigest(),
                          "size": len(data), "encoding": "utf-8"}
            doc_id = self.project.store.documents.insert(self.uow, document=row, source=source, turns=turns)
            self.ids["documents"][document.guid] = doc_id
            self.texts[document.guid] = document.text
        self.report.added["documents"] = len(self.refi.documents)

    def _cases_and_variables(self) -> None:
        taken: set[tuple[str, str]] = set()
        rows = []
        for variable in self.refi.variables:
            name, number = variable.name, 2
            while (name, variable.scope) in taken:
                name, number = f"{variable.name} ({number})", number + 1
            if name != variable.name:
                self.report.warn(f"A second {variable.scope} variable named {variable.name!r} was renamed {name!r}.")
            taken.add((name, variable.scope))
            rows.append({"guid": variable.guid, "name": name, "scope": variable.scope, "type": variable.type})
        self._insert("variables", rows)
        self.report.added["variables"] = len(rows)
        variable_ids = self.ids.get("variables", {})
        scopes = {v.guid: v.scope for v in self.refi.variables}
        self._insert("cases", [{"guid": c.guid, "name": c.name, "description": c.description}
                               for c in self.refi.cases])
        case_ids = self.ids.get("cases", {})
        self._insert("case_documents", [{"case_id": case_ids[c.guid], "document_id": self.ids["documents"][d]}
                                        for c in self.refi.cases for d in c.documents], key=None)
        values = []
        for scope, holders, ids in (("document", self.refi.documents, self.ids["documents"]),
                                    ("case", self.refi.cases, case_ids)):
            for holder in holders:
                for guid, value in holder.values.items():
                    if scopes.get(guid) == scope:
                        values.append({"variable_id": variable_ids[guid], "document_id": None, "case_id": None,
                                       f"{scope}_id": ids[holder.guid], "value": value})
        self._insert("variable_values", values, key=None)
        self.report.added["cases"] = len(self.refi.cases)

    def _codings(self) -> None:
        codes, documents = self.ids.get("codes", {}), self.ids["documents"]
        rows = []
        for c in self.refi.codings:
            if not 0 <= c.start < c.end <= len(self.texts[c.document]):
                self.report.lose("codings", "the project", "their passage is not in the document", example=c.guid)
                continue
            created = c.created_at or self.now
            rows.append({"guid": c.guid, "document_id": documents[c.document], "code_id": codes[c.code],
                         "start": c.start, "end": c.end, "coder_id": self.coder_ids[c.coder], "memo": c.memo,
                         "created_at": created, "updated_at": c.updated_at or created})
        self._insert("codings", rows)
        self.report.added["codings"] = len(rows)

    def _memos(self) -> None:
        targets = {"document": self.ids["documents"], "code": self.ids.get("codes", {}),
                   "case": self.ids.get("cases", {})}
        default_author = self.refi.origin or "REFI-QDA"
        rows = []
        for memo in self.refi.memos:
            target_id = None if memo.target_type == "project" else targets[memo.target_type].get(memo.target or "")
            if memo.target_type != "project" and target_id is None:
                self.report.lose("memos", f"a {memo.target_type}", "what they were written on was not imported")
                continue
            created = memo.created_at or self.now
            rows.append({"guid": memo.guid, "target_type": memo.target_type, "target_id": target_id,
                         "author": self.users.get(memo.author or "", default_author), "text": memo.text,
                         "created_at": created, "updated_at": memo.updated_at or created})
        self._insert("memos", rows)
        self.report.added["memos"] = len(rows)

    def _sets(self) -> None:
        self._insert("sets", [{"guid": s.guid, "name": s.name, "description": s.description} for s in self.refi.sets])
        set_ids = self.ids.get("sets", {})
        members = [{"set_id": set_ids[s.guid], "code_id": self.ids["codes"][g], "document_id": None}
                   for s in self.refi.sets for g in s.codes]
        members += [{"set_id": set_ids[s.guid], "code_id": None, "document_id": self.ids["documents"][g]}
                    for s in self.refi.sets for g in s.documents]
        self._insert("set_members", members, key=None)
        self.report.added["sets"] = len(self.refi.sets)

    def _extra_tables(self) -> None:
        tables = self.extras.get("tables")
        if not isinstance(tables, dict):
            return
        document_guids = {i: g for g, i in self.ids["documents"].items()}
        for table, references in EXTRA_TABLES.items():
            saved = tables.get(table)
            if not isinstance(saved, list):
                continue
            columns = [c for c in self.rows.columns(table) if c != "id"]
            rows = []
            for entry in saved:
                row = _row(entry, columns, references, self.ids)
                if row is None or not self._span_fits(table, row, document_guids):
                    self.report.lose(f"{table.replace('_', ' ')}", "kvalkod.json",
                                     "what they belong to was not imported, or they are damaged")
                    continue
                rows.append(row)
            self._insert(table, rows, key="guid" if "guid" in columns else None)

    def _span_fits(self, table: str, row: dict[str, Any], document_guids: dict[int, str]) -> bool:
        if table not in SPAN_COLUMNS:
            return True
        length = len(self.texts[document_guids[row["document_id"]]])
        start, end = SPAN_COLUMNS[table]
        return all(row[c] is None or (isinstance(row[c], int) and 0 <= row[c] <= length)
                   for c in (start, end) if c is not None)


def _row(entry: object, columns: list[str], references: dict[str, str],
         ids: dict[str, dict[str, int]]) -> Optional[dict[str, Any]]:
    """A saved row with its GUIDs turned back into ids; None if it is damaged or its partner is missing."""
    if not isinstance(entry, dict) or set(entry) != set(columns):
        return None
    row = dict(entry)
    for column, target in references.items():
        if row[column] is not None:
            found = ids.get(target, {}).get(row[column]) if isinstance(row[column], str) else None
            if found is None:
                return None
            row[column] = found
    return {c: row[c] for c in columns}
