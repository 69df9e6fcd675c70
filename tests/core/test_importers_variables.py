"""Case variables from CSV and Excel: header and rows as strings, or a clear refusal."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest

import kvalkod.importers as importers
from kvalkod.errors import InputFileError
from kvalkod.importers.variables_table import read_variable_table

HEADER = ["Dokument", "Roll", "År i yrket", "Kontor"]
ROWS = [
    ["Intervju Åsa", "Handläggare", "12", "Göteborg"],
    ["Intervju Örjan", "Chef", "3", "Malmö 🙂"],
    ["Fältanteckning ”Ärende”", "", "", "Växjö"],
]


def _csv(delimiter: str) -> str:
    def cell(v: str) -> str:
        return f'"{v}"' if delimiter in v or '"' in v else v

    return "\n".join(delimiter.join(cell(c) for c in row) for row in [HEADER, *ROWS]) + "\n"


@pytest.mark.parametrize(
    "delimiter, encoding",
    [(";", "cp1252"), (",", "utf-8"), ("\t", "utf-8-sig"), (";", "utf-16")],
)
def test_csv_delimiters_and_encodings(tmp_path, delimiter, encoding):
    text = _csv(delimiter)
    if encoding == "cp1252":
        text = text.replace(" 🙂", "")
    p = tmp_path / "variabler.csv"
    p.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    header, rows = read_variable_table(p)
    assert header == HEADER
    expected = [r[:] for r in ROWS]
    if encoding == "cp1252":
        expected[1][3] = "Malmö"
    assert rows == expected


def test_csv_with_quoted_delimiters_and_blank_lines(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text('Fall,Kommentar\n\n"Åsa","sa ""hej"", sedan gick hon"\n,\n', encoding="utf-8")
    assert read_variable_table(p) == (["Fall", "Kommentar"], [["Åsa", 'sa "hej", sedan gick hon']])


def test_tsv(tmp_path):
    p = tmp_path / "v.tsv"
    p.write_text("Fall\tÅlder\nÅsa\t42\n", encoding="utf-8")
    assert read_variable_table(p) == (["Fall", "Ålder"], [["Åsa", "42"]])


def test_short_rows_are_padded(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Fall;Roll;Ort\nÅsa;Chef\n", encoding="utf-8")
    assert read_variable_table(p)[1] == [["Åsa", "Chef", ""]]


def test_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Fall", "År", "Datum", "Andel", "Aktiv", "Kontor", None])
    ws.append(["Åsa", 12.0, dt.datetime(2025, 6, 3), 0.25, True, "Göteborg 🙂", None])
    ws.append([None] * 7)
    ws.append(["Örjan", 3, dt.date(2019, 10, 1), None, False, None, None])
    p = tmp_path / "Variabler.XLSX"
    wb.save(p)
    header, rows = read_variable_table(p)
    assert header == ["Fall", "År", "Datum", "Andel", "Aktiv", "Kontor"]
    assert rows == [
        ["Åsa", "12", "2025-06-03", "0.25", "TRUE", "Göteborg 🙂"],
        ["Örjan", "3", "2019-10-01", "", "FALSE", ""],
    ]


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError) as e:
        read_variable_table(tmp_path / "saknas.csv")
    assert e.value.reason == "the file does not exist"


def test_empty_file(tmp_path):
    p = tmp_path / "tom.csv"
    p.write_bytes(b"")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "the file is empty"


def test_only_blank_lines(tmp_path):
    p = tmp_path / "tom.csv"
    p.write_text(";;\n\n;\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "the table is empty"


def test_header_missing(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Åsa;42;12\nÖrjan;55;3\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason.startswith("the first row looks like data")


def test_header_with_a_gap(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Fall;;Ort\nÅsa;x;Lund\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "the first row must name every column (column 2 has no name)"


def test_duplicate_column(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Fall;Ort;ort\nÅsa;Lund;Lund\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert "appears twice" in e.value.reason


def test_row_without_a_name(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Fall;Ort\nÅsa;Lund\n;Malmö\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "row 3 has no document or case name in the first column"


def test_row_longer_than_header(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Fall;Ort\nÅsa;Lund;extra\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "row 2 has more cells than the first row names"


def test_binary_csv(tmp_path):
    p = tmp_path / "v.csv"
    p.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "binary data, not text"


def test_corrupt_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Fall"])
    buf = io.BytesIO()
    wb.save(buf)
    p = tmp_path / "trasig.xlsx"
    p.write_bytes(buf.getvalue()[:400])
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason.startswith("not a")


def test_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "fel.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hej.txt", "hej")
    p.write_bytes(buf.getvalue())
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason.startswith("not a readable Excel workbook")


def test_text_posing_as_xlsx(tmp_path):
    p = tmp_path / "fel.xlsx"
    p.write_text("Fall;Ort\n", encoding="utf-8")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason == "not an Excel workbook (the file is not a valid .xlsx zip)"


def test_unknown_suffix(tmp_path):
    p = tmp_path / "v.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert "save it as .xlsx" in e.value.reason


def test_too_large(tmp_path, monkeypatch):
    p = tmp_path / "v.csv"
    p.write_text("Fall\n" + "Åsa\n" * 100, encoding="utf-8")
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 50)
    with pytest.raises(InputFileError) as e:
        read_variable_table(p)
    assert e.value.reason.startswith("file too large")
