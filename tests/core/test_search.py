"""Search: words, phrases, prefixes, OR; å/ä/ö distinct unless folded; offsets exact."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvalkod.errors import KvalkodError
from kvalkod.text.query import parse_query

from ..conftest import add_text

TEXT = (
    "Samordningsuppdraget är otydligt. Samordningsuppdragets innehåll diskuteras.\n\n"
    "Handläggaren frågar om våld. Ingen vald väg finns.\n\n"
    "Arbetsförmedlingen och K2-flöde, hälso- och sjukvården."
)


@pytest.fixture
def doc(project):
    return add_text(project, "d", TEXT)


def test_hits_map_to_offsets(project, doc):
    hits = project.search.find("samordningsuppdrag*")
    assert [h.text for h in hits] == ["Samordningsuppdraget", "Samordningsuppdragets"]
    for h in hits:
        assert TEXT[h.start:h.end] == h.text


def test_whole_words_only_without_star(project, doc):
    assert project.search.count("samordningsuppdraget") == 1


def test_swedish_letters_are_distinct_by_default(project, doc):
    assert [h.text for h in project.search.find("våld")] == ["våld"]
    assert [h.text for h in project.search.find("vald")] == ["vald"]
    assert sorted(h.text for h in project.search.find("våld", fold=True)) == ["vald", "våld"]


def test_phrases_and_tokens_with_hyphens(project, doc):
    assert [h.text for h in project.search.find('"frågar om våld"')] == ["frågar om våld"]
    assert [h.text for h in project.search.find("K2-flöde")] == ["K2-flöde"]
    assert [h.text for h in project.search.find('"hälso och"')] == ["hälso- och"]


def test_or_and_implicit_and(project, doc):
    assert project.search.count("våld OR arbetsförmedlingen") == 2
    # AND works per paragraph: both words must be in it
    assert project.search.count("handläggaren våld") == 2
    assert project.search.count("handläggaren arbetsförmedlingen") == 0


def test_kwic_context(project, doc):
    (hit,) = project.search.find("våld")
    assert hit.left.endswith("Handläggaren frågar om ")
    assert hit.right.startswith(". Ingen vald")


def test_doc_filter_and_undo_updates_index(project, doc):
    add_text(project, "e", "Mer om våld här.")
    assert project.search.count("våld") == 2
    assert project.search.count("våld", doc="e") == 1
    project.history.undo()
    assert project.search.count("våld") == 1


def test_query_without_words_is_a_user_error():
    with pytest.raises(KvalkodError):
        parse_query('  "" * ,, ')


def test_syntax_characters_are_safe(project, doc):
    # FTS5 operators typed by a user never reach SQLite unquoted
    for q in ["NEAR(a b)", "a:b", "^x", "(våld", 'våld"', "NOT", "AND OR"]:
        project.search.find(q)


words = st.sampled_from(["våld", "vald", "Våld", "samordning", "Samordningen", "ö", "K2", "😀", "hälso-", "och"])


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(words, min_size=1, max_size=30), st.sampled_from(["våld", "samordning*", "vald", "k2"]))
def test_every_hit_is_the_text_at_its_offsets(project, tokens, query):
    name = f"h{project.documents.all().__len__()}"
    text = " ".join(tokens)
    add_text(project, name, text)
    for fold in (False, True):
        for hit in project.search.find(query, doc=name, fold=fold):
            assert text[hit.start:hit.end] == hit.text


@pytest.mark.parametrize("query", ["samordningsuppdrag*", "våld", "vald", "Arbetsförmedlingen", "k2", "sam*"])
@pytest.mark.parametrize("fold", [False, True])
def test_index_count_equals_hits(project, doc, query, fold):
    add_text(project, "e", "VÅLD och Våld, samordningsuppdragen; K2 k2-flöde. Sam samma.")
    assert project.search.count(query, fold=fold) == len(project.search.find(query, fold=fold))
    assert project.search.count(query, fold=fold, doc="e") == len(project.search.find(query, fold=fold, doc="e"))


def test_limit_gives_the_first_hits(project, doc):
    everything = project.search.find("samordningsuppdrag* OR våld")
    assert project.search.find("samordningsuppdrag* OR våld", limit=2) == everything[:2]


@pytest.mark.parametrize("query", ["handläggaren våld", "våld OR vald", "sam* OR samordningsuppdraget",
                                   '"frågar om" våld', "våld OR våld"])
def test_multi_term_counts_equal_hits(project, doc, query):
    for fold in (False, True):
        assert project.search.count(query, fold=fold) == len(project.search.find(query, fold=fold))
