"""The framework matrix (``FrameworkService.matrix``) as an Excel workbook, to read and to hand
on: the charting itself, and the counts it rests on.

Sheet "Ramverksmatris": cases (or documents) down, themes across, in each cell the number of
coded segments in brackets and the analyst's summary, wrapped at the top of a wide column,
so the workbook reads like the app's panel. Excel does not grow a row for wrapped text it did
not lay out itself, so each row is given the height its longest summary needs.

Sheet "Antal segment": the bare counts with a colour scale and totals, for sorting and sums.
The totals there are plain sums of the cells, as the framework matrix counts them (a document
in two cases counts in both).

Labels and summaries pass through the project's pseudonyms before they are written.
"""

from __future__ import annotations

import math
import os
from typing import Any

from .atomic import write_atomically
from .matrix_table import HEADER_FILL, ROWS_TITLES, Pseudonymise, heat_sheet, unchanged

SUMMARY_WIDTH = 45  # characters per line of a summary column
LINE_HEIGHT = 15  # points per line of text
MAX_ROW_HEIGHT = 409  # Excel's limit


def cell_text(count: int, summary: str | None) -> str:
    """What a cell shows: "(3) The summary …", "(3)" without a summary, "" when both are empty."""
    if summary:
        return f"({count}) {summary}"
    return f"({count})" if count else ""


def write_framework_xlsx(matrix: dict[str, Any], path: str | os.PathLike, rows_kind: str = "case",
                         pseudonymise: Pseudonymise = unchanged) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    corner = ROWS_TITLES[rows_kind]
    rows = [pseudonymise(r) for r in matrix["rows"]]
    columns = [pseudonymise(c) for c in matrix["columns"]]
    book = Workbook()
    sheet = book.active
    sheet.title = "Ramverksmatris"
    book.properties.title = f"Ramverksmatris per {corner.lower()}"
    bold, top = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", start_color=HEADER_FILL)
    for j, text in enumerate([corner, *columns], 1):
        cell = sheet.cell(row=1, column=j, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(wrap_text=True, vertical="bottom")
    for i, (label, counts, summaries) in enumerate(zip(rows, matrix["counts"], matrix["summaries"]), 2):
        first = sheet.cell(row=i, column=1, value=label)
        first.font, first.alignment = bold, top
        lines = 1
        for j, (count, summary) in enumerate(zip(counts, summaries), 2):
            text = cell_text(count, pseudonymise(summary) if summary else summary)
            sheet.cell(row=i, column=j, value=text or None).alignment = top
            lines = max(lines, _lines(text))
        sheet.row_dimensions[i].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = max(12, min(40, max((len(r) for r in rows), default=0) + 2))
    for j in range(len(columns)):
        sheet.column_dimensions[get_column_letter(j + 2)].width = SUMMARY_WIDTH
    header_lines = max((_lines(c) for c in columns), default=1)
    sheet.row_dimensions[1].height = LINE_HEIGHT * min(header_lines, 4)

    counts = book.create_sheet("Antal segment")
    row_totals = [sum(r) for r in matrix["counts"]]
    column_totals = [sum(c) for c in zip(*matrix["counts"])] if rows else [0] * len(columns)
    heat_sheet(counts, corner, rows, columns, matrix["counts"], row_totals, column_totals, sum(row_totals))
    write_atomically(path, book.save)


def _lines(text: str) -> int:
    """The lines a text wraps to in a summary column (each paragraph at least one)."""
    return sum(max(1, math.ceil(len(p) / SUMMARY_WIDTH)) for p in text.split("\n")) if text else 1
