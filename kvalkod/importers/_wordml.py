"""WordprocessingML details the docx importer needs and python-docx does not expose.

Kept apart from ``docx.py`` so that the walk over runs (what counts as text, where a note
reference stands), list numbering and the notes parts can each be read and tested alone.
"""

from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# never text: properties, deleted text, field instructions, note marks inside note bodies
_SKIP = {W + t for t in (
    "pPr", "rPr", "delText", "instrText", "delInstrText", "del", "moveFrom", "fldData",
    "footnoteRef", "endnoteRef", "annotationRef", "commentReference", "lastRenderedPageBreak",
    "sectPr", "tblPr", "trPr", "tcPr", "softHyphen", "bookmarkStart", "bookmarkEnd",
)}


def walk_runs(p):
    """Yield ("text", s) and ("footnote" | "endnote", id) in reading order for one paragraph."""
    for child in p:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t" or tag == _M + "t":
            if child.text:
                yield "text", child.text
        elif tag in (W + "tab", W + "ptab"):
            yield "text", "\t"
        elif tag == W + "br":
            if child.get(W + "type") in (None, "textWrapping"):
                yield "text", "\n"
        elif tag == W + "cr":
            yield "text", "\n"
        elif tag == W + "noBreakHyphen":
            yield "text", "-"
        elif tag == W + "sym":
            ch = _symbol(child.get(W + "char"))
            if ch:
                yield "text", ch
        elif tag == W + "footnoteReference":
            yield "footnote", child.get(W + "id")
        elif tag == W + "endnoteReference":
            yield "endnote", child.get(W + "id")
        elif tag == _MC + "AlternateContent":
            choice = next(iter(child), None)  # the Fallback repeats the Choice's text
            if choice is not None:
                yield from walk_runs(choice)
        elif tag == W + "p":  # a paragraph in a text box, anchored inside this one
            yield "text", "\n"
            yield from walk_runs(child)
        elif tag.endswith("Pr"):
            continue
        else:  # runs, hyperlinks, insertions, smart tags, content controls, drawings
            yield from walk_runs(child)


def _symbol(code: str | None) -> str | None:
    """w:sym characters from symbol fonts sit in the private-use area: no meaning without the font."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return None
    return None if 0xE000 <= value <= 0xF8FF or value < 0x20 else chr(value)


def paragraph_text(p) -> str:
    return "".join(v for kind, v in walk_runs(p) if kind == "text")


def note_texts(document, kind: str) -> dict[str, str]:
    """{note id: text} from the footnotes or endnotes part (python-docx has no notes API)."""
    from lxml import etree

    rels = document.part.rels
    blob = next((r.target_part.blob for r in rels.values()
                 if not r.is_external and r.reltype == _REL + kind), None)
    if not blob:
        return {}
    # no entity expansion, no DTD, no network: the XML comes from a file someone sent us
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(blob, parser)
    tag = W + kind[:-1]  # w:footnote / w:endnote
    out = {}
    for note in root.iter(tag):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = [paragraph_text(p).strip() for p in note.iter(W + "p")]
        out[note.get(W + "id")] = "\n".join(t for t in paras if t)
    return out


MAX_LIST_NUMBER = 32767  # the largest start value Word offers for a list

_FORMATS = {
    "decimal": lambda n: str(n),
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperLetter": lambda n: _letters(n),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": lambda n: _roman(n),
}


class Numbering:
    """List labels ("•", "1.", "2.1", "a)") for numbered paragraphs, counted as Word does."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.abstract: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.seen: set[str] = set()
        self._read_numbering(document)
        self._read_styles(document)

    def _read_numbering(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # python-docx: the file has no numbering part
            return
        for an in root.iter(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            for lvl in an.iter(W + "lvl"):
                ilvl = bounded_int(lvl.get(W + "ilvl"), 0, 0, 8)
                fmt = _val(lvl.find(W + "numFmt"), "decimal")
                text = _val(lvl.find(W + "lvlText"), "")
                start = bounded_int(_val(lvl.find(W + "start"), "1"), 1, 0, MAX_LIST_NUMBER)
                self.levels[(aid, ilvl)] = (fmt, text, start)
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId")
            self.abstract[nid] = _val(num.find(W + "abstractNumId"), "")
            for ov in num.iter(W + "lvlOverride"):
                start = ov.find(W + "startOverride")
                if start is not None:
                    level = bounded_int(ov.get(W + "ilvl"), 0, 0, 8)
                    self.overrides[(nid, level)] = bounded_int(_val(start, "1"), 1, 0, MAX_LIST_NUMBER)

    def _read_styles(self, document) -> None:
        for style in document.styles.element.iter(W + "style"):
            sid = style.get(W + "styleId")
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_num[sid] = _num_pr(num_pr)
            base = style.find(W + "basedOn")
            if base is not None:
                self.based_on[sid] = base.get(W + "val")

    def _from_style(self, sid: str | None) -> tuple[str | None, int | None]:
        for _ in range(20):  # basedOn chains are short; a cycle must not hang us
            if sid is None:
                break
            if sid in self.style_num:
                return self.style_num[sid]
            sid = self.based_on.get(sid)
        return None, None

    def item_label(self, p) -> tuple[str, int, str] | None:
        """(label, level, numId) when ``p`` is a list item, else None."""
        ppr = p.find(W + "pPr")
        num_id = ilvl = None
        if ppr is not None:
            num_pr = ppr.find(W + "numPr")
            if num_pr is not None:
                num_id, ilvl = _num_pr(num_pr)
            if num_id is None:
                style_num, style_lvl = self._from_style(_val(ppr.find(W + "pStyle"), None))
                num_id, ilvl = style_num, ilvl if ilvl is not None else style_lvl
        if not num_id or num_id == "0" or num_id not in self.abstract:
            return None
        level = min(max(ilvl or 0, 0), 8)
        aid = self.abstract[num_id]
        fmt, _text, _start = self.levels.get((aid, level), ("decimal", "", 1))
        if fmt == "none":
            return None
        counts = self._count(num_id, aid, level)
        if fmt == "bullet":
            return "•", level, num_id
        return self._render(aid, level, counts), level, num_id

    def _count(self, num_id: str, aid: str, level: int) -> list[int | None]:
        counts = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.seen:  # a "restart numbering" list overrides its start
            self.seen.add(num_id)
            for (nid, lvl), start in self.overrides.items():
                if nid == num_id:
                    counts[lvl] = start - 1
        current = counts[level]
        counts[level] = self._start(aid, level) if current is None else current + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        return counts

    def _start(self, aid: str, level: int) -> int:
        return self.levels.get((aid, level), ("", "", 1))[2]

    def _render(self, aid: str, level: int, counts: list[int | None]) -> str:
        _fmt, text, _start = self.levels.get((aid, level), ("decimal", "", 1))
        if not text:
            return f"{counts[level]}."
        for k in range(9, 0, -1):  # %10 does not exist; replace %9 before %1
            if f"%{k}" in text:
                fmt = self.levels.get((aid, k - 1), ("decimal", "", 1))[0]
                value = counts[k - 1] if counts[k - 1] is not None else self._start(aid, k - 1)
                text = text.replace(f"%{k}", _FORMATS.get(fmt, str)(value))
        return text.strip() or f"{counts[level]}."


def _num_pr(num_pr) -> tuple[str | None, int | None]:
    num_id = _val(num_pr.find(W + "numId"), None)
    ilvl = _val(num_pr.find(W + "ilvl"), None)
    return num_id, (int(ilvl) if ilvl is not None and ilvl.isdigit() else None)


def bounded_int(value, default: int, low: int, high: int) -> int:
    """``value`` as a whole number within [low, high], or ``default`` when it is none. Other
    tools and damaged files write "", "abc" or twenty digits where Word writes a small number,
    and a list numbered from 10^20 in Roman numerals would never finish."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _val(el, default):
    return default if el is None else el.get(W + "val", default)


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out
