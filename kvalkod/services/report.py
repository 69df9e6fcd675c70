"""The report draft: an outline of items, drafted from the codebook or edited and stored.

An outline item is a dict: ``kind`` (chapter, section, heading, paragraph, bullets, quote,
scene, summary, matrix, appendix), ``text``, ``options`` and the guids it refers to
(``codings`` for a quote, ``scene``, ``summary``). Items refer to the analysis rather than
copy it, so a summary edited after drafting is the one exported. ``report_blocks`` turns
items into the plain blocks the .docx and Markdown writers and the reviewers' HTML write.

"Draft from codebook" follows the rhythm of the 002 report (seed-analysis §3.3/§3.5): a
chapter per top-level theme that opens with "Sammanfattande iakttagelser", a section per code
with its summary and its best quotes, each introduced by a lead-in naming a role and an office
(never a person), the theme's scenes, a matrix of the theme across cases when there are
cases, a closing "Sammanfattningsvis" when the theme has its own summary, and the codebook as
an appendix.
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING, Any

from ..errors import KvalkodError

if TYPE_CHECKING:
    from .project import Project

DEFAULT_ATTRIBUTION = "En {roll} på {kontor} beskriver:"
ATTRIBUTION_KEY = "report_attribution"
DEFAULT_QUOTES = 5
QUOTE_LENGTH = 250  # characters: about three sentences, what the 002 report quotes
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÅÄÖ0-9”\"(\[])")
_DIALOGUE = re.compile(r"^\s*[-–]\s*\S[^:\n]{0,40}:")
# Kinds of document that record what someone said, and what an observer saw; the others are
# quoted as documents.
_SPOKEN = {"interview", "survey"}
_OBSERVED = {"field_note", "observation"}


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


def template_problem(template: str) -> str | None:
    """Why a lead-in template cannot be filled in ("{roll" cannot), or None; its fields may
    name any variables."""
    try:
        template.format(**{name: "x" for name in _fields(template)})
    except (ValueError, IndexError, KeyError) as exc:
        return str(exc)
    return None


class ReportService:
    def __init__(self, project: "Project"):
        self.project = project

    # -- attribution -----------------------------------------------------------------------
    @staticmethod
    def attribution(template: str, document: str, kind: str, values: dict[str, str]) -> str:
        """The lead-in for a quote: the template when its variables are all set, else fallbacks.

        Only role and office are used in the fallbacks; a spoken source without them becomes
        "En intervjuperson beskriver:", so a document named after a person never leaks it, and
        an observation is quoted as one ("Ur en fältanteckning:"), not as someone's words.
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
        if kind in _OBSERVED:
            return "Ur en fältanteckning:"
        return f"I {document} står:"

    # -- the outline -----------------------------------------------------------------------
    @property
    def attribution_template(self) -> str:
        """The lead-in template of quotes, kept in the project (editable in the app)."""
        return self.project.store.meta.get(ATTRIBUTION_KEY) or DEFAULT_ATTRIBUTION

    def set_attribution_template(self, template: str) -> None:
        template = template.strip()
        problem = template_problem(template)
        if problem:
            raise KvalkodError(f"attribution template {template!r} is not valid: {problem}")
        with self.project.action("set the attribution template") as uow:
            self.project.store.meta.set(uow, ATTRIBUTION_KEY, template)

    def draft_items(self, *, quotes: int = DEFAULT_QUOTES) -> list[dict[str, Any]]:
        """The outline drafted from the codebook (not stored; see the module docstring)."""
        codes = self.project.codebook.all()
        by_id = {c.id: c for c in codes}

        def top_of(code) -> Any:
            while code.parent_id is not None:
                code = by_id[code.parent_id]
            return code

        summaries = {s["code"]: s for s in self.project.summaries.list()
                     if not s["case"] and not s["document"] and s["text"].strip()}
        by_path = {c.path: c for c in codes}
        # a scene follows the section of the first theme it illustrates (the chapter's end
        # when that theme is the chapter's own)
        scenes_by_code: dict[int, list[dict]] = {}
        for scene in self.project.scenes.list():
            first = next((by_path[p] for p in scene["codes"] if p in by_path), None)
            if first is not None:
                scenes_by_code.setdefault(first.id, []).append(scene)
        # a passage a scene is built from is shown as that scene, not again as a quote
        scene_passages = {(s["document"], s["start"], s["end"]) for scene in self.project.scenes.list()
                          for s in scene["sources"]}
        segments: dict[str, list[dict]] = {}
        for row in self.project.coding.list():
            if row["text"].strip() and (row["document"], row["start"], row["end"]) not in scene_passages:
                segments.setdefault(row["code"], []).append(row)
        with_cases = len(self.project.cases.list()) >= 2

        items: list[dict[str, Any]] = []
        for top in (c for c in codes if c.parent_id is None):
            below = [c for c in codes if c.id != top.id and top_of(c).id == top.id]
            in_theme = [top, *below]
            if not any(segments.get(c.path) or c.path in summaries or c.id in scenes_by_code for c in in_theme):
                continue
            items.append(_item("chapter", top.name))
            findings = [first_sentence(summaries[c.path]["text"]) for c in in_theme if c.path in summaries]
            if findings:
                items.append(_item("heading", "Sammanfattande iakttagelser"))
                items.append(_item("bullets", "\n".join(findings)))
            sections = []
            for code in below:
                rows = segments.get(code.path, [])
                if not rows and code.path not in summaries and code.id not in scenes_by_code:
                    continue
                sections.append(code.path)
                items.append(_item("section", code.name))
                if code.path in summaries:
                    items.append({**_item("summary"), "summary": summaries[code.path]["guid"]})
                linked = set(summaries[code.path]["links"]) if code.path in summaries else set()
                for row in best_quotes(rows, quotes, linked):
                    items.append({**_item("quote"), "codings": [row["guid"]]})
                items += [{**_item("scene"), "scene": scene["guid"]} for scene in scenes_by_code.get(code.id, [])]
            items += [{**_item("scene"), "scene": scene["guid"]} for scene in scenes_by_code.get(top.id, [])]
            if with_cases and sections:
                items.append({**_item("matrix", f"{top.name}: kodade avsnitt per fall"),
                              "options": {"rows": "case", "codes": sections}})
            if top.path in summaries:
                items.append({**_item("summary"), "summary": summaries[top.path]["guid"], "options": {"closing": True}})
        if items:
            items.append({**_item("appendix", "Kodbok"), "options": {"content": "codebook"}})
        return items

    def blocks(self, items: list[dict[str, Any]] | None = None, *,
               attribution: str | None = None) -> list[dict[str, Any]]:
        """The blocks to write: of ``items``, else of the stored outline, else of a draft, with
        the project's attribution template unless another is given for this export. Real names
        on the project's name list are replaced by their pseudonyms."""
        from .report_blocks import BlockRenderer

        if items is None:
            items = self.project.outline.items() or self.draft_items()
        return BlockRenderer(self.project, attribution or self.attribution_template).render(items)

    def draft(self, *, quotes: int = DEFAULT_QUOTES, attribution: str | None = None) -> list[dict[str, Any]]:
        """The blocks of an outline drafted from the codebook, with this attribution template."""
        from .report_blocks import BlockRenderer

        return BlockRenderer(self.project, attribution or self.attribution_template).render(
            self.draft_items(quotes=quotes))


def _item(kind: str, text: str = "") -> dict[str, Any]:
    return {"kind": kind, "text": text, "options": {}, "codings": [], "scene": None, "summary": None}


def best_quotes(rows: list[dict[str, Any]], limit: int, linked: set[str]) -> list[dict[str, Any]]:
    """Up to ``limit`` quotes for a section: those the summary rests on first, then one from
    each document in turn (many voices rather than one long interview), within a document
    those nearest a readable length (about three sentences), and in text order on the page."""
    if limit <= 0:
        return []
    chosen = [r for r in rows if r["guid"] in linked][:limit]
    by_doc: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: abs(len(r["text"].strip()) - QUOTE_LENGTH)):
        if row["guid"] not in linked:
            by_doc.setdefault(row["document"], []).append(row)
    queues = [by_doc[d] for d in sorted(by_doc)]
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
    return sorted(chosen, key=lambda r: (r["document"], r["start"]))


def counts(outline: list[dict[str, Any]]) -> dict[str, int]:
    """How many chapters, sections, quotes and scenes an outline holds (the CLI prints them)."""
    return {name: sum(1 for b in outline if b["kind"] == kind)
            for name, kind in (("chapters", "chapter"), ("sections", "section"), ("quotes", "quote"),
                               ("scenes", "scene"))}
