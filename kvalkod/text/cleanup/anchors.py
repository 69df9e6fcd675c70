"""Anchors: invisible place-holders that carry a position through every later rule.

A footnote marker is removed from a line long before the paragraph it sits in is re-flowed,
de-hyphenated and joined to its neighbours, yet the `Note` must say where in the *final*
text the marker stood. Rather than maintain an offset map through every rule, the marker
is replaced by one private-use code point (plane 15) that encodes an event id. The
characters ride along with the text, and the last step removes them all in one pass and
turns their positions into offsets.

Plane-15 private-use characters do not occur in real documents; if an input contains any
(say, from a fuzzer), they are replaced by U+FFFD up front so they cannot be mistaken for
anchors.
"""

from __future__ import annotations

import re

BASE = 0xF0000
LIMIT = 0xFFFFD
ANCHOR_RE = re.compile("[\U000F0000-\U000FFFFD]")
_FOREIGN_RE = re.compile("[\U000F0000-\U000FFFFF]")


def scrub_foreign(text: str) -> tuple[str, int]:
    """Replace plane-15 private-use characters already in the input; return the count."""
    count = len(_FOREIGN_RE.findall(text))
    if count:
        text = _FOREIGN_RE.sub("\ufffd", text)
    return text, count


def visible(text: str) -> str:
    """The text without anchors, for rules that look at letters and punctuation."""
    return ANCHOR_RE.sub("", text) if text else text


class Anchors:
    """Hands out anchor characters and resolves them to offsets in the final text."""

    def __init__(self) -> None:
        self.payloads: list[object] = []

    def new(self, payload: object) -> str:
        """An anchor character for ``payload``, or '' if the id space is exhausted."""
        if BASE + len(self.payloads) > LIMIT:
            return ""
        self.payloads.append(payload)
        return chr(BASE + len(self.payloads) - 1)

    def resolve(self, text: str) -> tuple[str, list[tuple[object, int]]]:
        """Strip all anchors; return the text and (payload, offset) pairs in text order."""
        found: list[tuple[object, int]] = []
        pieces: list[str] = []
        last = 0
        removed = 0
        for m in ANCHOR_RE.finditer(text):
            pieces.append(text[last : m.start()])
            idx = ord(m.group()) - BASE
            if 0 <= idx < len(self.payloads):
                found.append((self.payloads[idx], m.start() - removed))
            removed += 1
            last = m.end()
        pieces.append(text[last:])
        return "".join(pieces), found
