"""Cases: a person, an office or a meeting, and the documents that belong to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..errors import ConflictError, KvalkodError, NotFoundError
from ..model import Case
from ..store.stamps import new_guid

if TYPE_CHECKING:
    from .project import Project


class CaseService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def get(self, name_or_guid: str) -> Case:
        case = self.store.cases.find(name_or_guid)
        if case is None:
            raise NotFoundError(f"no case named {name_or_guid!r}")
        return case

    def add(self, name: str, docs: Sequence[str] = (), description: str = "") -> Case:
        """Create the case (or extend an existing one) and attach documents, as one action."""
        name = name.strip()
        if not name:
            raise KvalkodError("a case needs a name")
        documents = [self.project.documents.get(d) for d in docs]
        existing = self.store.cases.find(name)
        if existing and not documents:
            raise ConflictError(f"the case {name!r} exists already")
        with self.project.action(f"add case {name}" if not existing else f"add documents to case {name}") as uow:
            case_id = existing.id if existing else self.store.cases.insert(
                uow, {"guid": new_guid(), "name": name, "description": description})
            for doc in documents:
                if not self.store.cases.has_document(case_id, doc.id):
                    self.store.cases.add_document(uow, case_id, doc.id)
        return self.get(name)

    def list(self) -> list[dict]:
        return [{"guid": c.guid, "name": c.name, "description": c.description,
                 "documents": self.store.cases.documents_of(c.id)} for c in self.store.cases.all()]
