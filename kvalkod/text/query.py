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
        tokens = [fold_diacritics(t) if folded else t for t in self.tokens]
        body = r"[\W_]+".join(re.escape(t) for t in tokens)
        tail = r"[^\W_]*" if self.prefix else r"(?![^\W_])"
        return re.compile(r"(?<![^\W_])" + body + tail, re.IGNORECASE)


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
