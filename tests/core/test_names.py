"""Pseudonyms: the name list, replacing names in exports, and checking for names left behind."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.services.names import Pseudonymiser, parse_pair

from .review_helpers import PAIRS, build, run
from .undo_helpers import undo_redo

# -- the pseudonymiser ---------------------------------------------------------------------


def test_whole_words_any_case_genitive_and_longest_name_first():
    replace = Pseudonymiser([("Karin", "Lisa"), ("Karin Lindqvist", "Lisa Berg"), ("Per Holm", "Olof Ek")])
    assert replace("Karins chef KARIN ringde karin.") == "Lisas chef Lisa ringde Lisa."
    assert replace("Karin Lindqvist och Karin\nLindqvists bil") == "Lisa Berg och Lisa Bergs bil"
    assert replace("Karinsson, Karina, AKarin och Per Holmberg") == "Karinsson, Karina, AKarin och Per Holmberg"
    assert replace("") == "" and Pseudonymiser([])("Karin") == "Karin"


def test_find_and_spans():
    replace = Pseudonymiser(PAIRS)
    text = "Karins chef Per\nHolm"
    assert replace.find(text) == [("Karin", 0), ("Per Holm", 12)]
    assert replace.spans(text) == [(0, 6), (12, 20)]


def test_letters_whose_case_folds_differently_do_not_break_an_export():
    # re.IGNORECASE matches "İ" to "i", str.casefold does not: the match is found by position
    assert Pseudonymiser([("Iris", "Eva")])("IRİS kom") == "Eva kom"


def test_parse_pair():
    assert parse_pair(" Karin   Lindqvist = Lisa  Berg ") == ("Karin Lindqvist", "Lisa Berg")
    for bad in ("Karin", "=Lisa", "Karin=", " = "):
        with pytest.raises(KvalkodError, match="is not REAL=PSEUDONYM"):
            parse_pair(bad)


REAL = "abcdefghijk"  # real names and pseudonyms share no letter, and "s" (the genitive) is in neither
FAKE = "lmnopqrtuvwxyz"


def _name(letters):
    word = st.text(alphabet=letters, min_size=2, max_size=5).map(str.capitalize)
    return st.lists(word, min_size=1, max_size=2).map(" ".join)


@st.composite
def texts_with_names(draw):
    pairs = draw(st.dictionaries(_name(REAL), _name(FAKE), min_size=1, max_size=5))
    listed = sorted(pairs)
    token = st.one_of(
        st.sampled_from(listed).flatmap(lambda n: st.sampled_from([n, n.upper(), n.lower(), n + "s", n + "ss"])),
        st.text(alphabet=REAL + FAKE + "s", min_size=1, max_size=6))
    separator = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "(", ")", "”"])
    tokens = draw(st.lists(st.tuples(token, separator), max_size=12))
    return pairs, "".join(t + s for t, s in tokens)


@given(texts_with_names())
def test_replacing_is_idempotent_and_leaves_no_listed_name(case):
    pairs, text = case
    replace = Pseudonymiser(pairs.items())
    once = replace(text)
    assert replace(once) == once
    for real in pairs:
        whole = r"(?<!\w)" + r"\s+".join(map(re.escape, real.split())) + r"s?(?!\w)"
        assert not re.search(whole, once, re.IGNORECASE), (real, once)
    assert replace.find(once) == []


# -- the name list -------------------------------------------------------------------------


def test_set_list_remove_are_undoable(project):
    undo_redo(project, lambda: project.names.set(PAIRS))
    assert project.names.list() == [{"real": "Per Holm", "pseudonym": "Olof Ek"}, {"real": "Karin", "pseudonym": "Lisa"}]
    undo_redo(project, lambda: project.names.set([("Karin", "Eva"), ("Bo", "Ulf")]))
    assert {r["real"]: r["pseudonym"] for r in project.names.list()} == {"Per Holm": "Olof Ek", "Karin": "Eva",
                                                                          "Bo": "Ulf"}
    undo_redo(project, lambda: project.names.remove("Per   Holm"))
    assert project.names.pseudonymiser()("Per Holm och Karin") == "Per Holm och Eva"


def test_bad_pairs_and_unknown_names(project):
    with pytest.raises(KvalkodError, match="at least one"):
        project.names.set([])
    with pytest.raises(KvalkodError, match="needs both"):
        project.names.set([(" ", "Lisa")])  # an empty name would match everywhere
    with pytest.raises(NotFoundError, match="no pseudonym for 'Karin'"):
        project.names.remove("Karin")


def test_check_finds_names_in_documents_summaries_scenes_and_memos(project):
    build(project)
    project.memos.add("project", None, "Ring Per Holm.")
    project.names.set(PAIRS)
    found = project.names.check()
    assert {"where": "document intervju-1", "name": "Karin", "count": 2} in found
    assert {"where": "document intervju-1", "name": "Per Holm", "count": 1} in found
    assert {"where": "summary Tid/Brist", "name": "Karin", "count": 1} in found
    assert {"where": "scene Karin har bråttom", "name": "Karin", "count": 3} in found
    assert {"where": "memo", "name": "Per Holm", "count": 1} in found


def test_check_reads_exported_files(project, tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("Karin sa det.")
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "Per Holms kontor"
    doc.save(tmp_path / "rapport.docx")
    (tmp_path / "sida.html").write_text("<p>Karin&nbsp;och <b>Lisa</b></p>", encoding="utf-8")
    (tmp_path / "tabell.csv").write_text("namn\nPer Holm\n", encoding="utf-8")
    project.names.set(PAIRS)
    files = [tmp_path / "rapport.docx", tmp_path / "sida.html", tmp_path / "tabell.csv"]
    assert project.names.check(files) == [
        {"where": str(files[0]), "name": "Karin", "count": 1}, {"where": str(files[0]), "name": "Per Holm", "count": 1},
        {"where": str(files[1]), "name": "Karin", "count": 1}, {"where": str(files[2]), "name": "Per Holm", "count": 1}]
    (tmp_path / "trasig.docx").write_text("inte word", encoding="utf-8")
    for bad, message in (("saknas.html", "no such file"), ("trasig.docx", "cannot be read")):
        with pytest.raises(KvalkodError, match=message) as info:
            project.names.check([tmp_path / bad])
        assert bad in str(info.value)


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def path(project, monkeypatch):
    monkeypatch.setenv("KVALKOD_CODER", "Anna")
    build(project)
    path = project.path
    project.close()
    return path


def test_cli_set_list_remove(path, capsys):
    code, out, err = run(capsys, "names", "set", path, "Karin=Lisa", "Per Holm=Olof Ek")
    assert (code, out) == (0, "set 2 pseudonym(s)\n"), err
    code, out, _ = run(capsys, "names", "list", path, "--json")
    assert json.loads(out) == [{"real": "Per Holm", "pseudonym": "Olof Ek"}, {"real": "Karin", "pseudonym": "Lisa"}]
    assert run(capsys, "names", "list", path)[1] == "Per Holm\tOlof Ek\nKarin\tLisa\n"
    assert run(capsys, "names", "remove", path, "Per Holm")[0] == 0
    assert run(capsys, "undo", path)[0] == 0
    assert len(json.loads(run(capsys, "names", "list", path, "--json")[1])) == 2


@pytest.mark.parametrize("args, message", [
    (["names", "set", "{path}", "Karin=Lisa", "Per Holm"], "'Per Holm' is not REAL=PSEUDONYM"),
    (["names", "set", "{path}", "=Lisa"], "'=Lisa' is not REAL=PSEUDONYM"),
    (["names", "remove", "{path}", "Okänd"], "no pseudonym for 'Okänd'"),
    (["names", "check", "{path}", "--file", "{path}.saknas.docx"], "saknas.docx: no such file"),
    (["names", "list", "{path}.finns-inte.kvalkod"], "finns-inte.kvalkod"),
])
def test_cli_errors_are_one_line(path, capsys, args, message):
    code, out, err = run(capsys, *[a.format(path=path) for a in args])
    assert code == 1 and out == ""
    assert err.startswith("kvalkod: ") and err.count("\n") == 1 and message in err


def test_cli_check_exit_status_and_exports(path, tmp_path, capsys):
    code, out, _ = run(capsys, "names", "check", path)
    assert (code, out) == (0, "no names are listed (kvalkod names set PROJECT REAL=PSEUDONYM)\n")
    run(capsys, "names", "set", path, "Zlatan=Zorro")
    assert run(capsys, "names", "check", path) == (0, "none of the 1 listed names found\n", "")
    assert json.loads(run(capsys, "names", "check", path, "--json")[1]) == []
    # an export written before the names were listed holds them; the one written after does not
    before_docx, before_html = tmp_path / "före.docx", tmp_path / "före.html"
    assert run(capsys, "report", path, "--out", before_docx)[0] == 0
    assert run(capsys, "review-export", path, "--out", before_html)[0] == 0
    run(capsys, "names", "set", path, "Karin=Lisa", "Per Holm=Olof Ek")
    after_docx, after_html = tmp_path / "efter.docx", tmp_path / "efter.html"
    assert run(capsys, "report", path, "--out", after_docx)[0] == 0
    assert run(capsys, "review-export", path, "--out", after_html)[0] == 0
    code, out, err = run(capsys, "names", "check", path, *[f"--file={f}" for f in (before_docx, before_html,
                                                                                      after_docx, after_html)],
                         "--json")
    assert code == 1 and err == ""  # found: exit 1, and nothing but the JSON on stdout
    where = {row["where"] for row in json.loads(out)}
    assert {"document intervju-1", str(before_docx), str(before_html)} <= where
    assert str(after_docx) not in where and str(after_html) not in where
    code, out, _ = run(capsys, "names", "check", path, "--file", before_docx)
    assert code == 1 and f"{before_docx}\tKarin\t" in out
