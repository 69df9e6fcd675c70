"""Unicode hygiene (I9): invisible characters out, mixed-script words flagged.

PDF and OCR text carries characters that are invisible on screen but break search: soft
hyphens inside words, zero-width spaces, stray control codes. Those are removed, because
no reader can see them and no analyst would search for them.

A word that mixes alphabets is different: ``stöдавdelningar`` in seed 000 looks like
"stödavdelningar" but contains Cyrillic д а в, so a keyword search for the Swedish word
silently misses it. Guessing the intended letters would be rewriting the source, so the
word is left alone and *flagged* with its offsets for the analyst to judge. Quote marks
(”, ", “, ’) are likewise kept as written; folding them is the search layer's job.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Flag

# Soft hyphen, zero-width space, word joiner, BOM/ZWNBSP, bidi controls, and C0/C1
# controls other than tab, newline and form feed. Zero-width joiner/non-joiner stay:
# emoji sequences and some scripts need them.
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0d\x0e-\x1f\x7f-\x9f]"
)
_WORD = re.compile(r"[^\W\d_]+")
# Letters outside Basic Latin, Latin-1, Latin Extended A/B and Latin Extended Additional.
_NON_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]")  # letters are picked out in Python
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC")


def has_invisible_chars(text: str) -> bool:
    return _INVISIBLE.search(text) is not None


def scrub_invisible(text: str) -> tuple[str, int]:
    """Remove invisible characters from one line; return the new line and how many went."""
    if not _INVISIBLE.search(text):
        return text, 0
    new = _INVISIBLE.sub("", text)
    return new, len(text) - len(new)


def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    for script in _SCRIPTS:
        if name.startswith(script):
            return script
    return None


def mixed_script_flags(text: str) -> list[Flag]:
    """Flag every word whose letters come from more than one alphabet."""
    flags: list[Flag] = []
    done_until = -1
    # Only words holding a non-Latin letter can mix scripts; find those letters directly.
    for hit in _NON_LATIN.finditer(text):
        if hit.start() < done_until or not hit.group().isalpha():
            continue
        start = hit.start()
        while start > 0 and _is_letter(text[start - 1]):
            start -= 1
        end = hit.end()
        while end < len(text) and _is_letter(text[end]):
            end += 1
        done_until = end
        word = text[start:end]
        scripts: list[str] = []
        for ch in word:
            s = _script(ch)
            if s and s not in scripts:
                scripts.append(s)
        if len(scripts) > 1:
            odd = "".join(ch for ch in word if _script(ch) not in (scripts[0], None))
            detail = f"{word!r} mixes {' + '.join(scripts)} letters ({odd!r}); a keyword search will miss it"
            flags.append(Flag(start, end, "mixed_script", detail))
    return flags


def _is_letter(ch: str) -> bool:
    return ch.isalpha()
