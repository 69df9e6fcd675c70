"""The coded-segments panel: retrieve what was coded with the selected codes, narrow it by
coder and by document variables, jump to a segment, and take segments out (copy, CSV).
Other views hand it a list of segments to show instead (``show_segments``: a query's results,
a network edge's passages); selecting codes brings the selected codes' segments back.

Every change it makes (remove a coding, edit its memo) is one service call, so it is undoable
and the table refreshes from the bridge like everywhere else.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.exporters.atomic import write_atomically

from ..errors import guarded
from ..models.segment_table_model import ExportRole, SegmentFilterProxy, SegmentRole, SegmentTableModel


class SegmentsPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = SegmentTableModel(session, self)
        self.proxy = SegmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_hidden_coders(session.hidden_coders)
        session.hiddenCodersChanged.connect(self._on_hidden_coders_changed)

        self.header_label = QLabel(self)
        self.coder_combo = QComboBox(self)
        self.variable_combo = QComboBox(self)
        self.value_combo = QComboBox(self)
        self.coder_combo.setToolTip(self.tr("Show the segments of one coder"))
        self.variable_combo.setToolTip(self.tr("Show the segments of documents with a variable value"))

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        filters = QHBoxLayout()
        filters.addWidget(self.coder_combo)
        filters.addWidget(self.variable_combo)
        filters.addWidget(self.value_combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header_label)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.coder_combo.currentIndexChanged.connect(self._on_coder_changed)
        self.variable_combo.currentIndexChanged.connect(self._on_variable_changed)
        self.value_combo.currentIndexChanged.connect(self._on_value_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.model.modelReset.connect(self._on_model_reset)
        self.proxy.rowsInserted.connect(self._update_header)
        self.proxy.rowsRemoved.connect(self._update_header)
        self.proxy.layoutChanged.connect(self._update_header)
        self._on_model_reset()

    # -- public --------------------------------------------------------------------------
    def show_segments(self, title: str, segments: list[dict]) -> None:
        """Show a list of segments (as ``coding.list`` gives them) under ``title``; the coder
        and variable filters still apply. Selecting codes returns to the selected codes."""
        self.model.show_segments(title, segments)

    def selected_segments(self) -> list[dict]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(SegmentRole) for r in rows]

    def copy_selection(self) -> str:
        """The selected rows as tab-separated text (header first) on the clipboard."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return ""
        lines = ["\t".join(self._headers())]
        for r in rows:
            lines.append("\t".join(" ".join(str(v).split()) for v in self._row_values(r)))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def export_csv(self, path: str | Path) -> int:
        """Write the visible rows, columns as shown, with the full text of each segment.

        UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and
        the analyst's å, ä and ö come out garbled. The file leaves the project, so the
        pseudonym list is applied to every cell; it is written atomically like every export.
        Returns the number of rows written.
        """
        pseudonym = self.session.project.names.pseudonymiser()
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([pseudonym(str(h)) for h in self._headers()])
        for r in range(self.proxy.rowCount()):
            writer.writerow([pseudonym(str(v)) for v in self._row_values(r)])
        data = buffer.getvalue().encode("utf-8-sig")
        write_atomically(path, lambda handle: handle.write(data))
        return self.proxy.rowCount()

    # -- helpers -------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [str(self.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.proxy.columnCount())]

    def _row_values(self, row: int) -> list[str]:
        values = (self.proxy.index(row, c).data(ExportRole) for c in range(self.proxy.columnCount()))
        return ["" if v is None else str(v) for v in values]

    def _update_header(self, *args) -> None:
        codes, title = self.model.code_paths(), self.model.title()
        if not codes and title is None:
            self.header_label.setText(self.tr("Select a code to see its coded segments"))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if title is not None:
            text = (self.tr("{title}: 1 segment") if shown == 1 else self.tr("{title}: {n} segments")).format(
                title=title, n=shown)
        elif shown == 1:
            text = self.tr("1 segment of {code}").format(code=", ".join(codes))
        else:
            text = self.tr("{n} segments of {code}").format(n=shown, code=", ".join(codes))
        if shown != total:
            text += " " + self.tr("({total} without filters)").format(total=total)
        self.header_label.setText(text)

    def _fill_combo(self, combo: QComboBox, first: str, items: list[str], keep: str | None) -> None:
        """Replace a combo's items, keeping the chosen one if it is still there."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for item in items:
            combo.addItem(item, item)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_coder(self.coder_combo.currentData())
        self.proxy.clear_variable_filters()
        variable, value = self.variable_combo.currentData(), self.value_combo.currentData()
        if variable is not None and value is not None:
            self.proxy.set_variable_filter(variable, value)
        self._update_header()

    # -- slots ---------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        self._fill_combo(self.coder_combo, self.tr("All coders"), self.model.coders(),
                         self.coder_combo.currentData())
        self._fill_combo(self.variable_combo, self.tr("Any variable"), self.model.variable_names(),
                         self.variable_combo.currentData())
        self._fill_value_combo()
        self._apply_filters()
        self._size_columns()

    # widths of the columns around the text (measuring thousands of rows would cost a pause)
    _WIDTHS = {"document": 170, "code": 200, "coder": 90, "start": 70, "memo": 160}

    def _size_columns(self) -> None:
        """The coded text gets the room; the other columns get fixed, adjustable widths."""
        header = self.table.horizontalHeader()
        for column, name in enumerate(self.model.columns()):
            if name == "text":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._WIDTHS.get(name, 110))

    def _fill_value_combo(self) -> None:
        variable = self.variable_combo.currentData()
        values = self.model.variable_values(variable) if variable is not None else []
        self._fill_combo(self.value_combo, self.tr("All values"), values, self.value_combo.currentData())
        self.value_combo.setEnabled(variable is not None)

    def _on_hidden_coders_changed(self) -> None:
        self.proxy.set_hidden_coders(self.session.hidden_coders)
        self._update_header()

    def _on_coder_changed(self, index: int) -> None:
        self._apply_filters()

    def _on_variable_changed(self, index: int) -> None:
        self._fill_value_combo()
        self._apply_filters()

    def _on_value_changed(self, index: int) -> None:
        self._apply_filters()

    @guarded
    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(SegmentRole)
        if row is None:
            return
        document = self.session.project.documents.get(row["document"])
        self.session.jump_to(document, row["start"], row["end"])

    def _on_context_menu(self, pos: QPoint) -> None:
        selected = self.selected_segments()
        current = self.table.currentIndex().data(SegmentRole) if self.table.currentIndex().isValid() else None
        menu = QMenu(self)
        # a stretch found by a query (guid "") is no coding: there is nothing to remove or annotate
        remove = menu.addAction(self.tr("Remove coding"), self._on_remove)
        remove.setEnabled(any(row["guid"] for row in selected))
        memo = menu.addAction(self.tr("Edit memo…"), self._on_edit_memo)
        memo.setEnabled(bool(current and current["guid"]))
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"), self.copy_selection)
        copy.setEnabled(bool(selected))
        menu.addAction(self.tr("Export CSV…"), self._on_export)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    @guarded
    def _on_remove(self) -> None:
        guids = [row["guid"] for row in self.selected_segments() if row["guid"]]
        if guids:
            n = self.session.project.coding.remove(guids)
            self.session.statusMessage.emit(self.tr("Removed {n} codings (Undo brings them back)").format(n=n))

    @guarded
    def _on_edit_memo(self) -> None:
        current = self.table.currentIndex()
        row = current.data(SegmentRole) if current.isValid() else None
        if row is None or not row["guid"]:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Coding memo"),
            self.tr("Memo on {code} in {document}:").format(code=row["code"], document=row["document"]),
            row["memo"] or "")
        if ok and text != (row["memo"] or ""):
            self.session.project.coding.set_memo(row["guid"], text)

    @guarded
    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export segments"), "segment.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            n = self.export_csv(path)
        except OSError as exc:
            raise KvalkodError(self.tr("Could not write {path}: {error}").format(path=path, error=exc)) from exc
        self.session.statusMessage.emit(self.tr("Exported {n} segments to {path}").format(n=n, path=path))
