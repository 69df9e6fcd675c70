"""What a .qdpx import kept, changed and could not keep: the loss report.

REFI-QDA asks an importer to show which elements it discarded (spec §7), and an analyst
moving weeks of coding between tools must be able to trust that nothing vanished unseen. So
every element the reader cannot carry over becomes a loss ("what", "where", "why"), every
repair a warning, and the way each document's positions were counted is named. Losses of the
same kind in the same place are counted together, so 3,000 selections on a picture make one
line, not 3,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ADDED_KEYS = ("documents", "codes", "codings", "memos", "cases", "variables", "sets", "users")


@dataclass
class ImportReport:
    source: str
    project: str = ""
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ADDED_KEYS, 0))
    positions: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _losses: dict[tuple[str, str, str], list] = field(default_factory=dict)

    def lose(self, what: str, where: str, why: str, count: int = 1, example: str = "") -> None:
        """Record ``count`` lost elements of kind ``what`` (plural noun) at ``where``.

        Same (what, where, why) add up; up to three examples are kept for the message."""
        entry = self._losses.setdefault((what, where, why), [0, []])
        entry[0] += count
        if example and len(entry[1]) < 3:
            entry[1].append(example)

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def position_reading(self, document: str, reading: str) -> None:
        self.positions.append({"document": document, "reading": reading})

    @property
    def losses(self) -> list[dict[str, str]]:
        out = []
        for (what, where, why), (count, examples) in self._losses.items():
            text = f"{count} {what}"
            if examples:
                text += f" (e.g. {', '.join(examples)})"
            out.append({"what": text, "where": where, "why": why})
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape ``kvalkod qdpx import --json`` prints."""
        return {"project": self.project, "added": dict(self.added), "positions": list(self.positions),
                "losses": self.losses, "warnings": list(self.warnings)}

    def lines(self) -> list[str]:
        """The human report: one line per loss, then the changes, then how positions were read."""
        out = [f"lost: {loss['what']} in {loss['where']}: {loss['why']}" for loss in self.losses]
        out += [f"note: {warning}" for warning in self.warnings]
        out += [f"positions: {p['document']}: {p['reading']}" for p in self.positions]
        return out
