"""Speaker turns in interview and focus-group transcripts.

Autocoding by speaker ("everything IP said") and the case view need to know who speaks
where. Transcripts label turns in many house styles (``I:``, ``IP:``, ``Anna:``, ``[Anna]``,
``- Anna:``, ``#Anna:``, ``[00:01:02] Anna:``, ``Anna (00:01:02):``, Otter's ``Anna  0:03`` on
its own line), so each line is matched against those forms.

Reports also have "Label: text" lines ("Syfte: att ...", "Källa: STORE."), so a text is only
treated as a transcript when the labels behave like speakers: at least three labelled lines,
most of them by speakers who recur, and labelled lines making up a real share of the text.
A single report with a dialogue quoted in an appendix is therefore *not* a transcript.

Offsets are code points into the (normalised) text, like every offset in a project.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Turn:
    start: int
    end: int
    speaker: str
    timestamp: str | None


_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"  # [hh:]mm:ss[.mmm]
_BARE_TS = r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"  # unbracketed needs hours: "12:30" is prose


def _ts_any(p: str) -> str:
    """A bracketed, parenthesised or bare timestamp, its groups named ``p`` + b/p/r."""
    return rf"\[(?P<{p}b>{_TS})\]|\((?P<{p}p>{_TS})\)|(?P<{p}r>{_BARE_TS})"


_NAME = r"[^\W\d_][\w.'’-]*(?:[ \t]+[\w][\w.'’-]*){0,2}"

_LEAD_TS = re.compile(rf"[ \t]*(?:{_ts_any('a')})[ \t]*(?:[-–—][ \t]+)?")
_TS_ONLY = re.compile(rf"[ \t]*(?:{_ts_any('a')})[ \t]*$")
_BRACKET = re.compile(rf"\[(?P<name>{_NAME})\][ \t]*:?(?:[ \t]+|$)")
_COLON = re.compile(  # "Anna:", "- Anna:", "#Anna:", "Anna [00:01:02]:", Markdown "**Anna:**"
    rf"(?P<mark>[-–—][ \t]*|\#)?(?P<bold>\*\*|__)?(?P<name>{_NAME})"
    rf"(?:[ \t]*(?:\[(?P<nb>{_TS})\]|\((?P<np>{_TS})\)))?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+|$)"
)
_AFTER_TS = re.compile(rf"(?:{_ts_any('a')})(?:[ \t]+|$)")
_OTTER = re.compile(rf"(?P<name>{_NAME})[ \t]+(?P<ot>{_TS})[ \t]*$")

# roles written in any case; their normalised spelling
_ROLES = {
    "i": "I", "ip": "IP", "int": "Int", "intervjuare": "Intervjuare",
    "intervjuaren": "Intervjuaren", "respondent": "Respondent", "respondenten": "Respondenten",
    "informant": "Informant", "informanten": "Informanten", "moderator": "Moderator",
    "moderatorn": "Moderatorn", "deltagare": "Deltagare", "interviewer": "Interviewer",
    "interviewee": "Interviewee", "fråga": "Fråga", "svar": "Svar",
}
# "Label:" words that start lines in reports, forms and e-mails, never speakers
_NOT_SPEAKERS = {
    "syfte", "syftet", "mål", "målet", "metod", "resultat", "bakgrund", "omfattning",
    "källa", "källor", "not", "noter", "notera", "obs", "observera", "anm", "anmärkning",
    "datum", "dnr", "diarienummer", "ärende", "ämne", "rubrik", "sida", "kapitel", "avsnitt",
    "figur", "tabell", "bilaga", "exempel", "fotnot", "se", "tel", "telefon", "e-post",
    "epost", "adress", "webb", "http", "https", "www", "från", "till", "kopia", "cc", "re",
    "scen", "plats", "tid", "tidpunkt", "kl", "klockan", "summa", "totalt", "varav", "beslut",
    "uppdrag", "referens", "ref", "note", "notes", "source", "figure", "table", "date",
    "purpose", "subject", "from", "to", "status", "version", "författare", "titel",
}


class Label(NamedTuple):
    """A speaker label found at the start of a line."""

    speaker: str
    timestamp: str | None
    text_start: int  # where the utterance starts in the line


def parse_label(line: str) -> Label | None:
    """The speaker label (and timestamp) at the start of one line, or None."""
    pos = len(line) - len(line.lstrip(" \t"))
    ts = None
    m = _LEAD_TS.match(line, pos)
    if m:
        ts = _ts(m, "a")
        pos = m.end()
    m = _BRACKET.match(line, pos)
    if m and valid_name(m.group("name")):
        return _finish(line, m.group("name"), ts, m.end())
    m = _COLON.match(line, pos)
    if m and valid_name(m.group("name")):
        return _finish(line, m.group("name"), ts or _ts(m, "n"), m.end())
    if ts is None:
        m = _OTTER.match(line, pos)
        if m and valid_name(m.group("name")):
            name, stamp = m.group("name"), m.group("ot")
            return Label(normalize_speaker(name), normalize_timestamp(stamp), len(line))
    return None


def _finish(line: str, name: str, ts: str | None, pos: int) -> Label:
    if ts is None:
        m = _AFTER_TS.match(line, pos)
        if m:
            ts = _ts(m, "a")
            pos = m.end()
    return Label(normalize_speaker(name), ts, pos)


def _ts(m: re.Match, prefix: str) -> str | None:
    for kind in "bpr":
        try:
            value = m.group(prefix + kind)
        except IndexError:
            continue
        if value:
            return normalize_timestamp(value)
    return None


def valid_name(name: str) -> bool:
    """Short (1–3 words), capitalised or a known role, and not a report's "Syfte:"."""
    words = name.split()
    if not 1 <= len(words) <= 3 or len(name) > 40:
        return False
    folded = name.casefold()
    if folded in _ROLES:
        return True
    if folded in _NOT_SPEAKERS or words[0].casefold() in _NOT_SPEAKERS:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.isdigit() for w in words[1:])


def normalize_speaker(name: str) -> str:
    """One spelling per speaker: roles fixed ("ip" -> "IP"), shouting calmed ("ANNA" -> "Anna")."""
    name = " ".join(name.strip(" \t[]#-–—:.").split())
    if name.casefold() in _ROLES:
        return _ROLES[name.casefold()]
    words = [w.title() if w.isupper() and len(w) > 3 else w for w in name.split()]
    return " ".join(words)


def normalize_timestamp(value: str) -> str:
    """"1:02" -> "00:01:02", "0:01:02,5" -> "00:01:02.500"."""
    value = value.replace(",", ".")
    clock, _, frac = value.partition(".")
    parts = [int(p) for p in clock.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    h, m, s = parts
    out = f"{h:02d}:{m:02d}:{s:02d}"
    return f"{out}.{frac.ljust(3, '0')[:3]}" if frac else out


def _lines(text: str):
    """(start, line) for each ``\\n``-separated line, with offsets into ``text``."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _labels(text: str) -> list[tuple[int, Label]]:
    """Labelled lines as (offset where the turn starts, label); a timestamp-only line just
    before a label without one lends it its time and its start."""
    found: list[tuple[int, Label]] = []
    pending: tuple[int, str] | None = None
    for start, line in _lines(text):
        if not line.strip():
            continue
        first = start + len(line) - len(line.lstrip())
        m = _TS_ONLY.match(line)
        if m:
            pending = (first, _ts(m, "a"))
            continue
        label = parse_label(line)
        if label is not None:
            if pending is not None and label.timestamp is None:
                found.append((pending[0], label._replace(timestamp=pending[1])))
            else:
                found.append((first, label))
        pending = None
    return found


def _is_transcript(text: str, labels: list[tuple[int, Label]]) -> bool:
    n = len(labels)
    if n < 3:
        return False
    counts = Counter(label.speaker for _, label in labels)
    recurring = sum(c for c in counts.values() if c >= 2)
    if recurring < 0.5 * n:
        return False
    lines = blocks = 0
    in_block = False
    for line in text.split("\n"):
        if line.strip():
            lines += 1
            if not in_block:
                blocks += 1
            in_block = True
        else:
            in_block = False
    # one turn per line or paragraph; or hard-wrapped turns, each its own block
    return n >= 0.25 * lines or (blocks >= 3 and n >= 0.5 * blocks)


def looks_like_transcript(text: str) -> bool:
    """True when the text's labelled lines behave like the turns of a conversation."""
    return _is_transcript(text, _labels(text))


def find_turns(text: str) -> list[Turn]:
    """Speaker turns, in order; empty unless the text looks like a transcript.

    A turn runs from its label through any unlabelled continuation lines up to the next turn,
    trailing whitespace and newlines excluded.
    """
    labels = _labels(text)
    if not _is_transcript(text, labels):
        return []
    turns = []
    for i, (start, label) in enumerate(labels):
        stop = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        end = start + len(text[start:stop].rstrip())
        if end > start:
            turns.append(Turn(start, end, label.speaker, label.timestamp))
    return turns
