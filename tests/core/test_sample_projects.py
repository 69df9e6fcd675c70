"""The sample projects: rebuilt byte for byte by their script, current in the repository, and
holding what the demo promises (issue 7: at least 8 documents, 300 codings, 6 scenes, 5
summaries and 5 cases in the interview demo; excerpts that cite their lines and never pass
for whole interviews)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kvalkod.services import Project
from kvalkod.store.dump import canonical_dump
from kvalkod.store.stamps import new_guid, pinned, utc_now

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"


def _builder():
    spec = importlib.util.spec_from_file_location("sample_build", SAMPLES / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder():
    module = _builder()
    yield module
    for name in ("dokumentstudie", "intervjustudie", "excerpts", "interview_quotes", "interview_scenes",
                 "interview_summaries"):
        sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def built(builder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples")
    return {path.name: path for path in builder.build_all(folder)}


def test_a_second_build_is_byte_for_byte_the_same(builder, built, tmp_path):
    again = {path.name: path for path in builder.build_all(tmp_path)}
    for name, path in built.items():
        assert path.read_bytes() == again[name].read_bytes(), name


def test_the_committed_samples_are_current(builder):
    """Rebuild with `make samples` (and commit) when this fails."""
    assert builder.check(SAMPLES) == []


def test_a_changed_sample_is_reported(builder, built, tmp_path):
    copy = tmp_path / "intervjustudie.kvalkod"
    copy.write_bytes(built["intervjustudie.kvalkod"].read_bytes())
    (tmp_path / "dokumentstudie.kvalkod").write_bytes(built["dokumentstudie.kvalkod"].read_bytes())
    with Project.open(copy, coder="Anna") as project:
        project.cases.add("Ett fall till")
    problems = builder.check(tmp_path)
    assert len(problems) == 1 and "intervjustudie.kvalkod: differs" in problems[0]
    assert "Ett fall till" in problems[0]


def test_the_interview_demo_holds_what_it_promises(built):
    with Project.open(built["intervjustudie.kvalkod"]) as project:
        assert project.name == "Intervjustudie – samordningsuppdraget (demo)"
        documents = project.documents.all()
        assert len(documents) >= 8
        assert {d.kind for d in documents} == {"interview", "field_note"}
        assert len(project.coding.list()) >= 300
        assert len(project.scenes.list()) == 6
        assert len(project.summaries.list()) >= 5
        cases = project.cases.list()
        assert len(cases) >= 5
        values = project.variables.by_document()
        roles = {v.get("roll") for v in values.values()}
        assert {"handläggare", "enhetschef"} <= roles
        assert any(v.get("tidigare flöde") == "K3 (samordningshandläggare)" for v in values.values())
        assert {c["name"] for c in project.coders.list()} == {"Anna", "Bertil"}
        assert project.outline.items()  # a report outline
        # every summary sentence rests on codings
        assert all(s["links"] for s in project.summaries.list())


def test_the_excerpts_cite_their_lines_and_are_the_reports_words(built):
    source = (SAMPLES / "sources" / "002_0322864ac7075944.txt").read_text(encoding="utf-8")
    squeezed = re.sub(r"[\s\-\u00ad]", "", source)
    with Project.open(built["intervjustudie.kvalkod"]) as project:
        for document in project.documents.all():
            text = project.documents.text(document.name)
            assert "Socialförsäkringsrapport 2020:2" in text
            assert re.search(r"rad \d+–\d+", text), document.name
            if document.kind == "interview":
                assert "inte en hel intervju" in text, document.name
        for coding in project.coding.list(coder="Bertil") + project.coding.list(code="Hanteringsstrategier"):
            # what was coded is the report's text, word for word (line breaks and hyphens aside)
            assert re.sub(r"[\s\-\u00ad]", "", coding["text"]) in squeezed


def test_the_document_study_holds_the_five_reports_with_their_variables(built):
    with Project.open(built["dokumentstudie.kvalkod"]) as project:
        assert project.name == "Dokumentstudie – samordning"
        assert len(project.documents.all()) == 5
        values = project.variables.by_document()
        assert all({"myndighet", "år", "typ"} <= set(v) for v in values.values())
        paths = {c.path for c in project.codebook.all()}
        assert {"Sökord/samordning", "Sökord/samordna", "Sökord/samordningsuppdrag"} <= paths
        hits = project.coding.list(code="Sökord/samordningsuppdrag")
        assert len(hits) > 100  # 207 mentions in 002 alone (seed-analysis.md §6.1), by sentence


def test_pinned_stamps_repeat_and_the_clock_comes_back():
    with pinned(7, "2020-01-01T00:00:00+00:00"):
        first = [new_guid() for _ in range(3)], utc_now()
    with pinned(7, "2020-01-01T00:00:00+00:00"):
        second = [new_guid() for _ in range(3)], utc_now()
    assert first == second and first[1] == "2020-01-01T00:00:00+00:00"
    assert len(set(first[0])) == 3
    assert utc_now() != "2020-01-01T00:00:00+00:00" and new_guid() not in first[0]


def test_the_dump_reads_without_writing(built, tmp_path):
    copy = tmp_path / "d.kvalkod"
    copy.write_bytes(built["intervjustudie.kvalkod"].read_bytes())
    before = copy.read_bytes()
    rows = list(canonical_dump(copy))
    assert rows[0].startswith("user_version") and any(r.startswith("table codings") for r in rows)
    assert copy.read_bytes() == before
