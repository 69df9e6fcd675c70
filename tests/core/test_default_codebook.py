"""The shipped default codebook (Socialförsäkringsrapport 2020:2): content, validity, rebuild."""

from __future__ import annotations

import colorsys
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kvalkod.exporters.qdc import codebook_xml, validate_codebook
from kvalkod.importers.qdc import DEFAULT_CODEBOOK, default_codebook_path, read_codebook
from kvalkod.refi_xml import code_guid

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_default_codebook.py"


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_default_codebook", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_default_codebook", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def codebook():
    nodes, warnings = read_codebook(default_codebook_path())
    assert warnings == []
    return nodes


def walk(nodes, parent_path=""):
    for node in nodes:
        path = f"{parent_path}/{node.name}" if parent_path else node.name
        yield path, node
        yield from walk(node.children, path)


def test_default_name_and_path():
    assert DEFAULT_CODEBOOK == "samordning-2020.qdc"
    assert default_codebook_path().is_file()


def test_shipped_file_is_schema_valid_utf8_without_bom():
    data = default_codebook_path().read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert b'xmlns="urn:QDA-XML:codebook:1.0"' in data
    assert b'origin="kvalkod"' in data
    data.decode("utf-8")
    assert validate_codebook(default_codebook_path()) == []


def test_six_themes(codebook):
    assert [node.name for node in codebook] == [
        "Principernas politik – styrning",
        "Praktikens politik – görandet av samordning",
        "Hanteringsstrategier",
        "Aktörer och med- och motaktörskap",
        "Förväntningar och förtroende",
        "Ärendekarakteristika",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Lagstiftning och tolkningsutrymme",
        "Otydligt definierat uppdrag",
        "”Pinnjakt”",
        "Rörelse till brukaren",
        "Rörelse mot brukaren",
        "Rörelse bort från brukaren",
        "Medaktör",
        "Motaktör",
        "Samförstånd",
        "”Skav”",
        "Konflikt",
        "”Spindeln i nätet”",
        "Arbetsbelastning",
        "Projektledarroll",
        "Förstärkta samarbetet (AFFK)",
        "Telefon- och Skypemöten",
        "Ärendedragning och teammöte",
        "”Rätt” förväntningar",
        "Psykiatrisk diagnos",
    ],
)
def test_named_codes_present(codebook, name):
    assert name in {node.name for _, node in walk(codebook)}


def test_value_codes_sit_under_the_actors_theme(codebook):
    actors = codebook[3]
    values = next(c for c in actors.children if c.name == "Värdekoder: med- och motaktörskap")
    assert [c.name for c in values.children] == [
        "Medaktör", "Motaktör", "Samförstånd", "”Skav”", "Konflikt"
    ]


def test_size_names_and_guids(codebook):
    codes = list(walk(codebook))
    assert len(codes) >= 120
    assert all("/" not in node.name for _, node in codes)
    assert all(node.codable for _, node in codes)
    assert all(node.guid == code_guid(path) for path, node in codes)
    assert len({node.guid for _, node in codes}) == len(codes)


def test_descriptions_gloss_definition_source(codebook):
    for _, node in walk(codebook):
        lines = node.description.split("\n")
        assert len(lines) >= 3 and all(line.strip() for line in lines), node.name
        assert lines[-1].startswith("Källa: Socialförsäkringsrapport 2020:2"), node.name
    by_name = {node.name: node for _, node in walk(codebook)}
    renamed = by_name["Ärendedragning och teammöte"].description
    assert "Ursprungligt namn: Ärendedragning/teammöte" in renamed
    assert "rad 1884–1892" in by_name["Samordningstårta"].description


def test_colours_distinct_readable_and_in_theme_families(codebook, builder):
    codes = list(walk(codebook))
    colours = [node.color for _, node in codes]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in colours)
    assert len(set(colours)) == len(colours)
    assert all(builder.contrast_with_black(colour) >= 4.5 for colour in colours)
    assert min(
        builder.colour_difference(a, b) for i, a in enumerate(colours) for b in colours[i + 1:]
    ) > 3.0  # noticeably different side by side, not merely different bytes

    def hue(colour):
        rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        return colorsys.rgb_to_hls(*rgb)[0] * 360

    for theme in codebook:
        for _, node in walk(theme.children):
            gap = abs(hue(node.color) - hue(theme.color)) % 360
            assert min(gap, 360 - gap) <= 30, (theme.name, node.name)


def test_build_script_reproduces_the_file(builder):
    assert builder.build() == default_codebook_path().read_bytes()
    assert builder.main(["--check"]) == 0


def test_round_trip_is_identical(codebook):
    data = default_codebook_path().read_bytes()
    assert codebook_xml(codebook) == data
