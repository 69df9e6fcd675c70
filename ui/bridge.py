"""Core events -> Qt signals.

Services publish events after each commit (``kvalkod.services.events``); the bridge turns
them into signals so models and views refresh without knowing the core's event names.
Services run on the GUI thread, so the signals are delivered directly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    documentsChanged = Signal()
    codesChanged = Signal()
    codingsChanged = Signal()
    casesChanged = Signal()
    variablesChanged = Signal()
    memosChanged = Signal()
    scenesChanged = Signal()
    summariesChanged = Signal()
    reportChanged = Signal()
    commentsChanged = Signal()
    namesChanged = Signal()
    queriesChanged = Signal()
    setsChanged = Signal()
    codersChanged = Signal()
    historyChanged = Signal()
    # specific events, with their payload (ids of what changed)
    codingsApplied = Signal(dict)
    codingsRemoved = Signal(dict)
    documentImported = Signal(dict)
    # codings changed in a way no specific event describes (undo, resize, merge …): a model
    # that keeps up through codingsApplied/codingsRemoved must read them again
    codingsReset = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._codings_described = False

    _AREAS = {
        "documents_changed": "documentsChanged", "codes_changed": "codesChanged",
        "codings_changed": "codingsChanged", "cases_changed": "casesChanged",
        "variables_changed": "variablesChanged", "memos_changed": "memosChanged",
        "scenes_changed": "scenesChanged", "summaries_changed": "summariesChanged",
        "report_changed": "reportChanged", "comments_changed": "commentsChanged",
        "names_changed": "namesChanged", "coders_changed": "codersChanged",
        "history_changed": "historyChanged", "codings_applied": "codingsApplied",
        "codings_removed": "codingsRemoved", "document_imported": "documentImported",
    }

    def on_event(self, name: str, payload: dict) -> None:
        # A commit publishes its specific events first, then one event per area it touched.
        if name in ("codings_applied", "codings_removed"):
            self._codings_described = True
        elif name == "codings_changed":
            if not self._codings_described:
                self.codingsReset.emit()
            self._codings_described = False
        signal_name = self._AREAS.get(name)
        if signal_name is None:
            return
        signal = getattr(self, signal_name)
        if signal_name in ("codingsApplied", "codingsRemoved", "documentImported"):
            signal.emit(dict(payload))
        else:
            signal.emit()
