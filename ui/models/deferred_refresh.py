"""When a model that summarises the whole project reads it again.

A matrix, a network or the coders' counts read every coding: too much to do after each
click, and wasted while their panel is hidden behind another tab. They ask for a refresh when
the project changes; it comes a moment later (changes in a burst are read once), and not at
all while paused, only marked stale and done when the panel shows again.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class DeferredRefresh(QObject):
    def __init__(self, session, refresh: Callable[[], None], interval_ms: int, *, paused: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._refresh = refresh
        self.paused = paused
        self.stale = paused  # a model that starts paused has read nothing yet
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(refresh)
        session.aboutToClose.connect(self._timer.stop)

    def request(self) -> None:
        """The project changed: refresh soon, or when resumed."""
        if self.paused:
            self.stale = True
        else:
            self._timer.start()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if not paused and self.stale:
            self._refresh()

    def started(self) -> None:
        """Called by the refresh itself: whatever was pending is being read now."""
        self._timer.stop()
        self.stale = False


class _PauseWhileHidden(QObject):
    def __init__(self, widget: QWidget, set_paused: Callable[[bool], None]):
        super().__init__(widget)
        self._set_paused = set_paused
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._set_paused(False)
        elif event.type() == QEvent.Type.Hide:
            self._set_paused(True)
        return False


def pause_while_hidden(widget: QWidget, set_paused: Callable[[bool], None]) -> None:
    """Pause a model while ``widget`` (its panel) is hidden, e.g. in a dock tabbed behind
    another, and let it catch up when the panel shows again."""
    _PauseWhileHidden(widget, set_paused)
