"""The document view: the open document's text with highlights and coding stripes, a find
bar, and the coding actions that belong to a place in the text (remove, memo, resize, in vivo).

It loads a document when the session's current document changes, reloads its codings when
they change (keeping the scroll position), and shows passages other panels jump to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from kvalkod.model import Coding, Document
from kvalkod.text.offsets import OffsetMap

from ..errors import guarded
from ..models.document_codings import DocumentCodings
from ..models.document_list_model import kind_label
from ..session import Session
from .coded_text_edit import CodedTextEdit

IN_VIVO_MAX = 60


class DocumentView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self.active_coding: Coding | None = None
        self._offsets: OffsetMap | None = None
        self.title = QLabel()
        self.title.setObjectName("documentTitle")
        self.editor = CodedTextEdit(self)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in document"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_status = QLabel()
        find_bar = QWidget()
        row = QHBoxLayout(find_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.find_edit)
        row.addWidget(self.find_status)
        self.find_bar = find_bar
        find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addWidget(find_bar)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload_codings)
        session.aboutToClose.connect(self._reload_timer.stop)
        self._actions()
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._on_context_menu)
        self.editor.selectionSpanChanged.connect(self._on_selection_span_changed)
        self.editor.stripes.codingClicked.connect(self._on_coding_clicked)
        self.editor.stripes.codingResized.connect(self._on_coding_resized)
        self.find_edit.returnPressed.connect(self.find_next)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.jumpRequested.connect(self._on_jump_requested)
        session.bridge.codingsApplied.connect(self._on_codings_applied)
        session.bridge.codingsRemoved.connect(self._on_codings_removed)
        session.bridge.codingsReset.connect(self._reload_timer.start)
        session.bridge.codesChanged.connect(self._reload_timer.start)
        session.bridge.codersChanged.connect(self._reload_timer.start)
        session.hiddenCodersChanged.connect(self._reload_timer.start)
        session.stripesByCoderChanged.connect(self._reload_timer.start)
        session.bridge.documentsChanged.connect(self._on_documents_changed)

    def _actions(self) -> None:
        def action(text: str, shortcut: str, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(self.tr("Find in document"), "Ctrl+F", self.show_find)
        action(self.tr("Find next"), "F3", self.find_next)
        self.in_vivo_action = action(self.tr("Code in vivo"), "Ctrl+I", self.code_in_vivo)
        self.fit_action = action(self.tr("Fit coding to selection"), "Ctrl+R", self.fit_active_to_selection)
        action(self.tr("Extend coding end"), "Ctrl+Alt+Right", lambda: self.nudge_active("end", +1))
        action(self.tr("Shrink coding end"), "Ctrl+Alt+Left", lambda: self.nudge_active("end", -1))
        action(self.tr("Extend coding start"), "Ctrl+Alt+Shift+Left", lambda: self.nudge_active("start", -1))
        action(self.tr("Shrink coding start"), "Ctrl+Alt+Shift+Right", lambda: self.nudge_active("start", +1))

    # -- loading -------------------------------------------------------------------------------
    def _on_current_document_changed(self, document: Document | None) -> None:
        self.open_document(document)

    def open_document(self, document: Document | None) -> None:
        self.document = document
        self.active_coding = None
        if document is None:
            self.title.setText("")
            self.editor.clear_document()
            return
        project = self.session.project
        text = project.documents.text(document.guid)
        self.title.setText(f"<b>{document.name}</b> — {kind_label(document.kind)}, "
                           + self.tr("{n} characters").format(n=document.length))
        self._offsets = OffsetMap(text)
        self.editor.show_text(document.guid, text, self._index(),
                              lambda start, end: self._turn_labels(text, project.documents.turns(document.guid, start, end)))

    @staticmethod
    def _turn_labels(text: str, turns) -> list[tuple[int, int]]:
        """The span of each turn's label ("IP:", "[00:01:02] Anna:"), shown on a grey chip.
        Read for the lines on screen only: a long transcript has thousands of turns."""
        labels = []
        for turn in turns:
            colon = text.find(":", turn.start, min(turn.end, turn.start + 60))
            if text.startswith("[", turn.start) and colon != -1:
                colon = text.find(":", text.find("]", turn.start), min(turn.end, turn.start + 80))
            if colon != -1:
                labels.append((turn.start, colon + 1))
        return labels

    def _index(self) -> DocumentCodings:
        session, guid = self.session, self.document.guid
        project = session.project
        coders = project.coders.all()
        return DocumentCodings(self._offsets, self.document.length,
                               lambda start, end: project.coding.in_span(guid, start, end),
                               project.coding.codes_in_document(guid), project.codebook.all(),
                               {c.id: c.name for c in coders},
                               frozenset(c.id for c in coders if c.name in session.hidden_coders),
                               {c.id: QColor(c.color) for c in coders} if session.stripes_by_coder else None)

    def _on_codings_applied(self, payload: dict) -> None:
        """New codings from one action: add those of this document, read nothing else."""
        if self.document is not None and payload.get("document_id") == self.document.id \
                and self.editor.index is not None:
            codings = self.session.project.coding.by_ids(payload["ids"])
            self.editor.index.add(codings)
            self.editor.set_codings(self.editor.index)
            hidden = {self.editor.index.coders.get(c.coder_id) for c in codings} & self.session.hidden_coders
            if hidden:
                self.session.statusMessage.emit(self.tr("Coded, but not shown: the codings of {coders} are hidden")
                                                .format(coders=", ".join(sorted(hidden))))

    def _on_codings_removed(self, payload: dict) -> None:
        if self.editor.index is not None:
            self.editor.index.remove(set(payload.get("ids", ())))
            self.editor.set_codings(self.editor.index)

    def reload_codings(self) -> None:
        if self.document is None:
            return
        self.editor.set_codings(self._index())
        if self.active_coding and not any(c.id == self.active_coding.id for c in self.editor.index.codings):
            self.active_coding = None

    def _on_documents_changed(self) -> None:
        if self.document is None:
            return
        found = [d for d in self.session.project.documents.all() if d.guid == self.document.guid]
        if not found:
            self.session.set_current_document(None)
        elif found[0] != self.document:
            self.document = found[0]
            self.title.setText(f"<b>{found[0].name}</b> — {kind_label(found[0].kind)}")

    # -- selection, jumping ----------------------------------------------------------------------
    def _on_selection_span_changed(self, span) -> None:
        if self.document is None or span is None:
            self.session.set_selection(None)
        else:
            self.session.set_selection((self.document, span[0], span[1]))

    def _on_jump_requested(self, document: Document, start: int, end: int) -> None:
        if self.document is None or document.guid != self.document.guid:
            self.open_document(document)
        self.editor.select_span(start, end)
        self.editor.setFocus()

    def _on_coding_clicked(self, coding: Coding) -> None:
        self.active_coding = coding
        self.editor.select_span(coding.start, coding.end, center=False)
        code = self.editor.index.code(coding)
        self.session.statusMessage.emit(
            self.tr("Selected coding {code} ({start}–{end}); Ctrl+R fits it to a new selection")
            .format(code=code.path if code else "?", start=coding.start, end=coding.end))

    @guarded
    def _on_coding_resized(self, coding: Coding, start: int, end: int) -> None:
        self.active_coding = self.session.project.coding.resize(coding.guid, start, end)

    # -- coding actions ------------------------------------------------------------------------
    @guarded
    def code_in_vivo(self) -> None:
        """The selected words become a new code's name, and the selection is coded with it."""
        if self.document is None or (span := self.editor.selected_span()) is None:
            self.session.statusMessage.emit(self.tr("Select text in the document first"))
            return
        name = " ".join(self.editor.toPlainText()[span[0]:span[1]].split()).replace("/", "-").strip(" .,;:”\"")
        if not name:
            return
        name = name if len(name) <= IN_VIVO_MAX else name[:IN_VIVO_MAX - 1].rstrip() + "…"
        folder = self.tr("In vivo")
        coding = self.session.project.coding.apply_new_code(self.document.guid, span[0], span[1],
                                                             f"{folder}/{name}")
        code = next(c for c in self.session.project.codebook.all() if c.id == coding.code_id)
        self.session.note_code_used(code)

    @guarded
    def fit_active_to_selection(self) -> None:
        span = self.editor.selected_span()
        if self.active_coding is None or span is None:
            self.session.statusMessage.emit(self.tr("Click a coding stripe, select the new extent, then Ctrl+R"))
            return
        self.active_coding = self.session.project.coding.resize(self.active_coding.guid, *span)

    @guarded
    def nudge_active(self, edge: str, direction: int) -> None:
        """Move the active coding's start or end by one word (keyboard resizing)."""
        if self.active_coding is None:
            return
        cursor = QTextCursor(self.editor.document())
        index = self.editor.index
        position = self.active_coding.end if edge == "end" else self.active_coding.start
        cursor.setPosition(index.to_qt(position))
        move = QTextCursor.MoveOperation.NextWord if direction > 0 else QTextCursor.MoveOperation.PreviousWord
        if edge == "end" and direction > 0:
            move = QTextCursor.MoveOperation.EndOfWord if cursor.atBlockEnd() is False else move
        cursor.movePosition(move)
        new = index.from_qt(cursor.position())
        start, end = (self.active_coding.start, new) if edge == "end" else (new, self.active_coding.end)
        if end <= start or new == position:
            return
        self.active_coding = self.session.project.coding.resize(self.active_coding.guid, start, end)
        self.editor.select_span(start, end, center=False)

    def _on_context_menu(self, point) -> None:
        menu = self.context_menu(point)
        menu.exec(self.editor.viewport().mapToGlobal(point))

    def context_menu(self, point) -> QMenu:
        menu = QMenu(self)
        if self.editor.selected_span():
            recent = self.session.recent()
            if recent:
                sub = menu.addMenu(self.tr("Code with"))
                for n, code in enumerate(recent, start=1):
                    sub.addAction(f"&{n} {code.path}", lambda c=code: self._code_with(c))
            menu.addAction(self.in_vivo_action)
            menu.addSeparator()
        for coding in self.editor.codings_at_point(point):
            code = self.editor.index.code(coding)
            label = code.path if code else "?"
            menu.addAction(self.tr("Remove “{code}” here").format(code=label),
                           lambda c=coding: self._remove(c))
            menu.addAction(self.tr("Memo on “{code}”…").format(code=label), lambda c=coding: self._memo(c))
            menu.addAction(self.tr("Select “{code}” to resize").format(code=label),
                           lambda c=coding: self._on_coding_clicked(c))
        menu.addSeparator()
        menu.addAction(self.find_action)
        return menu

    @guarded
    def _code_with(self, code) -> None:
        self.session.code_selection(code)

    @guarded
    def _remove(self, coding: Coding) -> None:
        self.session.project.coding.remove([coding.guid])

    @guarded
    def _memo(self, coding: Coding) -> None:
        text, ok = self._ask_memo(coding.memo)
        if ok:
            self.session.project.coding.set_memo(coding.guid, text)

    def _ask_memo(self, current: str) -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(self, self.tr("Memo"), self.tr("Memo on this coded passage:"), current)

    # -- find ----------------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        found = self.editor.find(needle)
        if not found:  # wrap around
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.editor.find(needle)
        count = self.editor.document().toPlainText().count(needle) if found else 0
        self.find_status.setText(self.tr("{n} found").format(n=count) if found else self.tr("not found"))
        return found

