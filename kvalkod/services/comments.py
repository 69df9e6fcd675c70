"""Reviewers' comments on scenes, codings and summaries.

Reviewers read and comment; they change no coding. A comment has an author and a date and is
open until someone resolves it (who and when are kept). Comments are project data like any
other: each change is one undoable action, and they travel with merges of the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import KvalkodError, NotFoundError
from ..store.comments import TARGETS
from ..store.stamps import new_guid, utc_now

if TYPE_CHECKING:
    from .project import Project


class CommentService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def _target_id(self, target: str, guid: str) -> int:
        if target not in TARGETS:
            raise KvalkodError(f"a comment is on a scene, a coding or a summary, not {target!r}")
        guid = guid.strip().strip("{}").lower()
        if target == "scene":
            return self.project.scenes.get(guid).id
        if target == "coding":
            return self.project.coding.get(guid).id
        summary = self.store.summaries.find_guid(guid)
        if summary is None:
            raise NotFoundError(f"no summary with guid {guid!r}")
        return summary.id

    def _get(self, guid: str) -> dict[str, Any]:
        comment = self.store.comments.find_guid(guid.strip().strip("{}").lower())
        if comment is None:
            raise NotFoundError(f"no comment with guid {guid!r}")
        return comment

    def _public(self, guid: str) -> dict[str, Any]:
        """A comment as ``list`` gives it (without the row id)."""
        return {k: v for k, v in self._get(guid).items() if k != "id"}

    def list(self, target: str | None = None, guid: str | None = None, *, open_only: bool = False) -> list[dict]:
        """Comments, oldest first: all, or those on one target (``target`` and its ``guid``)."""
        rows = self.store.comments.all()
        if target is not None:
            guid = guid.strip().strip("{}").lower() if guid else None
            rows = [r for r in rows if r["target"] == target and (guid is None or r["target_guid"] == guid)]
        if open_only:
            rows = [r for r in rows if not r["resolved"]]
        return [{k: v for k, v in r.items() if k != "id"} for r in rows]

    def add(self, target: str, guid: str, text: str, *, author: str | None = None) -> dict[str, Any]:
        if not text.strip():
            raise KvalkodError("a comment needs a text")
        column, _ = TARGETS[target] if target in TARGETS else (None, None)
        target_id = self._target_id(target, guid)
        comment_guid = new_guid()
        with self.project.action(f"comment on a {target}") as uow:
            self.store.comments.insert(uow, {"guid": comment_guid, column: target_id, "author": author or self.project.coder,
                                             "text": text.strip(), "created_at": utc_now()})
        return self._public(comment_guid)

    def resolve(self, guid: str, *, by: str | None = None) -> dict[str, Any]:
        comment = self._get(guid)
        if not comment["resolved"]:
            with self.project.action("resolve a comment") as uow:
                self.store.comments.update(uow, comment["id"], {"resolved_by": by or self.project.coder,
                                                                "resolved_at": utc_now()})
        return self._public(guid)

    def reopen(self, guid: str) -> dict[str, Any]:
        comment = self._get(guid)
        if comment["resolved"]:
            with self.project.action("reopen a comment") as uow:
                self.store.comments.update(uow, comment["id"], {"resolved_by": None, "resolved_at": None})
        return self._public(guid)

    def delete(self, guid: str) -> None:
        comment = self._get(guid)
        with self.project.action("delete a comment") as uow:
            self.store.comments.delete(uow, comment["id"])
