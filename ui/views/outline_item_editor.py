"""The selected outline item: its text in an editor, and a preview of what the report makes of it.

The text is saved after a short pause in typing (or when the editor loses focus), as in the
memo panel: each save is one undoable action, and an undo history of single letters would
be useless. A save echoes back through ``reportChanged``; the editor keeps what is being
typed. Quotes, scenes and summaries show the analysis they refer to and have no text of
their own here: they change where that analysis is edited.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from kvalkod.errors import KvalkodError

from ..errors import guarded
from ..models.outline_model import OutlineModel, kind_label

SAVE_DELAY_MS = 800
# kinds whose text the analyst writes here (a matrix's is its caption)
TEXT_KINDS = ("chapter", "section", "heading", "paragraph", "bullets", "appendix", "matrix")
_NEEDS_TEXT = ("chapter", "section", "heading", "paragraph", "bullets", "appendix")


def blocks_html(blocks: list[dict]) -> str:
    """Rendered report blocks as simple HTML for the preview (the .docx has the real styles)."""
    out = []
    for block in blocks:
        kind, text = block["kind"], html.escape(block.get("text", ""))
        if kind in ("chapter", "appendix"):
            out.append(f"<h2>{text}</h2>")
        elif kind in ("section", "heading", "scene"):
            out.append(f"<h3>{text}</h3>")
        elif kind in ("attribution", "scene_meta"):
            out.append(f"<p><i>{text}</i></p>")
        elif kind == "quote":
            out.append(f"<blockquote>{text}</blockquote>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block["items"]) + "</ul>")
        elif kind == "table":
            cells = "".join(f"<th>{html.escape(h)}</th>" for h in block["header"])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in block["rows"])
            caption = f"<p><i>{html.escape(block['caption'])}</i></p>" if block.get("caption") else ""
            out.append(f"{caption}<table border='1' cellspacing='0' cellpadding='3'><tr>{cells}</tr>{body}</table>")
        else:
            out.append(f"<p>{_with_refs(block)}</p>")
    return "".join(out)


def _with_refs(block: dict) -> str:
    text, refs, pieces, last = block["text"], block.get("refs", []), [], 0
    for offset, label in refs:
        pieces.append(html.escape(text[last:offset]) + f"<sup>{html.escape(label)}</sup>")
        last = offset
    return "".join(pieces) + html.escape(text[last:])


class OutlineItemEditor(QWidget):
    def __init__(self, session, model: OutlineModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = model
        self.guid: str | None = None  # the item shown
        self._loading = False  # the editor is being filled, not typed into
        self._closed = False

        self.kind_label = QLabel(self)
        self.hint = QLabel(self.tr(
            "This item shows a part of the analysis; edit the coded segments, scene or summary itself."), self)
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(self.tr("In the report:"), self))
        layout.addWidget(self.preview, 2)

        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        self.save_timer.timeout.connect(self._on_save_timeout)
        model.dataChanged.connect(self._on_model_changed)
        model.modelReset.connect(self._on_model_changed)
        model.rowsRemoved.connect(self._on_model_changed)
        session.aboutToClose.connect(self._on_about_to_close)
        self.show_item(None)

    # -- public --------------------------------------------------------------------------
    def show_item(self, guid: str | None) -> None:
        """Show an item (None: nothing), saving what was typed into the one being left."""
        if guid != self.guid:
            self.save_now()
        self.guid = guid
        self._refresh()

    def is_saving(self) -> bool:
        """True while typed text waits for the pause that saves it."""
        return self.save_timer.isActive()

    @guarded
    def save_now(self) -> None:
        """Write the editor's text if it differs from the stored item's."""
        self.save_timer.stop()
        item = self.model.item(self.guid) if self.guid is not None and not self._closed else None
        if item is None or item["kind"] not in TEXT_KINDS:
            return
        text = self.editor.toPlainText()
        if text == item["text"]:
            return
        if item["kind"] in _NEEDS_TEXT and not text.strip():
            self.session.statusMessage.emit(self.tr("{kind}: the text cannot be empty, so it was not saved").format(
                kind=kind_label(item["kind"])))
            return
        self.session.project.outline.update(item["guid"], text=text)

    # -- helpers -------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Show the stored item, unless its text is being typed (a save is pending)."""
        item = self.model.item(self.guid) if self.guid is not None else None
        if item is None:
            self.guid = None
            self.save_timer.stop()
        if self.is_saving():
            return
        editable = item is not None and item["kind"] in TEXT_KINDS
        self.kind_label.setText(kind_label(item["kind"]) if item is not None else self.tr("No item selected"))
        text = item["text"] if editable else ""
        if self.editor.toPlainText() != text:
            self._loading = True
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # writing goes on at the end
            self._loading = False
        self.editor.setEnabled(editable)
        self.editor.setVisible(item is None or editable)  # the preview gets the room of one not edited here
        self.hint.setVisible(item is not None and not editable)
        self.editor.setPlaceholderText(self.tr("The table's caption") if editable and item["kind"] == "matrix" else "")
        self._show_preview(item)

    def _show_preview(self, item: dict | None) -> None:
        if item is None:
            self.preview.clear()
            return
        try:
            self.preview.setHtml(blocks_html(self.session.project.report.blocks([item])))
        except KvalkodError as exc:
            self.preview.setPlainText(str(exc))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)

    # -- slots ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._loading and self.guid is not None:
            self.save_timer.start()

    def _on_save_timeout(self) -> None:
        self.save_now()

    def _on_model_changed(self, *args) -> None:
        self._refresh()

    def _on_about_to_close(self) -> None:
        self.save_now()
        self._closed = True
