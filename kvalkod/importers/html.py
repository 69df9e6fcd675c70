"""HTML (.html, .htm): the visible text of a saved web page or an exported document.

The layout follows what a reader sees, not the source: script, style and head are dropped,
block elements become paragraphs, ``<br>`` a line break, lists "• item" / "1. item", table
rows "cell | cell", and runs of whitespace collapse as a browser collapses them (``<pre>``
keeps its own). The charset comes from a byte-order mark or ``<meta charset>``, else from the
same detection as plain text. lxml's HTML parser reads no DTDs and fetches nothing.

Lost: images and alt text, link targets (the link text stays), forms, styling, iframes.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.importers._layout import TextBuilder
from kvalkod.importers.text import NotText, decode

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# a DOCTYPE with an internal subset ("[ <!ENTITY ...> ]"), or an entity declared anywhere
_DTD_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f]+")
_DROP = {
    "script", "style", "head", "title", "noscript", "template", "meta", "link", "iframe",
    "object", "embed", "svg", "math", "canvas", "select", "button", "input", "textarea", "img",
}
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "address", "figure", "figcaption", "details", "summary", "form", "fieldset", "legend",
    "center", "dl", "dt", "dd", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html",
    "caption", "li", "option",
}


def extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted

    text, encoding, warnings = _decode(path, data)
    root = _parse(path, text)
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    out, _ = walker.out.render()
    return Extracted(text=out, format=fmt, encoding=encoding, warnings=warnings)


def _decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """A BOM wins, then <meta charset>, then detection (as for .txt)."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            if declared in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
                declared = "cp1252"  # as browsers do (WHATWG encoding standard)
            try:
                return data.decode(declared), codecs.lookup(declared).name, []
            except LookupError:
                pass
            except UnicodeDecodeError:
                warning = f"the page declares {declared} but is not; its encoding was detected instead"
                return (*_detect(path, data)[:2], [warning])
    return _detect(path, data)


def _detect(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    try:
        return decode(data)
    except NotText as exc:
        raise InputFileError(path, str(exc)) from None


def _parse(path: Path, text: str):
    import lxml.html
    from lxml import etree

    text = _XML_DECL.sub("", text, count=1)  # lxml refuses str input with an encoding declaration
    if "<" not in text:
        raise InputFileError(path, "not an HTML document (it contains no tags)")
    if _DTD_SUBSET.search(text[:65536]):
        raise InputFileError(
            path, "refused: the page declares entities in its DOCTYPE, which web pages never do "
                  "(the way entity-expansion attacks start)",
        )
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputFileError(path, f"the HTML cannot be read ({exc})") from None


class _Walker:
    """Streams inline text into a buffer and flushes it as a block at each block boundary."""

    def __init__(self) -> None:
        self.out = TextBuilder()
        self.buf: list[str] = []
        self.groups = 0

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        text = re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", text)).strip(" \n")
        if text:
            self.out.block(text)

    def walk(self, el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _DROP:
            return
        if tag == "br":
            self.buf.append("\n")
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            self.groups += 1
            self.list(el, 0, ("list", self.groups))
        elif tag == "table":
            self.flush()
            self.table(el)
        elif tag == "pre":
            self.flush()
            self.out.block(el.text_content().strip("\n"), indent=True)
        elif tag in _BLOCKS:
            self.flush()
            self.inline_children(el)
            self.flush()
        else:
            self.inline_children(el)

    def inline_children(self, el) -> None:
        if el.text:
            self.buf.append(_WS.sub(" ", el.text))
        for child in el:
            self.walk(child)
            if child.tail:
                self.buf.append(_WS.sub(" ", child.tail))

    def list(self, lst, depth: int, group) -> None:
        numbered = lst.tag.lower() == "ol"
        n = _int(lst.get("start"), 1) - 1
        for li in lst:
            if not isinstance(li.tag, str) or li.tag.lower() != "li":
                continue
            n = _int(li.get("value"), n + 1)
            label = f"{n}." if numbered else "•"
            nested = [c for c in li if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol")]
            text = _inline_text(li, skip=nested)
            if text:
                self.out.block("  " * depth + f"{label} {text}", group=group, indent=True)
            for sub in nested:
                self.list(sub, depth + 1, group)

    def table(self, table) -> None:
        self.groups += 1
        group = ("table", self.groups)
        for caption in table.findall("caption"):
            self.out.block(_inline_text(caption))
        for tr in table.iter("tr"):
            if _owner(tr) is not table:
                continue  # nested tables are flattened into their cell
            cells = [_inline_text(c) for c in tr
                     if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if any(cells):
                self.out.block(" | ".join(cells), group=group)


def _inline_text(el, skip=()) -> str:
    """An element's visible text on one line (blocks inside it are separated by a space)."""
    parts: list[str] = []

    def visit(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        if tag is not None and tag not in _DROP and node not in skip:
            if tag == "br":
                parts.append(" ")
            elif tag in _BLOCKS or tag in ("td", "th", "tr", "ul", "ol", "table"):
                parts.append(" ")
            if node.text and tag != "br":
                parts.append(node.text)
            for child in node:
                visit(child)
                if child.tail:
                    parts.append(child.tail)

    visit(el)
    return _WS.sub(" ", "".join(parts)).strip()


def _owner(tr):
    node = tr.getparent()
    while node is not None and not (isinstance(node.tag, str) and node.tag.lower() == "table"):
        node = node.getparent()
    return node


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
