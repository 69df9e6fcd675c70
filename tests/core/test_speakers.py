"""Speaker turns: the label styles transcribers use, and no turns in ordinary reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod.text.speakers import (
    Turn,
    find_turns,
    looks_like_transcript,
    normalize_speaker,
    normalize_timestamp,
    parse_label,
)

SOURCES = Path(__file__).resolve().parents[2] / "sample_projects" / "sources"

INTERVIEW = """Intervju 3, Försäkringskassan Göteborg, 2019-10-12

I: Hur länge har du arbetat som handläggare?

IP: Sedan 2015 ungefär. Det var en annan tid då, med ”rehabiliteringskedjan” och allt.

Vi hade färre ärenden. 🙂

I: Och hur ser det ut i dag?
IP: Helt annorlunda.   
"""


def _spans(text: str) -> list[tuple[str, str]]:
    return [(t.speaker, text[t.start : t.end]) for t in find_turns(text)]


def test_interview_with_i_and_ip():
    assert looks_like_transcript(INTERVIEW)
    assert _spans(INTERVIEW) == [
        ("I", "I: Hur länge har du arbetat som handläggare?"),
        ("IP", "IP: Sedan 2015 ungefär. Det var en annan tid då, med ”rehabiliteringskedjan” och "
               "allt.\n\nVi hade färre ärenden. 🙂"),
        ("I", "I: Och hur ser det ut i dag?"),
        ("IP", "IP: Helt annorlunda."),
    ]
    assert all(t.timestamp is None for t in find_turns(INTERVIEW))


@pytest.mark.parametrize(
    "line, speaker, timestamp",
    [
        ("Anna: Hej", "Anna", None),
        ("Anna Karin Ek: Hej", "Anna Karin Ek", None),
        ("Deltagare 2: Hej", "Deltagare 2", None),
        ("[Anna] Hej", "Anna", None),
        ("[Anna]: Hej", "Anna", None),
        ("- Anna: Hej", "Anna", None),
        ("– Örjan: Hej", "Örjan", None),
        ("#Anna: Hej", "Anna", None),
        ("[00:01:02] Anna: Hej", "Anna", "00:01:02"),
        ("[01:02] Anna: Hej", "Anna", "00:01:02"),
        ("(00:01:02) IP: Hej", "IP", "00:01:02"),
        ("00:01:02.5 I: Hej", "I", "00:01:02.500"),
        ("01:02:03,250 - Anna: Hej", "Anna", "01:02:03.250"),
        ("Anna [00:01:02]: Hej", "Anna", "00:01:02"),
        ("Anna (1:02): Hej", "Anna", "00:01:02"),
        ("Anna: [00:01:02] Hej", "Anna", "00:01:02"),
        ("Anna  0:03", "Anna", "00:00:03"),
        ("intervjuare: Hej", "Intervjuare", None),
        ("ip: Hej", "IP", None),
        ("RESPONDENT: Hej", "Respondent", None),
        ("ANNA: Hej", "Anna", None),
        ("  Anna:", "Anna", None),
        ("**Anna:** Hej", "Anna", None),
        ("**IP**: Hej", "IP", None),
    ],
)
def test_label_styles(line, speaker, timestamp):
    label = parse_label(line)
    assert label is not None
    assert (label.speaker, label.timestamp) == (speaker, timestamp)
    assert line[label.text_start :].strip() in ("Hej", "")


@pytest.mark.parametrize(
    "line",
    [
        "Syfte: att undersöka samordningen",
        "Källa: STORE och MiDAS.",
        "Not: Andelarna summerar till 100.",
        "Datum: 2026-03-23",
        "I början: när uppdraget kom",
        "Det sa hon: nej",
        "se http://www.forsakringskassan.se",
        "Kl 12:30 kom hon",
        "[12:03] utan talare",
        "[musik]",
        "Detta är en mening som råkar ha ett kolon: här",
        "",
    ],
)
def test_not_labels(line):
    assert parse_label(line) is None


def test_normalisers():
    assert normalize_speaker(" [ip] ") == "IP"
    assert normalize_speaker("anna   karin") == "anna karin"
    assert normalize_speaker("ÖRJAN") == "Örjan"
    assert normalize_timestamp("1:02") == "00:01:02"
    assert normalize_timestamp("1:02:03,5") == "01:02:03.500"


def test_timestamped_transcript_and_timestamp_lines():
    text = (
        "[00:00:05] Intervjuare: Berätta om ditt arbete.\n"
        "[00:00:09] Åsa: Jag arbetar med sjukpenning.\n"
        "fortsättning utan etikett\n"
        "00:01:10\n"
        "Intervjuare: Och samordningen?\n"
        "[00:01:20] Åsa: Den är svår.\n"
    )
    turns = find_turns(text)
    assert [(t.speaker, t.timestamp) for t in turns] == [
        ("Intervjuare", "00:00:05"), ("Åsa", "00:00:09"), ("Intervjuare", "00:01:10"), ("Åsa", "00:01:20"),
    ]
    assert text[turns[1].start : turns[1].end] == (
        "[00:00:09] Åsa: Jag arbetar med sjukpenning.\nfortsättning utan etikett"
    )
    assert text[turns[2].start : turns[2].end] == "00:01:10\nIntervjuare: Och samordningen?"


def test_focus_group_with_many_speakers():
    lines = ["Moderator: Välkomna."]
    for name in ["Anna", "Bo", "Cecilia", "David", "Eva"]:
        lines += [f"{name}: Jag heter {name}.", "Moderator: Tack."]
    lines += ["Anna: En sak till.", "Bo: Håller med."]
    text = "\n\n".join(lines)
    turns = find_turns(text)
    assert len(turns) == len(lines)
    assert {t.speaker for t in turns} == {"Moderator", "Anna", "Bo", "Cecilia", "David", "Eva"}


def test_otter_style_labels_on_their_own_line():
    text = "Anna  0:03\nHej och välkommen.\n\nBo  0:07\nTack.\n\nAnna  0:10\nBörja gärna."
    turns = find_turns(text)
    assert [(t.speaker, t.timestamp) for t in turns] == [
        ("Anna", "00:00:03"), ("Bo", "00:00:07"), ("Anna", "00:00:10"),
    ]
    assert text[turns[0].start : turns[0].end] == "Anna  0:03\nHej och välkommen."


REPORT = """Tillsynsområde; arbetsmiljö

Syfte: att följa upp arbetsmiljöarbetet.
Omfattning: 45 tillsyner med cirka 1 500 deltagare.
Resultat: se nedan.

Anna: en kommentar i en fotnot.

Lägesbild

Chefer beskriver att arbetet har förbättrats. Vi har sett att Försäkringskassan
arbetar med frågan på flera nivåer, och att det finns en tydlig riktning framåt.
Källa: intern uppföljning.
"""


def test_report_is_not_a_transcript():
    assert not looks_like_transcript(REPORT)
    assert find_turns(REPORT) == []


def test_a_few_dialogue_lines_in_a_long_report_are_not_a_transcript():
    prose = "\n".join(f"Detta är rad {i} i rapporten om samordningsuppdraget." for i in range(200))
    dialogue = "\n- Läkaren: Jag förstår.\n- Yvonne: Min kropp har sagt ifrån.\n- Läkaren: Ja.\n"
    text = prose + dialogue + prose
    assert not looks_like_transcript(text)
    assert looks_like_transcript(dialogue)


def test_two_labelled_lines_are_not_enough():
    assert find_turns("I: Hej\nIP: Hej") == []


def test_labels_that_never_recur_are_not_speakers():
    text = "Uppdrag: x\nAnsvarig: y\nMottagare: z\nGodkänd: ja"
    assert not looks_like_transcript(text)


@pytest.mark.parametrize("name", sorted(p.name for p in SOURCES.glob("*.txt")))
def test_seed_reports_are_not_transcripts(name):
    text = (SOURCES / name).read_text(encoding="utf-8")
    assert find_turns(text) == []


def test_crlf_and_trailing_whitespace_are_not_in_turns():
    text = "I: Hej \r\nIP: Hej hej\t\r\nI: Hur är läget?\r\n\r\n"
    turns = find_turns(text)
    assert [text[t.start : t.end] for t in turns] == ["I: Hej", "IP: Hej hej", "I: Hur är läget?"]


def test_turn_is_frozen():
    turn = Turn(0, 3, "I", None)
    with pytest.raises(Exception):
        turn.start = 1


# ---- properties ------------------------------------------------------------------------

def _check(text: str) -> None:
    turns = find_turns(text)
    previous_end = 0
    for turn in turns:
        assert 0 <= previous_end <= turn.start < turn.end <= len(text)
        assert turn.speaker and turn.speaker == turn.speaker.strip()
        assert not text[turn.start : turn.end][-1].isspace()
        assert not text[turn.start].isspace()
        previous_end = turn.end
    if turns:
        assert looks_like_transcript(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_turns_are_in_bounds_for_any_text(text):
    _check(text)


LABELS = st.sampled_from(["I: ", "IP: ", "Anna: ", "[Bo] ", "- Åsa: ", "#Eva: ", "[00:01:02] I: ",
                          "IP (00:02): ", "00:00:01.5 Anna: ", "Syfte: ", "", "   ", "[12:00] "])
LINES = st.builds(lambda label, body: label + body, LABELS,
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
def test_turns_are_in_bounds_for_transcript_like_text(lines, sep):
    _check(sep.join(lines))
