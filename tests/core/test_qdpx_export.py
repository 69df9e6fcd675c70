""".qdpx export: schema-valid, the container REFI prescribes, stable GUIDs, byte-identical
exports, memos as notes, variables typed, and pseudonymisation that moves every offset."""

from __future__ import annotations

import json
import re
import uuid
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod import __version__
from kvalkod.exporters.pseudonymised_text import ShiftedText
from kvalkod.refi_xml import CODING_GUID_NAMESPACE, coding_guid
from kvalkod.resources import resource_path
from kvalkod.services import Project
from kvalkod.services.names import Pseudonymiser

from ..conftest import seed
from .qdpx_helpers import INTERVIEW, rich_project

NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qdpx-export")
    project = rich_project(folder / "rik.kvalkod")
    project.exchange.export_qdpx(folder / "rik.qdpx")
    yield project, folder / "rik.qdpx"
    project.close()


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def qde_tree(path):
    from lxml import etree

    return etree.fromstring(members(path)["project.qde"])


def schema_errors(data: bytes) -> list[str]:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(resource_path("refi", "Project.xsd"))))
    return [] if schema.validate(etree.fromstring(data)) else [str(e) for e in schema.error_log]


def test_a_project_with_everything_validates_against_the_schema(exported):
    _, path = exported
    assert schema_errors(members(path)["project.qde"]) == []


def test_the_container_is_lowercase_internal_utf8_without_bom_or_local_paths(exported, tmp_path):
    project, path = exported
    files = members(path)
    documents = project.documents.all()
    assert list(files)[0] == "project.qde"
    assert {f"sources/{d.guid}.txt" for d in documents} <= set(files)
    assert not [name for name in files if name.lower() != name and not name.startswith("kvalkod/")]
    for name, data in files.items():
        assert not data.startswith(b"\xef\xbb\xbf"), name
    for document in documents:
        assert files[f"sources/{document.guid}.txt"].decode("utf-8") == project.documents.text(document.guid)
    qde = files["project.qde"].decode("utf-8")
    paths = re.findall(r'plainTextPath="([^"]*)"', qde)
    assert sorted(paths) == sorted(f"internal://{d.guid}.txt" for d in documents)
    assert "basePath" not in qde and "absolute://" not in qde and "relative://" not in qde
    home = str(project.path.parent)
    assert not any(home.encode() in data for data in files.values())
    assert f'origin="kvalkod {__version__}"' in qde


def test_every_thing_keeps_its_guid_and_codings_carry_theirs(exported):
    project, path = exported
    root = qde_tree(path)
    code_guids = {e.get("guid") for e in root.iterfind(".//q:Code", NS)}
    assert code_guids == {c.guid for c in project.codebook.all()}
    selections = {e.get("guid"): e for e in root.iterfind(".//q:PlainTextSelection", NS)}
    for coding in project.coding.list():
        selection = selections[coding["guid"]]
        assert (int(selection.get("startPosition")), int(selection.get("endPosition"))) == \
            (coding["start"], coding["end"])
        (inner,) = selection.findall("q:Coding", NS)
        assert inner.get("guid") == str(uuid.uuid5(CODING_GUID_NAMESPACE, coding["guid"])) == coding_guid(coding["guid"])
        assert inner.find("q:CodeRef", NS).get("targetGUID") == project.codebook.get(coding["code"]).guid
        users = {u.get("guid"): u.get("name") for u in root.iterfind(".//q:User", NS)}
        assert users[inner.get("creatingUser")] == coding["coder"]
        memo = selection.find("q:Description", NS)
        assert (memo.text if memo is not None else "") == coding["memo"]


def test_two_exports_are_byte_identical(exported, tmp_path):
    project, path = exported
    again = tmp_path / "igen.qdpx"
    project.exchange.export_qdpx(again)
    assert again.read_bytes() == path.read_bytes()


def test_memos_are_notes_attached_where_they_belong(exported):
    project, path = exported
    root = qde_tree(path)
    notes = {n.get("guid"): n for n in root.iterfind("q:Notes/q:Note", NS)}
    memos = project.store.memos.all()
    assert set(notes) == {m.guid for m in memos}
    for memo in memos:
        note = notes[memo.guid]
        assert note.find("q:PlainTextContent", NS).text == memo.text
        assert memo.text.strip().startswith(note.get("name"))
    by_kind = {m.target_type: m for m in memos}
    assert root.find("q:NoteRef", NS).get("targetGUID") == by_kind["project"].guid
    code = project.codebook.get("Arbetsbelastning")
    assert root.find(f".//q:Code[@guid='{code.guid}']/q:NoteRef", NS).get("targetGUID") == by_kind["code"].guid
    document = project.documents.get("Intervju 1")
    refs = root.findall(f".//q:TextSource[@guid='{document.guid}']/q:NoteRef", NS)
    assert [r.get("targetGUID") for r in refs] == [by_kind["document"].guid]
    (link,) = root.iterfind("q:Links/q:Link", NS)
    assert (link.get("originGUID"), link.get("targetGUID")) == (by_kind["case"].guid, project.cases.get("IP1").guid)


def test_variables_are_typed_and_what_refi_cannot_hold_waits_in_kvalkod_json(exported):
    project, path = exported
    root = qde_tree(path)
    types = {v.get("name"): v.get("typeOfVariable") for v in root.iterfind(".//q:Variable", NS)}
    assert types == {"roll": "Text", "erfarenhet_år": "Integer", "längd": "Float", "datum": "Date", "tom": "Text"}
    values = [(v.find("q:VariableRef", NS).get("targetGUID"), v[1].tag.split("}")[1], v[1].text)
              for v in root.iterfind(".//q:VariableValue", NS)]
    length = project.store.variables.find("längd", "document").guid
    assert (length, "FloatValue", "3.5") in values
    extras = json.loads(members(path)["kvalkod.json"])
    assert {"variable": length, "target": project.documents.get("Intervju 1").guid, "value": "3,5"} in \
        extras["variable_values"]
    assert extras["variables"][project.store.variables.find("roll", "case").guid]["type"] == "category"


def test_kvalkod_json_and_originals_hold_what_refi_has_no_place_for(exported):
    project, path = exported
    files = members(path)
    extras = json.loads(files["kvalkod.json"])
    assert extras["format"] == "kvalkod-qdpx-extras" and extras["version"] == 1
    assert {r["speaker"] for r in extras["tables"]["speaker_turns"]} == {"I", "IP"}
    assert [r["title"] for r in extras["tables"]["scenes"]] == ["Scen: måndagen"]
    assert extras["tables"]["name_map"]
    report = project.documents.all()[0]
    original = extras["documents"][report.guid]["original"]
    assert files[original] == seed("000").read_bytes()
    assert extras["documents"][report.guid]["raw_text"] == project.documents.raw_text(report.guid)


def test_an_empty_project_exports_a_valid_file(tmp_path):
    with Project.create(tmp_path / "tom.kvalkod", coder="Anna") as project:
        project.exchange.export_qdpx(tmp_path / "tom.qdpx")
    assert schema_errors(members(tmp_path / "tom.qdpx")["project.qde"]) == []


def test_characters_xml_cannot_hold_are_left_out(tmp_path):
    from ..conftest import add_text

    with Project.create(tmp_path / "styr.kvalkod", coder="Anna") as project:
        add_text(project, "d", "Text med\x0bstyrtecken.")
        project.codebook.add("Kod\x01", description="a\x02b")
        project.coding.apply("d", 0, 4, "Kod\x01", memo="m\x00emo")
        project.memos.add("project", None, "ett\x1fmemo")
        project.exchange.export_qdpx(tmp_path / "styr.qdpx")
    qde = members(tmp_path / "styr.qdpx")["project.qde"]
    assert schema_errors(qde) == []
    assert b"\x01" not in qde and b"\x1f" not in qde


def test_pseudonymised_export_moves_every_passage_with_its_words(exported, tmp_path):
    project, _ = exported
    path = tmp_path / "pseudonym.qdpx"
    project.exchange.export_qdpx(path, pseudonymise=True)
    files = members(path)
    assert schema_errors(files["project.qde"]) == []
    for name, data in files.items():
        assert b"Anna Berg" not in data and "Annas".encode() not in data, name
    assert not [n for n in files if n.startswith("kvalkod/originals/")]
    extras = json.loads(files["kvalkod.json"])
    assert "name_map" not in extras["tables"]
    pseudonymise = project.names.pseudonymiser()
    root = qde_tree(path)
    interview = project.documents.get("Intervju 1")
    text = files[f"sources/{interview.guid}.txt"].decode("utf-8")
    assert text == pseudonymise(INTERVIEW)
    for coding in project.coding.list(doc="Intervju 1"):
        selection = root.find(f".//q:PlainTextSelection[@guid='{coding['guid']}']", NS)
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        assert text[start:end] == pseudonymise(coding["text"])
    turns = [r for r in extras["tables"]["speaker_turns"] if r["document_id"] == interview.guid]
    assert [text[r["start"]:r["end"]].split(":")[0] for r in turns] == ["I", "IP", "I", "IP"]


def test_offsets_inside_a_name_widen_to_the_whole_pseudonym():
    replace = Pseudonymiser([("Anna Berg", "Li"), ("Bo", "Carl-Johan")])
    text = "Hej Anna Berg och Bo, sa Bos vän."
    shifted = ShiftedText(text, replace)
    assert shifted.text == "Hej Li och Carl-Johan, sa Carl-Johans vän."
    assert (shifted.start(0), shifted.end(3)) == (0, 3)
    assert shifted.text[shifted.start(4):shifted.end(13)] == "Li"
    assert shifted.text[shifted.start(6):shifted.end(8)] == "Li"  # inside the name: the whole pseudonym
    assert shifted.text[shifted.start(14):shifted.end(len(text))] == "och Carl-Johan, sa Carl-Johans vän."
    assert shifted.end(len(text)) == len(shifted.text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Anna", "Anna Berg", "Bo", "s", "ord", " ", "\n", "😀", "å", "-"]), max_size=25),
       st.data())
def test_shifted_offsets_keep_every_passage_on_its_words(parts, data):
    text = "".join(parts)
    replace = Pseudonymiser([("Anna Berg", "Li"), ("Anna", "Karin-Maria"), ("Bo", "C")])
    shifted = ShiftedText(text, replace)
    assert shifted.text == replace(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    new_start, new_end = shifted.start(start), shifted.end(end)
    assert 0 <= new_start <= new_end <= len(shifted.text)
    word = re.compile(r"\w")
    on_word_edges = (start == 0 or not word.match(text[start - 1])) and (end == len(text) or not word.match(text[end]))
    cuts_a_name = any(a < start < b or a < end < b for a, b in replace.spans(text))  # "Anna| Berg"
    if on_word_edges and not cuts_a_name:  # a passage between words and names holds exactly its words
        assert shifted.text[new_start:new_end] == replace(text[start:end])
    elif cuts_a_name:  # one cutting a name widens to the whole pseudonym
        assert any(p in shifted.text[new_start:new_end] for p in ("Li", "Karin-Maria", "C"))
