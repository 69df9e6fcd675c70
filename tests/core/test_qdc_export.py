"""Writing REFI codebooks: schema-valid, deterministic, stable GUIDs, and a lossless round trip."""

from __future__ import annotations

import pytest

from kvalkod.errors import InputFileError, KvalkodError
from kvalkod.exporters.qdc import codebook_xml, validate_codebook, write_codebook
from kvalkod.importers.qdc import read_code_sets, read_codebook
from kvalkod.model import CodeNode
from kvalkod.refi_xml import CodeSet, code_guid

TREE = [
    CodeNode(
        "Tema",
        color="#ABC",
        description="Första raden\nandra raden & <tecken>",
        children=(
            CodeNode("Barn", guid="{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"),
            CodeNode("Mapp", codable=False, color="#123456", children=(CodeNode("Löv"),)),
        ),
    ),
    CodeNode("Annat", color="inte en färg", description="   "),
]


def test_output_is_schema_valid_deterministic_utf8_without_bom():
    first, second = codebook_xml(TREE), codebook_xml(TREE)
    assert first == second
    assert first.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook')
    assert validate_codebook(first) == []


def test_attributes_guids_colours_and_descriptions():
    text = codebook_xml(TREE).decode("utf-8")
    assert f'guid="{code_guid("Tema")}"' in text
    assert f'guid="{code_guid("Tema/Mapp/Löv")}"' in text
    assert 'guid="3f2504e0-4f89-11d3-9a0c-0305e82c3301"' in text
    assert 'color="#aabbcc"' in text and 'color="#123456"' in text
    assert 'name="Mapp" isCodable="false"' in text
    assert text.count('isCodable="') == 5
    assert "inte en färg" not in text  # invalid colours are left out, not written invalid
    assert text.count("<Description>") == 1  # blank descriptions are not written
    assert "andra raden &amp; &lt;tecken&gt;" in text


def test_repeated_guids_and_names_still_give_unique_guids(tmp_path):
    same = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    nodes = [CodeNode("A", guid=same), CodeNode("B", guid=same), CodeNode("C"), CodeNode("C")]
    path = tmp_path / "dubbletter.qdc"
    write_codebook(nodes, path)
    assert validate_codebook(path) == []
    read, _ = read_codebook(path)
    assert len({node.guid for node in read}) == 4


def test_control_characters_are_dropped():
    data = codebook_xml([CodeNode("Kod\x01", description="a\x0bb")])
    assert validate_codebook(data) == []
    assert b"\x01" not in data and b"\x0b" not in data


def test_empty_codebook_is_refused():
    with pytest.raises(KvalkodError):
        codebook_xml([])


def test_write_codebook_and_round_trip(tmp_path):
    members = (code_guid("Tema"), code_guid("Annat"))
    sets = [CodeSet("Urval", description="Två koder", member_guids=members)]
    path = tmp_path / "ut.qdc"
    write_codebook(TREE, path, origin="test", sets=sets)
    data = path.read_bytes()
    assert data == codebook_xml(TREE, origin="test", sets=sets)
    assert validate_codebook(path) == []
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind

    nodes, warnings = read_codebook(path)
    read_sets, set_warnings = read_code_sets(path)
    assert warnings == [] and set_warnings == []
    assert read_sets[0].member_guids == (code_guid("Tema"), code_guid("Annat"))
    assert codebook_xml(nodes, origin="test", sets=read_sets) == data


def test_validate_reports_schema_and_syntax_errors(tmp_path):
    missing_codable = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        b'<Codes><Code guid="3f2504e0-4f89-11d3-9a0c-0305e82c3301" name="A"/></Codes></CodeBook>'
    )
    errors = validate_codebook(missing_codable)
    assert errors and "isCodable" in errors[0]
    assert validate_codebook(b"<CodeBook") != []
    empty_sets = codebook_xml(TREE).replace(b"</Codes>", b"</Codes><Sets/>")
    assert validate_codebook(empty_sets) != []
    with pytest.raises(InputFileError):
        validate_codebook(tmp_path / "finns-inte.qdc")
