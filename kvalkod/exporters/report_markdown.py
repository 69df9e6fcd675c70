"""Write a report outline (``ReportService.draft``) as Markdown.

A plain-text twin of the Word draft: easy to diff, to read in a terminal, and to paste into
other tools. ``#`` chapters and appendices, ``##`` sections, ``###`` scenes and minor
headings, ``>`` block quotes after an italic lead-in, ``-`` bullets, pipe tables, reference
marks as ``<sup>``. Written atomically, like every export.
"""

from __future__ import annotations

import os
from typing import Any, Sequence

from .atomic import write_atomically

_PREFIX = {"chapter": "# ", "appendix": "# ", "section": "## ", "heading": "### ", "scene": "### "}


def _line(text: str) -> str:
    return " ".join(text.split())


def _table(block: dict[str, Any]) -> str:
    def row(cells) -> str:
        return "| " + " | ".join(_line(str(c)).replace("|", "\\|") for c in cells) + " |"

    lines = [f"*{_line(block['caption'])}*", ""] if block.get("caption") else []
    lines += [row(block["header"]), "|" + "---|" * len(block["header"])]
    lines += [row(r) for r in block["rows"]]
    return "\n".join(lines)


def markdown_text(outline: Sequence[dict[str, Any]]) -> str:
    chunks: list[str] = []
    for block in outline:
        kind = block["kind"]
        if kind in _PREFIX:
            chunks.append(_PREFIX[kind] + _line(block["text"]))
        elif kind == "bullets":
            chunks.append("\n".join(f"- {_line(item)}" for item in block["items"]))
        elif kind == "quote":
            lines = [ln.strip() for ln in block["text"].splitlines()]
            chunks.append("\n".join(f"> {ln}" if ln else ">" for ln in lines))
        elif kind in ("attribution", "scene_meta"):
            chunks.append(f"*{_line(block['text'])}*")
        elif kind == "table":
            chunks.append(_table(block))
        else:
            text, last, pieces = block["text"], 0, []
            for offset, label in block.get("refs", ()):
                pieces.append(f"{text[last:offset]}<sup>{label}</sup>")
                last = offset
            chunks.append(_line("".join(pieces) + text[last:]))
    return "\n\n".join(chunks) + "\n"


def write_markdown(outline: Sequence[dict[str, Any]], path: str | os.PathLike) -> None:
    data = markdown_text(outline).encode("utf-8")
    write_atomically(path, lambda handle: handle.write(data))
