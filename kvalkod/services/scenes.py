"""Scenes: "Scen: …" vignettes assembled from source passages, illustrating codes.

A scene keeps the passages it was built from (document and ``[start, end)`` in code points of
the stored text), so every scene in a report can be traced back to its sources. Its narrative
starts as the passages' text and is then rewritten by the analyst (pseudonyms, condensing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import ConflictError, KvalkodError, NotFoundError
from ..model import SCENE_STATUSES, Scene
from ..store.stamps import new_guid, utc_now

if TYPE_CHECKING:
    from .project import Project

EDITABLE = ("title", "setting", "scene_date", "participants", "narrative", "analysis")


class SceneService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def move_code(self, uow, source_id: int, dest_id: int) -> None:
        """Inside a code merge: scenes that illustrated the source now illustrate the target."""
        for link_id, scene_id in self.store.scenes.scenes_with_code(source_id):
            if dest_id in self.store.scenes.code_ids(scene_id):
                self.store.scenes.delete_code_links(uow, [link_id])
            else:
                self.store.scenes.relink_code(uow, link_id, dest_id)

    # -- reading -------------------------------------------------------------------------
    def get(self, guid: str) -> Scene:
        scene = self.store.scenes.find_guid(guid.strip().strip("{}").lower())
        if scene is None:
            raise NotFoundError(f"no scene with guid {guid!r}")
        return scene

    def list(self) -> list[dict[str, Any]]:
        """Every scene as a dict: guid, title, sources (document, start, end, text), codes (paths),
        status, setting, participants, date."""
        return [self._as_dict(s) for s in self.store.scenes.all()]

    def scenes_for_passage(self, doc: str, start: int, end: int) -> list[dict[str, Any]]:
        """The scenes (as ``list`` gives them) with a source passage overlapping ``[start, end)`` of DOC."""
        document = self.project.documents.get(doc)
        return [self._as_dict(self.store.scenes.get(i))
                for i in self.store.scenes.overlapping(document.id, start, end)]

    def _as_dict(self, scene: Scene) -> dict[str, Any]:
        texts: dict[int, str] = {}
        names: dict[int, str] = {}
        sources = []
        for src in self.store.scenes.sources(scene.id):
            if src.document_id not in texts:
                texts[src.document_id] = self.store.documents.text(src.document_id)
                names[src.document_id] = self.store.documents.get(src.document_id).name
            sources.append({"document": names[src.document_id], "start": src.start, "end": src.end,
                            "text": texts[src.document_id][src.start:src.end]})
        paths = {c.id: c.path for c in self.store.codes.all()}
        return {"guid": scene.guid, "title": scene.title, "sources": sources,
                "codes": [paths[i] for i in self.store.scenes.code_ids(scene.id)], "status": scene.status,
                "setting": scene.setting, "participants": scene.participants, "date": scene.scene_date}

    # -- validation ----------------------------------------------------------------------
    def _span(self, doc: str, start: int, end: int) -> tuple[int, int, int]:
        document = self.project.documents.get(doc)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= document.length):
            raise KvalkodError(
                f"{start}–{end} is not a passage of {document.name} (it has {document.length} characters; "
                f"need 0 ≤ START < END ≤ {document.length})")
        return document.id, start, end

    def _code_ids(self, paths: Sequence[str]) -> list[int]:
        ids: list[int] = []
        for path in paths:
            code_id = self.project.codebook.get(path).id
            if code_id not in ids:
                ids.append(code_id)
        return ids

    @staticmethod
    def _title(title: str) -> str:
        title = (title or "").strip()
        if not title:
            raise KvalkodError("a scene needs a title")
        return title

    # -- writing -------------------------------------------------------------------------
    def add(self, title: str, sources: Sequence[tuple[str, int, int]], codes: Sequence[str] = (), *,
            setting: str = "", participants: str = "", scene_date: str = "", narrative: str | None = None,
            analysis: str = "") -> Scene:
        """A new scene (status ``utkast``) from source passages; one undoable action.

        Without a narrative it starts as the passages' text joined by blank lines."""
        title = self._title(title)
        spans: list[tuple[int, int, int]] = []
        for doc, start, end in sources:
            span = self._span(doc, start, end)
            if span not in spans:
                spans.append(span)
        if not spans:
            raise KvalkodError(f"the scene {title!r} needs at least one source passage (DOC:START:END)")
        code_ids = self._code_ids(codes)
        if narrative is None:
            narrative = "\n\n".join(self.store.documents.text(d)[s:e] for d, s, e in spans)
        now = utc_now()
        with self.project.action(f"add scene {title}") as uow:
            scene_id = self.store.scenes.insert(uow, {
                "guid": new_guid(), "title": title, "setting": setting, "scene_date": scene_date,
                "participants": participants, "narrative": narrative, "analysis": analysis, "status": "utkast",
                "sort_order": self.store.scenes.next_sort_order(), "created_at": now, "updated_at": now})
            for ord_, (doc_id, start, end) in enumerate(spans):
                self.store.scenes.add_source(uow, scene_id, doc_id, start, end, ord_)
            self.store.scenes.add_codes(uow, scene_id, code_ids)
            uow.emit("scene_added", id=scene_id)
        return self.store.scenes.get(scene_id)

    def update(self, guid: str, **fields: Any) -> Scene:
        """Change title, setting, scene_date (or date), participants, narrative or analysis."""
        scene = self.get(guid)
        if "date" in fields:
            fields["scene_date"] = fields.pop("date")
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise KvalkodError(f"a scene has no field {unknown[0]!r} to change (one of {', '.join(EDITABLE)})")
        changes = {k: ("" if v is None else str(v)) for k, v in fields.items()}
        if "title" in changes:
            changes["title"] = self._title(changes["title"])
        changes = {k: v for k, v in changes.items() if getattr(scene, k) != v}
        if changes:
            with self.project.action(f"edit scene {scene.title}") as uow:
                self.store.scenes.update(uow, scene.id, {**changes, "updated_at": utc_now()})
                uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def set_status(self, guid: str, status: str) -> Scene:
        scene = self.get(guid)
        if status not in SCENE_STATUSES:
            raise KvalkodError(f"{status!r} is not a scene status (one of {', '.join(SCENE_STATUSES)})")
        if status != scene.status:
            with self.project.action(f"set status of scene {scene.title} to {status}") as uow:
                self.store.scenes.update(uow, scene.id, {"status": status, "updated_at": utc_now()})
                uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def add_source(self, guid: str, doc: str, start: int, end: int) -> Scene:
        scene = self.get(guid)
        doc_id, start, end = self._span(doc, start, end)
        if self.store.scenes.source_id(scene.id, doc_id, start, end) is not None:
            raise ConflictError(f"the scene {scene.title!r} has the passage {doc} {start}–{end} already")
        with self.project.action(f"add passage to scene {scene.title}") as uow:
            self.store.scenes.add_source(uow, scene.id, doc_id, start, end, self.store.scenes.next_source_ord(scene.id))
            self.store.scenes.update(uow, scene.id, {"updated_at": utc_now()})
            uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def remove_source(self, guid: str, doc: str, start: int, end: int) -> Scene:
        scene = self.get(guid)
        document = self.project.documents.get(doc)
        source_id = self.store.scenes.source_id(scene.id, document.id, start, end)
        if source_id is None:
            raise NotFoundError(f"the scene {scene.title!r} has no passage {document.name} {start}–{end}")
        with self.project.action(f"remove passage from scene {scene.title}") as uow:
            self.store.scenes.delete_source(uow, source_id)
            self.store.scenes.update(uow, scene.id, {"updated_at": utc_now()})
            uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def set_codes(self, guid: str, paths: Sequence[str]) -> Scene:
        """The codes (themes) the scene illustrates, replacing the ones it had."""
        scene = self.get(guid)
        wanted = self._code_ids(paths)
        current = self.store.scenes.code_ids(scene.id)
        gone = [c for c in current if c not in wanted]
        new = [c for c in wanted if c not in current]
        if gone or new:
            with self.project.action(f"set codes of scene {scene.title}") as uow:
                self.store.scenes.delete_code_links(uow, self.store.scenes.code_link_ids(scene.id, gone))
                self.store.scenes.add_codes(uow, scene.id, new)
                self.store.scenes.update(uow, scene.id, {"updated_at": utc_now()})
                uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def move(self, guid: str, steps: int) -> Scene:
        """Move a scene ``steps`` places later in the scenes' order (negative: earlier), stopping
        at either end; one undoable action. The order is the one a report presents them in, so
        the positions are renumbered 0, 1, 2 … wherever they differ."""
        scene = self.get(guid)
        scenes = self.store.scenes.all()
        order = [s.id for s in scenes]
        at = order.index(scene.id)
        to = max(0, min(len(order) - 1, at + steps))
        if to != at:
            order.insert(to, order.pop(at))
            current = {s.id: s.sort_order for s in scenes}
            with self.project.action(f"move scene {scene.title}") as uow:
                for position, scene_id in enumerate(order):
                    if current[scene_id] != position:
                        self.store.scenes.update(uow, scene_id, {"sort_order": position})
                uow.emit("scene_changed", id=scene.id)
        return self.store.scenes.get(scene.id)

    def delete(self, guid: str) -> None:
        scene = self.get(guid)
        with self.project.action(f"delete scene {scene.title}") as uow:
            self.store.scenes.delete(uow, scene.id)
            uow.emit("scene_deleted", id=scene.id, guid=scene.guid)
