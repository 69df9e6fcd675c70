"""Theme matrices and the framework matrix as files, read back: CSV for Swedish Excel (semicolons,
decimal comma, BOM), XLSX with frozen bold headers, a colour scale, bold totals, percentages,
widths and wrapped summaries; pseudonyms in every label and summary."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from kvalkod.errors import KvalkodError
from kvalkod.exporters.framework_table import cell_text, write_framework_xlsx
from kvalkod.exporters.matrix_table import frame, write_matrix

from .matrix_helpers import build


@pytest.fixture
def tm(project):
    build(project)
    project.names.set([("Yvonne", "Vera")])
    return project


def sheet_values(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_csv_is_for_swedish_excel_and_pseudonymised(tm, tmp_path):
    m = tm.theme_matrix.matrix("case", "share")
    path = tmp_path / "andel.csv"
    write_matrix(m, path, tm.names.pseudonymiser())
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Fall;Tema;Tema/A;Tema/B;Annat;Rubrik/Under;Totalt"
    assert lines[1] == "Ali;0,0;1,0;1,0;1,0;0,0;1,0"
    assert lines[2] == "Tom;;;;;;"  # no documents: no share
    assert lines[3] == "Vera;0,5;1,0;1,0;0,5;0,0;1,0"
    assert lines[4] == "Totalt;0,5;1,0;1,0;0,5;0,0;1,0" and lines[5] == ""
    assert "Yvonne" not in data.decode("utf-8-sig")


def test_csv_counts_are_whole_numbers_and_the_no_value_row_is_named(tm, tmp_path):
    path = tmp_path / "roll.csv"
    write_matrix(tm.theme_matrix.matrix("var:roll", "words", themes=True), path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["roll;Tema;Annat;Rubrik;Totalt", "chef;4;2;0;5", "handläggare;8;0;0;8",
                     "(inget värde);4;0;1;5", "Totalt;16;2;1;18"]


def test_the_frame_carries_totals(tm):
    data = frame(tm.theme_matrix.matrix("document", "segments", themes=True))
    assert data.index.name == "Dokument" and list(data.columns) == ["Tema", "Annat", "Rubrik", "Totalt"]
    assert data.loc["Totalt", "Totalt"] == 10 and data.loc["d2", "Tema"] == 2


def test_xlsx_has_frozen_bold_headers_a_colour_scale_and_bold_totals(tm, tmp_path):
    m = tm.theme_matrix.matrix("case", "segments")
    path = tmp_path / "matris.xlsx"
    write_matrix(m, path, tm.names.pseudonymiser())
    sheet = load_workbook(path).active
    assert sheet.title == "Kodade segment"
    assert sheet_values(sheet) == [
        ["Fall", "Tema", "Tema/A", "Tema/B", "Annat", "Rubrik/Under", "Totalt"],
        ["Ali", 0, 1, 1, 1, 0, 3],
        ["Tom", 0, 0, 0, 0, 0, 0],
        ["Vera", 1, 3, 2, 1, 0, 7],
        ["Totalt", 1, 3, 2, 1, 0, 7],
    ]
    assert sheet.freeze_panes == "B2"
    assert all(sheet.cell(1, j).font.b for j in range(1, 8)) and sheet["A3"].font.b
    assert sheet["G2"].font.b and sheet["B5"].font.b and not sheet["B2"].font.b  # totals bold, cells not
    assert sheet["G2"].fill.fgColor.rgb.endswith("F2F2F2") and sheet["A1"].fill.fgColor.rgb.endswith("E7E6E6")
    (area,) = sheet.conditional_formatting
    assert str(area.sqref) == "B2:F4"  # the cells, not the totals
    (rule,) = area.rules
    assert rule.type == "colorScale"
    assert [c.rgb[-6:] for c in rule.colorScale.color] == ["FFFFFF", "4E79A7"]
    assert sheet.column_dimensions["A"].width == 12 and sheet.column_dimensions["F"].width == 14
    assert sheet["B2"].number_format == "General"  # whole numbers as they are


def test_xlsx_shares_are_percentages(tm, tmp_path):
    path = tmp_path / "andel.xlsx"
    write_matrix(tm.theme_matrix.matrix("var:roll", "share", themes=True), path)
    sheet = load_workbook(path).active
    assert sheet.title == "Andel av dokumenten"
    assert sheet["A1"].value == "roll" and sheet["A4"].value == "(inget värde)"
    assert sheet["C5"].value == pytest.approx(1 / 3) and sheet["C5"].number_format == "0%"
    assert sheet["B2"].number_format == "0%"


def test_a_matrix_file_is_csv_or_xlsx(tm, tmp_path):
    with pytest.raises(KvalkodError, match=r"matris\.ods.*\.csv or \.xlsx"):
        write_matrix(tm.theme_matrix.matrix("case"), tmp_path / "matris.ods")


def test_framework_xlsx_has_counts_and_wrapped_summaries(tm, tmp_path):
    tm.summaries.set("Tema/A", "Yvonne hinner inte.\nHon prioriterar ärendena.", case="Yvonne")
    tm.summaries.set("Annat", ("Ali talar om läkarna. " * 8).strip(), case="Ali")
    matrix = tm.framework.matrix("case", tm.framework.theme_codes("Tema") + ["Annat"])
    path = tmp_path / "ramverk.xlsx"
    write_framework_xlsx(matrix, path, "case", tm.names.pseudonymiser())
    book = load_workbook(path)
    chart, counts = book["Ramverksmatris"], book["Antal segment"]
    assert sheet_values(chart) == [
        ["Fall", "Tema", "Tema/A", "Tema/B", "Annat"],
        ["Ali", None, "(1)", "(1)", "(1) " + ("Ali talar om läkarna. " * 8).strip()],
        ["Tom", None, None, None, None],
        ["Vera", "(1)", "(3) Vera hinner inte.\nHon prioriterar ärendena.", "(2)", "(1)"],
    ]
    assert chart.freeze_panes == "B2" and chart["A1"].font.b and chart["A2"].font.b
    assert chart["C4"].alignment.wrap_text and chart["C4"].alignment.vertical == "top"
    assert chart.column_dimensions["C"].width == 45
    assert chart.row_dimensions[2].height == 15 * 4  # 179 characters wrap to 4 lines of 45
    assert chart.row_dimensions[4].height == 15 * 2  # two paragraphs
    assert sheet_values(counts)[-1] == ["Totalt", 1, 4, 3, 2, 10]  # plain sums: d2 counts for Ali and Vera
    assert counts.freeze_panes == "B2" and len(counts.conditional_formatting) == 1


def test_cell_text():
    assert cell_text(3, "Text.") == "(3) Text." and cell_text(3, None) == "(3)" and cell_text(0, None) == ""
    assert cell_text(0, "Bara text.") == "(0) Bara text."
