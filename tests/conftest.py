"""Fixtures shared by the core and ui tests: fresh projects, documents, the seed copies."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kvalkod.model import SpeakerTurn
from kvalkod.services import Project
from kvalkod.services.importing import PreparedDocument

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sample_projects" / "sources"
SEEDS = sorted(SOURCES.glob("0*.txt"))


def seed(prefix: str) -> Path:
    """The project's cited copy of a seed report, by its number ("002")."""
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "test.kvalkod", coder="Anna")
    yield p
    p.close()


def add_text(project: Project, name: str, text: str, *, kind: str = "interview",
             turns: list[SpeakerTurn] | None = None):
    """Store a document straight from text (bypassing the file importers)."""
    data = text.encode("utf-8")
    prepared = PreparedDocument(
        name=name, kind=kind, text=text, raw_text=text, source_name=f"{name}.txt", format="txt",
        encoding="utf-8", sha256=hashlib.sha256(data).hexdigest(), size=len(data), original=data,
        report={"cleaned": False}, turns=turns or [],
    )
    return project.documents.add_prepared(prepared, {})
