"""The search language: words, "phrases", prefix*, and OR between terms (AND is implied).

A query is parsed once into terms, then turned two ways: into an FTS5 MATCH expression that
finds the paragraphs (index chunks) worth reading, and into one regular expression per term
that finds the exact occurrences, with their offsets, inside those paragraphs. Both split text
into tokens the same way SQLite's unicode61 tokenizer does: runs of letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import KvalkodError
from .fold import fold_diacritics

TOKEN = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r'"([^"]*)"(\*?)|(\S+)')


@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        phrase = " ".join(self.tokens)
        return f'"{phrase}"' + ("*" if self.prefix else "")

    def pattern(self, folded: bool) -> re.Pattern[str]:
        """A pattern over *lower-cased* text (see ``find_spans``).

        It starts with a literal so that ``re`` can use its fast literal search; the left word
        boundary is checked by ``find_spans`` instead of a look-behind, which would disable it.
        """
        tokens = [(fold_diacritics(t) if folded else t).lower() for t in self.tokens]
        body = r"[\W_]+".join(re.escape(t) for t in tokens)
        tail = r"[^\W_]*" if self.prefix else r"(?![^\W_])"
        return re.compile(body + tail)


@dataclass(frozen=True)
class Query:
    """Groups are ANDed; the terms inside a group are ORed."""

    groups: tuple[tuple[Term, ...], ...]

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def fts(self) -> str:
        parts = []
        for group in self.groups:
            inner = " OR ".join(t.fts() for t in group)
            parts.append(f"({inner})" if len(group) > 1 else inner)
        return " AND ".join(parts)


def find_spans(text: str, patterns: list[re.Pattern[str]], folded: bool) -> list[tuple[int, int]]:
    """``[start, end)`` of every match of the patterns in ``text``, in order, without repeats.

    The text is lower-cased (and folded) first; both keep one code point per code point, so
    the spans are spans of ``text``. The rare characters whose lower case is longer (İ) fall
    back to matching case-insensitively, character for character.
    """
    hay = fold_diacritics(text) if folded else text
    lowered = hay.lower()
    if len(lowered) != len(hay):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in hay)
    spans = []
    for pattern in patterns:
        for m in pattern.finditer(lowered):
            start = m.start()
            if start and _is_token_char(lowered[start - 1]):
                continue
            spans.append(m.span())
    if len(patterns) > 1:
        spans = sorted(set(spans))
    return spans


def _is_token_char(char: str) -> bool:
    return char.isalnum()


def parse_query(text: str) -> Query:
    """Parse the user's query; a query with nothing searchable in it is a user error."""
    groups: list[list[Term]] = []
    pending_or = False
    for m in _QUERY_PART.finditer(text):
        phrase, phrase_star, word = m.groups()
        if word == "OR":
            pending_or = bool(groups)
            continue
        raw, prefix = (phrase, bool(phrase_star)) if phrase is not None else (word, word.endswith("*"))
        tokens = tuple(TOKEN.findall(raw))
        if not tokens:
            continue
        term = Term(tokens, prefix)
        if pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        raise KvalkodError(f"the search {text!r} has no words to look for")
    return Query(tuple(tuple(g) for g in groups))
