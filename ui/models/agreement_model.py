"""Inter-coder agreement as tables: the statistics per code (the pooled row first), and the
passages the two coders disagree on.

The figures come from one ``agreement.compare`` call, asked for by the analyst (a whole
study takes a second or two, too much to repeat on every coding). When codings change
afterwards the result is marked stale rather than silently re-read, so the analyst knows the
figures on screen are those of the moment they were computed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from .segment_table_model import SegmentRole, one_line

CodeRole = Qt.ItemDataRole.UserRole + 1  # str | None: the row's code path (None: the pooled row)

_Index = QModelIndex | QPersistentModelIndex

CODE, PERCENT, KAPPA, ALPHA, UNITS, NOTE = range(6)
TEXT_WIDTH = 160


class AgreementModel(QAbstractTableModel):
    staleChanged = Signal(bool)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.result: dict | None = None
        self._rows: list[tuple[str | None, dict]] = []  # (code path or None for pooled, statistics)
        self.stale = False
        session.bridge.codingsChanged.connect(self._on_codings_changed)

    # -- public --------------------------------------------------------------------------
    def compute(self, coder_a: str, coder_b: str, *, unit: str = "characters", code: str | None = None,
                min_overlap: float = 0, all_documents: bool = False) -> dict:
        """Compare the two coders (the disagreements too) and show the result."""
        result = self.session.project.agreement.compare(
            coder_a, coder_b, unit=unit, code=code, min_overlap=min_overlap, all_documents=all_documents,
            disagreements=True)
        self.beginResetModel()
        self.result = result
        self._rows = [(None, result), *result["per_code"].items()]
        self.endResetModel()
        self._set_stale(False)
        return result

    def reason_text(self, why: str | None) -> str:
        """Why a statistic is undefined, in the analyst's language."""
        reasons = {
            "no_documents": self.tr("The two coders have not both coded any document."),
            "not_coded": self.tr("Neither coder applied the code in the compared documents."),
            "no_variation": self.tr("Both coders coded every character with it: kappa and alpha need variation."),
            "segments": self.tr("Per code, segments have no units neither coder coded: only percent agreement."),
            "one_code": self.tr("Kappa for segments takes chance as 1/k over k codes: it needs two codes or more."),
        }
        return reasons.get(why or "", "")

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {CODE: self.tr("Code"), PERCENT: self.tr("Agreement"), KAPPA: self.tr("Kappa"),
                ALPHA: self.tr("Alpha"), UNITS: self.tr("Units"), NOTE: self.tr("Note")}.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        path, row = self._rows[index.row()]
        column = index.column()
        if role == CodeRole:
            return path
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return path if path is not None else self.tr("All codes (pooled)")
            if column == PERCENT:
                return "–" if row["percent"] is None else f"{row['percent'] * 100:.1f} %"
            if column in (KAPPA, ALPHA):
                value = row["kappa" if column == KAPPA else "alpha"]
                return "–" if value is None else f"{value:.3f}"
            if column == UNITS:
                return row["units"]
            if column == NOTE:  # the view says once, not on every row, that segments have no kappa
                return "" if row["undefined"] == "segments" else self.reason_text(row["undefined"])
        if role == Qt.ItemDataRole.ToolTipRole:
            table = self.tr("both {both}, only {a} {only_a}, only {b} {only_b}").format(
                both=row["both"], a=self.result["coders"][0], only_a=row["only_a"],
                b=self.result["coders"][1], only_b=row["only_b"])
            if row["neither"] is not None:
                table += ", " + self.tr("neither {n}").format(n=row["neither"])
            return table
        if role == Qt.ItemDataRole.FontRole and path is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PERCENT, KAPPA, ALPHA, UNITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- slots ---------------------------------------------------------------------------
    def _on_codings_changed(self) -> None:
        if self.result is not None:
            self._set_stale(True)

    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.staleChanged.emit(stale)


class DisagreementModel(QAbstractTableModel):
    """The passages one coder coded and the other did not, of one code or of all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self._code: str | None = None

    def set_segments(self, segments: list[dict]) -> None:
        self._all = list(segments)
        self._show()

    def set_code(self, path: str | None) -> None:
        """Show the disagreements of this code only (None: of every code)."""
        if path != self._code:
            self._code = path
            self._show()

    def code(self) -> str | None:
        return self._code

    def segments(self) -> list[dict]:
        return list(self._rows)

    def _show(self) -> None:
        self.beginResetModel()
        self._rows = [s for s in self._all if self._code is None or s["code"] == self._code]
        self.endResetModel()

    # -- the Qt model --------------------------------------------------------------------
    _COLUMNS = ("document", "code", "coder", "start", "text")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._COLUMNS):
            return None
        return {"document": self.tr("Document"), "code": self.tr("Code"), "coder": self.tr("Coded only by"),
                "start": self.tr("Start"), "text": self.tr("Text")}[self._COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, key = self._rows[index.row()], self._COLUMNS[index.column()]
        if role == SegmentRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(row["text"], TEXT_WIDTH) if key == "text" else row[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "text":
            return row["text"]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "start":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
