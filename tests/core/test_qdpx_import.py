""".qdpx import: what the quirk fixtures do not cover. Hostile archives are refused or read
safely without touching the disk; every element kvalkod cannot keep is reported; notes reach
what they are about however they are attached; the CLI prints the report."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kvalkod.cli import main
from kvalkod.errors import InputFileError
from kvalkod.importers.qdpx import read_qdpx
from kvalkod.services import Project
from kvalkod.services.exchange import import_qdpx

TEXT = "Handläggaren har en roll som spindeln i nätet.\nDet är väldigt luddigt."
G = {name: f"00000000-0000-4000-8000-{n:012d}" for n, name in enumerate(
    ("doc", "code", "code2", "user", "sel1", "sel2", "sel3", "c1", "c2", "c3", "c4", "note1", "note2", "note3",
     "note4", "case1", "case2", "var1", "var2", "pic", "set", "link1", "link2", "link3", "doc2"), start=1)}


def qdpx(path: Path, body: str, files: dict[str, bytes] | None = None, project_attrs: str = "") -> Path:
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Test"'
           f' origin="Testverktyg 1.0"{project_attrs}>{body}</Project>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        for name, data in {f"sources/{G['doc']}.txt": TEXT.encode(), **(files or {})}.items():
            archive.writestr(name, data)
    return path


CODEBOOK = (f'<CodeBook><Codes><Code guid="{G["code"]}" name="Roll" isCodable="true"/>'
            f'<Code guid="{G["code2"]}" name="Otydligt" isCodable="true"/></Codes></CodeBook>')
SOURCE_OPEN = f'<Sources><TextSource guid="{G["doc"]}" name="Intervju" plainTextPath="internal://{G["doc"]}.txt">'


def selection(key: str, phrase: str, codings: str = "", inner: str = "") -> str:
    start = TEXT.index(phrase)
    return (f'<PlainTextSelection guid="{G[key]}" startPosition="{start}" endPosition="{start + len(phrase)}">'
            f"{inner}{codings}</PlainTextSelection>")


def coding(key: str, code: str = "code", user: str | None = None, inner: str = "") -> str:
    by = f' creatingUser="{G[user]}"' if user else ""
    return f'<Coding guid="{G[key]}"{by}><CodeRef targetGUID="{G[code]}"/>{inner}</Coding>'


def note(key: str, text: str, name: str = "") -> str:
    named = f' name="{name}"' if name else ""
    return f'<Note guid="{G[key]}"{named}><PlainTextContent>{text}</PlainTextContent></Note>'


def report_text(report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False)


# -- safety ------------------------------------------------------------------------------------

def test_not_a_zip_and_a_zip_without_a_project_are_refused(tmp_path):
    (tmp_path / "a.qdpx").write_text("hej")
    with pytest.raises(InputFileError, match="not a .qdpx"):
        read_qdpx(tmp_path / "a.qdpx")
    with zipfile.ZipFile(tmp_path / "b.qdpx", "w") as archive:
        archive.writestr("sources/x.txt", "x")
    with pytest.raises(InputFileError, match="no project.qde"):
        read_qdpx(tmp_path / "b.qdpx")


def test_a_dtd_in_the_project_is_refused(tmp_path):
    path = tmp_path / "dtd.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x "y">]><Project name="&x;"/>')
    with pytest.raises(InputFileError, match="DTD"):
        read_qdpx(path)


def test_members_with_escaping_names_are_never_written_and_are_reported(tmp_path):
    body = CODEBOOK + SOURCE_OPEN + selection("sel1", "spindeln i nätet", coding("c1")) + "</TextSource></Sources>"
    path = qdpx(tmp_path / "farlig.qdpx", body, {"../../utanför.txt": b"x", "/etc/absolut.txt": b"y"})
    project, report = read_qdpx(path)
    assert not (tmp_path.parent / "utanför.txt").exists()
    assert "utanför.txt" in report_text(report) and "absolut.txt" in report_text(report)
    assert [c.start for c in project.codings] == [TEXT.index("spindeln")]


def test_a_member_claiming_more_than_the_limit_is_refused(tmp_path, monkeypatch):
    from kvalkod.importers import qdpx_archive

    monkeypatch.setattr(qdpx_archive, "MAX_MEMBER_BYTES", 10)
    body = CODEBOOK + SOURCE_OPEN + "</TextSource></Sources>"
    _, report = read_qdpx(qdpx(tmp_path / "stor.qdpx", body))
    assert "documents" in report_text(report) and "limit" in report_text(report)


def test_relative_paths_outside_the_archive_folder_are_not_read(tmp_path):
    secret = tmp_path / "hemligt"
    secret.mkdir()
    (secret / "lösenord.txt").write_text("hemlighet")
    archive_folder = tmp_path / "mottaget"
    archive_folder.mkdir()
    body = (CODEBOOK + '<Sources><TextSource guid="' + G["doc2"] + '" name="Stöld" '
            'plainTextPath="relative:///../hemligt/lösenord.txt"/></Sources>')
    path = qdpx(archive_folder / "x.qdpx", body, project_attrs=f' basePath="{secret.as_posix()}"')
    project, report = read_qdpx(path)
    assert project.documents == []
    assert "Stöld" in report_text(report) and "for safety" in report_text(report)


# -- what cannot be kept is reported ---------------------------------------------------------------

def test_elements_kvalkod_cannot_keep_are_each_reported(tmp_path):
    body = (
        CODEBOOK
        + f'<Cases><Case guid="{G["case1"]}" name="Fall"><CodeRef targetGUID="{G["code"]}"/>'
          f'<SelectionRef targetGUID="{G["sel1"]}"/></Case></Cases>'
        + SOURCE_OPEN
        + selection("sel1", "spindeln i nätet", coding("c1") + coding("c2", "code2"))
        + selection("sel2", "Det är", coding("c3", "case1"))
        + "</TextSource>"
        + f'<PictureSource guid="{G["pic"]}" name="Foto"><PictureSelection guid="{G["sel3"]}" firstX="0" '
          'firstY="0" secondX="1" secondY="1"/></PictureSource></Sources>'
        + f'<Notes>{note("note1", "Om fotot")}</Notes>'
        + f'<Links><Link guid="{G["link1"]}" name="relation" originGUID="{G["code"]}" targetGUID="{G["code2"]}"/>'
          f'<Link guid="{G["link2"]}" originGUID="{G["note1"]}" targetGUID="{G["pic"]}"/></Links>'
        + f'<Sets><Set guid="{G["set"]}" name="Mängd"><MemberCode targetGUID="{G["code"]}"/>'
          f'<MemberNote targetGUID="{G["note1"]}"/></Set></Sets>'
        + f'<Graphs><Graph guid="{G["link3"]}"/></Graphs>'
    )
    project, report = read_qdpx(qdpx(tmp_path / "förluster.qdpx", body))
    lost = {(loss["where"], loss["why"].split(" ")[0]) for loss in report.losses}
    whats = " | ".join(loss["what"] for loss in report.losses)
    for expected in ("links to codes", "links to selections", "codings", "pictures", "links", "note members",
                     "graphs", "notes"):
        assert expected in whats, expected
    assert ("document Intervju", "their") in lost  # the coding whose code is no code
    assert len(project.codings) == 2 and project.sets[0].codes == [G["code"]]


def test_out_of_range_selections_are_reported_with_their_codings(tmp_path):
    body = (CODEBOOK + SOURCE_OPEN + '<PlainTextSelection guid="' + G["sel1"] + '" startPosition="5" '
            'endPosition="9999">' + coding("c1") + coding("c2", "code2") + "</PlainTextSelection>"
            '<PlainTextSelection guid="' + G["sel2"] + '" startPosition="x" endPosition="3"/>'
            "</TextSource></Sources>")
    project, report = read_qdpx(qdpx(tmp_path / "utanför.qdpx", body))
    assert project.codings == []
    assert {"what": "2 codings (e.g. 5–9999)", "where": "document Intervju"} in \
        [{k: v for k, v in loss.items() if k != "why"} for loss in report.losses]
    assert "not numbers" in report_text(report)


# -- notes, however attached ------------------------------------------------------------------------

def test_notes_reach_codings_documents_codes_cases_and_the_project(tmp_path):
    body = (
        f'<Users><User guid="{G["user"]}" name="Cecilia"/></Users>'
        + f'<CodeBook><Codes><Code guid="{G["code"]}" name="Roll" isCodable="true">'
          f'<NoteRef targetGUID="{G["note3"]}"/></Code></Codes></CodeBook>'
        + f'<Cases><Case guid="{G["case1"]}" name="Fall"><SourceRef targetGUID="{G["doc"]}"/></Case></Cases>'
        + SOURCE_OPEN
        + selection("sel1", "spindeln i nätet", coding("c1", user="user", inner=f'<NoteRef targetGUID="{G["note1"]}"/>'),
                    inner="<Description>Beskrivning</Description>")
        + selection("sel2", "luddigt", inner=f'<NoteRef targetGUID="{G["note2"]}"/>')
        + "<Description>Om dokumentet</Description></TextSource></Sources>"
        + "<Notes>" + note("note1", "Kodningsmemo") + note("note2", "Bara ett ställe") + note("note3", "Kodens memo")
        + note("note4", "Om fallet", name="Fallnot") + "</Notes>"
        + f'<Links><Link guid="{G["link1"]}" originGUID="{G["case1"]}" targetGUID="{G["note4"]}"/></Links>'
        + "<Description>Projektets beskrivning</Description>"
    )
    project, report = read_qdpx(qdpx(tmp_path / "anteckningar.qdpx", body), coder="Testare")
    (only,) = project.codings
    assert only.memo == "Beskrivning\n\nKodningsmemo"
    assert project.users[0].name == "Cecilia" and only.coder == G["user"]
    memos = {(m.target_type, m.target): m.text for m in project.memos}
    assert memos[("code", G["code"])] == "Kodens memo"
    assert memos[("case", G["case1"])] == "Fallnot\n\nOm fallet"
    assert memos[("project", None)] == "Projektets beskrivning"
    document_memos = [m.text for m in project.memos if m.target_type == "document"]
    assert "Om dokumentet" in document_memos
    assert any(m.startswith("Anteckning till stället") and m.endswith("Bara ett ställe") and "luddigt" in m
               for m in document_memos)
    assert report.losses == []


def test_duplicate_codings_are_merged_and_a_missing_user_is_the_importer(tmp_path):
    body = (CODEBOOK + SOURCE_OPEN
            + selection("sel1", "spindeln i nätet", coding("c1"), inner="<Description>Ett</Description>")
            + selection("sel2", "spindeln i nätet", coding("c2"), inner="<Description>Två</Description>")
            + "</TextSource></Sources>")
    project, report = read_qdpx(qdpx(tmp_path / "dubbel.qdpx", body), coder="Testare")
    (only,) = project.codings
    assert only.memo == "Ett\n\nTvå"
    assert [u.name for u in project.users] == ["Testare"]
    assert "merged" in report_text(report) and "Testare" in report_text(report)


def test_unnamed_cases_and_values_that_do_not_fit_their_type(tmp_path):
    body = (
        f'<Variables><Variable guid="{G["var1"]}" name="Antal" typeOfVariable="Integer"/></Variables>'
        f'<Cases><Case guid="{G["case1"]}"><SourceRef targetGUID="{G["doc"]}"/></Case>'
        f'<Case guid="{G["case2"]}" name="Fall"><VariableValue><VariableRef targetGUID="{G["var1"]}"/>'
        "<TextValue>många</TextValue></VariableValue></Case></Cases>"
        + SOURCE_OPEN + "</TextSource></Sources>"
    )
    project, report = read_qdpx(qdpx(tmp_path / "fall.qdpx", body))
    assert sorted(c.name for c in project.cases) == ["Fall", "Namnlöst fall 1"]
    assert [(v.name, v.scope, v.type) for v in project.variables] == [("Antal", "case", "text")]
    assert "kept as text" in report_text(report)


# -- the command line ---------------------------------------------------------------------------------

def test_cli_import_prints_the_report_as_json_or_lines(tmp_path, capsys):
    body = (CODEBOOK + SOURCE_OPEN + selection("sel1", "spindeln i nätet", coding("c1"))
            + '<PlainTextSelection guid="' + G["sel2"] + '" startPosition="3" endPosition="3">'
            + coding("c2", "code2") + "</PlainTextSelection></TextSource></Sources>")
    path = qdpx(tmp_path / "cli.qdpx", body)
    assert main(["qdpx", "import", str(path), str(tmp_path / "ny.kvalkod"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"project", "added", "positions", "losses", "warnings"}
    assert printed["added"]["codings"] == 1 and printed["losses"][0]["where"] == "document Intervju"
    assert main(["qdpx", "import", str(path), str(tmp_path / "ny2.kvalkod")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("imported") and out[1].startswith("lost: 1 codings")
    assert out[-1].startswith("positions: Intervju: positions read as code points")
    assert main(["qdpx", "import", str(path), str(tmp_path / "ny.kvalkod")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kvalkod merge" in err
    assert main(["qdpx", "export", str(tmp_path / "ny.kvalkod"), str(tmp_path / "ut.qdpx")]) == 0
    assert "wrote" in capsys.readouterr().out
    with Project.open(tmp_path / "ny.kvalkod") as project:
        assert len(project.coding.list()) == 1


def test_cli_export_can_pseudonymise(tmp_path, capsys):
    from ..conftest import add_text

    with Project.create(tmp_path / "p.kvalkod", coder="Anna") as project:
        add_text(project, "d", "Anna Berg berättar.")
        project.names.set([("Anna Berg", "Lisa")])
    assert main(["qdpx", "export", str(tmp_path / "p.kvalkod"), str(tmp_path / "p.qdpx"), "--pseudonymise"]) == 0
    assert "pseudonymised" in capsys.readouterr().out
    report = import_qdpx(tmp_path / "p.qdpx", tmp_path / "q.kvalkod")
    with Project.open(tmp_path / "q.kvalkod") as copy:
        assert copy.documents.text("d") == "Lisa berättar." and copy.names.list() == []
    assert report.losses == []
