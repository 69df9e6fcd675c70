"""Case and document variables from a spreadsheet: one row per document or case.

Analysts keep attributes (role, office, years of experience) in Excel or export them as CSV
from other tools; Swedish Excel writes CSV with ";" in cp1252, other tools "," or tab in
UTF-8. So the delimiter is sniffed among those three and the encoding detected as for .txt.
Everything is returned as strings: typing the variables (number, date, category) is the
caller's decision, made with the analyst, not a guess made here.

The first column names the document or case; the first non-empty row must name the columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import warnings
from pathlib import Path

from kvalkod.errors import InputFileError

SUFFIXES = (".csv", ".tsv", ".xlsx")


def read_variable_table(path: str | os.PathLike) -> tuple[list[str], list[list[str]]]:
    """(header, rows) with every row as long as the header; InputFileError for bad files."""
    from kvalkod import importers
    from kvalkod import input_files as _files

    path = Path(path)
    _files.check_path(path, importers.MAX_FILE_BYTES)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        hint = "; save it as .xlsx" if suffix in (".xls", ".ods", ".numbers") else ""
        raise InputFileError(
            path, f"unknown format '{suffix}' for variables (kvalkod reads {' '.join(SUFFIXES)}){hint}"
        )
    data = _files.read_all(path, importers.MAX_FILE_BYTES)
    rows = _read_xlsx(path, data) if suffix == ".xlsx" else _read_csv(path, data, suffix)
    return _shape(path, rows)


def _read_csv(path: Path, data: bytes, suffix: str) -> list[list[str]]:
    from kvalkod.importers.text import decode_file
    from kvalkod.text.normalize import normalize_text

    text, _encoding, _warnings = decode_file(path, data)
    text = normalize_text(text)
    delimiter = "\t" if suffix == ".tsv" else _sniff(text)
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=False))
    except csv.Error as exc:
        raise InputFileError(path, f"the CSV file cannot be read ({exc})") from None


def _sniff(text: str) -> str:
    """csv.Sniffer among , ; tab; else the one most frequent in the first line."""
    sample = text[:64 * 1024]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(";,\t", key=first.count)


def _read_xlsx(path: Path, data: bytes) -> list[list[str]]:
    """The first sheet's rows. openpyxl warns about what it skips (data validation, a missing
    style sheet); Python would print that under the CLI's one line, and nothing it skips is data."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_first_sheet(path, data)


def _read_first_sheet(path: Path, data: bytes) -> list[list[str]]:
    from kvalkod.input_files import open_zip

    open_zip(path, data, "an Excel workbook", ".xlsx")
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # InvalidFileException, KeyError, BadZipFile, XML errors ...
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputFileError(path, f"not a readable Excel workbook ({reason})") from None
    try:
        if not workbook.worksheets:
            raise InputFileError(path, "the workbook has no worksheets")
        sheet = workbook.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(path, f"the Excel workbook is damaged ({type(exc).__name__})") from None
    finally:
        workbook.close()


def _cell(value) -> str:
    """Excel's value as the text a person would type: 12 not 12.0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _shape(path: Path, rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    numbered = [(n, [c.strip() for c in row]) for n, row in enumerate(rows, start=1)]
    numbered = [(n, row) for n, row in numbered if any(row)]  # row numbers as the user sees them
    if not numbered:
        raise InputFileError(path, "the table is empty")
    header = numbered[0][1]
    while header and not header[-1]:
        header.pop()
    if len(header) < 1 or not any(header):
        raise InputFileError(path, "the first row must name the columns")
    for i, name in enumerate(header[1:], start=2):
        if not name:
            raise InputFileError(path, f"the first row must name every column (column {i} has no name)")
        if _is_number(name):
            raise InputFileError(
                path, f"the first row looks like data, not column names ('{name}' in column {i})"
            )
    seen: set[str] = set()
    for name in header:
        if name.casefold() in seen:
            raise InputFileError(path, f"the column name '{name}' appears twice in the first row")
        seen.add(name.casefold())
    out = []
    for number, row in numbered[1:]:
        extra = row[len(header):]
        if any(extra):
            raise InputFileError(path, f"row {number} has more cells than the first row names")
        row = (row + [""] * len(header))[: len(header)]
        if not row[0]:
            raise InputFileError(path, f"row {number} has no document or case name in the first column")
        out.append(row)
    return header, out


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        return False
    return True
