"""What the reviewer reads: a scene (its title, status, themes, setting, narrative and the
analyst's analysis) or a summary (its code, case or document, and text), as a page.

Read-only by construction: a QTextBrowser, filled from the services' reading methods.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from ..models.scene_list_model import status_label


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def _italic(text: str) -> str:
    return f"<p><i>{html.escape(text)}</i></p>"


class ReviewReader(QTextBrowser):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.setHtml(_italic(self.tr("Choose a scene or a summary to read it.")))

    def show_scene(self, scene: dict) -> None:
        """A scene as ``scenes.list()`` gives it; its texts are read with ``scenes.get``."""
        stored = self.session.project.scenes.get(scene["guid"])
        facts = [(self.tr("Status"), status_label(stored.status)),
                 (self.tr("Themes"), ", ".join(scene["codes"]) or self.tr("none yet")),
                 (self.tr("Setting"), stored.setting), (self.tr("Date"), stored.scene_date),
                 (self.tr("Participants"), stored.participants)]
        empty = _italic(self.tr("(empty)"))
        parts = [_heading(2, self.tr("Scene: {title}").format(title=stored.title)), self._facts(facts),
                 _heading(3, self.tr("Narrative")), _paragraphs(stored.narrative) or empty,
                 _heading(3, self.tr("Analysis")), _paragraphs(stored.analysis) or empty]
        self.setHtml("".join(parts))

    def show_summary(self, summary: dict) -> None:
        """A summary as ``summaries.list()`` gives it."""
        facts = [(self.tr("Case"), summary["case"] or ""), (self.tr("Document"), summary["document"] or ""),
                 (self.tr("Coded segments it rests on"), str(len(summary["links"])))]
        parts = [_heading(2, self.tr("Summary of {code}").format(code=summary["code"])), self._facts(facts),
                 _paragraphs(summary["text"]) or _italic(self.tr("(empty)"))]
        self.setHtml("".join(parts))

    @staticmethod
    def _facts(facts: list[tuple[str, str]]) -> str:
        rows = "".join(f"<tr><td><b>{html.escape(name)}</b>&nbsp;&nbsp;</td><td>{html.escape(value)}</td></tr>"
                       for name, value in facts if value)
        return f"<table>{rows}</table>"
