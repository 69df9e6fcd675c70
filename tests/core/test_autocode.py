"""Autocoding by search (match, sentence, paragraph, turn) and by speaker: one action each."""

import pytest

from kvalkod.errors import KvalkodError
from kvalkod.model import SpeakerTurn

from ..conftest import add_text

TEXT = (
    "I: Hur ser samordningen ut, t.ex. med Arbetsförmedlingen?\n"
    "IP: Samordningen stryker på foten. Vi har inte tid.\n"
    "I: Och vården?\n"
    "IP: Läkarna förstår inte. Samordning kräver tid."
)


def turns(text):
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(SpeakerTurn(pos, pos + len(line), line.split(":")[0]))
        pos += len(line) + 1
    return out


@pytest.fixture
def doc(project):
    project.codebook.add("Samordning")
    return add_text(project, "intervju", TEXT, turns=turns(TEXT))


def spans(project):
    return [(r["start"], r["end"], r["text"]) for r in project.coding.list()]


def test_match_unit(project, doc):
    assert project.autocode.by_query("Samordning", "samordning*") == 3
    assert [s[2] for s in spans(project)] == ["samordningen", "Samordningen", "Samordning"]


def test_sentence_unit_respects_abbreviations(project, doc):
    project.autocode.by_query("Samordning", "samordning*", unit="sentence")
    texts = [s[2] for s in spans(project)]
    assert "I: Hur ser samordningen ut, t.ex. med Arbetsförmedlingen?" in texts
    assert "IP: Samordningen stryker på foten." in texts  # a line ends a sentence
    assert "Samordning kräver tid." in texts


def test_paragraph_unit_merges_hits(project):
    project.codebook.add("Tid")
    add_text(project, "p", "Ingen tid. Aldrig tid.\n\nAnnat stycke.")
    assert project.autocode.by_query("Tid", "tid", unit="paragraph") == 1
    assert spans(project) == [(0, 22, "Ingen tid. Aldrig tid.")]


def test_turn_unit_and_speaker(project, doc):
    assert project.autocode.by_query("Samordning", "tid", unit="turn") == 2
    assert all(s[2].startswith("IP:") for s in spans(project))
    project.history.undo()
    assert project.autocode.by_speaker("Samordning", "ip") == 2
    with pytest.raises(KvalkodError, match="no speaker turns"):
        project.autocode.by_speaker("Samordning", "Okänd")


def test_turn_unit_needs_turns(project):
    project.codebook.add("X")
    add_text(project, "plain", "bara text om tid")
    with pytest.raises(KvalkodError, match="no speaker turns"):
        project.autocode.by_query("X", "tid", unit="turn")


def test_rerun_creates_no_duplicates_and_undo_is_one_step(project, doc):
    assert project.autocode.by_query("Samordning", "samordning*") == 3
    assert project.autocode.by_query("Samordning", "samordning*") == 0
    assert project.autocode.by_query("Samordning", "samordning*", coder="Bertil") == 3
    project.history.undo()
    assert len(spans(project)) == 3
    project.history.undo()
    assert spans(project) == []


def test_no_hits_makes_no_action(project, doc):
    labels = project.history.labels()
    assert project.autocode.by_query("Samordning", "finnsinte") == 0
    assert project.history.labels() == labels
