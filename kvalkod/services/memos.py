"""Memos: the analyst's writing about the project, a document, a code or a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import KvalkodError, NotFoundError
from ..model import Memo
from ..store.stamps import new_guid, utc_now

if TYPE_CHECKING:
    from .project import Project

TARGETS = ("project", "document", "code", "case")


class MemoService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def _target_id(self, target_type: str, target: str | None) -> int | None:
        if target_type not in TARGETS:
            raise KvalkodError(f"a memo belongs to one of {', '.join(TARGETS)}, not {target_type!r}")
        if target_type == "project":
            return None
        if not target:
            raise KvalkodError(f"name the {target_type} the memo belongs to")
        getter = {"document": self.project.documents.get, "code": self.project.codebook.get,
                  "case": self.project.cases.get}[target_type]
        return getter(target).id

    def add(self, target_type: str, target: str | None, text: str, *, author: str | None = None) -> Memo:
        target_id = self._target_id(target_type, target)
        now = utc_now()
        with self.project.action(f"add memo on {target_type}") as uow:
            memo_id = self.store.memos.insert(uow, {
                "guid": new_guid(), "target_type": target_type, "target_id": target_id,
                "author": author or self.project.coder, "text": text, "created_at": now, "updated_at": now})
        return self.store.memos.get(memo_id)

    def edit(self, memo_id: int, text: str) -> Memo:
        memo = self._get(memo_id)
        with self.project.action("edit memo") as uow:
            self.store.memos.update(uow, memo.id, {"text": text, "updated_at": utc_now()})
        return self._get(memo_id)

    def delete(self, memo_id: int) -> None:
        memo = self._get(memo_id)
        with self.project.action("delete memo") as uow:
            self.store.memos.delete(uow, memo.id)

    def for_target(self, target_type: str, target: str | None) -> list[Memo]:
        return self.store.memos.for_target(target_type, self._target_id(target_type, target))

    def _get(self, memo_id: int) -> Memo:
        memo = self.store.memos.get(memo_id)
        if memo is None:
            raise NotFoundError(f"no memo {memo_id}")
        return memo
