"""The data the clean-up hands back, and the working line record the rules share.

The public results (`Note`, `Flag`, `CleanupResult`) are plain dataclasses so that the
importer can store them without knowing anything about how they were produced. `Line` is
internal: every rule works on the same list of `Line` objects, marking lines as removed or
as belonging to a table or figure instead of deleting them. That keeps the raw 1-based
line number of every surviving piece of text, which the report needs, and lets a later
rule see what an earlier rule took away (a removed footer is a page break, not a blank).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    """A footnote or figure/table caption lifted out of the running text."""

    kind: str  # "footnote" | "caption"
    label: str  # "5", "Figur 1", "Tabell 2"
    text: str  # the footnote body / caption text, re-flowed, one line
    offset: int | None  # code-point offset in the CLEAN text where its marker stood


@dataclass(frozen=True)
class Flag:
    """Something worth the analyst's eye that the clean-up deliberately did not change."""

    start: int
    end: int
    kind: str  # "mixed_script" | "uncertain_hyphen" | "ocr_suspect" | ...
    detail: str


@dataclass
class CleanupResult:
    text: str
    notes: list[Note]
    flags: list[Flag]
    report: dict


@dataclass
class Line:
    """One physical input line as the rules see it.

    ``text`` is the working copy (trimmed, possibly with footnote markers replaced by
    anchors); ``raw`` never changes. A line is never deleted from the list: a rule that
    drops it sets ``removed`` to its own name, so neighbours can tell a page-furniture gap
    from a real blank line.
    """

    no: int
    raw: str
    text: str
    page_start: bool = False
    removed: str | None = None
    role: str = "text"  # "text" | "table" | "caption" | "figure_note" | "chart"
    group: int = -1  # id of the table/figure block the line belongs to

    @property
    def blank(self) -> bool:
        return self.removed is None and not self.text

    @property
    def live(self) -> bool:
        """A line that still carries text into the output."""
        return self.removed is None and bool(self.text)


@dataclass
class Paragraph:
    """One output paragraph: a single line of prose, or an unflowed block (table, chart)."""

    text: str
    kind: str  # "text" | "heading" | "bullet" | "table" | "caption" | "figure_note" | "chart"
    first_line: int
    raw_lines: list[int] = field(default_factory=list)
    hard_end: bool = False  # ended by a Markdown hard line break, not by a blank line
