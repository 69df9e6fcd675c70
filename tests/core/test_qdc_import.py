"""Reading codebooks from other tools: tolerant of real-world quirks, strict about unsafe input."""

from __future__ import annotations

import zipfile

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers.qdc import read_code_sets, read_codebook

G1 = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
G2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
G3 = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def codebook(codes: str, ns: str = "urn:QDA-XML:codebook:1.0", extra: str = "") -> str:
    xmlns = f' xmlns="{ns}"' if ns else ""
    return f'{DECL}<CodeBook{xmlns} origin="test"><Codes>{codes}</Codes>{extra}</CodeBook>'


def write(tmp_path, text, name="in.qdc", prefix=b""):
    path = tmp_path / name
    path.write_bytes(prefix + (text.encode("utf-8") if isinstance(text, str) else text))
    return path


def names(nodes):
    return [(n.name, names(n.children)) if n.children else n.name for n in nodes]


SIMPLE = (
    f'<Code guid="{G1}" name="A" isCodable="true" color="#FF0000"><Description>Om A</Description>'
    f'<Code guid="{G2}" name="B" isCodable="false"/></Code>'
)


def test_plain_codebook(tmp_path):
    nodes, warnings = read_codebook(write(tmp_path, codebook(SIMPLE)))
    assert warnings == []
    [a] = nodes
    assert (a.name, a.guid, a.color, a.description, a.codable) == ("A", G1, "#ff0000", "Om A", True)
    assert (a.children[0].name, a.children[0].codable) == ("B", False)


@pytest.mark.parametrize(
    "prefix, text_prefix",
    [(b"\xef\xbb\xbf", ""), (b"\xef\xbb\xbf\xef\xbb\xbf", ""), (b"\xef\xbb\xbf", "\n  "), (b"", "\n")],
)
def test_byte_order_marks_and_blanks_before_the_declaration(tmp_path, prefix, text_prefix):
    nodes, _ = read_codebook(write(tmp_path, text_prefix + codebook(SIMPLE), prefix=prefix))
    assert names(nodes) == [("A", ["B"])]


def test_utf16_with_bom(tmp_path):
    text = codebook(SIMPLE).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    nodes, _ = read_codebook(write(tmp_path, text.encode("utf-16")))
    assert names(nodes) == [("A", ["B"])]


@pytest.mark.parametrize(
    "ns", ["urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4", "urn:QDA-XML:codebook:1.0"]
)
def test_namespace_variants(tmp_path, ns):
    nodes, warnings = read_codebook(write(tmp_path, codebook(SIMPLE, ns=ns)))
    assert names(nodes) == [("A", ["B"])] and warnings == []


@pytest.mark.parametrize("ns", ["", "urn:example:other"])
def test_missing_or_unknown_namespace_is_read_with_a_warning(tmp_path, ns):
    nodes, warnings = read_codebook(write(tmp_path, codebook(SIMPLE, ns=ns)))
    assert names(nodes) == [("A", ["B"])]
    assert len(warnings) == 1 and "namespace" in warnings[0]


def test_guids_in_braces_and_upper_case(tmp_path):
    codes = (
        f'<Code guid="{{{G1.upper()}}}" name="A" isCodable="true"/>'
        f'<Code guid="{G2.upper()}" name="B" isCodable="true"/>'
    )
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert [n.guid for n in nodes] == [G1, G2] and warnings == []


def test_invalid_and_repeated_guids_are_replaced_with_warnings(tmp_path):
    codes = (
        f'<Code guid="nonsense" name="A" isCodable="true"/>'
        f'<Code guid="{G1}" name="B" isCodable="true"/><Code guid="{{{G1}}}" name="C" isCodable="true"/>'
    )
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert [n.guid for n in nodes] == [None, G1, None]
    assert len(warnings) == 2


def test_colours_three_digit_missing_and_invalid(tmp_path):
    codes = (
        '<Code guid="{0}" name="A" isCodable="true" color="#aBc"/>'
        '<Code guid="{1}" name="B" isCodable="true"/>'
        '<Code guid="{2}" name="C" isCodable="true" color="röd"/>'
    ).format(G1, G2, G3)
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert [n.color for n in nodes] == ["#aabbcc", None, None]
    assert len(warnings) == 1 and "röd" in warnings[0]


def test_missing_is_codable_means_codable(tmp_path):
    nodes, warnings = read_codebook(write(tmp_path, codebook(f'<Code guid="{G1}" name="A"/>')))
    assert nodes[0].codable and warnings == []


def test_flattened_hierarchy_is_rebuilt(tmp_path):
    codes = (
        f'<Code guid="{G1}" name="Tema::Under" isCodable="true"/>'
        f'<Code guid="{G2}" name="Tema" isCodable="true"/>'
        f'<Code guid="{G3}" name="Ny :: Mellan :: Löv" isCodable="true"/>'
        '<Code guid="{0}" name="Ny::Mellan::Annat" isCodable="true"/>'.format(
            "11111111-2222-3333-4444-555555555555"
        )
    )
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert names(nodes) == [("Tema", ["Under"]), ("Ny", [("Mellan", ["Löv", "Annat"])])]
    tema = nodes[0]
    assert tema.guid == G2 and tema.children[0].guid == G1  # existing parent reused
    assert nodes[1].guid is None  # made-up parents get their GUID from the exporter
    assert any("Parent::Child" in w for w in warnings)
    assert any("Ny::Mellan" in w for w in warnings)


def test_duplicate_sibling_names_are_numbered(tmp_path):
    codes = "".join(
        f'<Code guid="{g}" name="{n}" isCodable="true"/>'
        for g, n in [(G1, "X"), (G2, "X"), (G3, "X (2)")]
    )
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert [n.name for n in nodes] == ["X", "X (3)", "X (2)"]
    assert [n.guid for n in nodes] == [G1, G2, G3]
    assert warnings == ["A second code named 'X' was renamed 'X (3)'."]


def test_slash_in_names_is_replaced_and_reported(tmp_path):
    codes = (
        f'<Code guid="{G1}" name="Telefon-/Skypemöten" isCodable="true"/>'
        f'<Code guid="{G2}" name="Styrning / uppföljning" isCodable="true"/>'
    )
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert [n.name for n in nodes] == ["Telefon--Skypemöten", "Styrning - uppföljning"]
    assert len(warnings) == 2 and all("'/'" in w for w in warnings)


def test_empty_name_gets_a_placeholder(tmp_path):
    codes = f'<Code guid="{G1}" name="  " isCodable="true"/>'
    nodes, warnings = read_codebook(write(tmp_path, codebook(codes)))
    assert nodes[0].name == "Namnlös kod" and warnings


def test_sets_in_a_codebook(tmp_path):
    sets = (
        f'<Sets><Set guid="{{{G3.upper()}}}" name="Urval"><Description>D</Description>'
        f'<MemberCode guid="{G2}"/><MemberCode guid="{G1}"/>'
        '<MemberCode guid="99999999-9999-9999-9999-999999999999"/></Set></Sets>'
    )
    path = write(tmp_path, codebook(SIMPLE, extra=sets))
    found, warnings = read_code_sets(path)
    assert [(s.name, s.guid, s.description, s.member_guids) for s in found] == [
        ("Urval", G3, "D", (G2, G1))
    ]
    assert len(warnings) == 1 and "1 member" in warnings[0]


QDE = (
    DECL + '<Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="NVivo">'
    "<Users/>"
    f"<CodeBook><Codes>{SIMPLE}</Codes></CodeBook>"
    f'<Sets><Set guid="{G3}" name="Mängd"><MemberCode targetGUID="{{{G1}}}"/>'
    f'<MemberSource targetGUID="{G2}"/></Set></Sets>'
    "</Project>"
)


@pytest.mark.parametrize("ns", ["urn:QDA-XML:project:1.0", "urn:QDA-XML:project:0:10"])
def test_project_qde_codebook_and_sets(tmp_path, ns):
    path = write(tmp_path, QDE.replace("urn:QDA-XML:project:1.0", ns), name="project.qde")
    nodes, warnings = read_codebook(path)
    assert names(nodes) == [("A", ["B"])] and warnings == []
    sets, set_warnings = read_code_sets(path)
    assert sets[0].member_guids == (G1,)
    assert any("document member" in w for w in set_warnings)


def test_qdpx_archive(tmp_path):
    path = tmp_path / "projekt.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/x.txt", "text")
        archive.writestr("Mitt projekt.qde", QDE)
    nodes, _ = read_codebook(path)
    assert names(nodes) == [("A", ["B"])]


# ---- refused input -------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="3f2504e0-4f89-11d3-9a0c-0305e82c3301" name="&lol4;" isCodable="true"/>
</Codes></CodeBook>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="3f2504e0-4f89-11d3-9a0c-0305e82c3301" name="&xxe;" isCodable="true"/>
</Codes></CodeBook>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE CodeBook SYSTEM "http://example.invalid/evil.dtd">
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="3f2504e0-4f89-11d3-9a0c-0305e82c3301" name="A" isCodable="true"/>
</Codes></CodeBook>"""


@pytest.mark.parametrize(
    "content, reason",
    [
        (BILLION_LAUGHS, "DTD"),
        (EXTERNAL_ENTITY, "DTD"),
        (EXTERNAL_DTD, "DTD"),
        ("", "empty"),
        ("   \n", "empty"),
        ("Det här är en vanlig textfil.\n", "not an XML"),
        (b"%PDF-1.7\n\x00\x01\x02", "not an XML"),
        (codebook(SIMPLE)[:120], "truncated"),
        (codebook(SIMPLE)[:-20], "truncated"),
        (DECL + "<CodeBook><Codes></Code></CodeBook>", "not well-formed"),
        (DECL + "<html><body>hej</body></html>", "root element is <html>"),
        (codebook(""), "no codes"),
        (DECL + '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "no codes"),
        (DECL + '<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users/></Project>', "no codebook"),
        ("<a>&undefined;</a>", "not well-formed"),
    ],
)
def test_refused_with_a_plain_reason(tmp_path, content, reason):
    path = write(tmp_path, content)
    with pytest.raises(InputFileError) as caught:
        read_codebook(path)
    assert reason in caught.value.reason
    assert caught.value.path == str(path)


def test_too_large(tmp_path):
    path = tmp_path / "stor.qdc"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    with pytest.raises(InputFileError, match="50 MB"):
        read_codebook(path)


def test_missing_file_folder_and_zip_without_project(tmp_path):
    with pytest.raises(InputFileError, match="does not exist"):
        read_codebook(tmp_path / "finns-inte.qdc")
    with pytest.raises(InputFileError, match="folder"):
        read_codebook(tmp_path)
    docx = tmp_path / "text.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputFileError, match="ZIP"):
        read_codebook(docx)


def test_absurd_nesting_is_refused(tmp_path):
    depth = 150
    codes = "".join(
        f'<Code guid="{G1}" name="n{i}" isCodable="true">' for i in range(depth)
    ) + "</Code>" * depth
    with pytest.raises(InputFileError, match="nested"):
        read_codebook(write(tmp_path, codebook(codes)))
    flattened = f'<Code guid="{G1}" name="{"::".join(["n"] * 5000)}" isCodable="true"/>'
    with pytest.raises(InputFileError, match="nested"):
        read_codebook(write(tmp_path, codebook(flattened), name="platt.qdc"))
