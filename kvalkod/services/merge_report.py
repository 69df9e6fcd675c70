"""What a merge did, source by source: the report the analyst reads and ``--json`` prints.

Every row of a source ends up in one of four places: added to the target, matched to what the
target has already, skipped as an exact duplicate, or listed as a conflict with what was
decided. That is what "nothing dropped silently" means; the report is where it is kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# The kinds of things a merge adds, in the order the report lists them.
ADDED = ("documents", "codes", "codings", "coders", "memos", "cases", "case_documents", "variables",
         "variable_values", "scenes", "scene_sources", "scene_codes", "summaries", "summary_links",
         "comments", "condensations", "report_items", "report_item_codings", "name_map", "saved_queries",
         "sets", "set_members", "project_settings")


@dataclass
class MergeReport:
    target: str
    sources: list[str]
    dry_run: bool = False
    backup: str | None = None
    added: Counter = field(default_factory=Counter)
    matched: Counter = field(default_factory=Counter)  # met something the target has (by guid, text, path, name)
    skipped: Counter = field(default_factory=Counter)  # exact duplicates of what the target has
    filled: Counter = field(default_factory=Counter)  # empty fields of the target given the source's value
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    codes_by_guid: int = 0
    codes_by_path: int = 0
    codes_mapped: list[dict[str, str]] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_unmatched: list[str] = field(default_factory=list)

    def conflict(self, kind: str, source: str, thing: str, target_value: Any, source_value: Any,
                 resolution: str) -> None:
        self.conflicts.append({"kind": kind, "source": source, "thing": thing, "target_value": target_value,
                               "source_value": source_value, "resolution": resolution})

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "sources": list(self.sources),
            "dry_run": self.dry_run,
            "backup": self.backup,
            "added": {k: self.added.get(k, 0) for k in ADDED},
            "matched": dict(sorted(self.matched.items())),
            "skipped_duplicates": dict(sorted(self.skipped.items())),
            "filled": dict(sorted(self.filled.items())),
            "codes": {"matched_by_guid": self.codes_by_guid, "matched_by_path": self.codes_by_path,
                      "mapped": list(self.codes_mapped), "added": list(self.codes_added),
                      "unmatched": list(self.codes_unmatched)},
            "conflicts": list(self.conflicts),
        }

    def summary_lines(self) -> list[str]:
        """The report in a few lines for people: what came in, what was already there, and
        every conflict on a line of its own."""
        def listing(counts: dict[str, int]) -> str:
            return ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in counts.items() if n) or "nothing"

        data = self.as_dict()
        verb = "would add" if self.dry_run else "added"
        lines = [f"{verb}: {listing(data['added'])}",
                 f"already there: {listing(data['matched'])}",
                 f"duplicates skipped: {listing(data['skipped_duplicates'])}"]
        if any(data["filled"].values()):
            lines.append(f"empty fields filled: {listing(data['filled'])}")
        codes = data["codes"]
        lines.append(f"codes: {codes['matched_by_guid']} matched by guid, {codes['matched_by_path']} by path, "
                     f"{len(codes['mapped'])} mapped, {len(codes['added'])} added")
        lines += [f"  mapped {m['code']} -> {m['target']}" for m in codes["mapped"]]
        lines += [f"  added {path}" for path in codes["added"]]
        if self.backup:
            lines.append(f"backup of the target: {self.backup}")
        lines.append(f"conflicts: {len(self.conflicts)}")
        lines += [f"  {c['kind']}: {c['thing']}: {c['resolution']} (target: {c['target_value']}; "
                  f"{c['source']}: {c['source_value']})" for c in self.conflicts]
        return lines
