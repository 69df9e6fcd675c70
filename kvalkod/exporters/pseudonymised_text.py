"""A document's text with pseudonyms in place of real names, and where its offsets went.

A pseudonymised project exchange carries the document texts with the names replaced, so every
coding, speaker turn and scene passage must be moved to the same words in the new text: a
pseudonym is rarely as long as the name it replaces. An offset before or after a name moves
by the lengths changed before it; an offset inside a name widens to the whole pseudonym, so
no passage ends up holding half a name.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Protocol


class Replacer(Protocol):
    """What ``NameService.pseudonymiser()`` returns: replaces names, finds their spans."""

    def __call__(self, text: str) -> str: ...

    def spans(self, text: str) -> list[tuple[int, int]]: ...


class ShiftedText:
    def __init__(self, text: str, replace: Replacer):
        pieces: list[str] = []
        self._old_starts: list[int] = []
        self._old_ends: list[int] = []
        self._new: list[tuple[int, int]] = []
        self._shift_after: list[int] = []  # total shift once past each name
        position = shift = 0
        for start, end in replace.spans(text):
            pseudonym = replace(text[start:end])
            pieces += [text[position:start], pseudonym]
            self._old_starts.append(start)
            self._old_ends.append(end)
            self._new.append((start + shift, start + shift + len(pseudonym)))
            shift += len(pseudonym) - (end - start)
            self._shift_after.append(shift)
            position = end
        pieces.append(text[position:])
        self.text = "".join(pieces)

    def _inside(self, offset: int) -> int | None:
        """The index of the name strictly around ``offset``, if any."""
        i = bisect_right(self._old_starts, offset) - 1
        if i >= 0 and self._old_starts[i] < offset < self._old_ends[i]:
            return i
        return None

    def _moved(self, offset: int) -> int:
        passed = bisect_right(self._old_ends, offset)
        return offset + (self._shift_after[passed - 1] if passed else 0)

    def start(self, offset: int) -> int:
        """Where a passage starting at ``offset`` starts in the new text."""
        inside = self._inside(offset)
        return self._new[inside][0] if inside is not None else self._moved(offset)

    def end(self, offset: int) -> int:
        """Where a passage ending at ``offset`` ends in the new text."""
        inside = self._inside(offset)
        return self._new[inside][1] if inside is not None else self._moved(offset)
