"""The stored report outline and its rendering: items, quotes joined with […], summary
sentences and their sources, matrices, appendices, pseudonyms, deletes that reach the
outline, meaning condensation, and the migration of a version-2 file."""

from __future__ import annotations

import sqlite3

import pytest

from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.services import Project
from kvalkod.store.connection import APPLICATION_ID
from kvalkod.store.schema import MIGRATIONS, SCHEMA_VERSION

from ..conftest import add_text
from .undo_helpers import undo_redo

TEXT = ("Karin: Jag hinner inte samordna. Det är för många ärenden.\n\n"
        "Karin: Vi ska vara spindeln i nätet men hinner inte.\n\n"
        "Karins chef: Det förstår jag.\n")
OTHER = "IP: Läkarna förstår inte sjukförsäkringen.\n"


@pytest.fixture
def study(project):
    add_text(project, "intervju-1", TEXT)
    add_text(project, "intervju-2", OTHER)
    project.codebook.add("Tid/Brist")
    project.codebook.add("Vården/Läkare")
    project.cases.add("Kontor A", ["intervju-1"])
    project.cases.add("Kontor B", ["intervju-2"])
    project.variables.set("intervju-1", {"roll": "handläggare", "kontor": "kontor A"})
    first = project.coding.apply("intervju-1", 7, 32, "Tid/Brist")
    spindle = TEXT.index("Vi ska")
    second = project.coding.apply("intervju-1", spindle, spindle + len("Vi ska vara spindeln i nätet"), "Tid/Brist")
    doctors = project.coding.apply("intervju-2", 4, len(OTHER) - 1, "Vården/Läkare")
    summary = project.summaries.set("Tid/Brist", "Tiden räcker inte. Handläggarna vill samordna.",
                                    links=[f"{second.guid}@2"])
    return {"p": project, "first": first.guid, "second": second.guid, "doctors": doctors.guid,
            "summary": summary["guid"]}


def test_a_project_starts_without_an_outline_and_the_report_is_drafted(study):
    p = study["p"]
    assert p.outline.items() == []
    kinds = [b["kind"] for b in p.report.blocks()]
    assert kinds[0] == "chapter" and "quote" in kinds and "table" in kinds


def test_draft_is_stored_once_and_replaced_only_when_asked(study):
    p = study["p"]
    items = undo_redo(p, p.outline.draft)
    assert [i["kind"] for i in items][:5] == ["chapter", "heading", "bullets", "section", "summary"]
    assert items[4]["summary"] == study["summary"]
    quotes = [i for i in items if i["kind"] == "quote"]
    assert {g for q in quotes for g in q["codings"]} == {study["first"], study["second"], study["doctors"]}
    matrix = next(i for i in items if i["kind"] == "matrix")
    assert matrix["options"] == {"rows": "case", "codes": ["Tid/Brist"]}
    assert items[-1]["kind"] == "appendix" and items[-1]["options"] == {"content": "codebook"}
    with pytest.raises(KvalkodError, match="already has a report outline"):
        p.outline.draft()
    p.outline.add("paragraph", "Egen text.")
    again = p.outline.draft(replace=True)
    assert [i["kind"] for i in again] == [i["kind"] for i in items]
    assert p.report.blocks()[0] == {"kind": "chapter", "text": "Tid"}


def test_items_are_added_edited_moved_and_removed_undoably(study):
    p = study["p"]
    chapter = undo_redo(p, lambda: p.outline.add("chapter", "Inledning"))
    para = p.outline.add("paragraph", "Studien bygger på intervjuer.")
    top = undo_redo(p, lambda: p.outline.add("heading", "Syfte", at=0))
    assert [i["text"] for i in p.outline.items()] == ["Syfte", "Inledning", "Studien bygger på intervjuer."]
    undo_redo(p, lambda: p.outline.update(para["guid"], text="Studien bygger på 40 intervjuer."))
    undo_redo(p, lambda: p.outline.move(top["guid"], 2))
    assert [i["guid"] for i in p.outline.items()] == [chapter["guid"], para["guid"], top["guid"]]
    undo_redo(p, lambda: p.outline.remove(chapter["guid"]))
    assert [i["text"] for i in p.outline.items()] == ["Studien bygger på 40 intervjuer.", "Syfte"]
    positions = [r[0] for r in p.store.conn.execute("SELECT position FROM report_items ORDER BY position")]
    assert positions == [0, 1]


def test_bad_items_are_refused_with_a_reason(study):
    p = study["p"]
    with pytest.raises(KvalkodError, match="not 'figure'"):
        p.outline.add("figure", "x")
    with pytest.raises(KvalkodError, match="a chapter needs a text"):
        p.outline.add("chapter", "  ")
    with pytest.raises(KvalkodError, match="at least one coding"):
        p.outline.add("quote")
    with pytest.raises(NotFoundError):
        p.outline.add("quote", codings=["00000000-0000-0000-0000-000000000000"])
    with pytest.raises(KvalkodError, match="only a quote"):
        p.outline.add("paragraph", "x", codings=[study["first"]])
    with pytest.raises(KvalkodError, match="cases or documents"):
        p.outline.add("matrix", "M", options={"rows": "kontor"})
    with pytest.raises(NotFoundError):
        p.outline.remove("nope")
    assert p.outline.items() == []


def test_a_quote_of_two_segments_is_joined_with_an_ellipsis(study):
    p = study["p"]
    p.outline.add("quote", codings=[study["second"], study["first"]])
    lead, quote = p.report.blocks()
    assert lead == {"kind": "attribution", "text": "En handläggare på kontor A beskriver:"}
    assert quote["text"] == "Jag hinner inte samordna. […] Vi ska vara spindeln i nätet"
    assert (quote["start"], quote["end"]) == (7, TEXT.index("i nätet") + 7)


def test_touching_segments_are_one_passage(study):
    p = study["p"]
    a = p.coding.apply("intervju-1", 7, 17, "Vården/Läkare")  # "Jag hinner"
    b = p.coding.apply("intervju-1", 18, 32, "Vården/Läkare")  # a space between: no gap to mark
    p.outline.add("quote", codings=[a.guid, b.guid], options={"attribution": "En handläggare säger:"})
    lead, quote = p.report.blocks()
    assert lead["text"] == "En handläggare säger:"
    assert quote["text"] == "Jag hinner inte samordna."


def test_summary_sentences_carry_their_sources_into_an_appendix(study):
    p = study["p"]
    p.outline.add("summary", summary=study["summary"])
    blocks = p.report.blocks()
    assert blocks[0] == {"kind": "paragraph", "text": "Tiden räcker inte. Handläggarna vill samordna.",
                         "refs": [[46, "1"]]}
    assert blocks[1] == {"kind": "appendix", "text": "Bilaga 1. Underlag för sammanfattningarna"}
    assert blocks[2]["text"] == "1. En handläggare på kontor A beskriver: ”Vi ska vara spindeln i nätet”"


def test_matrix_item_is_a_table_of_counts(study):
    p = study["p"]
    p.outline.add("matrix", "Tid per kontor", options={"codes": ["Tid/Brist", "Vården/Läkare"]})
    (table,) = p.report.blocks()
    assert table == {"kind": "table", "caption": "Tid per kontor", "header": ["Fall", "Brist", "Läkare"],
                     "rows": [["Kontor A", "2", "0"], ["Kontor B", "0", "1"]]}


def test_pseudonyms_replace_names_in_every_block(study):
    p = study["p"]
    p.names.set([("Karin", "Lisa")])
    p.outline.add("chapter", "Karins arbetsdag")
    p.outline.add("quote", codings=[study["first"]], options={"attribution": "Karin säger:"})
    p.outline.add("paragraph", "Vi talade med KARIN och hennes chef.")
    texts = [b["text"] for b in p.report.blocks()]
    assert texts == ["Lisas arbetsdag", "Lisa säger:", "Jag hinner inte samordna.", "Vi talade med Lisa och hennes chef."]


def test_deleting_what_an_item_shows_removes_the_item_and_undo_brings_both_back(study):
    p = study["p"]
    scene = p.scenes.add("Ett möte", [("intervju-1", 0, 40)], ["Tid/Brist"])
    p.outline.add("scene", scene=scene.guid)
    p.outline.add("quote", codings=[study["first"]])
    p.comments.add("scene", scene.guid, "Stämmer med mina anteckningar.", author="Granskare")
    undo_redo(p, lambda: p.scenes.delete(scene.guid))
    assert [i["kind"] for i in p.outline.items()] == ["quote"] and p.comments.list() == []
    p.history.undo()
    assert [i["kind"] for i in p.outline.items()] == ["scene", "quote"] and len(p.comments.list()) == 1
    undo_redo(p, lambda: p.coding.remove([study["first"]]))  # its quote goes with it


def test_scene_blocks_keep_dialogue_and_meta(study):
    p = study["p"]
    scene = p.scenes.add("Telefonsamtalet", [("intervju-1", 0, 40)], ["Tid/Brist"], setting="Kontor A")
    p.scenes.update(scene.guid, narrative="Handläggaren ringer.\n- Kim: Hej!\n- Försäkrade: Hej.",
                    analysis="Samtalet visar tidsbristen.", scene_date="2019-10-02")
    p.outline.add("scene", scene=scene.guid)
    assert p.report.blocks() == [
        {"kind": "scene", "text": "Scen: Telefonsamtalet"}, {"kind": "scene_meta", "text": "Kontor A; 2019-10-02"},
        {"kind": "paragraph", "text": "Handläggaren ringer."}, {"kind": "paragraph", "text": "- Kim: Hej!"},
        {"kind": "paragraph", "text": "- Försäkrade: Hej."}, {"kind": "paragraph", "text": "Samtalet visar tidsbristen."}]


def test_attribution_template_is_kept_in_the_project(study):
    p = study["p"]
    undo_redo(p, lambda: p.report.set_attribution_template("En {roll} berättar:"))
    p.outline.add("quote", codings=[study["first"]])
    assert p.report.blocks()[0]["text"] == "En handläggare berättar:"
    with pytest.raises(KvalkodError, match="not valid"):
        p.report.set_attribution_template("En {roll")


def test_meaning_condensation(study):
    p = study["p"]
    undo_redo(p, lambda: p.summaries.condense(study["first"], "Hinner inte samordna"))
    assert p.summaries.condensations() == {study["first"]: "Hinner inte samordna"}
    undo_redo(p, lambda: p.summaries.condense(study["first"], "Tidsbrist hindrar samordning"))
    undo_redo(p, lambda: p.summaries.condense(study["first"], ""))
    assert p.summaries.condensations() == {}


def test_version_2_file_is_migrated_keeping_summary_links(tmp_path):
    path = tmp_path / "v2.kvalkod"
    with Project.create(path, coder="Anna") as p:
        add_text(p, "d", TEXT)
        p.codebook.add("Tid")
        coding = p.coding.apply("d", 7, 32, "Tid")
        p.summaries.set("Tid", "Tiden räcker inte.", links=[coding.guid])
    conn = sqlite3.connect(path, isolation_level=None)  # take the file back to version 2
    conn.executescript("BEGIN; DROP TABLE report_item_codings; DROP TABLE report_items; DROP TABLE comments; "
                       "DROP TABLE name_map; DROP TABLE condensations; ALTER TABLE summary_links DROP COLUMN sentence; "
                       "DROP TABLE set_members; DROP TABLE sets; DROP TABLE saved_queries; "
                       "PRAGMA user_version = 2; COMMIT;")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION
    with Project.open(path) as p:
        assert p.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        row = p.summaries.get("Tid")
        assert row["links"] == [coding.guid] and row["sentence_links"] == []
        assert p.check.run()["problems"] == []
        p.outline.draft()
        assert p.outline.items()
