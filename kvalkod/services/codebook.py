"""The codebook: add, rename, move, merge and delete codes; load and export whole codebooks.

Codes are addressed by path ("Hanteringsstrategier/Rörelse till brukaren"). Every method is
one undoable action; deleting or merging a code takes its codings along in the same action,
so one undo brings all of it back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..errors import ConflictError, KvalkodError, NotFoundError
from ..model import Code, CodeNode
from ..store.stamps import new_guid

if TYPE_CHECKING:
    from .project import Project

# Well separated colours for codes created without one (Tableau 20, then darker variants).
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def split_path(path: str) -> list[str]:
    parts = [p.strip() for p in path.strip().strip("/").split("/")]
    if not path.strip() or any(not p for p in parts):
        raise KvalkodError(f"{path!r} is not a code path (names separated by '/', none empty)")
    return parts


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise KvalkodError(f"{color!r} is not a colour (use #RRGGBB, e.g. #4e79a7)")
    return color.lower()


class CodebookService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[Code]:
        return self.store.codes.all()

    def get(self, path: str) -> Code:
        code = self.store.codes.by_path().get("/".join(split_path(path)))
        if code is None:
            raise NotFoundError(f"no code {path!r} in the codebook")
        return code

    def subtree_ids(self, path: str) -> list[int]:
        """The ids of a code and all its sub-codes."""
        return self.store.codes.subtree_ids(self.get(path).id)

    def counts(self) -> dict[int, int]:
        """Codings per code id."""
        return self.store.codings.counts_by_code()

    def tree_with_counts(self) -> list[dict]:
        counts = self.store.codings.counts_by_code()
        return [
            {"path": c.path, "guid": c.guid, "color": c.color, "count": counts.get(c.id, 0),
             "description": c.description}
            for c in self.all()
        ]

    def nodes(self) -> list[CodeNode]:
        """The codebook as a tree of CodeNode, for REFI export."""
        codes = self.all()
        children: dict[int | None, list[Code]] = {}
        for c in codes:
            children.setdefault(c.parent_id, []).append(c)

        def build(parent: int | None) -> tuple[CodeNode, ...]:
            return tuple(
                CodeNode(c.name, c.guid, c.color, c.description, c.codable, build(c.id))
                for c in children.get(parent, [])
            )

        return list(build(None))

    # -- changing ------------------------------------------------------------------------
    def add(self, path: str, *, color: str | None = None, description: str = "") -> Code:
        parts = split_path(path)
        if self.store.codes.by_path().get("/".join(parts)):
            raise ConflictError(f"the code {path!r} exists already")
        with self.project.action(f"add code {'/'.join(parts)}") as uow:
            parent = None
            for depth, name in enumerate(parts):
                existing = self.store.codes.child(parent, name)
                if existing is not None:
                    parent = existing
                    continue
                last = depth == len(parts) - 1
                parent = self.insert_code(uow, parent, name, color if last else None, description if last else "")
        return self.get("/".join(parts))

    def insert_code(self, uow, parent: int | None, name: str, color: str | None = None, description: str = "",
                    guid: str | None = None, codable: bool = True) -> int:
        """Insert one code inside the caller's action (a free colour if none is given)."""
        code_id = self.store.codes.insert(uow, {
            "guid": guid or new_guid(), "parent_id": parent, "name": name,
            "color": check_color(color) if color else self._free_color(),
            "description": description, "codable": int(codable),
            "sort_order": self.store.codes.next_sort_order(parent),
        })
        uow.emit("code_added", id=code_id)
        return code_id

    def _free_color(self) -> str:
        used = self.store.codes.used_colors()
        for color in PALETTE:
            if color not in used:
                return color
        return PALETTE[len(used) % len(PALETTE)]

    def rename(self, path: str, new_name: str) -> Code:
        code = self.get(path)
        new_name = new_name.strip()
        if not new_name or "/" in new_name:
            raise KvalkodError(f"{new_name!r} cannot be a code name (not empty, no '/')")
        if new_name != code.name and self.store.codes.child(code.parent_id, new_name) is not None:
            raise ConflictError(f"a code named {new_name!r} exists already beside {code.path!r}")
        with self.project.action(f"rename code {code.path} to {new_name}") as uow:
            self.store.codes.update(uow, code.id, {"name": new_name})
        return self.store.codes.get(code.id)

    def move(self, path: str, target: str | None) -> Code:
        """Move a code (with its sub-codes) under ``target``, or to the top when ``target`` is empty."""
        code = self.get(path)
        parent = self.get(target) if target else None
        if parent and parent.id in self.store.codes.subtree_ids(code.id):
            raise KvalkodError(f"cannot move {code.path!r} into itself or one of its sub-codes")
        parent_id = parent.id if parent else None
        if self.store.codes.child(parent_id, code.name) not in (None, code.id):
            raise ConflictError(f"{parent.path if parent else 'the top level'} has a code named {code.name!r} already")
        with self.project.action(f"move code {code.path} to {parent.path if parent else 'top level'}") as uow:
            self.store.codes.update(uow, code.id, {
                "parent_id": parent_id, "sort_order": self.store.codes.next_sort_order(parent_id)})
        return self.store.codes.get(code.id)

    def merge(self, path: str, target: str) -> Code:
        """Merge a code into ``target``: its codings, sub-codes, scene links and summaries
        move there, then it goes."""
        source, dest = self.get(path), self.get(target)
        if source.id == dest.id or dest.id in self.store.codes.subtree_ids(source.id):
            raise KvalkodError(f"cannot merge {source.path!r} into itself or one of its sub-codes")
        with self.project.action(f"merge code {source.path} into {dest.path}") as uow:
            for child in [c for c in self.all() if c.parent_id == source.id]:
                clash = self.store.codes.child(dest.id, child.name)
                if clash is not None:
                    raise ConflictError(f"{dest.path!r} has a sub-code named {child.name!r} already; rename one first")
                self.store.codes.update(uow, child.id, {"parent_id": dest.id})
            self.project.coding.move_codings(uow, source.id, dest.id)
            self.project.scenes.move_code(uow, source.id, dest.id)
            self.project.summaries.move_code(uow, source.id, dest.id)
            self.store.codes.delete(uow, [source.id])
        return self.store.codes.get(dest.id)

    def delete(self, path: str) -> int:
        """Delete a code, its sub-codes and their codings; returns how many codes went."""
        code = self.get(path)
        ids = self.store.codes.subtree_ids(code.id)
        with self.project.action(f"delete code {code.path}") as uow:
            self.store.codes.delete(uow, ids)
        return len(ids)

    def describe(self, path: str, *, description: str | None = None, color: str | None = None) -> Code:
        code = self.get(path)
        changes = {}
        if description is not None:
            changes["description"] = description
        if color is not None:
            changes["color"] = check_color(color)
        with self.project.action(f"edit code {code.path}") as uow:
            self.store.codes.update(uow, code.id, changes)
        return self.store.codes.get(code.id)

    def load(self, nodes: Sequence[CodeNode], label: str = "load codebook") -> int:
        """Add a codebook's codes in one action, matching existing codes by guid then by path.

        Existing codes keep their colour and description; returns the number of codes added.
        """
        added = 0
        with self.project.action(label) as uow:
            def walk(items: Sequence[CodeNode], parent: int | None) -> None:
                nonlocal added
                for node in items:
                    existing = (self.store.codes.find_guid(node.guid) if node.guid else None) \
                        or self.store.codes.child(parent, node.name)
                    if existing is None:
                        existing = self.insert_code(uow, parent, node.name, node.color, node.description,
                                                guid=node.guid, codable=node.codable)
                        added += 1
                    walk(node.children, existing)

            walk(nodes, None)
        return added
