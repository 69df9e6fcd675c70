"""Asks what a matrix in the report shows: a theme's codes across cases or documents.

The analyst thinks in themes, not in lists of codes, so the dialog offers the codes that have
sub-codes (and the top-level ones); the matrix gets the theme's sub-codes as its columns, or
the theme itself when it has none.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


class MatrixDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a matrix"))
        codes = session.project.codebook.all()
        parents = {c.parent_id for c in codes}
        self._below = {c.path: [d.path for d in codes if d.path.startswith(c.path + "/")] for c in codes}
        self.theme_combo = QComboBox(self)
        for code in codes:
            if code.parent_id is None or code.id in parents:
                self.theme_combo.addItem(code.path, code.path)
        self.rows_combo = QComboBox(self)
        self.rows_combo.addItem(self.tr("Cases"), "case")
        self.rows_combo.addItem(self.tr("Documents"), "document")
        self.caption_edit = QLineEdit(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme:"), self.theme_combo)
        form.addRow(self.tr("Rows:"), self.rows_combo)
        form.addRow(self.tr("Caption:"), self.caption_edit)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.theme_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.rows_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.theme_combo.count() > 0)

    def rows(self) -> str:
        return self.rows_combo.currentData()

    def codes(self) -> list[str]:
        theme = self.theme_combo.currentData()
        return self._below.get(theme) or ([theme] if theme else [])

    def caption(self) -> str:
        return self.caption_edit.text().strip()

    def _on_choice_changed(self, *args) -> None:
        theme = self.theme_combo.currentData() or ""
        if self.rows() == "case":
            self.caption_edit.setText(self.tr("{theme}: coded segments per case").format(theme=theme))
        else:
            self.caption_edit.setText(self.tr("{theme}: coded segments per document").format(theme=theme))
