"""The quick-code box: type part of a code's name, press Enter, and the selection is coded.

Matching is fuzzy (every typed word must occur in the path, in any order); a name that
matches no code creates it, in the same undoable action as the coding.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..errors import guarded
from ..session import Session


def fuzzy_match(query: str, paths: list[str]) -> list[str]:
    words = query.casefold().split()
    if not words:
        return []
    hits = [p for p in paths if all(w in p.casefold() for w in words)]
    # names that start with the query first, then shorter paths
    return sorted(hits, key=lambda p: (not p.rsplit("/", 1)[-1].casefold().startswith(words[0]), len(p)))


class QuickCodeBox(QLineEdit):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setPlaceholderText(self.tr("Quick code: type a code, Enter"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self.commit)

    def _on_text_edited(self, text: str) -> None:
        paths = [c.path for c in self.session.project.codebook.all() if c.codable]
        self._model.setStringList(fuzzy_match(text, paths)[:20])

    @guarded
    def commit(self) -> bool:
        text = self.text().strip()
        if not text:
            return False
        if self.session.selection is None:
            self.session.statusMessage.emit(self.tr("Select text in the document first"))
            return False
        codes = {c.path: c for c in self.session.project.codebook.all()}
        matches = fuzzy_match(text, [p for p, c in codes.items() if c.codable])
        document, start, end = self.session.selection
        if text in codes or len(matches) == 1:
            self.session.code_selection(codes[text] if text in codes else codes[matches[0]])
        elif matches:
            self.session.statusMessage.emit(
                self.tr("{n} codes match “{text}”: choose one from the list").format(n=len(matches), text=text))
            return False
        else:
            coding = self.session.project.coding.apply_new_code(document.guid, start, end, text)
            code = next(c for c in self.session.project.codebook.all() if c.id == coding.code_id)
            self.session.note_code_used(code)
            self.session.statusMessage.emit(self.tr("Created code {code}").format(code=code.path))
        self.clear()
        return True
