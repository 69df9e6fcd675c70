"""Merging what rests on documents, codes and codings: cases, variables, scenes, summaries,
comments, condensations, memos, the report outline, pseudonyms, saved queries and sets.

Each thing is matched to the target's by identity (guid) or by what makes it the same thing
(a case's name, a summary's code × case × document); where both projects hold different
content for the same thing the target's is kept and the source's is put in the report, and
an empty field of the target is filled from the source. Lookups go to the target as it is
inside the merge's transaction, so a thing two sources (or two source rows mapped together)
both bring comes in once.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..store.stamps import new_guid
from .variables import infer_type

if TYPE_CHECKING:
    from ..store.journal import UnitOfWork
    from .merge_apply import SourceMerger

_SCENE_FIELDS = ("title", "setting", "scene_date", "participants", "narrative", "analysis", "status")


def merge_rest(m: "SourceMerger", uow: "UnitOfWork") -> None:
    for step in (_cases, _variables, _scenes, _summaries, _memos, _comments, _condensations, _outline,
                 _names, _queries, _sets):
        step(m, uow)


def _grouped(rows: list[dict], key: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        out[row[key]].append(row)
    return out


def _fill_or_report(m: "SourceMerger", uow: "UnitOfWork", table: str, row_id: int, field: str, have: str,
                    new: str, kind: str, thing: str) -> None:
    """The target's text stays; an empty one takes the source's, a different one is reported."""
    if not new or new == have:
        return
    if not have:
        m.dst.update(uow, table, row_id, {field: new})
        m.report.filled[f"{kind}_{field}s"] += 1
    else:
        m.conflict(kind, thing, have, new, f"the target's {field} kept")


# -- cases and variables -----------------------------------------------------------------
def _cases(m: "SourceMerger", uow: "UnitOfWork") -> None:
    for row in m.src.rows("cases"):
        found = m.target.cases.find(row["guid"]) or m.target.cases.find(row["name"])
        if found is None:
            (case_id,) = m.dst.insert_many(uow, "cases", [{k: row[k] for k in ("guid", "name", "description")}])
            m.report.added["cases"] += 1
        else:
            case_id = found.id
            m.report.matched["cases"] += 1
            if found.name != row["name"]:
                m.conflict("case", found.name, found.name, row["name"], "the same case under another name; "
                           "the target's name kept")
            _fill_or_report(m, uow, "cases", case_id, "description", found.description, row["description"],
                            "case", found.name)
        m.maps["cases"][row["id"]] = case_id
    new: dict[tuple[int, int], dict] = {}
    for row in m.src.rows("case_documents"):
        pair = (m.maps["cases"][row["case_id"]], m.maps["documents"][row["document_id"]])
        if pair in new or m.target.cases.has_document(*pair):
            m.report.skipped["case_documents"] += 1
        else:
            new[pair] = {"case_id": pair[0], "document_id": pair[1]}
    m.report.added["case_documents"] += len(m.dst.insert_many(uow, "case_documents", list(new.values())))


def _fits(var_type: str, value: str) -> bool:
    if not value.strip() or var_type in ("text", "category"):
        return True
    return infer_type(value) == var_type


def _variables(m: "SourceMerger", uow: "UnitOfWork") -> None:
    targets = m.target.variables.all()
    by_guid = {v.guid: v for v in targets}
    by_name = {(v.name, v.scope): v for v in targets}
    types: dict[int, str] = {}
    names: dict[int, str] = {}
    for row in m.src.rows("variables"):
        found = by_guid.get(row["guid"]) or by_name.get((row["name"], row["scope"]))
        if found is None:
            (var_id,) = m.dst.insert_many(uow, "variables", [{k: row[k] for k in ("guid", "name", "scope", "type")}])
            types[var_id], names[var_id] = row["type"], row["name"]
            m.report.added["variables"] += 1
        else:
            var_id = found.id
            types[var_id], names[var_id] = found.type, found.name
            m.report.matched["variables"] += 1
            if found.type != row["type"]:
                m.conflict("variable", found.name, found.type, row["type"],
                           "the target's type kept; values that do not fit it are not merged")
        m.maps["variables"][row["id"]] = var_id
    documents = {d.id: d.name for d in m.target.documents.all()}
    cases = {c.id: c.name for c in m.target.cases.all()}
    for row in m.src.rows("variable_values"):
        var_id = m.maps["variables"][row["variable_id"]]
        if row["document_id"] is not None:
            key = {"document_id": m.maps["documents"][row["document_id"]]}
            thing = f"{names[var_id]} of {documents[key['document_id']]}"
        else:
            key = {"case_id": m.maps["cases"][row["case_id"]]}
            thing = f"{names[var_id]} of case {cases[key['case_id']]}"
        value = row["value"]
        have = m.target.variables.value_row(var_id, **key)
        if have is not None and have["value"] == value:
            m.report.skipped["variable_values"] += 1
        elif have is not None and have["value"].strip() and value.strip():
            m.conflict("variable_value", thing, have["value"], value, "the target's value kept")
        elif not _fits(types[var_id], value):
            m.conflict("variable_value", thing, None, value,
                       f"not merged: {names[var_id]} holds {types[var_id]} values")
        elif have is not None:
            if value.strip():
                m.dst.update(uow, "variable_values", have["id"], {"value": value})
                m.report.filled["variable_values"] += 1
            else:
                m.report.skipped["variable_values"] += 1
        else:
            m.dst.insert_many(uow, "variable_values", [{"variable_id": var_id, "document_id": key.get("document_id"),
                                                   "case_id": key.get("case_id"), "value": value}])
            m.report.added["variable_values"] += 1


# -- scenes and summaries ----------------------------------------------------------------
def _scenes(m: "SourceMerger", uow: "UnitOfWork") -> None:
    sources = _grouped(m.src.rows("scene_sources"), "scene_id")
    codes = _grouped(m.src.rows("scene_codes"), "scene_id")
    order = m.target.scenes.next_sort_order()
    for row in sorted(m.src.rows("scenes"), key=lambda r: (r["sort_order"], r["id"])):
        passages = [(m.maps["documents"][s["document_id"]], s["start"], s["end"]) for s in
                    sorted(sources[row["id"]], key=lambda s: (s["ord"], s["id"]))]
        code_ids = list(dict.fromkeys(m.maps["codes"][c["code_id"]] for c in codes[row["id"]]))
        found = m.target.scenes.find_guid(row["guid"]) or next(
            (s for s in m.target.scenes.all() if s.title == row["title"]
             and set(_passages(m, s.id)) == set(passages)), None)
        if found is None:
            values = {k: row[k] for k in (*_SCENE_FIELDS, "guid", "created_at", "updated_at")}
            (scene_id,) = m.dst.insert_many(uow, "scenes", [{**values, "sort_order": order}])
            order += 1
            m.dst.insert_many(uow, "scene_sources", [{"scene_id": scene_id, "document_id": d, "start": s, "end": e,
                                                 "ord": n} for n, (d, s, e) in enumerate(passages)])
            m.report.added["scenes"] += 1
            m.report.added["scene_sources"] += len(passages)
            have_codes: list[int] = []
        else:
            scene_id = found.id
            m.report.matched["scenes"] += 1
            differ = [f for f in _SCENE_FIELDS if getattr(found, f) != row[f]]
            if differ:
                m.conflict("scene", found.title, {f: getattr(found, f) for f in differ}, {f: row[f] for f in differ},
                           f"the target's {', '.join(differ)} kept")
            if set(_passages(m, scene_id)) != set(passages):
                m.conflict("scene", found.title, len(_passages(m, scene_id)), len(passages),
                           "the scenes rest on different passages; the target's passages kept")
            have_codes = m.target.scenes.code_ids(scene_id)
        new_codes = [c for c in code_ids if c not in have_codes]
        m.target.scenes.add_codes(uow, scene_id, new_codes)
        m.report.added["scene_codes"] += len(new_codes)
        m.report.skipped["scene_codes"] += len(code_ids) - len(new_codes)
        m.maps["scenes"][row["id"]] = scene_id


def _passages(m: "SourceMerger", scene_id: int) -> list[tuple[int, int, int]]:
    return [(s.document_id, s.start, s.end) for s in m.target.scenes.sources(scene_id)]


def _summaries(m: "SourceMerger", uow: "UnitOfWork") -> None:
    links = _grouped(m.src.rows("summary_links"), "summary_id")
    for row in m.src.rows("summaries"):
        code_id = m.maps["codes"][row["code_id"]]
        case_id = m.maps["cases"][row["case_id"]] if row["case_id"] is not None else None
        doc_id = m.maps["documents"][row["document_id"]] if row["document_id"] is not None else None
        wanted = dict.fromkeys((m.maps["codings"][link["coding_id"]], link["sentence"]) for link in links[row["id"]])
        found = m.target.summaries.find(code_id, case_id, doc_id)
        if found is None:
            guid = row["guid"] if m.target.summaries.find_guid(row["guid"]) is None else new_guid()
            (summary_id,) = m.dst.insert_many(uow, "summaries", [{
                "guid": guid, "code_id": code_id, "case_id": case_id, "document_id": doc_id, "text": row["text"],
                "updated_at": row["updated_at"]}])
            m.report.added["summaries"] += 1
            have: set[int] = set()
        else:
            summary_id = found.id
            m.report.matched["summaries"] += 1
            have = {coding_id for _, coding_id, _ in m.target.summaries.links(summary_id)}
            if found.text != row["text"]:
                scope = " × ".join(x for x in (m.target.codes.get(code_id).path, _name(m, "cases", case_id),
                                               _name(m, "documents", doc_id)) if x)
                m.conflict("summary", scope, found.text, row["text"],
                           "the target's summary and its links kept")
                m.maps["summaries"][row["id"]] = summary_id
                continue
        new, seen = [], set(have)
        for coding_id, sentence in wanted:
            if coding_id not in seen:
                seen.add(coding_id)
                new.append((coding_id, sentence))
        m.target.summaries.add_links(uow, summary_id, new)
        m.report.added["summary_links"] += len(new)
        m.report.skipped["summary_links"] += len(wanted) - len(new)
        m.maps["summaries"][row["id"]] = summary_id


def _name(m: "SourceMerger", what: str, row_id: int | None) -> str | None:
    if row_id is None:
        return None
    if what == "cases":
        return next(c.name for c in m.target.cases.all() if c.id == row_id)
    return m.target.documents.get(row_id).name


# -- memos, comments, condensations ------------------------------------------------------
def _memos(m: "SourceMerger", uow: "UnitOfWork") -> None:
    existing = m.dst.rows("memos")
    by_guid = {r["guid"]: r for r in existing}
    same = {(r["target_type"], r["target_id"], r["text"]) for r in existing}
    maps = {"document": "documents", "code": "codes", "case": "cases", "coding": "codings", "scene": "scenes",
            "summary": "summaries"}
    for row in m.src.rows("memos"):
        kind = row["target_type"]
        thing = f"memo {row['guid']} on the {kind}"
        if row["guid"] in by_guid:
            have = by_guid[row["guid"]]
            if have["text"] == row["text"]:
                m.report.skipped["memos"] += 1
            else:
                m.conflict("memo", thing, have["text"], row["text"], "the target's text kept")
            continue
        if kind == "project":
            target_id = None
        elif kind in maps and row["target_id"] in m.maps[maps[kind]]:
            target_id = m.maps[maps[kind]][row["target_id"]]
        else:
            m.conflict("memo", thing, None, row["text"], "not merged: what it is about is not known to kvalkod")
            continue
        if (kind, target_id, row["text"]) in same:
            m.report.skipped["memos"] += 1
            continue
        values = {k: row[k] for k in ("guid", "target_type", "author", "text", "created_at", "updated_at")}
        m.dst.insert_many(uow, "memos", [{**values, "target_id": target_id}])
        same.add((kind, target_id, row["text"]))
        m.report.added["memos"] += 1


def _comments(m: "SourceMerger", uow: "UnitOfWork") -> None:
    columns = {"scene_id": "scenes", "coding_id": "codings", "summary_id": "summaries"}
    for row in m.src.rows("comments"):
        if m.target.comments.find_guid(row["guid"]) is not None:
            m.report.skipped["comments"] += 1
            continue
        refs = {c: (m.maps[table][row[c]] if row[c] is not None else None) for c, table in columns.items()}
        values = {k: row[k] for k in ("guid", "author", "text", "created_at", "resolved_by", "resolved_at")}
        m.dst.insert_many(uow, "comments", [{**values, **refs}])
        m.report.added["comments"] += 1


def _condensations(m: "SourceMerger", uow: "UnitOfWork") -> None:
    for row in m.src.rows("condensations"):
        coding_id = m.maps["codings"][row["coding_id"]]
        found = m.target.condensations.find(coding_id)
        if found is None:
            m.target.condensations.insert(uow, coding_id, row["condensed"])
            m.report.added["condensations"] += 1
        elif found[1] == row["condensed"]:
            m.report.skipped["condensations"] += 1
        else:
            coding = m.target.codings.get(coding_id)
            m.conflict("condensation", f"coding {coding.guid}", found[1], row["condensed"],
                       "the target's condensed meaning kept")


# -- the report outline, pseudonyms, saved queries, sets ---------------------------------
def _outline(m: "SourceMerger", uow: "UnitOfWork") -> None:
    """A report outline is one ordered text: the source's comes in whole into a target that
    has none; into one that has its own, interleaving two drafts would spoil both, so the
    items the target lacks are reported instead."""
    items = sorted(m.src.rows("report_items"), key=lambda r: (r["position"], r["id"]))
    if not items:
        return
    if m.target.report.count():
        guids = {i["guid"] for i in m.target.report.items()}
        missing = [i for i in items if i["guid"] not in guids]
        m.report.matched["report_items"] += len(items) - len(missing)
        if missing:
            m.conflict("report_outline", "report outline", f"{m.target.report.count()} items",
                       f"{len(missing)} items the target lacks",
                       "not merged: the target keeps its own outline (the source's is unchanged in its file)")
        return
    links = _grouped(m.src.rows("report_item_codings"), "item_id")
    for position, item in enumerate(items):
        values = {k: item[k] for k in ("guid", "kind", "text", "options")}
        (item_id,) = m.dst.insert_many(uow, "report_items", [{
            **values, "position": position,
            "scene_id": m.maps["scenes"][item["scene_id"]] if item["scene_id"] is not None else None,
            "summary_id": m.maps["summaries"][item["summary_id"]] if item["summary_id"] is not None else None}])
        codings = list(dict.fromkeys(m.maps["codings"][link["coding_id"]]
                                     for link in sorted(links[item["id"]], key=lambda r: (r["ord"], r["id"]))))
        m.dst.insert_many(uow, "report_item_codings", [{"item_id": item_id, "coding_id": c, "ord": n}
                                                  for n, c in enumerate(codings)])
        m.report.added["report_items"] += 1
        m.report.added["report_item_codings"] += len(codings)


def _names(m: "SourceMerger", uow: "UnitOfWork") -> None:
    for row in m.src.rows("name_map"):
        found = m.target.names.find(row["real"])
        if found is None:
            m.target.names.insert(uow, row["real"], row["pseudonym"])
            m.report.added["name_map"] += 1
        elif found[1] == row["pseudonym"]:
            m.report.skipped["name_map"] += 1
        else:
            m.conflict("pseudonym", row["real"], found[1], row["pseudonym"], "the target's pseudonym kept")


def _queries(m: "SourceMerger", uow: "UnitOfWork") -> None:
    existing = m.dst.rows("saved_queries")
    by_guid = {r["guid"]: r for r in existing}
    by_name = {r["name"]: r for r in existing}
    for row in m.src.rows("saved_queries"):
        found = by_guid.get(row["guid"]) or by_name.get(row["name"])
        if found is None:
            new = {k: row[k] for k in ("guid", "name", "definition", "created_at", "updated_at")}
            m.dst.insert_many(uow, "saved_queries", [new])
            by_guid[row["guid"]] = by_name[row["name"]] = new
            m.report.added["saved_queries"] += 1
        elif found["definition"] == row["definition"]:
            m.report.skipped["saved_queries"] += 1
        else:
            m.conflict("saved_query", found["name"], found["definition"], row["definition"],
                       "the target's query kept")


def _sets(m: "SourceMerger", uow: "UnitOfWork") -> None:
    members = _grouped(m.src.rows("set_members"), "set_id")
    for row in m.src.rows("sets"):
        targets = m.target.sets.all()
        found = next((s for s in targets if s["guid"] == row["guid"]), None) \
            or next((s for s in targets if s["name"] == row["name"]), None)
        codes = list(dict.fromkeys(m.maps["codes"][r["code_id"]] for r in members[row["id"]]
                                   if r["code_id"] is not None))
        docs = list(dict.fromkeys(m.maps["documents"][r["document_id"]] for r in members[row["id"]]
                                  if r["document_id"] is not None))
        if found is None:
            set_id = m.target.sets.insert(uow, {k: row[k] for k in ("guid", "name", "description")})
            m.report.added["sets"] += 1
        else:
            set_id = found["id"]
            m.report.matched["sets"] += 1
            _fill_or_report(m, uow, "sets", set_id, "description", found["description"], row["description"],
                            "set", found["name"])
            codes = [c for c in codes if c not in found["code_ids"]]
            docs = [d for d in docs if d not in found["document_ids"]]
            m.report.skipped["set_members"] += len(members[row["id"]]) - len(codes) - len(docs)
        m.target.sets.add_members(uow, set_id, code_ids=codes, document_ids=docs)
        m.report.added["set_members"] += len(codes) + len(docs)
