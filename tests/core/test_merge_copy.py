"""Nothing of a source is dropped: merged into an empty project, a source with something in
every table comes out whole, and merged again into the result, it adds nothing."""

from __future__ import annotations

import hashlib

from kvalkod.model import CodeNode, DocumentNote, SpeakerTurn
from kvalkod.services import Project
from kvalkod.services.importing import PreparedDocument
from kvalkod.store.schema import JOURNALED_TABLES

from ..conftest import add_text

TEXT = ("I: Hur ser samordningen ut?\nIP: Matilde ringer Arbetsförmedlingen varje vecka.\n"
        "I: Och läkarna?\nIP: De förstår inte sjukförsäkringen.\n")


def _turns(text: str) -> list[SpeakerTurn]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append(SpeakerTurn(pos, pos + len(line), line.split(":")[0]))
        pos += len(line) + 1
    return out


def _with_notes(project: Project, name: str, text: str) -> None:
    data = text.encode("utf-8")
    project.documents.add_prepared(PreparedDocument(
        name=name, kind="document", text=text, raw_text=text + " 1", source_name=f"{name}.pdf", format="pdf",
        encoding=None, sha256=hashlib.sha256(data).hexdigest(), size=len(data), original=b"%PDF-1.4 bytes",
        report={"cleaned": True}, notes=[DocumentNote("footnote", "1", "En fotnot.", 5)]), {"sidor": "12"})


def rich_source(path) -> None:
    """A project with at least one row in every table a user can change."""
    with Project.create(path, coder="Bertil") as p:
        add_text(p, "intervju", TEXT, turns=_turns(TEXT))
        _with_notes(p, "rapport", "Rapporten om samordning. Se not.")
        p.codebook.load([CodeNode("Aktörer", description="Vilka som deltar",
                                  children=(CodeNode("Arbetsförmedlingen"), CodeNode("Vården"))),
                         CodeNode("Rubrik", codable=False, children=(CodeNode("Under"),))])
        af = p.coding.apply("intervju", TEXT.index("Arbetsförmedlingen"), TEXT.index(" varje"),
                            "Aktörer/Arbetsförmedlingen", memo="viktig")
        vard = p.coding.apply("intervju", TEXT.index("De förstår"), len(TEXT) - 1, "Aktörer/Vården", coder="Anna")
        p.coding.apply("rapport", 0, 9, "Rubrik/Under")
        p.cases.add("Yvonne", ["intervju", "rapport"], description="handläggare")
        p.variables.set_for_case("Yvonne", {"kontor": "A"})
        p.memos.add("project", None, "Projektets memo.")
        p.memos.add("document", "intervju", "Om intervjun.")
        p.memos.add("case", "Yvonne", "Om Yvonne.")
        scene = p.scenes.add("Scen: Samtalet", [("intervju", 0, 27)], ["Aktörer"])
        summary = p.summaries.set("Aktörer/Arbetsförmedlingen", "Hon ringer ofta.", case="Yvonne",
                                  links=[f"{af.guid}@1"])
        p.summaries.condense(af.guid, "ringer AF varje vecka")
        p.comments.add("coding", vard.guid, "Stämmer citatet?")
        p.comments.add("scene", scene.guid, "Bra scen.")
        p.comments.add("summary", summary["guid"], "Kort.")
        p.names.set([("Matilde", "Maria")])
        p.outline.add("chapter", "Resultat")
        p.outline.add("quote", codings=[af.guid])
        p.outline.add("scene", scene=scene.guid)
        with p.action("test data: a set, a saved query, a setting") as uow:
            set_id = p.store.sets.insert(uow, {"guid": "5e7-guid", "name": "Aktörsset", "description": ""})
            p.store.sets.add_members(uow, set_id, code_ids=[p.codebook.get("Aktörer").id],
                                     document_ids=[p.documents.get("intervju").id])
            p.store.saved_queries.insert(uow, {"guid": "q-guid", "name": "AF", "definition": "{}",
                                               "created_at": "2024-01-01", "updated_at": "2024-01-01"})
            p.store.meta.set(uow, "pseudonymise", "yes")
        for table in JOURNALED_TABLES:
            assert p.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table


def counts(project: Project) -> dict[str, int]:
    return {t: project.store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in JOURNALED_TABLES}


def contents(p: Project) -> dict:
    """Everything a user sees, by name and guid (ids differ between files)."""
    return {
        "documents": [(d.guid, d.name, d.kind, p.documents.text(d.name), p.documents.raw_text(d.name),
                       p.documents.provenance(d.name), p.documents.turns(d.name),
                       p.store.documents.notes(d.id), p.documents.import_report(d.name)) for d in p.documents.all()],
        "codes": [(c.guid, c.path, c.color, c.description, c.codable) for c in p.codebook.all()],
        "codings": p.coding.list(), "cases": p.cases.list(), "variables": p.variables.list(),
        "memos": sorted((m.guid, m.target_type, m.text, m.author) for m in p.store.memos.all()),
        "scenes": p.scenes.list(), "summaries": p.summaries.list(), "condensations": p.summaries.condensations(),
        "comments": p.comments.list(), "names": p.names.list(), "outline": p.outline.items(),
        "sets": [(s["guid"], s["name"], len(s["code_ids"]), len(s["document_ids"])) for s in p.store.sets.all()],
        "queries": [(q["guid"], q["name"], q["definition"]) for q in p.store.saved_queries.all()],
        "coders": sorted((c.guid, c.name) for c in p.store.coders.all()),
        "setting": p.store.meta.get("pseudonymise"),
    }


def test_merged_into_an_empty_project_a_source_comes_out_whole(tmp_path):
    source = tmp_path / "bertil.kvalkod"
    rich_source(source)
    with Project.open(source) as s:
        expected_counts, expected = counts(s), contents(s)
    with Project.create(tmp_path / "tom.kvalkod", coder="Bertil") as target:
        report = target.merge.merge([source]).as_dict()
        assert report["conflicts"] == []
        got = counts(target)
        assert {t: n for t, n in got.items() if t != "project_meta"} == \
            {t: n for t, n in expected_counts.items() if t != "project_meta"}
        assert contents(target) == expected
        assert target.check.run()["ok"]

        again = target.merge.merge([source]).as_dict()
        assert sum(again["added"].values()) == 0 and again["conflicts"] == [] and counts(target) == got
