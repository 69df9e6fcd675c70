"""Clean-up of PDF-, OCR- and Markdown-derived text at import.

Swedish agency reports reach kvalkod as text extracted from PDFs (page footers, footnotes
in mid-sentence, hyphenated line ends, double spacing), as OCR output (lost diacritics,
chart debris) or as converter Markdown (headings, <sup> footnotes, tables of contents).
`clean` turns any of these into the form the analyst codes: NFC text, one line per
paragraph, paragraphs separated by one blank line, with footnotes and captions lifted
into `Note`s, doubtful spots marked as `Flag`s, and a line-by-line report of every change.

The rules are in small modules, one job each (see `pipeline` for their order):
`whitespace`, `footers`, `footnotes`, `hyphens`, `tables`, `figures`, `headings`,
`reflow`, `markdown`, `unicode_checks`, `ocr`, `report`. Standard library only.

Requirements I1–I13 and the seed lines that test them are listed in the design note
``seed-analysis.md`` §1.6 (shared design folder beside the repository); the tests in
``tests/core/test_cleanup_*.py`` check them on the seed copies in ``sample_projects/sources``.
"""

from __future__ import annotations

from .detect import looks_markdown, looks_pdf_derived
from .model import CleanupResult, Flag, Note
from .pipeline import run as _run

__all__ = ["Note", "Flag", "CleanupResult", "looks_pdf_derived", "looks_markdown", "clean"]


def clean(text: str, *, markdown: bool | None = None) -> CleanupResult:
    """Clean imported text.

    ``markdown``: True/False forces the Markdown or the PDF/plain path; None guesses with
    `looks_markdown`. Text that is neither Markdown nor PDF-like (`looks_pdf_derived`) is
    only trimmed, with each line kept as a paragraph, so hand-typed transcripts keep their
    turns. Deterministic, never raises.
    """
    return _run(text, markdown)
