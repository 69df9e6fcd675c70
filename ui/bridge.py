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
    historyChanged = Signal()
    # specific events, with their payload (ids of what changed)
    codingsApplied = Signal(dict)
    codingsRemoved = Signal(dict)
    documentImported = Signal(dict)

    _AREAS = {
        "documents_changed": "documentsChanged", "codes_changed": "codesChanged",
        "codings_changed": "codingsChanged", "cases_changed": "casesChanged",
        "variables_changed": "variablesChanged", "memos_changed": "memosChanged",
        "history_changed": "historyChanged", "codings_applied": "codingsApplied",
        "codings_removed": "codingsRemoved", "document_imported": "documentImported",
    }

    def on_event(self, name: str, payload: dict) -> None:
        signal_name = self._AREAS.get(name)
        if signal_name is None:
            return
        signal = getattr(self, signal_name)
        if signal_name in ("codingsApplied", "codingsRemoved", "documentImported"):
            signal.emit(dict(payload))
        else:
            signal.emit()
