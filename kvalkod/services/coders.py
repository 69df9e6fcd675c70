"""Coders: who coded what, each in a colour the app shows them in.

A coder comes into being with their first coding (``Project.coder_id``); this service lists
the coders with how much each has coded, recolours and renames them. A rename changes the
name every coding is shown under, because codings point at the coder, not at a name.
Each change is one undoable action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ConflictError, KvalkodError, NotFoundError
from ..model import Coder
from .codebook import check_color

if TYPE_CHECKING:
    from .project import Project


class CoderService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def all(self) -> list[Coder]:
        return self.store.coders.all()

    def list(self) -> list[dict]:
        """[{"name", "color", "codings"}] in the order the coders first coded."""
        counts = self.store.coders.coding_counts()
        return [{"name": c.name, "color": c.color, "codings": counts.get(c.id, 0)} for c in self.all()]

    def get(self, name: str) -> Coder:
        coder = self.store.coders.find(name)
        if coder is None:
            known = ", ".join(c.name for c in self.all())
            raise NotFoundError(f"no coder named {name!r} "
                                + (f"(the project's coders: {known})" if known else "(nobody has coded yet)"))
        return coder

    def set_color(self, name: str, color: str) -> Coder:
        coder = self.get(name)
        with self.project.action(f"colour coder {coder.name}") as uow:
            self.store.coders.update(uow, coder.id, {"color": check_color(color)})
        return self.store.coders.get(coder.id)

    def rename(self, name: str, new_name: str) -> Coder:
        coder = self.get(name)
        new_name = new_name.strip()
        if not new_name:
            raise KvalkodError("a coder's name cannot be empty")
        if new_name != coder.name and self.store.coders.find(new_name) is not None:
            raise ConflictError(f"a coder named {new_name!r} exists already")
        with self.project.action(f"rename coder {coder.name} to {new_name}") as uow:
            self.store.coders.update(uow, coder.id, {"name": new_name})
        return self.store.coders.get(coder.id)
