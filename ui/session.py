"""The open project as the window sees it: the services, the bridge, and the analyst's
working state (current document, coder, recently used codes).

Every panel is given the session; none of them talks to the store.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kvalkod.model import Code, Document
from kvalkod.services import Project

from .bridge import Bridge

RECENT_CODES = 9


class Session(QObject):
    currentDocumentChanged = Signal(object)  # Document | None
    selectedCodesChanged = Signal(list)  # [Code]
    recentCodesChanged = Signal()
    statusMessage = Signal(str)
    # the text selected in the document view, in code points: (Document, start, end) or None
    selectionChanged = Signal(object)
    # a panel asks the document view to show a passage: (Document, start, end)
    jumpRequested = Signal(object, int, int)
    # just before the project closes: panels save what is still being typed
    aboutToClose = Signal()
    # team coding: whose codings are hidden (``hidden_coders``, by name), and whether the
    # coding stripes take the coder's colour instead of the code's
    hiddenCodersChanged = Signal()
    stripesByCoderChanged = Signal(bool)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.bridge = Bridge(self)
        self._unsubscribe: Callable[[], None] | None = project.events.subscribe(self.bridge.on_event)
        self.current_document: Document | None = None
        self.selected_codes: list[Code] = []
        self.recent_codes: deque[str] = deque(maxlen=RECENT_CODES)  # code guids, newest first
        self.selection: tuple[Document, int, int] | None = None
        self.hidden_coders: frozenset[str] = frozenset()
        self.stripes_by_coder = False

    @classmethod
    def open(cls, path: str | Path, coder: str | None = None) -> "Session":
        return cls(Project.open(path, coder=coder))

    @property
    def coder(self) -> str:
        return self.project.coder

    def close(self) -> None:
        """Close the project (once; closing again does nothing)."""
        if self._unsubscribe is None:
            return
        self.aboutToClose.emit()
        self._unsubscribe()
        self._unsubscribe = None
        self.project.close()  # and its lock, if it took one

    def set_current_document(self, document: Document | None) -> None:
        if document != self.current_document:
            self.current_document = document
            self.currentDocumentChanged.emit(document)

    def set_selection(self, selection: tuple[Document, int, int] | None) -> None:
        """Called by the document view; ``None`` when nothing is selected."""
        if selection != self.selection:
            self.selection = selection
            self.selectionChanged.emit(selection)

    def jump_to(self, document: Document, start: int, end: int) -> None:
        self.set_current_document(document)
        self.jumpRequested.emit(document, start, end)

    def code_selection(self, code: Code) -> bool:
        """Apply ``code`` to the selected text; False (and a status message) if none."""
        if self.selection is None:
            self.statusMessage.emit(self.tr("Select text in the document first"))
            return False
        document, start, end = self.selection
        self.project.coding.apply(document.guid, start, end, code.path)
        self.note_code_used(code)
        self.statusMessage.emit(self.tr("Coded {n} characters as {code}").format(n=end - start, code=code.path))
        return True

    def set_coder_hidden(self, name: str, hidden: bool) -> None:
        """Hide or show one coder's codings in the document view and the segments panel (a
        view of the session, not a change to the project: nothing to undo)."""
        changed = self.hidden_coders | {name} if hidden else self.hidden_coders - {name}
        if changed != self.hidden_coders:
            self.hidden_coders = frozenset(changed)
            self.hiddenCodersChanged.emit()

    def set_stripes_by_coder(self, on: bool) -> None:
        if on != self.stripes_by_coder:
            self.stripes_by_coder = on
            self.stripesByCoderChanged.emit(on)

    def set_selected_codes(self, codes: list[Code]) -> None:
        self.selected_codes = list(codes)
        self.selectedCodesChanged.emit(self.selected_codes)

    def note_code_used(self, code: Code) -> None:
        if code.guid in self.recent_codes:
            self.recent_codes.remove(code.guid)
        self.recent_codes.appendleft(code.guid)
        self.recentCodesChanged.emit()

    def recent(self) -> list[Code]:
        by_guid = {c.guid: c for c in self.project.codebook.all()}
        return [by_guid[g] for g in self.recent_codes if g in by_guid]
