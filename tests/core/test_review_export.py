"""The reviewers' HTML page: self-contained, escaped, pseudonymised, grouped by theme."""

from __future__ import annotations

import json
import re

import pytest

from kvalkod.exporters.review_html import CONTEXT, cut, write_review_html

from ..conftest import add_text
from .review_helpers import PAIRS, build, run


@pytest.fixture
def study(project):
    refs = build(project)
    project.names.set(PAIRS)
    project.comments.add("scene", refs["scene"], "Stämmer det <verkligen> med Karins anteckningar?",
                         author="Granskare Per Holm")
    project.comments.add("coding", refs["coding"], "Tydligt exempel.", author="Bo")
    project.comments.add("summary", refs["summary"], "Karin säger mer än så.", author="Bo")
    done = project.comments.add("scene", refs["scene"], "Redan löst.", author="Bo")
    project.comments.resolve(done["guid"])
    project.scenes.set_status(refs["loose"], "granskad")
    return refs


@pytest.fixture
def page(project, study, tmp_path):
    out = tmp_path / "ut" / "granskning.html"
    counts = write_review_html(project, out)
    assert counts == {"scenes": 2, "passages": 2, "comments": 3, "summaries": 1}
    return out.read_text(encoding="utf-8")


def test_the_page_refers_to_nothing_outside_itself(page):
    assert page.startswith("<!DOCTYPE html>") and '<html lang="sv">' in page
    lowered = page.lower()
    for forbidden in ("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "http"):
        assert forbidden not in lowered, forbidden
    assert re.findall(r'href="([^"]*)"', page) and all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))
    assert "<style>" in page and "@media print" in page


def test_real_names_never_appear(page):
    for real in ("Karin", "Per Holm", "Holm"):
        assert real not in page
    assert "Lisa: Jag hinner inte samordna" in page
    assert "Lisas chef Olof Ek" in page  # the genitive, and a two-word name
    assert "Granskare Olof Ek" in page  # authors too


def test_scenes_by_theme_in_codebook_order_and_the_scenes_without_one_last(page):
    headings = re.findall(r'<h2 id="tema-\d+">([^<]*)</h2>', page)
    assert headings == ["Tid/Brist", "Vården/Läkare", "Utan tema"]
    assert page.count("<h3 id=\"tema-") == 3  # the scene with two themes is under both
    assert page.count("Scen: Lisa har bråttom") == 4  # twice in the contents, twice in the text
    nav = page[page.index("<nav>"):page.index("</nav>")]
    assert 'href="#tema-3-scen-1">Scen: Ett möte utan tema' in nav and 'href="#sammanfattningar"' in nav
    assert page.count('<span class="status">Status: granskad</span>') == 1


def test_a_scene_shows_its_facts_passages_segments_and_open_comments(page):
    scene = page[page.index('id="tema-1-scen-1"'):page.index("</article>")]
    assert '<span class="status">Status: utkast</span>' in scene
    for fact in ("<dt>Miljö</dt><dd>Kontor A</dd>", "<dt>Datum</dt><dd>2019-10-02</dd>",
                 "<dt>Deltagare</dt><dd>Lisa, en försäkrad</dd>"):
        assert fact in scene
    assert "<h4>Analys</h4><p class=\"text\">Tidsbristen styr &lt;allt&gt;.</p>" in scene
    assert '<p class="source">intervju-1, tecken' in scene
    excerpt = re.search(r'<div class="excerpt">(.*?)</div>', scene, re.DOTALL).group(1)
    assert excerpt.startswith("Intervjun börjar")  # the context before the passage
    assert "<mark>Lisa: Jag hinner inte samordna, det är för många ärenden</mark> &lt;just nu&gt;." in excerpt
    assert "Lisas chef" in excerpt  # and after it
    assert '<span class="code">Tid/Brist</span>: ”Jag hinner inte samordna, det är för många ärenden”' in scene
    assert "Tydligt exempel." in scene  # the comment on the segment
    assert "Stämmer det &lt;verkligen&gt; med Lisas anteckningar?" in scene
    assert re.search(r"<strong>Granskare Olof Ek</strong>, <time>\d{4}-\d\d-\d\d</time>", scene)
    assert "Redan löst." not in page  # resolved comments are not for review
    assert "Läkarna" not in scene  # a segment of the theme elsewhere in the project is not shown


def test_summaries_per_theme_with_their_comments(page):
    part = page[page.index('id="sammanfattningar"'):]
    assert "<h3>Tid/Brist</h3>" in part
    assert "Lisa och kollegorna saknar tid. De väljer bort möten." in part
    assert "Lisa säger mer än så." in part


def test_an_empty_project_still_writes_a_page(project, tmp_path):
    out = tmp_path / "tom.html"
    assert write_review_html(project, out) == {"scenes": 0, "passages": 0, "comments": 0, "summaries": 0}
    text = out.read_text(encoding="utf-8")
    assert "Projektet har inga scener." in text and "Projektet har inga sammanfattningar." in text


def test_web_addresses_in_the_text_are_no_addresses_in_the_page(project, tmp_path):
    text = "Se http://forsakringskassan.se och HTTPS://x.se."
    add_text(project, "webb", text)
    project.scenes.add("Webben", [("webb", 0, len(text))])
    out = tmp_path / "w.html"
    write_review_html(project, out)
    text = out.read_text(encoding="utf-8")
    assert "http" not in text.lower()
    assert "<mark>Se h<wbr>ttp://forsakringskassan.se och H<wbr>TTPS://x.se.</mark>" in text  # reads the same


def test_context_is_cut_at_whole_words_and_names(project, tmp_path):
    filler = "ord " * ((CONTEXT - 4) // 4)
    text = f"Per Holm {filler}passagen här {filler}Per Holm och slutet"
    add_text(project, "lång", text)
    project.names.set(PAIRS)
    start = text.index("passagen")
    # the passage cuts inside words; CONTEXT before it falls inside "Holm", after it inside "Per Holm"
    assert text[start - CONTEXT:].startswith("olm") and text[start + 12 + CONTEXT:].startswith(" Holm")
    project.scenes.add("Lång", [("lång", start + 2, start + len("passagen här") - 1)], narrative="Kort.")
    out = tmp_path / "l.html"
    write_review_html(project, out)
    page = out.read_text(encoding="utf-8")
    assert "<mark>passagen här</mark>" in page
    assert "Holm" not in page and "Per " not in page and page.count("Olof Ek") == 2


def test_cut_moves_out_of_words_and_names():
    text = "en Karin Lindqvist går"
    names = [(3, 18)]
    assert cut(text, 11, names, back=True) == 3 and cut(text, 11, names, back=False) == 18
    assert cut(text, 1, [], back=True) == 0 and cut(text, 1, [], back=False) == 2
    assert cut(text, 2, [], back=True) == 2


def test_cli_review_export_and_a_clean_check(project, study, tmp_path, capsys):
    path = project.path
    project.close()
    out = tmp_path / "granskning.html"
    code, printed, err = run(capsys, "review-export", path, "--out", out)
    assert code == 0, err
    assert printed == f"wrote {out}: 2 scenes, 2 passages, 3 comments, 1 summaries\n"
    code, printed, _ = run(capsys, "names", "check", path, "--file", out, "--json")
    assert code == 1  # the documents keep the real names …
    assert not [row for row in json.loads(printed) if row["where"] == str(out)]  # … the export does not


def test_cli_review_export_errors(tmp_path, capsys):
    code, _, err = run(capsys, "review-export", tmp_path / "saknas.kvalkod", "--out", tmp_path / "x.html")
    assert code == 1 and err.count("\n") == 1 and "saknas.kvalkod" in err
    assert not (tmp_path / "x.html").exists()
