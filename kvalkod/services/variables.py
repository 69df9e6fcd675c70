"""Variables: typed attributes (role, office, experience …) of documents and cases.

A variable's type is fixed when it is first given a value: a number if the value reads as
one, a date if it is an ISO date, otherwise text. Later values must fit the type, so a
matrix by ``erfarenhet_år`` never meets "tre".
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from ..errors import KvalkodError, NotFoundError
from ..store.stamps import new_guid

if TYPE_CHECKING:
    from ..store.journal import UnitOfWork
    from .project import Project

_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def infer_type(value: str) -> str:
    if _NUMBER.match(value.strip()):
        return "number"
    if _DATE.match(value.strip()):
        return "date"
    return "text"


def parse_assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise KvalkodError(f"{text!r} is not NAME=VALUE")
    return name.strip(), value.strip()


class VariableService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def set(self, doc: str, assignments: dict[str, str]) -> None:
        document = self.project.documents.get(doc)
        with self.project.action(f"set variables of {document.name}") as uow:
            for name, value in assignments.items():
                self.set_in(uow, "document", document.id, name, value)

    def set_for_case(self, case: str, assignments: dict[str, str]) -> None:
        found = self.project.cases.get(case)
        with self.project.action(f"set variables of case {found.name}") as uow:
            for name, value in assignments.items():
                self.set_in(uow, "case", found.id, name, value)

    def set_in(self, uow: "UnitOfWork", scope: str, target_id: int, name: str, value: str) -> None:
        variable = self.store.variables.find(name, scope)
        if variable is None:
            var_id = self.store.variables.insert(
                uow, {"guid": new_guid(), "name": name, "scope": scope, "type": infer_type(value)})
            var_type = infer_type(value)
        else:
            var_id, var_type = variable.id, variable.type
            if value and var_type == "number" and not _NUMBER.match(value):
                raise KvalkodError(f"{name} holds numbers; {value!r} is not one")
            if value and var_type == "date" and not _DATE.match(value):
                raise KvalkodError(f"{name} holds dates (YYYY-MM-DD); {value!r} is not one")
        key = {"document_id": target_id} if scope == "document" else {"case_id": target_id}
        self.store.variables.set_value(uow, var_id, value, **key)

    def by_document(self) -> dict[str, dict[str, str]]:
        """{document name: {variable: value}}: a document's own values over its cases' values,
        empty values left out (what attributions and reviewers' filters read)."""
        by_case: dict[str, dict[str, str]] = {}
        own: dict[str, dict[str, str]] = {}
        for row in self.list():
            value = str(row["value"] or "").strip()
            if value:
                (own if row["scope"] == "document" else by_case).setdefault(row["target"], {})[row["variable"]] = value
        merged: dict[str, dict[str, str]] = {}
        for case in self.project.cases.list():
            for document in case["documents"]:
                merged.setdefault(document, {}).update(by_case.get(case["name"], {}))
        for document, values in own.items():
            merged.setdefault(document, {}).update(values)
        return merged

    def list(self) -> list[dict]:
        return self.store.variables.values()

    def import_table(self, path: str | os.PathLike, *, scope: str = "document") -> int:
        """Values from a CSV/XLSX table: first column names the document (or case), one
        column per variable. All rows in one action; returns the number of values set."""
        from ..importers.variables_table import read_variable_table

        header, rows = read_variable_table(path)
        names = [h.strip() for h in header[1:]]
        lookup = self.project.documents.get if scope == "document" else self.project.cases.get
        count = 0
        with self.project.action(f"import variables from {os.path.basename(path)}") as uow:
            for row in rows:
                if not row or not row[0].strip():
                    continue
                try:
                    target = lookup(row[0].strip())
                except NotFoundError as exc:
                    raise KvalkodError(f"{path}: {exc}") from None
                for name, value in zip(names, row[1:]):
                    if name and value.strip():
                        self.set_in(uow, scope, target.id, name, value.strip())
                        count += 1
        return count
