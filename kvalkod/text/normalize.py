"""The one form in which kvalkod stores text: Unicode NFC with ``\\n`` line endings.

Every offset in a project counts code points of text in this form, so anything that enters
the project (imported files, REFI sources, text typed in the app) passes through here first.
"""

from __future__ import annotations

import unicodedata

_BOM = "\ufeff"


def normalize_text(text: str) -> str:
    """NFC, no byte-order mark, and CRLF / lone CR turned into LF."""
    if text.startswith(_BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
