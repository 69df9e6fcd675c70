"""A theme matrix as a heat map: rows (documents, cases or a variable's values) × codes or
themes, one measure in every cell, a totals row and column at the end.

The figures come from ``theme_matrix.compute``; the model only chooses what to ask for and
how a cell looks: a colour from white (the smallest cell) to blue (the largest), as the Excel
export's colour scale runs; the totals grey and bold outside the scale; the exact figure in
the tooltip. It re-reads once after a burst of changes (codings, codes, variables, cases,
documents), off the path of the click that caused them; while its panel is hidden it only
notes that it is stale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kvalkod.services.theme_matrix import ThemeMatrix

from .deferred_refresh import DeferredRefresh

ValueRole = Qt.ItemDataRole.UserRole + 1  # the cell's figure: int, float (share) or None
LOW, HIGH = QColor("#ffffff"), QColor("#4e79a7")  # the colour scale, as in the Excel export
TOTAL_BACKGROUND = QColor("#e7e6e6")
LIGHT_TEXT_FROM = 0.6  # on cells darker than this share of the scale the text turns white

_Index = QModelIndex | QPersistentModelIndex


def heat(fraction: float) -> QColor:
    """The colour ``fraction`` (0–1) of the way from white to blue."""
    f = min(1.0, max(0.0, fraction))
    return QColor.fromRgbF(LOW.redF() + (HIGH.redF() - LOW.redF()) * f,
                           LOW.greenF() + (HIGH.greenF() - LOW.greenF()) * f,
                           LOW.blueF() + (HIGH.blueF() - LOW.blueF()) * f)


def _percent(share: float, decimals: int) -> str:
    """"33 %", "33,3 %" in Swedish: the locale's decimal sign, a no-break space before the sign."""
    return f"{QLocale().toString(share * 100, 'f', decimals)}\u00a0%"


class ThemeMatrixModel(QAbstractTableModel):
    def __init__(self, session, parent: QObject | None = None, *, rows: str = "case", measure: str = "segments"):
        super().__init__(parent)
        self.session = session
        self._rows = rows
        self._measure = measure
        self._columns: tuple[str, str | None] = ("codes", None)  # ("codes"|"themes"|"theme", theme guid)
        self._theme_path: str | None = None
        self._matrix: ThemeMatrix | None = None
        self._smallest = self._largest = 0.0
        self._deferred = DeferredRefresh(session, self.refresh, 150, paused=False, parent=self)
        bridge = session.bridge
        for signal in (bridge.codingsChanged, bridge.codesChanged, bridge.variablesChanged, bridge.casesChanged,
                       bridge.documentsChanged):
            signal.connect(self._on_project_changed)
        self.refresh()

    # -- what is shown ------------------------------------------------------------------
    def rows_kind(self) -> str:
        return self._rows

    def measure(self) -> str:
        return self._measure

    def columns_kind(self) -> tuple[str, str | None]:
        return self._columns

    def set_rows_kind(self, rows: str) -> None:
        """"document", "case" or "var:NAME"."""
        if rows != self._rows:
            self._rows = rows
            self.refresh()

    def set_measure(self, measure: str) -> None:
        if measure != self._measure:
            self._measure = measure
            self.refresh()

    def set_columns(self, kind: str, theme: str | None = None) -> None:
        """"codes" (every code in use), "themes" (top-level themes rolled up) or "theme"
        (the sub-codes of the code with guid ``theme``)."""
        if (kind, theme) != self._columns:
            self._columns = (kind, theme)
            self.refresh()

    def matrix(self) -> ThemeMatrix | None:
        return self._matrix

    def set_paused(self, paused: bool) -> None:
        """Paused (the panel is hidden), changes only mark the matrix stale; it catches up on resuming."""
        self._deferred.set_paused(paused)

    def refresh(self) -> None:
        """Read the matrix again; a theme gone from the codebook falls back to every code."""
        self._deferred.started()
        project = self.session.project
        kind, guid = self._columns
        theme = next((c.path for c in project.codebook.all() if c.guid == guid), None) if kind == "theme" else None
        if kind == "theme" and theme is None:
            self._columns = kind, guid = ("codes", None)
        self._theme_path = theme
        if self._rows.startswith("var:") and self._rows not in project.theme_matrix.row_kinds():
            self._rows = "case"  # the variable is gone (undo of its first value)
        matrix = project.theme_matrix.compute(self._rows, self._measure, theme=theme, themes=kind == "themes")
        old = self._matrix
        self._matrix = matrix
        figures = [v for row in matrix.values for v in row if v is not None]
        self._smallest, self._largest = min(figures, default=0), max(figures, default=0)
        if old is not None and (old.rows, old.columns) == (matrix.rows, matrix.columns):
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.endResetModel()

    # -- cells --------------------------------------------------------------------------
    def has_totals(self) -> bool:
        return bool(self._matrix and self._matrix.rows and self._matrix.columns)

    def is_total_row(self, row: int) -> bool:
        return self.has_totals() and row == len(self._matrix.rows)

    def is_total_column(self, column: int) -> bool:
        return self.has_totals() and column == len(self._matrix.columns)

    def value(self, row: int, column: int) -> Any:
        m = self._matrix
        total_row, total_column = self.is_total_row(row), self.is_total_column(column)
        if total_row and total_column:
            return m.total
        if total_row:
            return m.column_totals[column]
        if total_column:
            return m.row_totals[row]
        return m.values[row][column]

    def row_label(self, row: int) -> str:
        m = self._matrix
        if self.is_total_row(row):
            return self.tr("Total")
        if m.no_value and row == len(m.rows) - 1:
            return self.tr("(no value)")
        return m.rows[row]

    def column_label(self, column: int) -> str:
        """The code's path (the whole of it: tooltips and segment titles name codes fully)."""
        return self.tr("Total") if self.is_total_column(column) else self._matrix.columns[column]

    def documents_in(self, row: int) -> int:
        """The documents a row (or, for the totals row, the whole matrix) stands for."""
        m = self._matrix
        if self.is_total_row(row):
            return len({d for ds in m.row_documents for d in ds})
        return len(m.row_documents[row])

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.rows) + self.has_totals()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.columns) + self.has_totals()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if not 0 <= section < (self.columnCount() if horizontal else self.rowCount()):
            return None
        total = self.is_total_column(section) if horizontal else self.is_total_row(section)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not horizontal:
            return self.row_label(section)
        label = self.column_label(section)
        if role == Qt.ItemDataRole.ToolTipRole or total:
            return label
        theme = self._theme_path
        if theme and label.startswith(theme + "/"):
            return label[len(theme) + 1:]  # within a theme, its sub-codes are named from the theme down
        return label.rsplit("/", 1)[-1]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        value = self.value(r, c)
        total = self.is_total_row(r) or self.is_total_column(c)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._show(value)
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, c, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND if total else heat(self._fraction(value)))
        if role == Qt.ItemDataRole.ForegroundRole:
            light = not total and self._fraction(value) > LIGHT_TEXT_FROM
            return QBrush(QColor("#ffffff" if light else "#000000"))
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _fraction(self, value: Any) -> float:
        """Where a figure lies between the smallest and the largest cell (as Excel's colour
        scale places it): shares of 66–85 % differ in colour, not all dark alike."""
        spread = self._largest - self._smallest
        return ((value or 0) - self._smallest) / spread if spread else 0.0

    def _show(self, value: Any) -> str:
        if value is None:
            return "–"
        return _percent(value, 0) if self._measure == "share" else str(value)

    def _tooltip(self, row: int, column: int, value: Any) -> str:
        where = {"column": self.column_label(column), "row": self.row_label(row)}
        if self.is_total_column(column):
            where["column"] = self.tr("any code")
        if self._measure == "segments":
            return self.tr("{column} in {row}: {n} coded segments").format(n=value, **where)
        if self._measure == "words":
            return self.tr("{column} in {row}: {n} coded words").format(n=value, **where)
        size = self.documents_in(row)
        if self._measure == "documents":
            return self.tr("{column} in {row}: {n} of {size} documents").format(n=value, size=size, **where)
        if value is None:
            return self.tr("{row} has no documents").format(**where)
        return self.tr("{column} in {row}: {share} of {size} documents").format(
            share=_percent(value, 1), size=size, **where)

    # -- slots ---------------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        self._deferred.request()
