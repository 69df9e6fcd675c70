"""Headings in plain PDF text (I13), and the line-end tests the re-flow shares.

PDF text has no heading markup. A heading is a short line without final punctuation that
is followed, often without a blank line, by the first line of its section ("En studie av
hur samordningen ”görs” i praktiken" / "Enligt socialförsäkringsbalken…"). The danger is
the other case that looks the same: a body line that wraps just before a capitalised
word ("…präglas i större utsträckning av betoningen på" / "Försäkringskassans…"). The
tests below separate the two with evidence a reader would use:

* a heading starts a paragraph and has at most three lines with no sentence break in them;
* it does not end with a word that cannot end a Swedish phrase (och, av, för, med …) or
  with a comma, dash or bracket;
* its last line is not full: the next word would have fit on it.

Headings that span lines and carry hyphens ("projekt-/ledarroll") or footnote digits
("…i sjukfallet5") are handled by the de-hyphenation and footnote rules before this runs.
"""

from __future__ import annotations

import re

# Words after which a Swedish line cannot end a heading or a sentence.
FUNCTION_WORDS = frozenset(
    """
    och eller samt men att som av för till med i på om från under vid mot hos inom efter
    genom mellan utan än så när där hur vad vilka vilken vilket den det de en ett dem dess
    deras sin sitt sina är var har hade kan ska skulle bör blir blev också även inte både
    dels per enligt bland kring över utifrån såsom respektive eftersom medan då ur ut upp
    vars dvs bl.a. t.ex. cirka ca knappt drygt nästan omkring ungefär mer mindre mest
    denna detta dessa vår vårt våra min mitt mina er ert era hans hennes hens deras
    oss sig man vi jag du hon han hen ej åt sedan samma vilken
    """.split()
)

_TERMINAL = re.compile(r"[.!?:;…]$")
_CLOSERS = "”’\"')]»"
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
_NUMBERING = re.compile(r"^\d+(?:\.\d+)*\.?\s+")  # "4.3.2. " before a heading
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]")
_LAST_WORD = re.compile(r"([^\W\d_][^\s]*)$")


def is_terminal(text: str) -> bool:
    """The line ends a sentence: . ! ? : ; … possibly inside closing quotes/brackets."""
    return bool(_TERMINAL.search(text.rstrip(_CLOSERS))) or text.endswith(("?”", ".”", "!”"))


def ends_open(text: str) -> bool:
    """The line stops mid-phrase: on a function word, a comma, a dash, a slash or '('."""
    if not text:
        return False
    if text[-1] in ",(–—/&+" or text.endswith(" -"):
        return True
    m = _LAST_WORD.search(text)
    return bool(m) and m.group(1).lower() in FUNCTION_WORDS


def first_word(text: str) -> str:
    return text.split(" ", 1)[0] if text else ""


def fill_ratio(prev: str, nxt: str, width: float) -> float:
    """How full ``prev`` would be with the next word added: > 1 means the break was forced."""
    return (len(prev) + 1 + len(first_word(nxt))) / max(width, 1.0)


def heading_break(chain_text: str, chain_lines: int, prev: str, nxt: str, width: float, common_start: bool) -> bool:
    """``prev`` ends a heading that the next line (upper case, no blank) starts under.

    ``common_start``: the next line's first word is a common word capitalised because it
    opens a sentence ("En", "Samordningsuppdraget"), not a name ("Brännström",
    "Försäkringskassans") that a body line happened to wrap before. Only a clearly short
    line counts as a heading when the next word could be a name.
    """
    if chain_lines > 3 or len(chain_text) > 220:
        return False
    if _SENTENCE_BREAK.search(_NUMBERING.sub("", chain_text)) or ends_open(prev):
        return False
    if chain_text.count("(") > chain_text.count(")"):
        return False  # inside an open parenthesis: "…vägledningar (Försäkringskassan" / "2004, 2015)"
    last = prev[-1:]
    if not (last.isalnum() or last in "”)’\"?"):
        return False
    ratio = fill_ratio(prev, nxt, width)
    if nxt[:1].isdigit():
        return ratio < 0.8  # "…beslutade regeringen hösten" / "2010 att…" is a wrap
    return ratio < 0.97 or (common_start and ratio < 1.1)


def looks_like_heading(text: str, n_lines: int) -> bool:
    """A stand-alone paragraph that reads as a heading: short, capitalised, unpunctuated."""
    if not text or n_lines > 3 or len(text) > 160:
        return False
    if not (text[0].isupper() or _NUMBERED.match(text)):
        return False
    if text.endswith("?"):
        return len(text) <= 110
    if is_terminal(text) or ends_open(text):
        return False
    return not text.startswith(("http", "www."))
