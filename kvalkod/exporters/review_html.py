"""The reviewers' HTML: one self-contained page for colleagues who do not have the app.

Reviewers read the scenes theme by theme, with the passages each was built from (in their
context, the passage marked), the coded segments that support it, and the open comments; then
the summaries per theme. They may read it on a locked-down agency computer, offline, or print
it, so the file refers to nothing outside itself: inline CSS, no scripts, no fonts, images or
links out. Even a web address quoted in a source is broken up (``ht<wbr>tp``, invisible when
read) so that nothing in the file is an address to fetch.

The page leaves the project, so every string goes through the project's pseudonymiser before
it is escaped. A passage and its context are cut from the document at whole words, widened
around listed names, so no piece holds half a name that the pseudonymiser could not see.
"""

from __future__ import annotations

import html
import os
import re
from datetime import date
from typing import Any

from .atomic import write_atomically

CONTEXT = 300  # characters of the document shown before and after a passage
NO_THEME = "Utan tema"
_WORD = re.compile(r"\w")
_WEB = re.compile(r"(h)(ttp)", re.IGNORECASE)

STYLE = """
body { font-family: Georgia, "Times New Roman", serif; color: #222; background: #fff;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1, h2, h3, h4, nav, .meta, .status { font-family: "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #4e79a7; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin: 2rem 0 .3rem; }
h4 { font-size: .95rem; margin: 1.2rem 0 .3rem; color: #444; }
nav ol { padding-left: 1.2rem; } nav li { margin: .15rem 0; }
a { color: #2a5783; }
.meta { color: #555; font-size: .9rem; }
.scene, .summary { border-left: 3px solid #ccd; padding-left: 1rem; margin-bottom: 1.5rem; }
.status { display: inline-block; font-size: .8rem; padding: 0 .5rem; border: 1px solid #889;
          border-radius: .6rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dt { font-weight: bold; } dd { margin: 0; }
.text { white-space: pre-line; }
.excerpt { white-space: pre-wrap; background: #f6f6f3; padding: .6rem .8rem; font-size: .95rem; }
mark { background: #ffe58a; padding: 0 .1rem; }
.source { color: #555; font-size: .85rem; margin-bottom: .2rem; }
.segments li, .comments li { margin: .3rem 0; }
.code { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: .85rem; color: #444; }
.comments { background: #fdf6e3; padding: .4rem .8rem .4rem 2rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  nav { break-after: page; }
  a { color: inherit; text-decoration: none; }
  .scene, .summary { break-inside: avoid-page; }
  .excerpt, .comments { background: none; border: 1px solid #999; }
  mark { background: none; font-weight: bold; text-decoration: underline; }
}
"""


def write_review_html(project: Any, path: str | os.PathLike) -> dict[str, int]:
    """Write the review page of ``project`` (a ``kvalkod.services.Project``) to ``path``,
    atomically; returns how many scenes, passages, comments and summaries it shows."""
    review = _Review(project)
    page = review.page().encode("utf-8")
    write_atomically(path, lambda handle: handle.write(page))
    return review.counts


def cut(text: str, at: int, spans: list[tuple[int, int]], *, back: bool) -> int:
    """``at`` moved (toward the start when ``back``) so that it splits neither a listed name
    (``spans``) nor a word."""
    for start, end in spans:
        if start < at < end:
            at = start if back else end
    while 0 < at < len(text) and _WORD.match(text[at - 1]) and _WORD.match(text[at]):
        at += -1 if back else 1
    return at


class _Review:
    """Reads what the page shows once, then writes it; counts what it wrote."""

    def __init__(self, project: Any):
        self.project = project
        self.replace = project.names.pseudonymiser()  # text -> text; .spans(text) of the names
        self.codes = project.codebook.all()
        self.paths = {c.id: c.path for c in self.codes}
        self.comments: dict[tuple[str, str], list[dict]] = {}
        for comment in project.comments.list(open_only=True):
            self.comments.setdefault((comment["target"], comment["target_guid"]), []).append(comment)
        self._texts: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        self._shown: set[str] = set()
        self.counts = {"scenes": 0, "passages": 0, "comments": 0, "summaries": 0}

    # -- text -------------------------------------------------------------------------------
    def t(self, text: str | None) -> str:
        """Pseudonymised, escaped, and with no "http" left in it."""
        return _WEB.sub(r"\1<wbr>\2", html.escape(self.replace(text or "")))

    def paragraphs(self, text: str) -> str:
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
        return "".join(f'<p class="text">{self.t(b)}</p>' for b in blocks)

    def _document(self, name: str) -> tuple[str, list[tuple[int, int]]]:
        if name not in self._texts:
            text = self.project.documents.text(name)
            self._texts[name] = (text, self.replace.spans(text))
        return self._texts[name]

    def excerpt(self, name: str, start: int, end: int) -> str:
        """The passage marked, in its context, cut at whole words and names."""
        text, spans = self._document(name)
        start, end = cut(text, start, spans, back=True), cut(text, end, spans, back=False)
        before = cut(text, max(0, start - CONTEXT), spans, back=True)
        after = cut(text, min(len(text), end + CONTEXT), spans, back=False)
        return (f'<div class="excerpt">{"…" if before else ""}{self.t(text[before:start])}'
                f"<mark>{self.t(text[start:end])}</mark>{self.t(text[end:after])}"
                f'{"…" if after < len(text) else ""}</div>')

    def segment(self, name: str, start: int, end: int) -> str:
        text, spans = self._document(name)
        start, end = cut(text, start, spans, back=True), cut(text, end, spans, back=False)
        return self.t(" ".join(text[start:end].split()))

    def comment_list(self, target: str, guid: str) -> str:
        rows = self.comments.get((target, guid), [])
        self._shown.update(r["guid"] for r in rows)
        self.counts["comments"] = len(self._shown)
        if not rows:
            return ""
        items = "".join(f'<li><strong>{self.t(r["author"])}</strong>, <time>{self.t(r["created_at"][:10])}</time>: '
                        f'<span class="text">{self.t(r["text"])}</span></li>' for r in rows)
        return f'<h4>Kommentarer</h4><ul class="comments">{items}</ul>'

    # -- the page ---------------------------------------------------------------------------
    def groups(self, scenes: list[dict]) -> list[tuple[str, list[dict]]]:
        """(theme, its scenes): every code a scene illustrates, in codebook order, then the
        scenes without one."""
        groups = [(c.path, [s for s in scenes if c.path in s["codes"]]) for c in self.codes]
        groups.append((NO_THEME, [s for s in scenes if not s["codes"]]))
        return [(theme, members) for theme, members in groups if members]

    def page(self) -> str:
        scenes = self.project.scenes.list()
        summaries = self.project.summaries.list()
        self.counts["scenes"] = len(scenes)
        self.counts["passages"] = sum(len(s["sources"]) for s in scenes)
        self.counts["summaries"] = len(summaries)
        groups = self.groups(scenes)
        body = [self.scene_group(n, theme, members) for n, (theme, members) in enumerate(groups, 1)]
        if not groups:
            body.append('<h2 id="scener">Scener</h2><p>Projektet har inga scener.</p>')
        body.append(self.summary_part(summaries))
        title = self.t(f"Granskning: {self.project.name}")
        return ("<!DOCTYPE html>\n"
                f'<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
                f"<header><h1>{title}</h1>\n"
                f'<p class="meta">Utskriven {date.today().isoformat()} · {len(scenes)} scener · '
                f'{len(summaries)} sammanfattningar · {self.counts["comments"]} öppna kommentarer. '
                "Namn är ersatta med pseudonymer.</p></header>\n"
                f"{self.contents(groups, summaries)}\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")

    def contents(self, groups: list[tuple[str, list[dict]]], summaries: list[dict]) -> str:
        items = []
        for n, (theme, members) in enumerate(groups, 1):
            scenes = "".join(f'<li><a href="#tema-{n}-scen-{m}">{self.t("Scen: " + s["title"])}</a></li>'
                             for m, s in enumerate(members, 1))
            items.append(f'<li><a href="#tema-{n}">{self.t(theme)}</a><ol>{scenes}</ol></li>')
        items.append(f'<li><a href="#sammanfattningar">Sammanfattningar per tema</a> ({len(summaries)})</li>')
        return f'<nav><h2>Innehåll</h2><ol>{"".join(items)}</ol></nav>'

    def scene_group(self, n: int, theme: str, scenes: list[dict]) -> str:
        parts = [f'<section><h2 id="tema-{n}">{self.t(theme)}</h2>']
        parts += [self.scene(f"tema-{n}-scen-{m}", s) for m, s in enumerate(scenes, 1)]
        return "\n".join(parts) + "</section>"

    def scene(self, anchor: str, row: dict) -> str:
        full = self.project.scenes.get(row["guid"])
        facts = [(label, value) for label, value in (("Miljö", row["setting"]), ("Datum", row["date"]),
                                                     ("Deltagare", row["participants"]),
                                                     ("Teman", "; ".join(row["codes"]))) if (value or "").strip()]
        parts = [f'<article class="scene"><h3 id="{anchor}">{self.t("Scen: " + row["title"])}</h3>',
                 f'<span class="status">Status: {self.t(row["status"])}</span>']
        if facts:
            parts.append("<dl>" + "".join(f"<dt>{label}</dt><dd>{self.t(v)}</dd>" for label, v in facts) + "</dl>")
        if full.narrative.strip():
            parts.append(f"<h4>Berättelse</h4>{self.paragraphs(full.narrative)}")
        if full.analysis.strip():
            parts.append(f"<h4>Analys</h4>{self.paragraphs(full.analysis)}")
        parts.append("<h4>Källavsnitt</h4>")
        themes = self.subtree(set(row["codes"]))
        for source in row["sources"]:
            parts.append(f'<p class="source">{self.t(source["document"])}, tecken '
                         f'{source["start"]}–{source["end"]}</p>')
            parts.append(self.excerpt(source["document"], source["start"], source["end"]))
            parts.append(self.segments(source, themes))
        parts.append(self.comment_list("scene", row["guid"]))
        return "\n".join(parts) + "</article>"

    def subtree(self, paths: set[str]) -> set[int]:
        """Ids of the codes at ``paths`` and their sub-codes."""
        return {c.id for c in self.codes if any(c.path == p or c.path.startswith(p + "/") for p in paths)}

    def segments(self, source: dict, themes: set[int]) -> str:
        codings = [c for c in self.project.coding.in_span(source["document"], source["start"], source["end"])
                   if c.code_id in themes]
        if not codings:
            return ""
        items = "".join(f'<li><span class="code">{self.t(self.paths[c.code_id])}</span>: '
                        f'”{self.segment(source["document"], c.start, c.end)}”'
                        f'{self.comment_list("coding", c.guid)}</li>' for c in codings)
        return f'<h4>Kodade avsnitt i passagen</h4><ul class="segments">{items}</ul>'

    def summary_part(self, summaries: list[dict]) -> str:
        parts = ['<section><h2 id="sammanfattningar">Sammanfattningar per tema</h2>']
        if not summaries:
            parts.append("<p>Projektet har inga sammanfattningar.</p>")
        theme = None
        for row in summaries:  # in codebook order
            if row["code"] != theme:
                theme = row["code"]
                parts.append(f"<h3>{self.t(theme)}</h3>")
            scope = "; ".join(f"{label}: {value}" for label, value in (("Fall", row["case"]),
                                                                          ("Dokument", row["document"])) if value)
            parts.append('<article class="summary">' + (f'<p class="meta">{self.t(scope)}</p>' if scope else "")
                         + self.paragraphs(row["text"]) + self.comment_list("summary", row["guid"]) + "</article>")
        return "\n".join(parts) + "</section>"
