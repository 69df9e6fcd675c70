"""The quick-code box: fuzzy matching, applying, creating a code when none matches."""

import pytest

from ui.views.quick_code_box import QuickCodeBox, fuzzy_match

from .conftest import INTERVIEW

PATHS = ["Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör", "Arbetsbelastning/Tiden räcker inte"]


def test_fuzzy_match_words_in_any_order():
    assert fuzzy_match("tid räck", PATHS) == ["Arbetsbelastning/Tiden räcker inte"]
    assert sorted(fuzzy_match("aktör", PATHS)) == ["Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör"]
    assert fuzzy_match("med", PATHS)[0] == "Aktörer/Medaktör"
    assert fuzzy_match("", PATHS) == []


@pytest.fixture
def box(session, qtbot):
    b = QuickCodeBox(session)
    qtbot.addWidget(b)
    doc = session.project.documents.get("intervju_1")
    start = INTERVIEW.index("Läkare")
    session.set_selection((doc, start, start + 6))
    return b


def test_unique_match_codes_the_selection(box, session):
    box.setText("medakt")
    assert box.commit()
    rows = session.project.coding.list(code="Aktörer/Medaktör")
    assert [r["text"] for r in rows if r["text"] == "Läkare"] == ["Läkare"]
    assert session.recent()[0].path == "Aktörer/Medaktör"
    assert box.text() == ""


def test_no_match_creates_the_code(box, session):
    box.setText("Vården/Motaktör")
    assert box.commit()
    assert session.project.coding.list(code="Vården/Motaktör")[0]["text"] == "Läkare"
    session.project.history.undo()
    assert "Vården/Motaktör" not in [c.path for c in session.project.codebook.all()]


def test_ambiguous_text_asks_to_choose(box, session):
    messages = []
    session.statusMessage.connect(messages.append)
    box.setText("aktör")
    assert not box.commit()
    assert "3 codes match" in messages[-1]  # Aktörer and its two sub-codes


def test_needs_a_selection(box, session):
    session.set_selection(None)
    box.setText("medakt")
    assert not box.commit()
