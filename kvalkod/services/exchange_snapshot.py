"""A whole project as a ``RefiProject``: what a .qdpx export writes.

REFI carries documents, codes, codings, memos, cases, variables, sets and users; the rest of a
kvalkod project goes into the record's ``extras`` (kvalkod.json) as rows whose references to
other rows are GUIDs, so the importer can put them back in a new file where every integer id
differs. With ``pseudonymise`` every string that leaves the project passes through the name
list, document texts are rewritten with their offsets moved to match, and what would undo
the pseudonyms (the name list itself, raw texts, original files) stays behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from ..exporters.pseudonymised_text import ShiftedText
from ..exporters.qdpx import (
    ORIGINALS_FOLDER,
    RefiCase,
    RefiCoding,
    RefiDocument,
    RefiMemo,
    RefiProject,
    RefiSet,
    RefiUser,
    RefiVariable,
    code_guid,
    normalize_guid,
    user_guid,
)
from ..model import CodeNode
from ..store.table_rows import TableRows

if TYPE_CHECKING:
    from .project import Project

# Tables REFI has no place for, with the tables their id columns refer to. Rows travel with
# those columns holding the referred row's guid instead of its id.
EXTRA_TABLES: dict[str, dict[str, str]] = {
    "speaker_turns": {"document_id": "documents"},
    "document_notes": {"document_id": "documents"},
    "scenes": {},
    "scene_sources": {"scene_id": "scenes", "document_id": "documents"},
    "scene_codes": {"scene_id": "scenes", "code_id": "codes"},
    "summaries": {"code_id": "codes", "case_id": "cases", "document_id": "documents"},
    "summary_links": {"summary_id": "summaries", "coding_id": "codings"},
    "report_items": {"scene_id": "scenes", "summary_id": "summaries"},
    "report_item_codings": {"item_id": "report_items", "coding_id": "codings"},
    "comments": {"scene_id": "scenes", "coding_id": "codings", "summary_id": "summaries"},
    "condensations": {"coding_id": "codings"},
    "saved_queries": {},
    "name_map": {},
}
# Spans of a document's text in those tables: (start column, end column or None).
SPAN_COLUMNS = {"speaker_turns": ("start", "end"), "scene_sources": ("start", "end"),
                "document_notes": ("anchor", None)}
# Columns that are never prose (left alone by the pseudonymiser).
_NOT_PROSE = {"guid", "kind", "status", "created_at", "updated_at", "resolved_at", "options"}


def snapshot(project: "Project", *, pseudonymise: bool = False) -> RefiProject:
    rows = TableRows(project.store)
    replace = project.names.pseudonymiser() if pseudonymise else None
    p: Callable[[str], str] = replace if replace is not None else (lambda text: text)
    meta = {r["key"]: r["value"] for r in rows.rows("project_meta")}
    coders = rows.rows("coders")
    users = {c["name"]: RefiUser(c["guid"], p(c["name"])) for c in coders}

    def user(name: Optional[str]) -> Optional[str]:
        if name is None:
            return None
        if name not in users:
            users[name] = RefiUser(user_guid(name), p(name))
        return users[name].guid

    guids: dict[str, dict[int, str]] = {}
    codes = project.store.codes.all()
    guids["codes"] = {c.id: normalize_guid(c.guid) or code_guid(c.path) for c in codes}
    documents, shifted, extras_documents, attachments = [], {}, {}, {}
    guids["documents"] = {}
    for d in rows.documents():
        guids["documents"][d["id"]] = d["guid"]
        text = d["text"]
        if replace is not None:
            shifted[d["id"]] = ShiftedText(text, replace)
            text = shifted[d["id"]].text
        documents.append(RefiDocument(d["guid"], p(d["name"]), text, user(d["created_by"]), d["imported_at"]))
        extra = {"kind": d["kind"], "source_name": p(d["source_name"]), "format": d["format"],
                 "import_report": p(d["import_report"])}
        if replace is None:
            extra.update(raw_text=d["raw_text"], sha256=d["sha256"], size=d["size"], encoding=d["encoding"])
            if d["original"] is not None:
                extra["original"] = f"{ORIGINALS_FOLDER}{d['guid']}"
                attachments[extra["original"]] = bytes(d["original"])
        extras_documents[d["guid"]] = extra
    doc_by_guid = {d.guid: d for d in documents}

    coder_guids = {c["id"]: c["guid"] for c in coders}
    codings, guids["codings"] = [], {}
    for coding_id, guid, doc_id, code_id, coder_id, start, end, memo, created, updated in rows.codings():
        if doc_id in shifted:
            start, end = shifted[doc_id].start(start), shifted[doc_id].end(end)
        codings.append(RefiCoding(guid, guids["documents"][doc_id], guids["codes"][code_id], start, end,
                                  coder_guids[coder_id], p(memo) if memo else memo, created, updated))
        guids["codings"][coding_id] = guid

    case_rows = rows.rows("cases")
    guids["cases"] = {c["id"]: c["guid"] for c in case_rows}
    cases = {c["guid"]: RefiCase(c["guid"], p(c["name"]), p(c["description"])) for c in case_rows}
    for link in rows.rows("case_documents"):
        cases[guids["cases"][link["case_id"]]].documents.append(guids["documents"][link["document_id"]])
    variable_rows = rows.rows("variables")
    variables = [RefiVariable(v["guid"], p(v["name"]), v["scope"], v["type"]) for v in variable_rows]
    variable_guids = {v["id"]: v["guid"] for v in variable_rows}
    for value in rows.rows("variable_values"):
        if value["document_id"] is not None:
            holder = doc_by_guid[guids["documents"][value["document_id"]]].values
        else:
            holder = cases[guids["cases"][value["case_id"]]].values
        holder[variable_guids[value["variable_id"]]] = p(value["value"])

    memos = []  # in an order that does not depend on ids, so a re-imported project exports the same bytes
    for m in sorted(rows.rows("memos"), key=lambda m: (m["created_at"], m["guid"])):
        # a memo whose document, code or case is gone (``kvalkod check`` finds them) goes as a project memo
        target = guids.get(m["target_type"] + "s", {}).get(m["target_id"])
        memos.append(RefiMemo(m["guid"], m["target_type"] if target else "project", target, p(m["text"]),
                              user(m["author"]), m["created_at"], m["updated_at"]))

    sets = {s["id"]: RefiSet(s["guid"], p(s["name"]), p(s["description"])) for s in rows.rows("sets")}
    for member in rows.rows("set_members"):
        if member["code_id"] is not None:
            sets[member["set_id"]].codes.append(guids["codes"][member["code_id"]])
        else:
            sets[member["set_id"]].documents.append(guids["documents"][member["document_id"]])

    extras: dict[str, Any] = {
        "meta": {key: p(value) for key, value in meta.items()},
        "coders": [{"guid": c["guid"], "name": p(c["name"]), "color": c["color"]} for c in coders],
        "codes": {guids["codes"][c.id]: c.sort_order for c in codes},
        "documents": extras_documents,
        "variables": {v.guid: {"type": v.type, "scope": v.scope} for v in variables},
        "tables": _extra_tables(rows, guids, shifted, p, pseudonymise),
    }
    return RefiProject(
        name=p(meta.get("name", project.name)), created_at=meta.get("created_at"),
        users=list(users.values()), codes=_code_tree(codes, guids["codes"], p), variables=variables,
        documents=documents, codings=codings, memos=memos, cases=list(cases.values()),
        sets=list(sets.values()), extras=extras, attachments=attachments)


def _code_tree(codes, guids: dict[int, str], p: Callable[[str], str]) -> list[CodeNode]:
    children: dict[Optional[int], list] = {}
    for code in codes:  # parents before children, siblings in their order
        children.setdefault(code.parent_id, []).append(code)

    def build(parent: Optional[int]) -> tuple[CodeNode, ...]:
        return tuple(CodeNode(p(c.name), guids[c.id], c.color, p(c.description), c.codable, build(c.id))
                     for c in children.get(parent, []))

    return list(build(None))


def _extra_tables(rows: TableRows, guids: dict[str, dict[int, str]], shifted: dict[int, ShiftedText],
                  p: Callable[[str], str], pseudonymise: bool) -> dict[str, list[dict[str, Any]]]:
    for table in ("scenes", "summaries", "report_items"):
        guids[table] = {r["id"]: r["guid"] for r in rows.rows(table)}
    out: dict[str, list[dict[str, Any]]] = {}
    for table, references in EXTRA_TABLES.items():
        if table == "name_map" and pseudonymise:
            continue  # the key to the pseudonyms stays home
        written = []
        for row in rows.rows(table):
            row.pop("id")
            doc_id = row.get("document_id")
            if doc_id in shifted and table in SPAN_COLUMNS:
                start, end = SPAN_COLUMNS[table]
                if row[start] is not None:
                    row[start] = shifted[doc_id].start(row[start])
                if end is not None:
                    row[end] = shifted[doc_id].end(row[end])
            if any(row[c] is not None and row[c] not in guids[t] for c, t in references.items()):
                continue  # a row whose partner is gone (a damaged file; ``kvalkod check`` reports it)
            for column, target in references.items():
                if row[column] is not None:
                    row[column] = guids[target][row[column]]
            if pseudonymise:
                row = {k: p(v) if isinstance(v, str) and k not in _NOT_PROSE and k not in references else v
                       for k, v in row.items()}
            written.append(row)
        out[table] = written
    return out
