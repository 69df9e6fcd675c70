"""Events: how the app (and anyone else) learns that the project changed.

Services publish events only after their transaction commits, never after a rollback, so a
listener never sees a change that did not happen. Besides the specific events a service
emits (``coding_applied`` with the new ids …), every commit publishes one ``<area>_changed``
event per area it touched, derived from the tables written, which is what undo and redo
publish too.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

Listener = Callable[[str, dict[str, Any]], None]

_AREAS = {
    "documents": "documents", "document_sources": "documents", "speaker_turns": "documents",
    "document_notes": "documents", "text_chunks": "documents", "codes": "codes",
    "codings": "codings", "cases": "cases", "case_documents": "cases", "variables": "variables",
    "variable_values": "variables", "memos": "memos", "coders": "coders", "project_meta": "project",
    "scenes": "scenes", "scene_sources": "scenes", "scene_codes": "scenes",
    "summaries": "summaries", "summary_links": "summaries", "condensations": "summaries",
    "report_items": "report", "report_item_codings": "report", "comments": "comments", "name_map": "names",
    "saved_queries": "queries", "sets": "sets", "set_members": "sets",
}


def area_events(tables: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    areas = sorted({_AREAS[t] for t in tables if t in _AREAS})
    return [(f"{a}_changed", {}) for a in areas] + [("history_changed", {})]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, events: Iterable[tuple[str, dict[str, Any]]]) -> None:
        for name, payload in events:
            for listener in list(self._listeners):
                listener(name, payload)
