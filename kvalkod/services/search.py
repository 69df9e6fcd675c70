"""Full-text search with hits mapped back to document offsets, and key-word-in-context lines.

The FTS5 index narrows the search to the paragraphs that match; a regular expression per
term then finds each occurrence and its exact ``[start, end)`` in the document's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import SearchHit
from ..text.fold import fold_diacritics
from ..text.query import parse_query

if TYPE_CHECKING:
    from .project import Project

KWIC_WIDTH = 40


class SearchService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def find(self, query: str, *, doc: str | None = None, fold: bool = False,
             context: int = KWIC_WIDTH) -> list[SearchHit]:
        """Every occurrence of the query's terms in the paragraphs that match the query."""
        parsed = parse_query(query)
        patterns = [t.pattern(fold) for t in parsed.terms]
        doc_id = self.project.documents.get(doc).id if doc else None
        hits: list[SearchHit] = []
        for doc_id_, doc_name, chunk_start, chunk in self.store.fulltext.matching_chunks(
            parsed.fts(), folded=fold, doc_id=doc_id
        ):
            haystack = fold_diacritics(chunk) if fold else chunk
            spans = sorted({m.span() for p in patterns for m in p.finditer(haystack)})
            for s, e in spans:
                hits.append(SearchHit(
                    document_id=doc_id_, document=doc_name, start=chunk_start + s, end=chunk_start + e,
                    text=chunk[s:e], left=_one_line(chunk[max(0, s - context):s]),
                    right=_one_line(chunk[e:e + context]),
                ))
        return hits

    def count(self, query: str, *, doc: str | None = None, fold: bool = False) -> int:
        return len(self.find(query, doc=doc, fold=fold, context=0))


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "  " in text else text
