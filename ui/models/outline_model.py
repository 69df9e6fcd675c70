"""The stored report outline, one row per item, in the report's order.

Each row reads "Kind: preview" so the analyst can find their way in a long outline without
opening items: a heading's text, a paragraph's first words, the start of a quote, a scene's
title, the code of a summary. Quotes, scenes and summaries are references, so the previews
are read again when those areas change too (a renamed scene, a resized coding).

Rows are re-read from ``outline.items()`` after every change. A change of one row's place,
one new row or one removed row is announced as exactly that, so the view keeps its selection
and scroll position across an edit, a move or an undo; anything larger resets. Dragging a
row to another place calls ``outline.move`` (one undoable action).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kvalkod.errors import KvalkodError
from ui import errors

from ..mime import OUTLINE_MIME
from .segment_table_model import one_line

ItemRole = Qt.ItemDataRole.UserRole + 1  # the item as outline.items() gives it
GuidRole = Qt.ItemDataRole.UserRole + 2
PreviewRole = Qt.ItemDataRole.UserRole + 3  # the preview without the kind
LevelRole = Qt.ItemDataRole.UserRole + 4  # 0 chapter, 1 section or under a chapter, 2 under a section

PREVIEW_WORDS = 12  # of a paragraph or a bullet list
PREVIEW_CHARS = 70  # of a quote
CODINGS_DELAY_MS = 200  # codings change with every click in the document: read them once it settles
_HEADINGS = ("chapter", "appendix")  # shown in bold, so the report's structure stands out

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    """An item's kind as the analyst reads it; the stored keys stay English."""
    labels = {
        "chapter": QCoreApplication.translate("OutlineKinds", "Chapter"),
        "section": QCoreApplication.translate("OutlineKinds", "Section"),
        "heading": QCoreApplication.translate("OutlineKinds", "Heading"),
        "paragraph": QCoreApplication.translate("OutlineKinds", "Paragraph"),
        "bullets": QCoreApplication.translate("OutlineKinds", "Bullet list"),
        "quote": QCoreApplication.translate("OutlineKinds", "Quote"),
        "scene": QCoreApplication.translate("OutlineKinds", "Scene"),
        "summary": QCoreApplication.translate("OutlineKinds", "Summary"),
        "matrix": QCoreApplication.translate("OutlineKinds", "Matrix"),
        "appendix": QCoreApplication.translate("OutlineKinds", "Appendix"),
    }
    return labels.get(kind, kind)


def levels(rows: list[dict]) -> list[int]:
    """How deep each item sits in the report's structure, for indenting the list."""
    out, chapter, section = [], False, False
    for row in rows:
        if row["kind"] in _HEADINGS:
            chapter, section = True, False
            out.append(0)
        elif row["kind"] == "section":
            section = True
            out.append(1 if chapter else 0)
        else:
            out.append(int(chapter) + int(section))
    return out


def first_words(text: str, n: int = PREVIEW_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


class OutlineModel(QAbstractListModel):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        self._previews: list[str] = []
        self._levels: list[int] = []
        self._later = QTimer(self, singleShot=True, interval=CODINGS_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        bridge = session.bridge
        bridge.reportChanged.connect(self._on_report_changed)
        bridge.scenesChanged.connect(self._on_scenes_changed)
        bridge.summariesChanged.connect(self._on_summaries_changed)
        bridge.codesChanged.connect(self._on_codes_changed)
        bridge.codingsChanged.connect(self._later.start)
        bridge.documentsChanged.connect(self._later.start)
        session.aboutToClose.connect(self._later.stop)
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.session.project.outline.items()
        previews = self._read_previews(rows)
        old, new = [r["guid"] for r in self._rows], [r["guid"] for r in rows]
        if not self._changed_in_place(old, new, rows, previews):
            self.beginResetModel()
            self._rows, self._previews, self._levels = rows, previews, levels(rows)
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def items(self) -> list[dict]:
        return list(self._rows)

    def item(self, guid: str) -> dict | None:
        return next((r for r in self._rows if r["guid"] == guid), None)

    def row_of(self, guid: str) -> int:
        """The row of an item, -1 if there is none with that guid."""
        return next((n for n, r in enumerate(self._rows) if r["guid"] == guid), -1)

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, preview = self._rows[index.row()], self._previews[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(row['kind'])}: {preview}" if preview else kind_label(row["kind"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["text"] or preview or None
        if role == Qt.ItemDataRole.FontRole and row["kind"] in _HEADINGS:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole:
            return row
        if role == GuidRole:
            return row["guid"]
        if role == PreviewRole:
            return preview
        if role == LevelRole:
            return self._levels[index.row()]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows and after the last one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop: reordering within the outline ---------------------------------------
    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The first dragged row: the outline's view selects one item at a time."""
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            mime.setData(OUTLINE_MIME, self._rows[valid[0].row()]["guid"].encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        guid = bytes(mime.data(OUTLINE_MIME).data()).decode("utf-8", "replace").strip()
        current = self.row_of(guid)
        if current < 0:
            return False
        if row < 0:  # on a row: before it; on the empty area: at the end
            row = parent.row() if parent.isValid() else len(self._rows)
        to = row - 1 if row > current else row  # the place counted without the dragged row
        if to == current:
            return False
        try:
            self.session.project.outline.move(guid, to)
        except KvalkodError as exc:
            errors.show_error(QApplication.activeWindow(), exc)
            return False
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        return False  # a finished move-drag must not delete rows: the service moved the item

    # -- helpers -------------------------------------------------------------------------
    def _changed_in_place(self, old: list[str], new: list[str], rows: list[dict], previews: list[str]) -> bool:
        """Apply a change of one row (moved, inserted, removed) or none as such; False if the
        change is larger and needs a reset."""
        def store() -> None:
            self._rows, self._previews, self._levels = rows, previews, levels(rows)

        if old == new:
            store()
            return True
        if len(new) == len(old) + 1 and [g for g in new if g in set(old)] == old:
            at = next(n for n, g in enumerate(new) if g not in set(old))
            self.beginInsertRows(QModelIndex(), at, at)
            store()
            self.endInsertRows()
            return True
        if len(new) == len(old) - 1 and [g for g in old if g in set(new)] == new:
            at = next(n for n, g in enumerate(old) if g not in set(new))
            self.beginRemoveRows(QModelIndex(), at, at)
            store()
            self.endRemoveRows()
            return True
        if len(new) != len(old) or set(new) != set(old):
            return False
        first = next(n for n in range(len(old)) if old[n] != new[n])
        last = next(n for n in reversed(range(len(old))) if old[n] != new[n])
        if old[first + 1:last + 1] == new[first:last]:  # old[first] moved down to ``last``
            source, destination = first, last + 1
        elif old[first:last] == new[first + 1:last + 1]:  # old[last] moved up to ``first``
            source, destination = last, first
        else:
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        store()
        self.endMoveRows()
        return True

    def _read_previews(self, rows: list[dict]) -> list[str]:
        project = self.session.project
        quoted = [project.coding.get(g).id for r in rows if r["kind"] == "quote" for g in r["codings"]]
        codings = {c["guid"]: c for c in project.coding.list(ids=quoted)} if quoted else {}
        summaries = {s["guid"]: s for s in project.summaries.list()} if any(r["summary"] for r in rows) else {}
        return [self._preview(r, codings, summaries) for r in rows]

    def _preview(self, row: dict, codings: dict[str, dict], summaries: dict[str, dict]) -> str:
        kind = row["kind"]
        if kind in ("paragraph", "bullets"):
            return first_words(row["text"])
        if kind == "quote":
            quoted = [codings[g] for g in row["codings"] if g in codings]
            if not quoted:
                return self.tr("(no coded segment)")
            # where the quote starts: the first segment, the longest of those starting there
            first = min(quoted, key=lambda c: (c["document"], c["start"], c["start"] - c["end"]))
            text = f"”{one_line(first['text'], PREVIEW_CHARS)}” ({first['document']})"
            more = len(quoted) - 1
            return text + (" " + self.tr("+ {n} more").format(n=more) if more else "")
        if kind == "scene" and row["scene"]:
            return self.session.project.scenes.get(row["scene"]).title
        if kind == "summary":
            summary = summaries.get(row["summary"])
            if summary is None:
                return ""
            scope = " × ".join(x for x in (summary["code"], summary["case"], summary["document"]) if x)
            return scope + (" " + self.tr("(closing)") if row["options"].get("closing") else "")
        if kind == "matrix" and not row["text"]:
            return ", ".join(row["options"].get("codes", []))
        return one_line(row["text"])

    # -- slots ---------------------------------------------------------------------------
    def _on_report_changed(self) -> None:
        self.refresh()

    def _on_scenes_changed(self) -> None:
        self.refresh()

    def _on_summaries_changed(self) -> None:
        self.refresh()

    def _on_codes_changed(self) -> None:
        self.refresh()
