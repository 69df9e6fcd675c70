"""The seed reports' raw and cleaned text, shared by the clean-up tests (cleaned once each)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kvalkod.text.cleanup import CleanupResult, clean

SOURCES = Path(__file__).resolve().parents[2] / "sample_projects" / "sources"
SEEDS = {p.name[:3]: p for p in SOURCES.glob("00?_*.txt")}


def raw(n: str) -> str:
    """Seed ``n`` ("002") as read from the project's cited copy."""
    return SEEDS[n].read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def cleaned(n: str) -> CleanupResult:
    return clean(raw(n))


def paragraphs(n: str) -> list[str]:
    return cleaned(n).text.split("\n\n")
