"""Merging two analysts' projects: matching by identity, conflicts reported, nothing dropped,
one undo, a backup first, dry runs and repeated merges that change nothing.

Anna and Bertil both start from one base project over seed 002 (the report's opening pages)
and then work apart: the scenario below touches every rule of the merge once."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kvalkod.errors import KvalkodError
from kvalkod.model import CodeNode, SpeakerTurn
from kvalkod.services import Project
from kvalkod.services.merge_apply import HANDLED_TABLES
from kvalkod.services.merge_plan import DocumentRecord, free_name, match_documents
from kvalkod.store.schema import JOURNALED_TABLES

from ..conftest import add_text, seed
from .undo_helpers import project_rows

SEED = unicodedata.normalize("NFC", seed("002").read_text(encoding="utf-8")).replace("\r\n", "\n")[:6000]
NOTE = "Fältanteckning: mötet började sent. Handläggaren ringde Arbetsförmedlingen två gånger."


def at(phrase: str, text: str = SEED) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def team(tmp_path):
    """(Anna's project, Bertil's project): copies of one base, then each analyst's own work."""
    base = tmp_path / "bas.kvalkod"
    with Project.create(base, coder="Anna") as p:
        add_text(p, "rapport", SEED, kind="document")
        p.codebook.load([CodeNode("Samordning", children=(CodeNode("Uppdraget"), CodeNode("Aktörer"))),
                         CodeNode("Metod")])
        p.coding.apply("rapport", *at("samordningsuppdrag"), "Samordning/Uppdraget")
        p.cases.add("Rapporten", ["rapport"])
        p.variables.set("rapport", {"typ": "rapport"})
        p.memos.add("code", "Metod", "Hur studien gjordes.")
        p.scenes.add("Scen: Förordet", [("rapport", *at("Förord"))], ["Metod"])
    anna, bertil = tmp_path / "anna.kvalkod", tmp_path / "bertil.kvalkod"
    shutil.copyfile(base, anna)
    shutil.copyfile(base, bertil)
    with Project.open(anna, coder="Anna") as a:
        add_text(a, "fältanteckning", NOTE, kind="field_note")
        add_text(a, "intervju_2", "IP: Jag ringer läkaren varje vecka.")
        a.codebook.add("Resultat/Kritik", color="#4e79a7")
        a.coding.apply("rapport", *at("stark kritik"), "Resultat/Kritik")
        a.variables.set("rapport", {"typ": "utredning"})
        a.summaries.set("Samordning/Uppdraget", "Uppdraget är otydligt.")
        a.cases.add("Rapporten", ["fältanteckning"])
    with Project.open(bertil, coder="Bertil") as b:
        add_text(b, "fältanteckning_bertil", NOTE, kind="field_note")  # same text, own guid and name
        add_text(b, "intervju_2", "IP: Vi har inga möten alls.")  # same name, another text
        b.coding.set_memo(b.coding.list()[0]["guid"], "Bertils anteckning")  # on the base coding
        b.coding.apply("rapport", *at("samordningsuppdrag"), "Samordning/Uppdraget")
        b.coding.apply("rapport", *at("intervjuer med enhetschefer"), "Metod")
        b.codebook.add("Samordning/Aktörer/Arbetsförmedlingen")
        b.coding.apply("rapport", *at("Arbetsförmedlingen"), "Samordning/Aktörer/Arbetsförmedlingen")
        b.coding.apply("fältanteckning_bertil", *at("Arbetsförmedlingen", NOTE),
                       "Samordning/Aktörer/Arbetsförmedlingen")
        b.codebook.add("Resultat/Kritik", color="#e15759")  # Anna made the same code: meets by path
        b.codebook.add("Styrning/Styrprinciper")
        b.codebook.add("metod")  # Anna's "Metod" in other letters: a suggestion, not a match
        b.codebook.add("Observationer")  # the analyst maps it onto Metod
        b.coding.apply("rapport", *at("observationer genom medsittning"), "Observationer")
        b.coding.apply("intervju_2", 0, 2, "Metod")
        b.variables.set("rapport", {"typ": "analys", "sidor": "40"})
        b.summaries.set("Samordning/Uppdraget", "Uppdraget är tydligt nog.")
        metod = next(c for c in b.coding.list(code="Metod"))
        b.summaries.set("Metod", "Intervjuer och medsittning.", links=[metod["guid"]])
        b.cases.add("Rapporten", ["intervju_2"])
        b.cases.add("Kontor B", ["fältanteckning_bertil"])
        b.memos.add("code", "Styrning/Styrprinciper", "Styrprinciperna översätts.")
        b.scenes.add("Scen: Medsittning", [("rapport", *at("observationer genom medsittning"))], ["Metod"])
        b.scenes.set_status(b.scenes.list()[0]["guid"], "klar")
    target = Project.open(anna, coder="Anna")
    yield target, bertil
    target.close()


MAPPING = {"Observationer": "Metod"}


def test_plan_shows_matches_and_suggests_targets_for_unmatched_codes(team):
    target, source = team
    before = project_rows(target)
    (plan,) = target.merge.plan([source])
    assert project_rows(target) == before
    assert plan.as_dict()["documents"] == {"guid": 1, "text": 1, "added": 1}
    assert plan.as_dict()["renamed_documents"] == ["intervju_2 (2)"]
    assert plan.as_dict()["codes"] == {"guid": 4, "path": 2, "mapped": 0, "added": 5}
    assert {u["code"]: u["suggestion"] for u in plan.as_dict()["unmatched"]} == {
        "Samordning/Aktörer/Arbetsförmedlingen": None, "Styrning": None, "Styrning/Styrprinciper": None,
        "metod": "Metod", "Observationer": None}
    assert plan.codings == 7


def test_two_analysts_merge(team):
    target, source = team
    report = target.merge.merge([source], mapping=MAPPING).as_dict()

    assert sorted(d.name for d in target.documents.all()) == ["fältanteckning", "intervju_2", "intervju_2 (2)",
                                                              "rapport"]
    assert target.documents.text("intervju_2 (2)") == "IP: Vi har inga möten alls."
    assert report["matched"]["documents_by_guid"] == 1 and report["matched"]["documents_by_text"] == 1
    assert report["codes"]["matched_by_guid"] == 4 and report["codes"]["matched_by_path"] == 2
    assert report["codes"]["mapped"] == [{"code": "Observationer", "target": "Metod", "source": "bertil.kvalkod"}]
    assert report["codes"]["added"] == ["Samordning/Aktörer/Arbetsförmedlingen", "Styrning",
                                        "Styrning/Styrprinciper", "metod"]
    assert "Observationer" not in {c.path for c in target.codebook.all()}

    bertils = {(c["document"], c["code"], c["text"]) for c in target.coding.list(coder="Bertil")}
    assert bertils == {
        ("rapport", "Samordning/Uppdraget", "samordningsuppdrag"),
        ("rapport", "Metod", "intervjuer med enhetschefer"),
        ("rapport", "Samordning/Aktörer/Arbetsförmedlingen", "Arbetsförmedlingen"),
        ("fältanteckning", "Samordning/Aktörer/Arbetsförmedlingen", "Arbetsförmedlingen"),
        ("rapport", "Metod", "observationer genom medsittning"),
        ("intervju_2 (2)", "Metod", "IP"),
    }
    assert report["added"]["codings"] == 6 and report["skipped_duplicates"]["codings"] == 1
    (base,) = target.coding.list(coder="Anna", code="Samordning/Uppdraget")
    assert base["memo"] == "Bertils anteckning" and report["filled"]["coding_memos"] == 1

    conflicts = {(c["kind"], c["thing"]): c for c in report["conflicts"]}
    assert conflicts[("variable_value", "typ of rapport")]["target_value"] == "utredning"
    assert conflicts[("variable_value", "typ of rapport")]["source_value"] == "analys"
    assert conflicts[("summary", "Samordning/Uppdraget")]["source_value"] == "Uppdraget är tydligt nog."
    assert "intervju_2 (2)" in conflicts[("document", "intervju_2")]["resolution"]
    assert conflicts[("document", "fältanteckning_bertil")]["target_value"] == "fältanteckning"
    assert conflicts[("scene", "Scen: Förordet")]["source_value"] == {"status": "klar"}
    assert conflicts[("code", "Resultat/Kritik")]["target_value"] == "#4e79a7"
    assert all(c["source"] == "bertil.kvalkod" for c in report["conflicts"])
    assert conflicts[("code", "Resultat")]["resolution"] == "the target's colour kept"  # colours picked apart
    assert len(report["conflicts"]) == 7

    assert target.variables.by_document()["rapport"] == {"typ": "utredning", "sidor": "40"}
    assert target.summaries.get("Samordning/Uppdraget")["text"] == "Uppdraget är otydligt."
    metod = target.summaries.get("Metod")
    (linked,) = metod["links"]
    assert target.coding.get(linked).code_id == target.codebook.get("Metod").id
    cases = {c["name"]: c["documents"] for c in target.cases.list()}
    assert cases == {"Rapporten": ["fältanteckning", "intervju_2 (2)", "rapport"], "Kontor B": ["fältanteckning"]}
    scenes = {s["title"]: s for s in target.scenes.list()}
    assert scenes["Scen: Förordet"]["status"] == "utkast"
    assert scenes["Scen: Medsittning"]["codes"] == ["Metod"]
    assert scenes["Scen: Medsittning"]["sources"][0]["text"] == "observationer genom medsittning"
    memos = {m.text for m in target.memos.for_target("code", "Styrning/Styrprinciper")}
    assert memos == {"Styrprinciperna översätts."}
    assert [m.text for m in target.memos.for_target("code", "Metod")] == ["Hur studien gjordes."]
    assert report["skipped_duplicates"]["memos"] == 1
    assert target.check.run()["ok"]


def test_the_source_is_only_read(team):
    target, source = team
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target.merge.merge([source], mapping=MAPPING)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    assert not source.with_name(source.name + "-wal").exists()


def test_backup_first_and_it_opens_as_the_target_was(team):
    target, source = team
    before = project_rows(target)
    report = target.merge.merge([source])
    (backup,) = target.backups.list()
    assert str(backup.path) == report.backup and backup.reason == "merge"
    assert backup.path.parent == target.path.with_name("anna.backups")
    with Project.open(backup.path) as copy:
        assert project_rows(copy) == before


def test_one_undo_takes_the_whole_merge_back_and_redo_repeats_it(team):
    target, source = team
    before = project_rows(target)
    target.merge.merge([source], mapping=MAPPING)
    after = project_rows(target)
    assert after != before
    assert target.history.undo() == "merge bertil.kvalkod"
    assert project_rows(target) == before
    target.history.redo()
    assert project_rows(target) == after


def test_dry_run_reports_the_same_and_changes_nothing(team):
    target, source = team
    before = project_rows(target)
    events = []
    target.events.subscribe(lambda name, payload: events.append(name))
    dry = target.merge.merge([source], mapping=MAPPING, dry_run=True).as_dict()
    assert project_rows(target) == before and events == [] and target.backups.list() == []
    real = target.merge.merge([source], mapping=MAPPING).as_dict()
    assert dry["dry_run"] and dry["backup"] is None
    assert {k: v for k, v in dry.items() if k not in ("dry_run", "backup")} == \
        {k: v for k, v in real.items() if k not in ("dry_run", "backup")}
    assert "codings_changed" in events and "documents_changed" in events


def test_merging_the_same_source_again_adds_nothing(team):
    target, source = team
    first = target.merge.merge([source], mapping=MAPPING).as_dict()
    rows = project_rows(target)
    second = target.merge.merge([source], mapping=MAPPING).as_dict()
    assert sum(first["added"].values()) > 0
    assert sum(second["added"].values()) == 0 and second["filled"] == {}
    assert second["skipped_duplicates"]["codings"] == 7
    assert {k: v for k, v in project_rows(target).items() if k != "history"} == \
        {k: v for k, v in rows.items() if k != "history"}


def test_unmapped_codes_are_added_and_mapped_children_follow(team):
    target, source = team
    report = target.merge.merge([source], mapping={"Styrning": "Samordning"}).as_dict()
    paths = {c.path for c in target.codebook.all()}
    assert "Samordning/Styrprinciper" in paths and "Styrning" not in paths
    assert "Observationer" in paths  # no mapping: added, never dropped
    assert "Observationer" in report["codes"]["unmatched"]
    assert [c["text"] for c in target.coding.list(code="Observationer")] == ["observationer genom medsittning"]


def test_mapping_errors_name_the_code_and_change_nothing(team):
    target, source = team
    before = project_rows(target)
    with pytest.raises(KvalkodError, match="no source has a code 'Finns inte'"):
        target.merge.merge([source], mapping={"Finns inte": "Metod"})
    with pytest.raises(KvalkodError, match="anna.kvalkod has no code 'Saknas'"):
        target.merge.merge([source], mapping={"Observationer": "Saknas"})
    assert project_rows(target) == before and target.backups.list() == []


def test_one_guid_over_two_texts_keeps_both(tmp_path):
    a_path, b_path = tmp_path / "a.kvalkod", tmp_path / "b.kvalkod"
    with Project.create(a_path, coder="Anna") as a:
        add_text(a, "intervju", "Första versionen av texten.")
        a.codebook.add("Tema")
        a.coding.apply("intervju", 0, 6, "Tema")
    shutil.copyfile(a_path, b_path)
    with sqlite3.connect(b_path) as conn:  # Bertil's copy: the same guid, an edited text
        conn.execute("UPDATE documents SET text = 'Andra versionen, omskriven.', length = 27")
    with Project.open(a_path) as a:
        report = a.merge.merge([b_path]).as_dict()
        assert sorted(d.name for d in a.documents.all()) == ["intervju", "intervju (2)"]
        copy, original = a.documents.get("intervju (2)"), a.documents.get("intervju")
        assert copy.guid != original.guid
        assert [(c["document"], c["text"]) for c in a.coding.list()] == [("intervju", "Första"),
                                                                         ("intervju (2)", "Andra ")]
        (conflict,) = report["conflicts"]
        assert conflict["kind"] == "document" and "new guid" in conflict["resolution"]
        assert sum(a.merge.merge([b_path]).as_dict()["added"].values()) == 0


def test_a_coding_changed_in_both_keeps_the_targets(tmp_path):
    a_path, b_path = tmp_path / "a.kvalkod", tmp_path / "b.kvalkod"
    with Project.create(a_path, coder="Anna") as a:
        add_text(a, "intervju", "Jag ringer läkaren varje vecka.")
        a.codebook.add("Tema")
        a.coding.apply("intervju", 0, 10, "Tema")
    shutil.copyfile(a_path, b_path)
    with Project.open(b_path, coder="Anna") as b:
        b.coding.resize(b.coding.list()[0]["guid"], 4, 10)
    with Project.open(a_path) as a:
        report = a.merge.merge([b_path]).as_dict()
        assert [(c["start"], c["end"]) for c in a.coding.list()] == [(0, 10)]
        (conflict,) = report["conflicts"]
        assert conflict["kind"] == "coding"
        assert conflict["target_value"].endswith("0–10 (Anna)") and conflict["source_value"].endswith("4–10 (Anna)")


def test_speaker_turns_come_to_a_copy_of_the_text_without_them(tmp_path):
    text = "I: Hur gick det?\nIP: Bra, vi ringde."
    turns = [SpeakerTurn(0, 16, "I"), SpeakerTurn(17, len(text), "IP")]
    with Project.create(tmp_path / "b.kvalkod", coder="Bertil") as b:
        add_text(b, "intervju", text, turns=turns)
    with Project.create(tmp_path / "a.kvalkod", coder="Anna") as a:
        add_text(a, "intervju", text)
        report = a.merge.merge([tmp_path / "b.kvalkod"]).as_dict()
        assert a.documents.turns("intervju") == turns
        assert report["filled"] == {"speaker_turns": 2} and report["matched"]["documents_by_text"] == 1
        assert a.merge.merge([tmp_path / "b.kvalkod"]).as_dict()["filled"] == {}


def test_every_table_is_handled():
    assert set(HANDLED_TABLES) == set(JOURNALED_TABLES)


def test_an_older_source_is_read_without_migrating_it(tmp_path):
    fixture = tmp_path / "gammal.kvalkod"
    shutil.copyfile(seed("002").parents[2] / "tests" / "fixtures" / "projects" / "schema-1.kvalkod", fixture)
    digest = hashlib.sha256(fixture.read_bytes()).hexdigest()
    with Project.create(tmp_path / "ny.kvalkod", coder="Anna") as p:
        report = p.merge.merge([fixture]).as_dict()
        assert report["added"]["documents"] == 2 and report["added"]["codings"] > 0
        assert {c["coder"] for c in p.coding.list()} == {"Anna", "Bertil"}
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == digest


# -- the pure matching rules -------------------------------------------------------------
records = st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("xyz"), st.sampled_from("pqr")),
                   max_size=6)


@given(records, records)
def test_document_matching_never_merges_two_into_one_and_never_reuses_a_name(source, target):
    src = [DocumentRecord(i, g, n, h) for i, (g, n, h) in enumerate(source)]
    tgt = [DocumentRecord(100 + i, g, n, h) for i, (g, n, h) in enumerate(target) if g not in
           [t[0] for t in target[:i]] and n not in [t[1] for t in target[:i]]]
    matches = match_documents(src, tgt)
    assert [m.source for m in matches] == src
    met = [m.target_id for m in matches if m.target_id is not None]
    assert len(met) == len(set(met))
    by_id = {t.id: t for t in tgt}
    assert all(by_id[m.target_id].hash == m.source.hash for m in matches if m.how != "added")
    names = [t.name for t in tgt] + [m.name for m in matches if m.how == "added"]
    guids = [t.guid for t in tgt] + [m.guid for m in matches if m.how == "added"]
    assert len(names) == len(set(names)) and len(guids) == len(set(guids))


@given(st.text(min_size=1, max_size=5), st.sets(st.text(max_size=9), max_size=8))
def test_a_free_name_is_free(name, taken):
    free = free_name(name, taken)
    assert free not in taken and free.startswith(name)
