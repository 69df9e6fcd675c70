"""A project with one of everything, and a dump of every row of a project, for the .qdpx tests.

The dump names rows by their GUIDs (or by the GUIDs of the rows they belong to) instead of
their integer ids, which differ in a project made by an import: two projects whose dumps are
equal hold the same data, whatever order it was inserted in.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kvalkod.model import SpeakerTurn
from kvalkod.services import Project
from kvalkod.store.schema import JOURNALED_TABLES
from kvalkod.store.table_rows import TableRows

from ..conftest import add_text, seed

INTERVIEW = (
    "I: Hur började samarbetet med Arbetsförmedlingen?\n"
    "IP: Anna Berg ringde mig en måndag 😅 och sa att vi skulle ses.\n"
    "I: Och hur gick det sen?\n"
    "IP: Det var rörigt i början, men Annas team tog ansvar för planeringen.\n"
)
# id columns that point at another table's row (named by its guid in the dump)
REFERENCES = {
    "parent_id": "codes", "document_id": "documents", "code_id": "codes", "coder_id": "coders",
    "case_id": "cases", "variable_id": "variables", "scene_id": "scenes", "summary_id": "summaries",
    "coding_id": "codings", "item_id": "report_items", "set_id": "sets",
}


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def rich_project(path: Path) -> Project:
    """A project using every kind of data kvalkod keeps (the caller closes it)."""
    p = Project.create(path, coder="Anna")
    (result,) = p.documents.import_files([seed("000")], kind="document")
    report = result.document.name
    turns = [SpeakerTurn(*span(INTERVIEW, line), speaker)
             for line, speaker in zip(INTERVIEW.splitlines(), ("I", "IP", "I", "IP"))]
    add_text(p, "Intervju 1", INTERVIEW, turns=turns)
    p.documents.set_kind("Intervju 1", "interview")
    for path_, color, description in (
            ("Samverkan/Arbetsförmedlingen", "#1f77b4", "Kontakter & <möten> med AF"),
            ("Samverkan/Roller::Ansvar", None, ""), ("Arbetsbelastning", "#d62728", "Tid\noch tryck"),
            ("Mapp/Löv", None, "")):
        p.codebook.add(path_, color=color, description=description)
    with p.action("make a folder") as uow:
        p.store.codes.update(uow, p.codebook.get("Mapp").id, {"codable": 0})
    p.codebook.move("Arbetsbelastning", "Samverkan")
    p.codebook.move("Samverkan/Arbetsbelastning", None)

    text = p.documents.text(report)
    codings = {
        "af": p.coding.apply(report, *span(text, "interna tillsynsfunktionen"), "Samverkan/Arbetsförmedlingen",
                             memo="Första omnämnandet.\r\nMed CRLF & <tecken>"),
        "af_bertil": p.coding.apply(report, *span(text, "Försäkringskassans verksamhet"),
                                    "Samverkan/Arbetsförmedlingen",
                                    coder="Bertil"),
        "emoji": p.coding.apply("Intervju 1", *span(INTERVIEW, "måndag 😅 och"), "Samverkan/Roller::Ansvar"),
        "mid_word": p.coding.apply("Intervju 1", 40, 77, "Arbetsbelastning", coder="Bertil"),
        "turn": p.coding.apply("Intervju 1", *span(INTERVIEW, "Det var rörigt i början"), "Arbetsbelastning"),
        "leaf": p.coding.apply("Intervju 1", *span(INTERVIEW, "planeringen"), "Mapp/Löv"),
    }
    guids = {k: c.guid for k, c in codings.items()}
    p.coders.set_color("Bertil", "#00aa11")

    p.cases.add("IP1", ["Intervju 1"], description="Handläggare, kontor A")
    p.cases.add("Rapporten", [report])
    p.variables.set_for_case("IP1", {"roll": "handläggare", "erfarenhet_år": "7"})
    p.variables.set("Intervju 1", {"längd": "3,5", "datum": "2020-03-02", "tom": ""})
    p.variables.set(report, {"längd": "12", "datum": "inte ett datum"[:0] or "2019-12-31"})
    with p.action("a category") as uow:
        uow.update("variables", p.store.variables.find("roll", "case").id, {"type": "category"})

    p.memos.add("project", None, "Projektets memo:\n\nsyfte och frågor.")
    p.memos.add("document", "Intervju 1", "   inleds med blanksteg")
    p.memos.add("code", "Arbetsbelastning", "Kodmemo", author="Cecilia")
    p.memos.add("case", "IP1", "Fallmemo om IP1")

    with p.action("add sets") as uow:
        set_id = p.store.sets.insert(uow, {"guid": "0c2b4b5e-1f0f-4d1c-9d4e-3b6a2a9c8f10", "name": "Urval",
                                           "description": "Koder och dokument"})
        p.store.sets.add_members(uow, set_id, code_ids=[p.codebook.get("Arbetsbelastning").id],
                                 document_ids=[p.documents.get("Intervju 1").id])

    scene = p.scenes.add("Scen: måndagen", [("Intervju 1", *span(INTERVIEW, "Anna Berg ringde mig"))],
                         ["Arbetsbelastning"], setting="Kontoret", participants="Anna Berg")
    summary = p.summaries.set("Samverkan/Arbetsförmedlingen", "Kontakt tas tidigt. Det blir rörigt.",
                              case="Rapporten", links=[guids["af"], guids["af_bertil"] + "@2"])
    p.outline.add("chapter", "Resultat")
    p.outline.add("quote", codings=[guids["turn"], guids["emoji"]])
    p.outline.add("scene", scene=scene.guid)
    p.outline.add("summary", summary=summary["guid"])
    comment = p.comments.add("coding", guids["emoji"], "Stämmer detta?", author="Granskare")
    p.comments.resolve(comment["guid"], by="Anna")
    p.comments.add("scene", scene.guid, "Bra scen", author="Granskare")
    p.names.set([("Anna Berg", "Lisa Ek"), ("Anna", "Lisa")])
    p.summaries.condense(guids["turn"], "Början var rörig")
    p.queries.save("Samverkan utan belastning", p.queries.definition("Samverkan"))
    return p


def dump(project: Project) -> dict[str, Counter]:
    """Every row of every table, ids replaced by the guids of the rows they name."""
    rows = TableRows(project.store)
    tables = {t: rows.rows(t) for t in JOURNALED_TABLES}
    guids = {t: {r["id"]: r.get("guid") for r in tables[t]} for t in tables if t != "project_meta"}
    out: dict[str, Counter] = {}
    for table, table_rows in tables.items():
        counted: Counter = Counter()
        for row in table_rows:
            row.pop("id", None)
            for column, target in REFERENCES.items():
                if row.get(column) is not None and not (table == "documents" and column == "document_id"):
                    row[column] = guids[target][row[column]]
            if table == "memos" and row["target_id"] is not None:
                row["target_id"] = guids[row["target_type"] + "s"][row["target_id"]]
            counted[json.dumps(row, sort_keys=True, ensure_ascii=False, default=bytes.hex)] += 1
        out[table] = counted
    return out
