"""The report draft: the outline, the Word and Markdown writers, the template, the CLI."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kvalkod import cli
from kvalkod.errors import KvalkodError
from kvalkod.exporters.report_docx import write_docx
from kvalkod.exporters.report_markdown import markdown_text, write_markdown
from kvalkod.resources import resource_path
from kvalkod.services import Project
from kvalkod.services.report import ReportService, counts, first_sentence
from kvalkod.services.report_blocks import closing
from tests.conftest import add_text

ROOT = Path(__file__).resolve().parents[2]
REAL_NAME = "Karin Lindqvist"

INTERVIEW_1 = ("  Jag hinner inte samordna på det sättet, det är för många ärenden.  \n\n"
               "Vi ska vara spindeln i nätet men hinner inte.\n")
INTERVIEW_2 = "Min enhetschef förstår inte tiden det tar att boka möten.\n"
FIELD_NOTE = ("Handläggaren ringer upp den försäkrade.\n"
              "- Kim: Hej, jag ringer om mötet i morgon.\n"
              "- Försäkrade: Jag vet inte om jag orkar.\n")


@pytest.fixture
def study(tmp_path):
    p = Project.create(tmp_path / "studie.kvalkod", coder="Anna")
    add_text(p, "intervju-karin-lindqvist", INTERVIEW_1)
    add_text(p, "intervju-2", INTERVIEW_2)
    add_text(p, "faltanteckning-1", FIELD_NOTE, kind="field_note")
    p.variables.set("intervju-karin-lindqvist", {"roll": "handläggare", "kontor": "ett kontor med hög ärendemängd",
                                                 "namn": REAL_NAME})
    p.variables.set("intervju-2", {"roll": "enhetschef"})
    for path in ("Arbetsbelastning", "Arbetsbelastning/Tidsbrist", "Arbetsbelastning/Samordning",
                 "Stöd", "Stöd/Chefer", "Tom"):
        p.codebook.add(path)
    p.coding.apply("intervju-karin-lindqvist", 0, INTERVIEW_1.index("\n\n"), "Arbetsbelastning/Tidsbrist")
    start = INTERVIEW_1.index("Vi ska")
    p.coding.apply("intervju-karin-lindqvist", start, start + 44, "Arbetsbelastning/Samordning")
    p.coding.apply("intervju-2", 0, len(INTERVIEW_2) - 1, "Stöd/Chefer")
    p.coding.apply("intervju-2", 0, len(INTERVIEW_2) - 1, "Arbetsbelastning/Tidsbrist")
    p.summaries.set("Arbetsbelastning", "Arbetsbelastningen styr vad som hinns med. Samordning prioriteras ned.")
    p.summaries.set("Arbetsbelastning/Tidsbrist", "Handläggarna saknar tid. De väljer bort möten.")
    p.summaries.set("Arbetsbelastning/Samordning", "Samordning ses som ett ideal.")
    p.summaries.set("Stöd/Chefer", "Cheferna upplevs som avlägsna. Kollegor stöttar mer.")
    p.scenes.add("Ett telefonsamtal", [("faltanteckning-1", 0, len(FIELD_NOTE))],
                 ["Arbetsbelastning/Tidsbrist", "Stöd/Chefer"], setting="Kontor A, förmiddag",
                 participants="handläggare, försäkrad")
    yield p
    p.close()


def kinds(outline):
    return [b["kind"] for b in outline]


def test_first_sentence():
    assert first_sentence("Handläggarna saknar tid. De väljer bort möten.") == "Handläggarna saknar tid."
    assert first_sentence("  En enda mening  ") == "En enda mening"


def test_outline_structure(study):
    outline = study.report.draft()
    chapters = [b["text"] for b in outline if b["kind"] == "chapter"]
    assert chapters == ["Arbetsbelastning", "Stöd"]  # codebook order; "Tom" has nothing
    assert [b["text"] for b in outline if b["kind"] == "section"] == ["Tidsbrist", "Samordning", "Chefer"]
    assert outline[1] == {"kind": "heading", "text": "Sammanfattande iakttagelser"}
    assert outline[2]["items"] == ["Arbetsbelastningen styr vad som hinns med.", "Handläggarna saknar tid.",
                                   "Samordning ses som ett ideal."]
    # each quote follows its lead-in; ordered by document then start
    quotes = [(outline[i - 1]["text"], b["text"]) for i, b in enumerate(outline) if b["kind"] == "quote"]
    assert quotes[0] == ("En enhetschef beskriver:", INTERVIEW_2.strip())  # "intervju-2" sorts first
    assert quotes[1] == ("En handläggare på ett kontor med hög ärendemängd beskriver:",
                         "Jag hinner inte samordna på det sättet, det är för många ärenden.")
    assert all(REAL_NAME not in lead and "karin" not in lead.lower() for lead, _ in quotes)
    # the scene follows the section of its first code, inside that chapter
    scene_at = kinds(outline).index("scene")
    assert outline[scene_at]["text"] == "Scen: Ett telefonsamtal"
    assert scene_at < kinds(outline).index("chapter", 1)
    assert outline[scene_at + 1] == {"kind": "scene_meta", "text": "Kontor A, förmiddag; handläggare, försäkrad"}
    scene_paras = [b["text"] for b in outline[scene_at + 2:scene_at + 5]]
    assert scene_paras == ["Handläggaren ringer upp den försäkrade.", "- Kim: Hej, jag ringer om mötet i morgon.",
                           "- Försäkrade: Jag vet inte om jag orkar."]
    closing = outline[kinds(outline).index("chapter", 1) - 1]
    assert closing["kind"] == "paragraph" and closing["text"].startswith("Sammanfattningsvis kan sägas att arbetsbelastningen")
    # "Stöd" has no own summary: no closing paragraph; the codebook closes the draft, an appendix
    appendix = kinds(outline).index("appendix")
    assert outline[appendix - 1]["kind"] == "quote"
    assert outline[appendix]["text"] == "Bilaga 1. Kodbok"
    assert outline[appendix + 1]["header"] == ["Kod", "Beskrivning"]
    assert counts(outline) == {"chapters": 2, "sections": 3, "quotes": 4, "scenes": 1}


def test_quote_limit_and_attribution_template(study):
    outline = study.report.draft(quotes=1, attribution="Citatet nedan från en {roll}:")
    assert counts(outline)["quotes"] == 3
    leads = [b["text"] for b in outline if b["kind"] == "attribution"]
    assert leads == ["Citatet nedan från en enhetschef:", "Citatet nedan från en handläggare:",
                     "Citatet nedan från en enhetschef:"]


@pytest.mark.parametrize("summary, expected", [
    ("Arbetsbelastningen styr.", "Sammanfattningsvis kan sägas att arbetsbelastningen styr."),
    ("I intervjuerna beskrivs vården som motaktör.",
     "Sammanfattningsvis kan sägas att i intervjuerna beskrivs vården som motaktör."),
    ("Försäkringskassan samordnar. Försäkringskassan följer upp.",
     "Sammanfattningsvis kan sägas att Försäkringskassan samordnar. Försäkringskassan följer upp."),
    ("FK samordnar.", "Sammanfattningsvis kan sägas att FK samordnar."),
    ("Sammantaget styr arbetsbelastningen.", "Sammantaget styr arbetsbelastningen."),
])
def test_closing_paragraph(summary, expected):
    assert closing(summary) == expected


@pytest.mark.parametrize("values, kind, expected", [
    ({}, "interview", "En intervjuperson beskriver:"),
    ({}, "field_note", "Ur en fältanteckning:"),
    ({}, "document", "I rapport-2020 står:"),
    ({"kontor": "kontor B"}, "interview", "En intervjuperson på kontor B beskriver:"),
    ({"roll": "handläggare", "kontor": ""}, "interview", "En handläggare beskriver:"),
])
def test_attribution_fallbacks(values, kind, expected):
    assert ReportService.attribution("En {roll} på {kontor} beskriver:", "rapport-2020", kind, values) == expected


def test_docx_styles(study, tmp_path):
    from docx import Document

    out = tmp_path / "utkast.docx"
    warnings = write_docx(study.report.draft(), out)
    assert warnings == []
    paragraphs = [(p.style.name, p.text) for p in Document(out).paragraphs]
    assert ("Heading 1", "Arbetsbelastning") in paragraphs and ("Heading 1", "Stöd") in paragraphs
    assert ("Heading 2", "Tidsbrist") in paragraphs
    assert ("Heading 2", "Sammanfattande iakttagelser") in paragraphs
    assert ("List Bullet", "Handläggarna saknar tid.") in paragraphs
    assert ("Scenrubrik", "Scen: Ett telefonsamtal") in paragraphs
    quotes = [text for style, text in paragraphs if style == "Citat"]
    assert quotes[1] == "Jag hinner inte samordna på det sättet, det är för många ärenden."
    leads = [text for style, text in paragraphs if style == "Attribution"]
    assert len(leads) == len(quotes) == 4
    assert all(lead.endswith(":") for lead in leads)
    assert any("handläggare" in lead for lead in leads) and any("enhetschef" in lead for lead in leads)
    assert not any(REAL_NAME in text for _, text in paragraphs)
    assert [s for s, t in paragraphs if t.startswith("- Kim:")] == ["Body Text"]
    assert not list(tmp_path.glob(".utkast.docx.*"))  # the temp file is gone


def test_markdown(study, tmp_path):
    out = tmp_path / "utkast.md"
    write_markdown(study.report.draft(), out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Arbetsbelastning\n\n### Sammanfattande iakttagelser\n\n- Arbetsbelastningen")
    assert "## Tidsbrist" in text and "# Stöd" in text
    assert "*En handläggare på ett kontor med hög ärendemängd beskriver:*\n\n> Jag hinner inte" in text
    assert "### Scen: Ett telefonsamtal" in text
    assert "\n\n- Kim: Hej" in text
    assert markdown_text([{"kind": "quote", "text": "rad ett\nrad två"}]) == "> rad ett\n> rad två\n"


def test_user_template_without_citat_falls_back(study, tmp_path):
    from docx import Document

    template = tmp_path / "myndighet.docx"
    Document().save(template)  # python-docx's default: headings and "Quote", no "Citat"
    out = tmp_path / "utkast.docx"
    warnings = write_docx(study.report.draft(), out, template)
    assert any("'Citat'" in w and "'Quote'" in w for w in warnings)
    assert any("'Scenrubrik'" in w for w in warnings)
    styles = {p.style.name for p in Document(out).paragraphs}
    assert {"Quote", "Heading 1", "Heading 3"} <= styles


def test_dotx_template_is_accepted(study, tmp_path):
    from docx import Document

    dotx = tmp_path / "mall.dotx"
    with zipfile.ZipFile(resource_path("templates", "rapport.docx")) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    out = tmp_path / "utkast.docx"
    assert write_docx(study.report.draft(), out, dotx) == []
    assert "Citat" in {p.style.name for p in Document(out).paragraphs}


def test_bad_template_raises(study, tmp_path):
    not_docx = tmp_path / "mall.docx"
    not_docx.write_text("inte en mall", encoding="utf-8")
    with pytest.raises(KvalkodError, match="mall.docx"):
        write_docx(study.report.draft(), tmp_path / "ut.docx", not_docx)
    assert not (tmp_path / "ut.docx").exists()


def test_cli_report(study, tmp_path, capsys):
    path = study.path
    study.close()
    out, md = tmp_path / "utkast.docx", tmp_path / "utkast.md"
    assert cli.main(["report", str(path), "--out", str(out), "--markdown", str(md), "--quotes", "1"]) == 0
    printed = capsys.readouterr().out
    assert printed.strip() == f"wrote {out} and {md}: 2 chapters, 3 sections, 3 quotes, 1 scenes"
    assert out.exists() and md.exists()


def test_cli_bad_template_path(study, tmp_path, capsys):
    path = study.path
    study.close()
    missing = tmp_path / "finns-inte.dotx"
    code = cli.main(["report", str(path), "--out", str(tmp_path / "u.docx"), "--template", str(missing)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.count("\n") == 1 and "finns-inte.dotx" in err and err.startswith("kvalkod: ")


def test_template_script_reproduces_the_shipped_file(tmp_path):
    built = tmp_path / "rapport.docx"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_report_template.py"), "--out", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == resource_path("templates", "rapport.docx").read_bytes()


def test_shipped_template_styles():
    from docx import Document
    from docx.shared import Cm

    styles = Document(resource_path("templates", "rapport.docx")).styles
    assert abs(styles["Citat"].paragraph_format.left_indent - Cm(1)) < Cm(0.01)  # stored in twips
    assert styles["Citat"].font.size < styles["Normal"].font.size
    assert styles["Scenrubrik"].base_style.name == "Heading 3" and styles["Scenrubrik"].font.bold
    assert styles["Attribution"].font.italic
    assert styles["Normal"].font.name == "Georgia" and styles["Heading 1"].font.name == "Arial"
