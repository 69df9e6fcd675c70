"""Full-text search with hits mapped back to document offsets, and key-word-in-context lines.

The FTS5 index narrows the search to the paragraphs that match; a regular expression per
term then finds each occurrence and its exact ``[start, end)`` in the document's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import SearchHit
from ..text.fold import fold_diacritics
from ..text.query import find_spans, parse_query

if TYPE_CHECKING:
    from .project import Project

KWIC_WIDTH = 40


class SearchService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def find(self, query: str, *, doc: str | None = None, fold: bool = False,
             context: int = KWIC_WIDTH, limit: int | None = None) -> list[SearchHit]:
        """Every occurrence of the query's terms in the paragraphs that match the query, in
        document order; at most ``limit`` of them (a results panel shows a page at a time)."""
        parsed = parse_query(query)
        patterns = [t.pattern(fold) for t in parsed.terms]
        doc_id = self.project.documents.get(doc).id if doc else None
        hits: list[SearchHit] = []
        for doc_id_, doc_name, chunk_start, chunk in self.store.fulltext.matching_chunks(
            parsed.fts(), folded=fold, doc_id=doc_id
        ):
            for s, e in find_spans(chunk, patterns, fold):
                hits.append(SearchHit(
                    document_id=doc_id_, document=doc_name, start=chunk_start + s, end=chunk_start + e,
                    text=chunk[s:e], left=_one_line(chunk[max(0, s - context):s]),
                    right=_one_line(chunk[e:e + context]),
                ))
                if limit is not None and len(hits) >= limit:
                    return hits
        return hits

    def count(self, query: str, *, doc: str | None = None, fold: bool = False) -> int:
        """The number of occurrences ``find`` would return.

        Queries of single words and prefixes are counted from the index alone (no text is
        read); phrases, and terms that could match the same word twice, are counted by
        finding their hits.
        """
        parsed = parse_query(query)
        terms = parsed.terms
        tokens = [(fold_diacritics(t.tokens[0]) if fold else t.tokens[0]).lower() for t in terms]
        if any(len(t.tokens) > 1 for t in terms) or _overlapping(tokens, terms):
            return len(self.find(query, doc=doc, fold=fold, context=0))
        doc_id = self.project.documents.get(doc).id if doc else None
        within = parsed.fts() if len(terms) > 1 else None
        return sum(
            self.store.fulltext.count_token(tok, prefix=t.prefix, folded=fold, doc_id=doc_id, within=within)
            for tok, t in zip(tokens, terms)
        )


def _overlapping(tokens: list[str], terms) -> bool:
    """True if one word could match two of the terms (then summing counts would double it)."""
    for i, a in enumerate(tokens):
        for j, b in enumerate(tokens):
            if i != j and (a == b or (terms[i].prefix and b.startswith(a))):
                return True
    return False


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "  " in text else text
