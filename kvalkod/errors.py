"""The errors a user can cause. Each carries one plain sentence that names the thing at fault.

The CLI prints ``str(error)`` and exits 1; the app shows it in a dialog. Anything that is not a
``KvalkodError`` is a bug and is reported as one.
"""

from __future__ import annotations

import re

# Line breaks and other control characters, which a file name or a part name inside a damaged
# file may hold; shown escaped so the message stays the one line the CLI promises.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with control characters written as escapes ("\\n"), so it prints as one line."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class KvalkodError(Exception):
    """Base of every user-facing error: the message is meant for the analyst."""

    def __str__(self) -> str:
        return one_line(super().__str__())


class InputFileError(KvalkodError):
    """A file given to kvalkod cannot be read or imported; names the file and the reason."""

    def __init__(self, path: object, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAProjectError(KvalkodError):
    """The path is not a kvalkod project file."""


class NotFoundError(KvalkodError):
    """A named document, code, coder, case or variable does not exist in the project."""


class ConflictError(KvalkodError):
    """The action would create something that exists already, or break a rule of the project."""


class NothingToUndoError(KvalkodError):
    """Undo or redo was asked for with an empty history."""


class ReadOnlyError(KvalkodError):
    """A change was asked of a project opened read-only (another window or process holds it)."""
