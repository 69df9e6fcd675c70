"""De-hyphenation (I5): joining words that the PDF broke at the line end.

Seed 002 has 308 lines ending in "-". Most are soft breaks ("hand-/läggare",
"samordnings-/uppdraget"); left as they are, a search for "samordningsuppdrag" finds 188
hits instead of ~207. But a blind join destroys real hyphens, so the rule keeps the
hyphen when Swedish orthography or the document itself says it is real:

1. *Suspended compounds*: the next word is och/eller/samt/som/till/…  ("mål- och
   resultatstyrning", "K2- som K3-handläggare"): keep "X- y" with its space, unless the
   document spells the joined word elsewhere ("där-/till" → "därtill").
2. *Acronym or number compounds*: the left part is an acronym or has digits, or the right
   part starts with a digit ("FMR-konsultationer", "K2-flöde", "dnr 050924-2017").
3. *The document's own vocabulary*: if "icke-handlingar" occurs mid-line and
   "ickehandlingar" never does, the hyphen is real. If the joined form occurs, join.
4. *Hyphen prefixes*: a left part the document only ever writes with a hyphen
   ("icke-aktiv", "icke-skrivningar", never "icke…") keeps it for unseen words too
   ("icke-/aktiva"); that guess is flagged as uncertain.

Everything else joins. Evidence that points both ways (both spellings attested, an
upper-case continuation, or two halves that are each words of the document, as in
"januari-/augusti") is flagged ``uncertain_hyphen`` so the analyst can check it. A plain
join of an unseen compound is not flagged: nearly every compound in a report is unique,
and a flag on each would bury the real doubts. The vocabulary leaves out the halves of
words broken at line ends, which are fragments, not words of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

# Words that can follow a suspended first element: "hälso- och sjukvården".
SUSPENDING = frozenset({"och", "eller", "samt", "som", "till", "respektive", "resp", "men", "än", "både", "liksom"})

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LEFT = re.compile(r"([^\W_]+)-$")
_RIGHT = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"^[A-ZÅÄÖ]{2,}$")
_HEAD = re.compile(r"^\s*[^\W_]+")
_TAIL_FRAGMENT = re.compile(r"[^\W_]+-$")


@dataclass(frozen=True)
class Decision:
    glue: str  # what goes between the left line (minus its hyphen) and the right line
    kept: bool  # True: the hyphen stays (reported under "hyphens_kept")
    reason: str
    uncertain: bool = False


class Vocabulary:
    """Token counts of the document, used as its own dictionary of spellings."""

    def __init__(self, lines: list[str]) -> None:
        by_form = Counter(_TOKEN.findall("\n".join(_without_fragments(lines))))
        counts: Counter[str] = Counter()
        for form, n in by_form.items():  # fold case over distinct forms, not every token
            counts[form.lower()] += n
        self.counts = counts
        # words the document also writes in lower case, i.e. not proper nouns
        self.lower_forms = {t for t in by_form if t.islower()}
        self._sorted = sorted(counts)
        self._hyphen_heads = {tok.split("-", 1)[0] for tok in counts if "-" in tok}

    def common_word(self, word: str) -> bool:
        """The document writes ``word`` in lower case somewhere: it is not a name."""
        return word.lower() in self.lower_forms

    def has(self, word: str) -> int:
        return self.counts.get(word.lower(), 0)

    def hyphen_prefix(self, left: str) -> bool:
        """The document writes ``left-x`` for some x and never glues ``left`` to a word."""
        key = left.lower()
        if key not in self._hyphen_heads:
            return False
        k = bisect_left(self._sorted, key)
        while k < len(self._sorted) and self._sorted[k].startswith(key):
            tok = self._sorted[k]
            if len(tok) > len(key) + 1 and tok[len(key)].isalpha():
                return False
            k += 1
        return True


def _without_fragments(lines: list[str]) -> list[str]:
    """The lines without the two halves of every word broken at a line end.

    "kvalitets-" / "utvecklingsarbete" are not words of the document; counting them would
    make every broken compound look like two attested words.
    """
    out = list(lines)
    n = len(out)
    for i in [k for k, line in enumerate(lines) if line.rstrip().endswith("-")]:
        line = out[i].rstrip()
        if not ends_with_break_hyphen(line):
            continue
        out[i] = _TAIL_FRAGMENT.sub("", line)
        j = i + 1
        while j < n and not out[j].strip():
            j += 1
        if j < n:
            out[j] = _HEAD.sub("", out[j], count=1)
    return out


def ends_with_break_hyphen(text: str) -> bool:
    """A line that ends in a letter or digit immediately followed by '-'."""
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalnum() and text[-2] != "_"


def decide(left_text: str, right_text: str, vocab: Vocabulary) -> Decision:
    """How to glue a line ending in "word-" to the next line."""
    lm = _LEFT.search(left_text[-80:])
    rm = _RIGHT.match(right_text[:80])
    if not lm or not rm:
        # "kartläggnings-" + "/utredningsfasen": no word to join, keep the hyphen tight.
        return Decision("-", True, "no word follows the hyphen")
    left, right = lm.group(1), rm.group()
    joined, hyphenated = left + right, left + "-" + right
    if right.lower() in SUSPENDING:
        if vocab.has(joined):
            return Decision("", False, f"joined form {joined!r} occurs in the document")
        return Decision("- ", True, f"suspended compound before {right!r}")
    if any(ch.isdigit() for ch in left) or right[0].isdigit() or _ACRONYM.match(left):
        return Decision("-", True, "acronym or number compound")
    j_count, h_count = vocab.has(joined), vocab.has(hyphenated)
    if right[0].isupper():
        return Decision("-", True, "upper-case continuation", uncertain=True)
    if h_count and not j_count:
        return Decision("-", True, f"{hyphenated!r} occurs with its hyphen in the document")
    if j_count:
        uncertain = h_count >= j_count
        return Decision("", False, f"{joined!r} occurs in the document", uncertain=uncertain)
    if vocab.hyphen_prefix(left):
        return Decision("-", True, f"the document always writes {left!r} with a hyphen", uncertain=True)
    if vocab.common_word(left) and vocab.common_word(right) and len(left) > 3 and len(right) > 3:
        # two words in their own right ("januari-/augusti"): could be a dash, could be a compound
        return Decision("", False, "both parts are words of their own; joined as a compound", uncertain=True)
    return Decision("", False, "soft line-end hyphen")


def left_word(text: str) -> str:
    m = _LEFT.search(text[-80:])
    return m.group(1) if m else ""


def right_word(text: str) -> str:
    m = _RIGHT.match(text)
    return m.group() if m else ""
