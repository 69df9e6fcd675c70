"""Importing every REFI quirk of real files (tests/fixtures/refi_quirks.py, one synthetic .qdpx
per bullet of resources/refi NOTES.md): the documents' exact text, each coding on the words it
coded, the cases, the memos, and a loss report that names what the quirk costs. Each imported
project is exported again, and that export must validate and leak nothing of the original's
machine."""

from __future__ import annotations

import json
import zipfile

import pytest

from kvalkod.services import Project
from kvalkod.services.exchange import import_qdpx
from tests.fixtures.refi_quirks import QUIRKS, build

from .test_qdpx_export import schema_errors


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("refi-quirks")


@pytest.fixture(params=QUIRKS)
def imported(request, folder, tmp_path):
    case = build(request.param, folder)
    report = import_qdpx(case.path, tmp_path / f"{case.name}.kvalkod", coder="Testare")
    project = Project.open(tmp_path / f"{case.name}.kvalkod")
    yield case, report, project
    project.close()


def test_documents_are_the_exact_text(imported):
    case, _, project = imported
    assert {d.name: project.documents.text(d.name) for d in project.documents.all()} == case.documents


def test_every_coding_codes_the_same_words(imported):
    case, _, project = imported
    codings = project.coding.list()
    assert sorted((c["document"], c["code"], c["text"]) for c in codings) == sorted(case.codings)
    for coding in codings:
        key = (coding["document"], coding["code"], coding["text"])
        if key in case.coded_by:
            assert coding["coder"] == case.coded_by[key]


def test_cases_memos_variables_and_sets(imported):
    case, _, project = imported
    assert sorted(c["name"] for c in project.cases.list()) == sorted(case.cases)
    memos = [m.text for m in project.store.memos.all()] + [c["memo"] for c in project.coding.list() if c["memo"]]
    for expected in case.memos:
        assert any(expected in memo for memo in memos), expected
    if case.variables:
        assert project.variables.by_document() == case.variables
    paths = {c.id: c.path for c in project.codebook.all()}
    sets = {s["name"]: sorted(paths[i] for i in s["code_ids"]) for s in project.store.sets.all()}
    assert sets == {name: sorted(members) for name, members in case.sets.items()}


def test_the_report_names_what_the_quirk_costs(imported):
    case, report, _ = imported
    text = json.dumps(report.to_dict(), ensure_ascii=False)
    for expected in case.losses:
        assert expected in text, expected
    readings = {p["document"]: p["reading"] for p in report.positions}
    for document, (unit, crlf, bom) in case.readings.items():
        assert readings[document].startswith(f"positions read as {unit}"), readings[document]
        assert (f"CRLF counted as {crlf}" in readings[document]) == bool(crlf)
        assert ("byte-order mark counted" in readings[document]) == bom


def test_the_imported_project_exports_valid_stable_and_clean(imported, tmp_path):
    case, _, project = imported
    first, second = tmp_path / "ut-1.qdpx", tmp_path / "ut-2.qdpx"
    project.exchange.export_qdpx(first)
    project.exchange.export_qdpx(second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert schema_errors(members["project.qde"]) == []
    for forbidden in (*case.forbidden, str(case.path.parent)):
        assert not any(forbidden.encode() in data for data in members.values()), forbidden
