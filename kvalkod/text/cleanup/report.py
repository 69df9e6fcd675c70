"""The audit trail of a clean-up: what each rule changed, line by line.

An analyst has to be able to trust that the text they code is the document, so every
change the clean-up makes is recorded against the raw line it came from. The report is a
plain JSON-serialisable dict so the importer can store it next to the source.

Some rules fire thousands of times on a long PDF (trailing spaces on 3 600 lines of 002).
The count is always exact, but the item list of a rule is capped so the report stays a
readable size; the summary says when a list was cut.
"""

from __future__ import annotations

#: Every rule key the pipeline may report under, in report order.
RULES = (
    "whitespace",
    "footers",
    "page_starts",
    "dehyphenation",
    "hyphens_kept",
    "footnotes",
    "reflow",
    "markdown",
    "unicode",
    "ocr",
    "tables",
    "figures",
    "headings",
)

MAX_ITEMS = 1000


class Report:
    def __init__(self, max_items: int = MAX_ITEMS) -> None:
        self.max_items = max_items
        self._rules: dict[str, dict] = {name: {"count": 0, "items": []} for name in RULES}
        self.notes: list[str] = []

    def add(self, rule: str, line: int, before: str, after: str) -> None:
        entry = self._rules.setdefault(rule, {"count": 0, "items": []})
        entry["count"] += 1
        if len(entry["items"]) < self.max_items:
            entry["items"].append({"line": int(line), "before": before, "after": after})

    def count(self, rule: str) -> int:
        return self._rules.get(rule, {"count": 0})["count"]

    def note(self, text: str) -> None:
        """A free-text remark for the summary (mode chosen, fallbacks, truncation...)."""
        self.notes.append(text)

    def as_dict(self, summary_head: str = "") -> dict:
        parts = [summary_head] if summary_head else []
        fired = [f"{name} {entry['count']}" for name, entry in self._rules.items() if entry["count"]]
        parts.append("changes: " + (", ".join(fired) if fired else "none"))
        cut = [name for name, entry in self._rules.items() if entry["count"] > len(entry["items"])]
        if cut:
            parts.append(f"item lists cut at {self.max_items} for: " + ", ".join(cut))
        parts.extend(self.notes)
        return {
            "rules": {name: {"count": e["count"], "items": list(e["items"])} for name, e in self._rules.items()},
            "summary": "; ".join(p for p in parts if p),
        }
