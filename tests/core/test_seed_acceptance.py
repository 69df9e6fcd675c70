"""The issue's acceptance figures, through the command line, on the five seed reports."""

import json

import pytest

from kvalkod.cli import main

from ..conftest import SEEDS

D002 = "002_0322864ac7075944"
D003 = "003_ef4a9852eae156e6"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("seeds") / "p.kvalkod"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), *map(str, SEEDS)]) == 0
    return path


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def count(capsys, project, *args):
    return int(cli(capsys, "search", project, *args, "--count"))


def test_five_documents(seeded, capsys):
    docs = json.loads(cli(capsys, "docs", seeded, "--json"))
    assert [d["name"] for d in docs] == [p.stem for p in SEEDS]


def test_dehyphenation_restores_search_counts(seeded, capsys):
    assert 203 <= count(capsys, seeded, "samordningsuppdrag*", "--doc", D002) <= 212
    assert count(capsys, seeded, "Arbetsförmedlingen*", "--doc", D002) >= 85


def test_raw_text_has_the_lower_count(tmp_path, capsys):
    path = tmp_path / "raw.kvalkod"
    cli(capsys, "new", path, "--codebook", "none")
    cli(capsys, "import", path, [p for p in SEEDS if p.stem == D002][0], "--no-clean")
    assert count(capsys, path, "samordningsuppdrag*", "--doc", D002) == 188
    report = json.loads(cli(capsys, "import-report", path, D002, "--json"))
    assert report["cleaned"] is False and "--no-clean" in report["why"]


def test_ocr_text_needs_folding(seeded, capsys):
    assert count(capsys, seeded, "våld*", "--doc", D003) <= 2
    assert count(capsys, seeded, "våld*", "--doc", D003, "--fold-diacritics") >= 190


def test_no_footer_line_left(seeded, capsys):
    text = cli(capsys, "show", seeded, D002)
    assert not [line for line in text.split("\n") if line.strip() == "Socialförsäkringsrapport 2020:2"]
    assert not [line for line in text.split("\n") if line.strip().isdigit() and len(line.strip()) <= 3]


def test_import_report_lists_what_was_handled(seeded, capsys):
    report = json.loads(cli(capsys, "import-report", seeded, D002, "--json"))
    rules = report["cleanup"]["rules"]
    footers = [i["line"] for i in rules["footers"]["items"] if "Socialförsäkringsrapport" in i["before"]]
    assert footers == [181, 509, 764, 2016, 4493]
    joined = {(i["before"], i["after"]) for i in rules["dehyphenation"]["items"]}
    assert ("Försäkrings-\nkassan", "Försäkringskassan") in joined
    assert rules["dehyphenation"]["count"] >= 250
    assert {"before": "handläggare1", "after": "handläggare", "line": 192}.items() <= \
        next(i for i in rules["footnotes"]["items"] if i["line"] == 192).items()
    human = cli(capsys, "import-report", seeded, D002)
    for words in ("footers: ", "dehyphenation: ", "footnotes: ", "line 181: 'Socialförsäkringsrapport 2020:2"):
        assert words in human


def test_footnotes_are_lifted_into_notes(seeded):
    from kvalkod.services import Project

    with Project.open(seeded) as p:
        doc = p.documents.get(D002)
        notes = [n for n in p.store.documents.notes(doc.id) if n.kind == "footnote"]
        text = p.documents.text(D002)
    assert [n.label for n in notes] == [str(i) for i in range(1, 44)]
    assert all(n.offset is not None and 0 <= n.offset <= len(text) for n in notes)
    # the marker of footnote 1 stood right after "handläggare"
    assert text[:notes[0].offset].endswith("handläggare")


def test_codes_apply_and_check_passes(seeded, capsys):
    cli(capsys, "code", "add", seeded, "Sökord/samordningsuppdrag")
    out = cli(capsys, "autocode", seeded, "--code", "Sökord/samordningsuppdrag", "--query",
              "samordningsuppdrag*", "--unit", "sentence")
    assert int(out.split()[1]) >= 150
    rows = json.loads(cli(capsys, "codings", seeded, "--code", "Sökord", "--json"))
    assert all("samordningsuppdrag" in r["text"].lower() for r in rows)
    assert json.loads(cli(capsys, "check", seeded, "--json"))["ok"]
    cli(capsys, "undo", seeded)
    assert json.loads(cli(capsys, "codings", seeded, "--json")) == []


def test_provenance_raw_text_and_original(seeded, capsys):
    raw = cli(capsys, "show", seeded, D002, "--raw")
    original = [p for p in SEEDS if p.stem == D002][0].read_text(encoding="utf-8")
    assert raw.rstrip("\n") == original.rstrip("\n")
    report = json.loads(cli(capsys, "import-report", seeded, D002, "--json"))
    import hashlib

    assert report["original"]["sha256"] == hashlib.sha256(original.encode("utf-8")).hexdigest()
    assert report["original"]["has_original"] == 1
