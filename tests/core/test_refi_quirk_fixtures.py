"""The REFI-QDA quirk fixtures say what they claim: they exist, the conformant ones validate, the
expected coded texts really are at the positions written, and every NOTES.md bullet shows up.

The files are read back here with a deliberately small reader of our own (no kvalkod importer),
so a fixture cannot agree with the importer by sharing its mistakes.
"""

import io
import zipfile
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from kvalkod.importers.refi_positions import read_positions, stored_text
from tests.fixtures.refi_quirks import (
    CODE_POINTS,
    PROJECT_NS,
    QUIRKS,
    UTF16_UNITS,
    build,
    build_all,
    project_xml,
    schema_errors,
)

BOM = "\ufeff"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return {case.name: case for case in build_all(tmp_path_factory.mktemp("quirks"))}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def bare(guid):
    return guid.strip("{}").lower()


class Read:
    """One case's files, read plainly."""

    def __init__(self, case):
        self.case = case
        self.xml_bytes = project_xml(case)
        self.root = ET.fromstring(self.xml_bytes)
        with zipfile.ZipFile(case.path) as archive:
            self.members = {name: archive.read(name) for name in archive.namelist()}

    def all(self, name):
        return [e for e in self.root.iter() if local(e.tag) == name]

    def code_paths(self):
        paths = {}

        def walk(element, prefix):
            for child in element:
                if local(child.tag) == "Code":
                    path = prefix + child.get("name").replace("::", "/")
                    paths[bare(child.get("guid"))] = path
                    walk(child, path + "/")
        for codes in self.all("Codes"):
            walk(codes, "")
        return paths

    def raw_text(self, source):
        """The source's plain text as its file holds it, or None when it is not to be had."""
        inline = [c for c in source if local(c.tag) == "PlainTextContent"]
        if inline:
            return inline[0].text or ""
        reference = source.get("plainTextPath", "")
        if reference.startswith("internal://"):
            file = bare(reference[len("internal://"):].rsplit(".", 1)[0]) + "." + reference.rsplit(".", 1)[1]
            match = [n for n in self.members if n.lower().split("/", 1)[-1] == file.lower() and "/" in n]
            return self.members[match[0]].decode("utf-8")
        if reference.startswith("relative:///"):
            path = Path(self.root.get("basePath"), reference[len("relative:///"):])
            return path.read_text(encoding="utf-8")
        return None

    def sources(self):
        return [s for s in self.all("TextSource")]


def decode(raw, reading, start, end):
    """Raw boundaries of positions [start, end) under ``reading``: the plain walk, independent of
    both the fixture's encoder and refi_positions."""
    unit, crlf, bom = reading
    widths = []
    for i, ch in enumerate(raw):
        if i == 0 and ch == BOM:
            widths.append(1 if bom else 0)
        elif ch == "\n" and i and raw[i - 1] == "\r":
            widths.append(1 if crlf == 2 else 0)
        else:
            widths.append(2 if unit == UTF16_UNITS and ord(ch) > 0xFFFF else 1)
    at = {}
    for i, p in enumerate([0, *accumulate(widths)]):
        at[p] = i
    return at[start], at[end]


def test_every_case_is_built(built, tmp_path):
    assert list(built) == list(QUIRKS) and len(QUIRKS) >= 20
    for name, case in built.items():
        assert case.path.is_file() and zipfile.is_zipfile(case.path), name
        assert "NOTES" in case.quirk and case.quirk.endswith("."), name
    again = build("spec_baseline", tmp_path)
    assert again.path.read_bytes() == built["spec_baseline"].path.read_bytes()  # stable GUIDs, stable bytes


@pytest.mark.parametrize("name", QUIRKS)
def test_xml_is_well_formed_and_conformant_ones_validate(built, name):
    case = built[name]
    ET.fromstring(project_xml(case))
    errors = schema_errors(case)
    assert (errors == []) == case.conformant, errors


@pytest.mark.parametrize("name", ["namespace_0_10", "namespace_0_4"])
def test_the_namespace_is_the_only_deviation(built, name, tmp_path):
    case = built[name]
    text = project_xml(case).decode("utf-8")
    namespace = ET.fromstring(text).tag[1:].split("}")[0]
    assert namespace != PROJECT_NS
    fixed = tmp_path / "fixed.qdpx"
    with zipfile.ZipFile(fixed, "w") as archive:
        archive.writestr("project.qde", text.replace(namespace, PROJECT_NS))
    assert schema_errors(replace(case, path=fixed)) == []


@pytest.mark.parametrize("name", QUIRKS)
def test_expected_codings_are_at_the_positions_written(built, name):
    case = built[name]
    read = Read(case)
    paths = read.code_paths()
    found, zero_length, texts, rich = [], 0, {}, set()
    for source in read.sources():
        doc = source.get("name")
        raw = read.raw_text(source)
        if raw is None:
            assert doc not in case.documents  # a missing source is not expected to import
            continue
        if source.get("richTextPath"):
            assert raw == "" and doc not in case.readings
            rich.add(doc)
            continue
        texts[doc] = stored_text(raw)
        spans = []
        for selection in (c for c in source if local(c.tag) == "PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            if start == end:
                zero_length += 1
                continue
            spans.append((start, end))
            a, b = decode(raw, case.readings[doc], start, end)
            for coding in (c for c in selection if local(c.tag) == "Coding"):
                ref = next(c for c in coding if local(c.tag) == "CodeRef")
                found.append((doc, paths[bare(ref.get("targetGUID"))], stored_text(raw[a:b])))
        if spans:  # the detector agrees with how the fixture wrote them
            reading, _ = read_positions(raw, spans)
            assert (reading.unit, reading.crlf, reading.bom) == case.readings[doc], doc
            assert reading.fits == reading.total, doc
    assert sorted(found) == sorted(case.codings)
    assert texts == {d: t for d, t in case.documents.items() if d not in rich}
    assert bool(zero_length) == any("zero-length" in loss for loss in case.losses)


def test_the_docx_carries_the_text_and_the_txt_is_empty(built):
    import docx

    case = built["docx_with_empty_txt"]
    read = Read(case)
    (source,) = read.sources()
    member = next(n for n in read.members if n.lower().endswith(".docx"))
    assert source.get("richTextPath").lower().endswith(bare(member.split("/")[1][:-5]) + ".docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(read.members[member])).paragraphs]
    assert paragraphs == [case.documents["Intervju 5"]]
    assert read.raw_text(source) == ""


@pytest.mark.parametrize("name", QUIRKS)
def test_memos_cases_variables_sets_and_coders_are_in_the_file(built, name):
    case = built[name]
    read = Read(case)
    written = {e.text for e in read.all("Description") + read.all("PlainTextContent")}
    assert set(case.memos) <= written
    assert set(case.cases) == {c.get("name") for c in read.all("Case") if c.get("name")}
    users = {bare(u.get("guid")): u.get("name") for u in read.all("User")}
    names = {bare(v.get("guid")): v.get("name") for v in read.all("Variable")}
    docs = {bare(s.get("guid")): s.get("name") for s in read.sources()}
    values = {}
    for holder in read.all("Case") + read.sources():
        if local(holder.tag) == "Case":
            targets = [docs[bare(r.get("targetGUID"))] for r in holder if local(r.tag) == "SourceRef"]
        else:
            targets = [holder.get("name")]
        for value in (c for c in holder if local(c.tag) == "VariableValue"):
            variable = names[bare(value[0].get("targetGUID"))]
            for doc in targets:
                values.setdefault(doc, {})[variable] = value[1].text
    assert values == case.variables
    paths = read.code_paths()
    sets = {s.get("name"): [paths[bare(m.get("targetGUID"))] for m in s] for s in read.all("Set")}
    assert sets == case.sets
    for (doc, code, text), coder in case.coded_by.items():
        assert coder in users.values() and (doc, code, text) in case.codings
    codings_by = [users[bare(c.get("creatingUser"))] for c in read.all("Coding") if c.get("creatingUser")]
    assert sorted(codings_by) == sorted(case.coded_by.values())


# Every bullet of NOTES.md, and where the fixtures show it (checked on the files, not the names).
def _names(read):
    return set(read.members)


BULLETS = {
    "container: project.qde, flat sources/, internal://<GUID>.ext": ("spec_baseline", lambda r: "project.qde" in
        _names(r) and all(s.get("plainTextPath").startswith("internal://") for s in r.sources())),
    "plain text is UTF-8 .txt; styled text a .docx plus its plain text": ("docx_with_empty_txt", lambda r: any(
        n.endswith(".docx") for n in _names(r)) and all(s.get("richTextPath") for s in r.sources())),
    "the importer shows what it discarded": ("absolute_path_missing", lambda r: r.case.losses),
    "XML must validate; children in order": ("spec_baseline", lambda r: r.case.conformant),
    "Code nests; isCodable=false folder; colour": ("spec_baseline", lambda r: any(
        local(c.tag) == "Code" for c in r.all("Code")[0]) and any(c.get("isCodable") == "false" for c in r.all("Code"))
        and any(c.get("color") for c in r.all("Code"))),
    "PlainTextContent instead of plainTextPath": ("inline_plain_text", lambda r: r.all("PlainTextContent")),
    "a Note is a text source attached with NoteRef": ("memos_as_notes", lambda r: r.all("Note") and r.all("NoteRef")),
    "Case@name optional": ("unnamed_cases_variables", lambda r: all(c.get("name") is None for c in r.all("Case"))),
    "every typeOfVariable": ("variables_every_type", lambda r: {v.get("typeOfVariable") for v in r.all("Variable")}
                             == {"Text", "Boolean", "Integer", "Float", "Date", "DateTime"}),
    "Set/MemberCode targetGUID in .qde": ("code_sets", lambda r: r.all("MemberCode")[0].get("targetGUID")),
    "an empty <Sets/> is invalid": ("empty_sets_element", lambda r: len(r.all("Sets")[0]) == 0),
    "GUIDs bare or braced, either case": ("braced_guids", lambda r: r.all("Code")[0].get("guid").startswith("{")),
    "positions: code points, exclusive end": ("spec_baseline", lambda r: set(r.case.readings.values())
                                             == {(CODE_POINTS, 0, False)}),
    "NVivo: UTF-16 units, BOM, CRLF as 2": ("nvivo_utf16_bom_crlf", lambda r: (UTF16_UNITS, 2, True)
                                           in r.case.readings.values()),
    "ATLAS.ti: CRLF as 1": ("atlasti_crlf_as_one", lambda r: (CODE_POINTS, 1, False) in r.case.readings.values()),
    "the reading is detected per source": ("nvivo_utf16_bom_crlf", lambda r: len(set(r.case.readings.values())) > 1),
    "Project.qde and Sources/": ("capitalised_project_and_sources", lambda r: "Project.qde" in _names(r)
                                 and all(n.startswith("Sources/") for n in _names(r) if "/" in n)),
    "<ProjectName>.qde": ("named_qde", lambda r: "Samordningsstudie.qde" in _names(r)),
    "namespace …:0:10": ("namespace_0_10", lambda r: r.root.tag == "{urn:QDA-XML:project:0:10}Project"),
    "namespace …:0:4": ("namespace_0_4", lambda r: r.root.tag == "{urn:QDA-XML:project:0:4}Project"),
    "BOM before <?xml": ("nvivo_utf16_bom_crlf", lambda r: r.xml_bytes.startswith(b"\xef\xbb\xbf<?xml")),
    "BOM at the start of source .txt": ("nvivo_utf16_bom_crlf", lambda r: all(
        d.startswith(b"\xef\xbb\xbf") for n, d in r.members.items() if n.endswith(".txt"))),
    'name="" on selections': ("selection_variants", lambda r: any(
        s.get("name") == "" for s in r.all("PlainTextSelection"))),
    "zero-length selections": ("selection_variants", lambda r: any(
        s.get("startPosition") == s.get("endPosition") for s in r.all("PlainTextSelection"))),
    "one selection per coding, same range": ("selection_variants", lambda r: len(
        {(s.get("startPosition"), s.get("endPosition")) for s in r.all("PlainTextSelection")})
        < len(r.all("PlainTextSelection"))),
    "overlapping selections": ("selection_variants", lambda r: any(
        int(a.get("startPosition")) < int(b.get("startPosition")) < int(a.get("endPosition"))
        < int(b.get("endPosition")) for a in r.all("PlainTextSelection") for b in r.all("PlainTextSelection"))),
    "cases without names carry per-document variables": ("unnamed_cases_variables", lambda r: all(
        c.find("{*}VariableValue") is not None for c in r.all("Case"))),
    "Parent::Child names": ("flattened_hierarchy", lambda r: any("::" in c.get("name") for c in r.all("Code"))),
    "memos as Description on selections, no author or date": ("memos_on_selections", lambda r: any(
        s.find("{*}Description") is not None and s.get("creatingUser") is None for s in r.all("PlainTextSelection"))),
    "Note + Link to a selection": ("memos_as_notes", lambda r: {bare(link.get("targetGUID")) for link in r.all("Link")}
                                   <= {bare(s.get("guid")) for s in r.all("PlainTextSelection")}),
    "selections with a description and no coding": ("memos_on_selections", lambda r: any(
        s.find("{*}Description") is not None and s.find("{*}Coding") is None for s in r.all("PlainTextSelection"))),
    "empty plain-text file beside a .docx": ("docx_with_empty_txt", lambda r: any(
        n.endswith(".txt") and d == b"" for n, d in r.members.items())),
    "stray files in sources/": ("stray_files", lambda r: {"sources/.root", "sources/~$intervju.docx",
                                                          "sources/.DS_Store"} <= _names(r)),
    "relative:/// against basePath": ("relative_path_with_base_path", lambda r: r.root.get("basePath") and r.sources()[
        0].get("plainTextPath").startswith("relative:///")),
    "absolute:/// that does not exist": ("absolute_path_missing", lambda r: any(
        s.get("plainTextPath", "").startswith("absolute:///") for s in r.sources())),
    "GUIDs stable per object on export": ("spec_baseline", lambda r: "GUIDs" in r.case.quirk),
    "basePath must not leak into an export": ("relative_path_with_base_path", lambda r: r.root.get("basePath")
                                              in r.case.forbidden),
    "users as coders (creatingUser on codings)": ("spec_baseline", lambda r: r.all("User") and all(
        c.get("creatingUser") for c in r.all("Coding"))),
}


@pytest.mark.parametrize("bullet", BULLETS)
def test_every_notes_bullet_is_exercised(built, bullet):
    name, shows = BULLETS[bullet]
    assert shows(Read(built[name]))


def test_every_case_exercises_some_bullet():
    assert {name for name, _ in BULLETS.values()} == set(QUIRKS)
