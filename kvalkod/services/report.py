"""The report draft: a plain outline drafted from the codebook, summaries, codings and scenes.

The outline is a list of dict blocks (no Word here), so the .docx and Markdown writers, the
tests and a future outline editor all share one structure. It follows the rhythm of the 002
report (seed-analysis §3.3/§3.5): a chapter per top-level theme that opens with
"Sammanfattande iakttagelser", a section per code with its summary and a few quotes, each
introduced by a lead-in that names a role and an office (never a person), the theme's scenes
at the chapter's end, and a closing "Sammanfattningsvis" when the theme has its own summary.

Block kinds: ``chapter``, ``section``, ``scene`` (headings, ``text``), ``heading`` (a minor
heading such as "Sammanfattande iakttagelser"), ``bullets`` (``items``), ``paragraph``,
``attribution``, ``quote``, ``scene_meta`` (``text``).
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .project import Project

DEFAULT_ATTRIBUTION = "En {roll} på {kontor} beskriver:"
DEFAULT_QUOTES = 5
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÅÄÖ0-9”\"(\[])")
_DIALOGUE = re.compile(r"^\s*[-–]\s*\S[^:\n]{0,40}:")
# Kinds of document that record what someone said; the others are quoted as documents.
_SPOKEN = {"interview", "field_note", "observation", "survey"}


def first_sentence(text: str) -> str:
    """The first sentence of a summary, for the "Sammanfattande iakttagelser" bullets."""
    flat = " ".join(text.split())
    return _SENTENCE_END.split(flat, maxsplit=1)[0] if flat else ""


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; a dialogue line ("- Namn: …") is a paragraph of its own."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        current: list[str] = []
        for line in block.splitlines():
            if _DIALOGUE.match(line):
                if current:
                    out.append(" ".join(current))
                    current = []
                out.append(line.strip())
            elif line.strip():
                current.append(line.strip())
        if current:
            out.append(" ".join(current))
    return out


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


class ReportService:
    def __init__(self, project: "Project"):
        self.project = project

    # -- attribution -----------------------------------------------------------------------
    def _variables(self) -> dict[str, dict[str, str]]:
        """Variables per document name; a document's own values win over its case's."""
        by_doc: dict[str, dict[str, str]] = {}
        by_case: dict[str, dict[str, str]] = {}
        for row in self.project.variables.list():
            target = by_doc if row["scope"] == "document" else by_case
            target.setdefault(row["target"], {})[row["variable"]] = str(row["value"] or "").strip()
        merged: dict[str, dict[str, str]] = {}
        for case in self.project.cases.list():
            for doc in case["documents"]:
                merged.setdefault(doc, {}).update(by_case.get(case["name"], {}))
        for doc, values in by_doc.items():
            merged.setdefault(doc, {}).update(values)
        return merged

    @staticmethod
    def attribution(template: str, document: str, kind: str, values: dict[str, str]) -> str:
        """The lead-in for a quote: the template when its variables are all set, else fallbacks.

        Only role and office are used in the fallbacks; a spoken source without them becomes
        "En intervjuperson beskriver:", so a document named after a person never leaks it.
        """
        values = {k: v for k, v in values.items() if v}
        if all(name in values for name in _fields(template)):
            try:
                return template.format(**values)
            except (KeyError, IndexError, ValueError):
                pass
        roll, kontor = values.get("roll"), values.get("kontor")
        if roll and kontor:
            return f"En {roll} på {kontor} beskriver:"
        if roll:
            return f"En {roll} beskriver:"
        if kontor:
            return f"En intervjuperson på {kontor} beskriver:"
        if kind in _SPOKEN:
            return "En intervjuperson beskriver:"
        return f"I {document} står:"

    # -- the outline -----------------------------------------------------------------------
    def draft(self, *, quotes: int = DEFAULT_QUOTES, attribution: str = DEFAULT_ATTRIBUTION) -> list[dict[str, Any]]:
        """The outline drafted from the codebook (see the module docstring for the blocks)."""
        codes = self.project.codebook.all()
        by_id = {c.id: c for c in codes}

        def top_of(code) -> Any:
            while code.parent_id is not None:
                code = by_id[code.parent_id]
            return code

        summaries = {s["code"]: s["text"] for s in self.project.summaries.list()
                     if not s["case"] and not s["document"] and s["text"].strip()}
        kinds = {d.name: d.kind for d in self.project.documents.all()}
        variables = self._variables()
        by_path = {c.path: c for c in codes}
        scenes_by_top: dict[int, list[dict]] = {}
        for scene in self.project.scenes.list():
            first = next((by_path[p] for p in scene["codes"] if p in by_path), None)
            if first is not None:
                scenes_by_top.setdefault(top_of(first).id, []).append(scene)
        segments: dict[str, list[dict]] = {}
        for row in self.project.coding.list():
            segments.setdefault(row["code"], []).append(row)

        outline: list[dict[str, Any]] = []
        for top in (c for c in codes if c.parent_id is None):
            below = [c for c in codes if c.id != top.id and top_of(c).id == top.id]
            theme_scenes = scenes_by_top.get(top.id, [])
            in_theme = [top, *below]
            if not theme_scenes and not any(segments.get(c.path) or c.path in summaries for c in in_theme):
                continue
            outline.append({"kind": "chapter", "text": top.name})
            findings = [first_sentence(summaries[c.path]) for c in in_theme if c.path in summaries]
            if findings:
                outline.append({"kind": "heading", "text": "Sammanfattande iakttagelser"})
                outline.append({"kind": "bullets", "items": findings})
            for code in below:
                rows = segments.get(code.path, [])
                if not rows and code.path not in summaries:
                    continue
                outline.append({"kind": "section", "text": code.name, "code": code.path})
                for para in paragraphs(summaries.get(code.path, "")):
                    outline.append({"kind": "paragraph", "text": para})
                for row in sorted(rows, key=lambda r: (r["document"], r["start"]))[:max(quotes, 0)]:
                    text = row["text"].strip()
                    if not text:
                        continue
                    lead = self.attribution(attribution, row["document"], kinds.get(row["document"], ""),
                                            variables.get(row["document"], {}))
                    outline.append({"kind": "attribution", "text": lead})
                    outline.append({"kind": "quote", "text": text, "document": row["document"],
                                    "start": row["start"], "end": row["end"]})
            for scene in theme_scenes:
                outline.extend(self._scene_blocks(scene))
            if top.path in summaries:
                closing = " ".join(summaries[top.path].split())
                if not closing.lower().startswith(("sammanfattningsvis", "sammantaget")):
                    closing = f"Sammanfattningsvis {closing[:1].lower()}{closing[1:]}"
                outline.append({"kind": "paragraph", "text": closing, "closing": True})
        return outline

    def _scene_blocks(self, scene: dict[str, Any]) -> list[dict[str, Any]]:
        full = self.project.scenes.get(scene["guid"])
        narrative = full.narrative.strip() or "\n\n".join(s["text"] for s in scene["sources"])
        blocks: list[dict[str, Any]] = [{"kind": "scene", "text": f"Scen: {scene['title']}"}]
        meta = "; ".join(x.strip() for x in (scene.get("setting") or "", scene.get("participants") or "")
                         if x.strip())
        if meta:
            blocks.append({"kind": "scene_meta", "text": meta})
        blocks += [{"kind": "paragraph", "text": p} for p in paragraphs(narrative)]
        blocks += [{"kind": "paragraph", "text": p} for p in paragraphs(full.analysis or "")]
        return blocks


def counts(outline: list[dict[str, Any]]) -> dict[str, int]:
    """How many chapters, sections, quotes and scenes an outline holds (the CLI prints them)."""
    return {name: sum(1 for b in outline if b["kind"] == kind)
            for name, kind in (("chapters", "chapter"), ("sections", "section"), ("quotes", "quote"),
                               ("scenes", "scene"))}
