"""A theme matrix (``ThemeMatrixService.matrix``) as a file: CSV for scripts and spreadsheets,
or an Excel workbook laid out to be read.

CSV: semicolons between fields, a decimal comma, UTF-8 with a byte-order mark, CRLF line
ends. That is the convention of Swedish Excel, which takes the comma for the decimal sign and
the semicolon for the list separator: a comma-separated file opens there as one column, and
a file without the BOM shows "Ã¤" for "ä". R (``read.csv2``) and pandas (``sep=";",
decimal=","``) read the same file. Counts are whole numbers; a share is a fraction (0,25).

XLSX: the header row and the first column frozen and bold, a white-to-blue colour scale over
the cells (Excel conditional formatting, so it follows edits), a bold totals row and column
outside the scale, shares formatted as percentages, column widths to fit the labels.

Headers are Swedish, as in the report. Every label passes through the project's pseudonyms
(``pseudonymise``) before it is written: a case named after a person leaves as the pseudonym.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Callable, Sequence

from ..errors import KvalkodError
from .atomic import write_atomically

MEASURE_TITLES = {"segments": "Kodade segment", "documents": "Dokument med koden", "words": "Kodade ord",
                  "share": "Andel av dokumenten"}
ROWS_TITLES = {"document": "Dokument", "case": "Fall"}
TOTAL = "Totalt"
NO_VALUE = "(inget värde)"
HEAT_LOW, HEAT_HIGH = "FFFFFF", "4E79A7"  # the colour scale: white to the codebook's first blue
HEADER_FILL, TOTAL_FILL = "E7E6E6", "F2F2F2"
FORMATS = (".csv", ".xlsx")

Pseudonymise = Callable[[str], str]


def unchanged(text: str) -> str:
    return text


def write_matrix(matrix: dict[str, Any], path: str | os.PathLike, pseudonymise: Pseudonymise = unchanged) -> None:
    """Write to .csv or .xlsx, by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_csv(matrix, path, pseudonymise)
    elif suffix == ".xlsx":
        write_xlsx(matrix, path, pseudonymise)
    else:
        raise KvalkodError(f"{path}: a matrix is written as {' or '.join(FORMATS)}, not {suffix or 'no suffix'}")


def labels(matrix: dict[str, Any], pseudonymise: Pseudonymise = unchanged) -> tuple[str, list[str], list[str]]:
    """(the corner's title, row labels, column labels) as a file shows them."""
    kind = matrix["rows_kind"]
    corner = ROWS_TITLES.get(kind) or kind.removeprefix("var:")
    rows = list(matrix["rows"])
    if matrix.get("no_value") and rows:
        rows[-1] = NO_VALUE
    return pseudonymise(corner), [pseudonymise(r) for r in rows], [pseudonymise(c) for c in matrix["columns"]]


def frame(matrix: dict[str, Any], pseudonymise: Pseudonymise = unchanged):
    """The matrix as a pandas DataFrame, with a totals column and a totals row."""
    import pandas as pd

    corner, rows, columns = labels(matrix, pseudonymise)
    body = [[*values, total] for values, total in zip(matrix["values"], matrix["row_totals"])]
    body.append([*matrix["column_totals"], matrix["total"]])
    data = pd.DataFrame(body, index=pd.Index([*rows, TOTAL], name=corner), columns=[*columns, TOTAL])
    return data.astype(float) if matrix["measure"] == "share" else data


def write_csv(matrix: dict[str, Any], path: str | os.PathLike, pseudonymise: Pseudonymise = unchanged) -> None:
    data = frame(matrix, pseudonymise)
    write_atomically(path, lambda handle: data.to_csv(handle, sep=";", decimal=",", encoding="utf-8-sig",
                                                      lineterminator="\r\n"))


def write_xlsx(matrix: dict[str, Any], path: str | os.PathLike, pseudonymise: Pseudonymise = unchanged) -> None:
    """The workbook is written in openpyxl's streaming mode: a whole study's matrix is 150,000
    cells, and streaming writes them in about half the time."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    title = MEASURE_TITLES[matrix["measure"]]
    sheet = book.create_sheet(title)
    corner, rows, columns = labels(matrix, pseudonymise)
    book.properties.title = f"{title} per {corner.lower() if corner in ROWS_TITLES.values() else corner}"
    heat_sheet(sheet, corner, rows, columns, matrix["values"], matrix["row_totals"], matrix["column_totals"],
               matrix["total"], percent=matrix["measure"] == "share")
    write_atomically(path, book.save)


def heat_sheet(sheet, corner: str, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[Any]],
               row_totals: Sequence[Any], column_totals: Sequence[Any], total: Any, percent: bool = False) -> None:
    """Lay out a table of figures with a heat map on an empty sheet (streaming or not): labels
    in row 1 and column A (frozen), the figures from B2, totals in a last bold row and column.
    ``percent``: the figures are shares, shown as percentages."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    header_fill = PatternFill("solid", start_color=HEADER_FILL)
    total_fill = PatternFill("solid", start_color=TOTAL_FILL)
    number_format = "0%" if percent else "General"
    header = [corner, *columns, TOTAL]
    # a streaming sheet takes its layout before its rows
    sheet.freeze_panes = "B2"
    widths = [_width([corner, *rows, TOTAL], 12, 40)] + [_width([c], 8, 24) for c in header[1:]]
    for j, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(j)].width = width
    lines = max(math.ceil(len(text) / (widths[j] - 1)) for j, text in enumerate(header))
    sheet.row_dimensions[1].height = 15 * min(lines, 6)
    if rows and columns:
        area = f"B2:{get_column_letter(len(columns) + 1)}{len(rows) + 1}"
        sheet.conditional_formatting.add(area, ColorScaleRule(start_type="min", start_color=HEAT_LOW,
                                                              end_type="max", end_color=HEAT_HIGH))

    def styled(value: Any, font=None, fill=None, alignment=None):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = number_format
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        return cell

    def figure(value: Any):
        """Whole numbers as they are (the default format shows them); shares with their format."""
        return styled(value) if percent and value is not None else value

    sheet.append([styled(text, bold, header_fill,
                         Alignment(wrap_text=True, vertical="bottom", horizontal="left" if j == 0 else "center"))
                  for j, text in enumerate(header)])
    for label, figures, row_total in zip(rows, values, row_totals):
        sheet.append([styled(label, bold), *map(figure, figures), styled(row_total, bold, total_fill)])
    sheet.append([styled(value, bold, total_fill) for value in (TOTAL, *column_totals, total)])


def _width(texts: Sequence[str], least: int, most: int) -> int:
    """A column width (in characters) for the longest text, within [least, most]."""
    return max(least, min(most, max((len(t) for t in texts), default=0) + 2))
