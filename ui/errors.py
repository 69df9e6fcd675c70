"""How errors reach the analyst: a dialog in plain words, never a lost action.

``KvalkodError`` messages are written for the user (which file or thing, what is wrong).
Anything else is a bug: the global hook logs it with its traceback, tells the user, and the
work stays safe because every finished action was committed when it returned.
"""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from pathlib import Path
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kvalkod.errors import KvalkodError

log = logging.getLogger("kvalkod.ui")
F = TypeVar("F", bound=Callable[..., Any])


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """One dialog: the user's error as it is worded, or a bug report sentence."""
    if isinstance(error, KvalkodError):
        QMessageBox.warning(parent, QApplication.translate("errors", "kvalkod"), str(error))
    else:
        QMessageBox.critical(
            parent, QApplication.translate("errors", "kvalkod: unexpected error"),
            QApplication.translate(
                "errors",
                "Something went wrong inside kvalkod ({kind}: {error}).\n\nYour work up to the last "
                "finished action is saved. Details are in {log}.",
            ).format(kind=type(error).__name__, error=error, log=log_path()),
        )


def guarded(method: F) -> F:
    """Wrap a slot so that a KvalkodError becomes a dialog on the widget instead of a crash."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except KvalkodError as exc:
            show_error(self if isinstance(self, QWidget) else None, exc)
            return None

    return wrapper  # type: ignore[return-value]


def log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) or ".")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "kvalkod.log"


def install_exception_hook() -> None:
    """Route uncaught exceptions (in slots too) to the log and a dialog, not to an abort."""
    logging.basicConfig(filename=log_path(), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), value)

    sys.excepthook = hook
