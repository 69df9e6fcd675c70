"""Outline items -> the plain blocks the writers write (.docx, Markdown, the reviewers' HTML).

A block is a dict with a ``kind``: ``chapter``, ``section``, ``heading``, ``scene``,
``appendix`` (headings, in ``text``), ``paragraph`` (``text``, and ``refs``: ``[offset,
label]`` pairs where a reference mark follows), ``bullets`` (``items``), ``attribution``,
``quote`` (``text``, ``document``, ``start``, ``end``), ``scene_meta`` and ``table``
(``caption``, ``header``, ``rows``).

Rendering resolves what items refer to (codings, scenes, summaries, the matrix counts), joins a
quote's non-contiguous segments with "[…]", numbers the appendices, collects the passages
that summary sentences rest on into a closing appendix, and finally replaces real names by
their pseudonyms in every string.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..text.units import sentence_spans
from .report import paragraphs

if TYPE_CHECKING:
    from .project import Project

GAP = " […] "
_MARK = re.compile("\x00(\\d+)\x01")  # a reference mark while paragraphs are being split
SOURCES_TITLE = "Underlag för sammanfattningarna"


def closing(summary: str) -> str:
    """A theme's summary as the section's closing paragraph, "Sammanfattningsvis kan sägas att
    …": an att-clause keeps the summary's own word order, where "Sammanfattningsvis" and the
    sentence would need the verb moved. Its first word keeps its capital when it is a name
    (written so again later, or an abbreviation such as FK)."""
    if not summary or summary.lower().startswith(("sammanfattningsvis", "sammantaget")):
        return summary
    first = summary.split(maxsplit=1)[0].strip(".,:;!?”\"")
    name = (len(first) > 1 and first.isupper()) or re.search(rf"\b{re.escape(first)}\b", summary[len(first):]) is not None
    return f"Sammanfattningsvis kan sägas att {summary if name else summary[:1].lower() + summary[1:]}"


class BlockRenderer:
    """Renders one outline; holds what it has read so far (texts, variables, reference numbers)."""

    def __init__(self, project: "Project", attribution: str):
        self.project = project
        self.attribution = attribution
        self._texts: dict[int, str] = {}
        self._docs = {d.id: d for d in project.documents.all()}
        self._variables = project.variables.by_document()
        self._sources: list[str] = []  # the passages summary sentences rest on, numbered from 1
        self._appendices = 0

    def render(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = []
        for item in items:
            blocks += getattr(self, f"_{item['kind']}")(item)
        if self._sources:
            blocks.append(self._appendix_heading(SOURCES_TITLE))
            blocks += [{"kind": "paragraph", "text": f"{n}. {text}"} for n, text in enumerate(self._sources, 1)]
        return pseudonymised(blocks, self.project.names.pseudonymiser())

    # -- headings and free text ---------------------------------------------------------
    def _chapter(self, item):
        return [{"kind": "chapter", "text": item["text"]}]

    def _section(self, item):
        return [{"kind": "section", "text": item["text"]}]

    def _heading(self, item):
        return [{"kind": "heading", "text": item["text"]}]

    def _paragraph(self, item):
        return [{"kind": "paragraph", "text": p} for p in paragraphs(item["text"])]

    def _bullets(self, item):
        lines = [line.strip().lstrip("•-* ").strip() for line in item["text"].splitlines()]
        return [{"kind": "bullets", "items": [line for line in lines if line]}]

    def _appendix_heading(self, title: str) -> dict[str, Any]:
        self._appendices += 1
        return {"kind": "appendix", "text": f"Bilaga {self._appendices}. {title}"}

    def _appendix(self, item):
        blocks = [self._appendix_heading(item["text"] or "Bilaga")]
        if item["options"].get("content") == "codebook":
            rows = [[c.path, " ".join((c.description or "").split())] for c in self.project.codebook.all()]
            blocks.append({"kind": "table", "caption": "", "header": ["Kod", "Beskrivning"], "rows": rows})
        return blocks

    # -- the analysis ----------------------------------------------------------------------
    def _text_of(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = self.project.documents.text(self._docs[document_id].guid)
        return self._texts[document_id]

    def _lead(self, document_id: int) -> str:
        doc = self._docs[document_id]
        return self.project.report.attribution(self.attribution, doc.name, doc.kind, self._variables.get(doc.name, {}))

    def _quote(self, item):
        codings = sorted((c for c in (self.project.store.codings.find_guid(g) for g in item["codings"]) if c),
                         key=lambda c: (c.document_id, c.start))
        if not codings:
            return []
        spans: list[list[int]] = []  # (document, start, end), overlapping or touching ones merged
        for c in codings:
            text = self._text_of(c.document_id)
            last = spans[-1] if spans else None
            if last and last[0] == c.document_id and not text[last[2]:c.start].strip():
                last[2] = max(last[2], c.end)
            else:
                spans.append([c.document_id, c.start, c.end])
        quote = GAP.join(" ".join(self._text_of(d)[s:e].split()) for d, s, e in spans)
        first = spans[0]
        lead = item["options"].get("attribution") or self._lead(first[0])
        return [{"kind": "attribution", "text": lead},
                {"kind": "quote", "text": quote, "document": self._docs[first[0]].name, "start": first[1],
                 "end": spans[-1][2]}]

    def _scene(self, item):
        if not item["scene"]:
            return []
        scene = self.project.scenes.get(item["scene"])
        narrative = scene.narrative.strip() or "\n\n".join(
            self._text_of(s.document_id)[s.start:s.end] for s in self.project.store.scenes.sources(scene.id))
        blocks: list[dict[str, Any]] = [{"kind": "scene", "text": f"Scen: {scene.title}"}]
        meta = "; ".join(x.strip() for x in (scene.setting, scene.scene_date, scene.participants) if x.strip())
        if meta:
            blocks.append({"kind": "scene_meta", "text": meta})
        blocks += [{"kind": "paragraph", "text": p} for p in paragraphs(narrative)]
        blocks += [{"kind": "paragraph", "text": p} for p in paragraphs(scene.analysis or "")]
        return blocks

    def _summary(self, item):
        summary = self.project.store.summaries.find_guid(item["summary"]) if item["summary"] else None
        if summary is None:
            return []
        text = summary.text
        marks: dict[int, list[int]] = {}  # sentence end -> reference numbers
        spans = sentence_spans(text, 0, len(text))
        for guid, sentence in self.project.store.summaries.sentence_links(summary.id):
            coding = self.project.store.codings.find_guid(guid)
            if coding is None or sentence > len(spans):
                continue
            passage = " ".join(self._text_of(coding.document_id)[coding.start:coding.end].split())
            self._sources.append(f"{self._lead(coding.document_id)} ”{passage}”")
            marks.setdefault(spans[sentence - 1][1], []).append(len(self._sources))
        for end in sorted(marks, reverse=True):
            text = text[:end] + "".join(f"\x00{n}\x01" for n in marks[end]) + text[end:]
        if item["options"].get("closing"):
            text = closing(" ".join(text.split()))
        return [_with_refs(p) for p in paragraphs(text)]

    def _matrix(self, item):
        """A theme matrix as a table: codes by their names, shares as percentages, and with
        ``totals`` a last column and row of totals (ThemeMatrixService.matrix says what they count)."""
        from ..exporters.matrix_table import TOTAL, labels

        options = item["options"]
        matrix = self.project.theme_matrix.matrix(
            options.get("rows", "case"), options.get("measure", "segments"), codes=options.get("codes") or None,
            theme=options.get("theme") or None, themes=bool(options.get("themes")),
            rollup=bool(options.get("rollup")))
        corner, row_names, columns = labels(matrix)
        show = _share if matrix["measure"] == "share" else str
        totals = bool(options.get("totals"))
        header = [corner, *(c.rsplit("/", 1)[-1] for c in columns), *([TOTAL] if totals else [])]
        rows = [[name, *map(show, values), *([show(total)] if totals else [])]
                for name, values, total in zip(row_names, matrix["values"], matrix["row_totals"])]
        if totals:
            rows.append([TOTAL, *map(show, matrix["column_totals"]), show(matrix["total"])])
        return [{"kind": "table", "caption": item["text"], "header": header, "rows": rows}]


def _share(value: float | None) -> str:
    """A share as Swedish writes it: "33 %" (a no-break space before the sign); "–" for none."""
    return "–" if value is None else f"{round(value * 100)}\u00a0%"


def _with_refs(text: str) -> dict[str, Any]:
    """A paragraph whose reference marks are lifted out into ``refs`` (offset, label)."""
    refs, out, last = [], [], 0
    for m in _MARK.finditer(text):
        out.append(text[last:m.start()])
        refs.append([sum(map(len, out)), m.group(1)])
        last = m.end()
    out.append(text[last:])
    block: dict[str, Any] = {"kind": "paragraph", "text": "".join(out)}
    if refs:
        block["refs"] = refs
    return block


def pseudonymised(blocks: list[dict[str, Any]], replace) -> list[dict[str, Any]]:
    """Every string of every block through ``replace``; reference offsets follow the text."""
    out = []
    for block in blocks:
        block = dict(block)
        if block.get("refs"):
            pieces, last = [], 0
            for offset, label in block["refs"]:
                pieces.append((replace(block["text"][last:offset]), label))
                last = offset
            tail = replace(block["text"][last:])
            block["text"] = "".join(p for p, _ in pieces) + tail
            block["refs"], position = [], 0
            for piece, label in pieces:
                position += len(piece)
                block["refs"].append([position, label])
        elif "text" in block:
            block["text"] = replace(block["text"])
        for key in ("items", "header"):
            if key in block:
                block[key] = [replace(x) for x in block[key]]
        if "rows" in block:
            block["rows"] = [[replace(x) for x in row] for row in block["rows"]]
        if "caption" in block:
            block["caption"] = replace(block["caption"])
        out.append(block)
    return out
