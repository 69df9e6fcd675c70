"""``kvalkod check``: is the project file sound? Problems are explained, not just counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .project import Project


class CheckService:
    def __init__(self, project: "Project"):
        self.project = project

    def run(self) -> dict:
        store = self.project.store
        problems = store.integrity_problems()
        for guid, doc in store.codings.out_of_bounds():
            problems.append(f"coding {guid} lies outside the text of {doc}")
        return {"ok": not problems, "problems": problems}
