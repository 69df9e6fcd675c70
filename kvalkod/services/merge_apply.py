"""Merging one source project into the target, inside the caller's unit of work.

The order follows the references: coders, documents and codes first, because codings point
at them; codings next, because condensations, summaries, comments and quotes point at them;
the rest (``merge_rest``) after. Each source id is mapped to the target id it became or
met, so whatever refers to it is re-pointed on the way in. Offsets need no translation: a
source document meets a target document only when their texts are identical.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..model import DocumentNote, SpeakerTurn
from ..store.stamps import new_guid
from ..store.table_rows import TableRows
from .merge_plan import (
    DocumentMatch,
    DocumentRecord,
    SourcePlan,
    match_codes,
    match_documents,
    suggest,
    text_hash,
)
from .merge_report import MergeReport

if TYPE_CHECKING:
    from ..store import Store
    from ..store.journal import UnitOfWork
    from .project import Project

# Every table a user action may change, and where its rows go in a merge (a test holds this
# to the schema, so a new table cannot be forgotten here).
HANDLED_TABLES = {
    "project_meta": "settings other than name and dates; differences reported",
    "coders": "by name",
    "documents": "by guid, else identical text, else added",
    "document_sources": "with their added document", "speaker_turns": "with their added document",
    "document_notes": "with their added document",
    "codes": "by guid, else path, else mapped, else added",
    "codings": "re-pointed; exact duplicates skipped",
    "cases": "by guid, else name", "case_documents": "unioned",
    "variables": "by guid, else name and scope", "variable_values": "target's value kept; differences reported",
    "memos": "by guid, else same target and text", "scenes": "by guid, else title and passages",
    "scene_sources": "with their added scene", "scene_codes": "unioned",
    "summaries": "by code, case and document", "summary_links": "re-pointed",
    "report_items": "into a target without an outline; else reported",
    "report_item_codings": "with their items", "comments": "by guid", "name_map": "by real name",
    "condensations": "by coding", "saved_queries": "by guid, else name", "sets": "by guid, else name",
    "set_members": "unioned",
}

_SKIPPED_META = ("app", "name", "created_at")  # the target's own identity


class SourceMerger:
    """One source's rows brought into the target; ``maps`` says what each source id became."""

    def __init__(self, project: "Project", source: "Store", label: str, report: MergeReport,
                 mapping: dict[str, str]):
        self.project = project
        self.target = project.store
        self.source = source
        self.src = TableRows(source)
        self.dst = TableRows(project.store)
        self.label = label
        self.report = report
        self.mapping = mapping
        self.maps: dict[str, dict[int, int]] = defaultdict(dict)
        self.added_documents: set[int] = set()

    def conflict(self, kind: str, thing: str, target_value, source_value, resolution: str) -> None:
        self.report.conflict(kind, self.label, thing, target_value, source_value, resolution)

    def run(self, uow: "UnitOfWork") -> None:
        from .merge_rest import merge_rest

        self._settings(uow)
        self._coders(uow)
        self._documents(uow)
        self._codes(uow)
        self._codings(uow)
        merge_rest(self, uow)

    # -- settings and coders -------------------------------------------------------------
    def _settings(self, uow: "UnitOfWork") -> None:
        for row in self.src.rows("project_meta"):
            key, value = row["key"], row["value"]
            if key in _SKIPPED_META:
                continue
            have = self.target.meta.get(key)
            if have is None:
                self.target.meta.set(uow, key, value)
                self.report.added["project_settings"] += 1
            elif have != value:
                self.conflict("project_setting", key, have, value, "the target's setting kept")

    def _coders(self, uow: "UnitOfWork") -> None:
        guids = {r["guid"] for r in self.dst.rows("coders")}
        for row in self.src.rows("coders"):
            found = self.target.coders.find(row["name"])
            if found is not None:
                self.maps["coders"][row["id"]] = found.id
                self.report.matched["coders"] += 1
                continue
            guid = row["guid"] if row["guid"] not in guids else new_guid()
            (new_id,) = self.dst.insert_many(uow, "coders", [{"guid": guid, "name": row["name"], "color": row["color"]}])
            guids.add(guid)
            self.maps["coders"][row["id"]] = new_id
            self.report.added["coders"] += 1

    def plan(self, path: str) -> SourcePlan:
        """What ``run`` would do to documents and codes, decided the same way, writing nothing."""
        documents = self._match_documents()[1]
        targets = self.target.codes.all()
        codes = match_codes(self.source.codes.all(), targets, self.mapping)
        suggestions = {m.source.path: suggest(m.source, targets) for m in codes if m.how == "added"}
        return SourcePlan(path, documents, codes, self.src.count("codings"), suggestions)

    # -- documents -----------------------------------------------------------------------
    def _match_documents(self) -> tuple[dict[int, dict], list[DocumentMatch], list[DocumentRecord]]:
        """The source's document rows by id, their matches, and the target's documents."""
        rows = {r["id"]: r for r in self.src.rows("documents")}
        source = [DocumentRecord(r["id"], r["guid"], r["name"], text_hash(r["text"])) for r in rows.values()]
        lengths = {r["length"] for r in rows.values()}
        targets = self.target.documents.all()
        # only a text of the same length can be the same text: read and hash just those
        texts = self.dst.texts(t.id for t in targets if t.length in lengths)
        target = [DocumentRecord(t.id, t.guid, t.name, text_hash(texts[t.id]) if t.id in texts else None)
                  for t in targets]
        return rows, match_documents(source, target), target

    def _documents(self, uow: "UnitOfWork") -> None:
        rows, matches, target = self._match_documents()
        by_id = {t.id: t for t in self.target.documents.all()}
        for match in matches:
            row = rows[match.source.id]
            if match.how == "added":
                doc_id = self._add_document(uow, row, match.name, match.guid)
                self._report_added_document(row, match, by_id, target)
            else:
                doc_id = match.target_id
                self.report.matched[f"documents_by_{match.how}"] += 1
                have = by_id[doc_id]
                if have.name != row["name"]:
                    self.conflict("document", row["name"], have.name, row["name"],
                                  "the same document under another name; the target's name kept")
                if have.kind != row["kind"]:
                    self.conflict("document", have.name, have.kind, row["kind"], "the target's kind kept")
                self._fill_structure(uow, row["id"], doc_id)
            self.maps["documents"][row["id"]] = doc_id

    def _fill_structure(self, uow: "UnitOfWork", source_id: int, doc_id: int) -> None:
        """Speaker turns and lifted notes of the source's copy of a document, where the
        target's copy of the same text has none (one was imported without detecting them)."""
        for table, fields in (("speaker_turns", ("start", "end", "speaker", "timestamp")),
                              ("document_notes", ("kind", "label", "text", "anchor"))):
            theirs = self.src.rows(table, where=("document_id", source_id))
            if theirs and not self.dst.rows(table, where=("document_id", doc_id)):
                rows = [{**{k: r[k] for k in fields}, "document_id": doc_id} for r in theirs]
                if table == "document_notes":
                    rows = [{**r, "guid": new_guid()} for r in rows]
                self.dst.insert_many(uow, table, rows)
                self.report.filled[table] += len(rows)

    def _add_document(self, uow: "UnitOfWork", row: dict, name: str, guid: str) -> int:
        provenance = self.src.rows("document_sources", where=("document_id", row["id"]))
        if provenance:
            source = {k: provenance[0][k] for k in ("raw_text", "original", "sha256", "size", "encoding")}
        else:  # not made by kvalkod's importer: the text is its own provenance
            data = row["text"].encode("utf-8")
            source = {"raw_text": None, "original": None, "sha256": text_hash(row["text"]), "size": len(data),
                      "encoding": None}
        notes = [DocumentNote(n["kind"], n["label"], n["text"], n["anchor"])
                 for n in self.src.rows("document_notes", where=("document_id", row["id"]))]
        turns = [SpeakerTurn(t["start"], t["end"], t["speaker"], t["timestamp"])
                 for t in self.src.rows("speaker_turns", where=("document_id", row["id"]))]
        fields = ("kind", "text", "source_name", "format", "import_report", "created_by", "imported_at")
        doc_id = self.target.documents.insert(
            uow, document={"guid": guid, "name": name, **{k: row[k] for k in fields}},
            source=source, notes=notes, turns=turns)
        uow.emit("document_imported", id=doc_id, name=name)
        self.added_documents.add(doc_id)
        self.report.added["documents"] += 1
        return doc_id

    def _report_added_document(self, row: dict, match: DocumentMatch, by_id: dict,
                               target: list[DocumentRecord]) -> None:
        size = f"{len(row['text'])} characters"
        if match.guid_clash:
            other = next(t for t in target if t.guid == row["guid"])
            self.conflict("document", row["name"], f"{other.name!r}, {by_id[other.id].length} characters",
                          f"{row['name']!r}, {size}",
                          f"one guid, two different texts: the source's added as {match.name!r} under a new guid")
        elif match.renamed:
            taken = next(t for t in target if t.name == row["name"])
            self.conflict("document", row["name"], f"{taken.name!r}, {by_id[taken.id].length} characters",
                          f"{row['name']!r}, {size}",
                          f"the name is taken by a different text: added as {match.name!r}")

    # -- codes ---------------------------------------------------------------------------
    def _codes(self, uow: "UnitOfWork") -> None:
        targets = self.target.codes.all()
        ids = {c.path: c.id for c in targets}
        by_id = {c.id: c for c in targets}
        for match in match_codes(self.source.codes.all(), targets, self.mapping):
            code = match.source
            if match.how == "added":
                parent_path = match.target_path.rpartition("/")[0]
                code_id = self.project.codebook.insert_code(
                    uow, ids[parent_path] if parent_path else None, code.name, code.color, code.description,
                    guid=code.guid, codable=code.codable)
                ids[match.target_path] = code_id
                self.report.added["codes"] += 1
                self.report.codes_added.append(match.target_path)
                self.report.codes_unmatched.append(code.path)
            else:
                code_id = ids[match.target_path]
                if match.how == "mapped":
                    self.report.codes_mapped.append({"code": code.path, "target": match.target_path,
                                                     "source": self.label})
                    self.report.codes_unmatched.append(code.path)
                else:
                    self.report.matched["codes"] += 1
                    if match.how == "guid":
                        self.report.codes_by_guid += 1
                    else:
                        self.report.codes_by_path += 1
                    if code_id in by_id:
                        self._compare_code(uow, code, by_id[code_id])
            self.maps["codes"][code.id] = code_id

    def _compare_code(self, uow: "UnitOfWork", code, have) -> None:
        if have.name != code.name:
            self.conflict("code", have.path, have.name, code.name, "the same code (guid) under another name; "
                          "the target's name kept")
        if have.color != code.color:
            self.conflict("code", have.path, have.color, code.color, "the target's colour kept")
        if have.codable != code.codable:
            self.conflict("code", have.path, "codable" if have.codable else "a folder",
                          "codable" if code.codable else "a folder", "the target's kept")
        if have.description != code.description and code.description:
            if not have.description:
                self.target.codes.update(uow, have.id, {"description": code.description})
                self.report.filled["code_descriptions"] += 1
            else:
                self.conflict("code", have.path, have.description, code.description,
                              "the target's description kept")

    # -- codings -------------------------------------------------------------------------
    def _codings(self, uow: "UnitOfWork") -> None:
        """All codings in one batch: an exact duplicate (document, code, coder, span) is
        skipped; a guid the target has for another span of the same document is a conflict
        (the target's kept); everything else comes in, with its guid when it is free."""
        by_identity: dict[tuple, tuple[int, str]] = {}
        by_guid: dict[str, tuple[int, int, tuple]] = {}
        for cid, guid, doc, code, coder, start, end, memo, _, _ in self.dst.codings():
            by_identity[(doc, code, coder, start, end)] = (cid, memo)
            by_guid[guid] = (cid, doc, (doc, code, coder, start, end))
        docs, codes, coders = self.maps["documents"], self.maps["codes"], self.maps["coders"]
        new_rows: list[dict] = []
        pending: dict[tuple, int] = {}  # identity -> index in new_rows
        later: list[tuple[int, int]] = []  # (source id, index in new_rows) of duplicates within the batch
        for sid, guid, doc, code, coder, start, end, memo, created, updated in self.src.codings():
            identity = (docs[doc], codes[code], coders[coder], start, end)
            if identity in by_identity:
                target_id, target_memo = by_identity[identity]
                self.maps["codings"][sid] = target_id
                self.report.skipped["codings"] += 1
                self._merge_memo(uow, target_id, target_memo, memo, identity)
                continue
            if identity in pending:
                index = pending[identity]
                later.append((sid, index))
                self.report.skipped["codings"] += 1
                if memo and not new_rows[index]["memo"]:
                    new_rows[index]["memo"] = memo
                elif memo and memo != new_rows[index]["memo"]:
                    self.conflict("coding_memo", self._describe(identity), new_rows[index]["memo"], memo,
                                  "two source codings became one; the first one's memo kept")
                continue
            clash = by_guid.get(guid)
            if clash is not None and clash[1] == identity[0]:
                self.maps["codings"][sid] = clash[0]
                self.conflict("coding", f"{guid} in {self._document_name(identity[0])}",
                              self._describe(clash[2]), self._describe(identity),
                              "the same coding changed in both projects; the target's kept")
                continue
            pending[identity] = len(new_rows)
            new_rows.append({"guid": guid if clash is None else new_guid(), "document_id": identity[0],
                             "code_id": identity[1], "coder_id": identity[2], "start": start, "end": end,
                             "memo": memo, "created_at": created, "updated_at": updated})
            later.append((sid, pending[identity]))
        # in text order: neighbouring rows then land on the same pages of the indexes
        order = sorted(range(len(new_rows)), key=lambda i: (new_rows[i]["document_id"], new_rows[i]["start"]))
        ids = self.target.codings.insert_many(uow, [new_rows[i] for i in order])
        new_ids = dict(zip(order, ids))
        for sid, index in later:
            self.maps["codings"][sid] = new_ids[index]
        self.report.added["codings"] += len(ids)

    def _merge_memo(self, uow: "UnitOfWork", target_id: int, target_memo: str, memo: str, identity: tuple) -> None:
        if not memo or memo == target_memo:
            return
        if not target_memo:
            self.target.codings.update(uow, target_id, {"memo": memo})
            self.report.filled["coding_memos"] += 1
        else:
            self.conflict("coding_memo", self._describe(identity), target_memo, memo, "the target's memo kept")

    def _document_name(self, doc_id: int) -> str:
        return self.target.documents.get(doc_id).name

    def _describe(self, identity: tuple) -> str:
        """A coding for people: "Code/Path in document 120–245 (coder)"."""
        doc, code, coder, start, end = identity
        coder_name = next((c.name for c in self.target.coders.all() if c.id == coder), "?")
        return f"{self.target.codes.get(code).path} in {self._document_name(doc)} {start}–{end} ({coder_name})"
