"""The query syntax: what it reads, what it prints, and errors that name the place at fault."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod.errors import KvalkodError
from kvalkod.services.query_language import QuerySyntaxError, check, label, parse, quote, to_text


def code(path, subcodes=True):
    return {"code": path} if subcodes else {"code": path, "subcodes": False}


def op(name, left, right, distance=None):
    node = {"op": name, "left": left, "right": right}
    if name == "near":
        node["distance"] = distance
    return node


A, B, C = code("A"), code("B"), code("C")


def test_the_briefs_example():
    text = '"Hanteringsstrategier/Rörelse till brukaren" AND NOT "Aktörer/Arbetsförmedlingen"'
    assert parse(text) == op("not", code("Hanteringsstrategier/Rörelse till brukaren"),
                             code("Aktörer/Arbetsförmedlingen"))


@pytest.mark.parametrize("text, expected", [
    ("A", A),
    ("ONLY A", code("A", False)),
    ("A OR B", op("or", A, B)),
    ("A AND B", op("and", A, B)),
    ("A NOT B", op("not", A, B)),
    ("A and not B", op("not", A, B)),
    ("A OVERLAPS B", op("overlaps", A, B)),
    ("A WITHIN B", op("within", A, B)),
    ("A NEAR/200 B", op("near", A, B, 200)),
    ("A near/paragraph B", op("near", A, B, "paragraph")),
    ("A NEAR/TURN B", op("near", A, B, "turn")),
    ("A OR B AND C", op("or", A, op("and", B, C))),
    ("A AND B OR C", op("or", op("and", A, B), C)),
    ("A NOT B OVERLAPS C", op("not", A, op("overlaps", B, C))),
    ("A OR B OR C", op("or", op("or", A, B), C)),
    ("A OR (B OR C)", op("or", A, op("or", B, C))),
    ("(A OR B) WITHIN C", op("within", op("or", A, B), C)),
    ("A NEAR/5 B NEAR/0 C", op("near", op("near", A, B, 5), C, 0)),
    ("Aktörer/Läkare OR ”Med citat”", op("or", code("Aktörer/Läkare"), code("Med citat"))),
    (r'"Säger \"nej\""', code('Säger "nej"')),
    ('"OR"', code("OR")),
    ("(((A)))", A),
])
def test_parse(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("text, message", [
    ("", "the query is empty (write a code path, e.g. \"Aktörer\") at character 1"),
    ("   ", "the query is empty"),
    ("A AND", "the query ends where a code path or '(' was expected at character 6"),
    ("AND A", "expected a code path or '(', found 'AND' at character 1"),
    ("NOT A", "NOT needs a code before it"),
    ("A B", "expected an operator (AND, OR, NOT, OVERLAPS, WITHIN, NEAR/N, NEAR/PARAGRAPH, NEAR/TURN), found 'B'"),
    ("Hanteringsstrategier/Rörelse till brukaren", "found 'till' (put a code path with spaces in quotes) "
                                                   "at character 30"),
    ('"Aktörer', "a quote is not closed"),
    ("(A OR B", "'(' is not closed at character 1"),
    ("A OR B)", "')' has no '(' before it at character 7"),
    ("A NEAR B", "'NEAR' needs a distance: NEAR/200 (characters), NEAR/PARAGRAPH or NEAR/TURN at character 3"),
    ("A NEAR/page B", "'NEAR/page' needs a distance"),
    ("ONLY (A)", "ONLY goes before a code path"),
    ("A OR ()", "expected a code path or '(', found ')' at character 7"),
])
def test_errors_name_the_position_and_token(text, message):
    with pytest.raises(QuerySyntaxError) as caught:
        parse(text)
    assert message in str(caught.value)
    assert str(caught.value).startswith("query: ")
    assert isinstance(caught.value, KvalkodError)


def test_printing_quotes_only_where_needed():
    assert quote("Aktörer/Läkare") == "Aktörer/Läkare"
    assert quote("Rörelse till brukaren") == '"Rörelse till brukaren"'
    assert quote("and") == '"and"' and quote("Near/5") == '"Near/5"' and quote("ONLY") == '"ONLY"'
    assert quote('Säger "nej" (ofta)') == r'"Säger \"nej\" (ofta)"'
    assert to_text(op("and", op("or", A, B), code("C d", False))) == '(A OR B) AND ONLY "C d"'
    assert to_text(op("near", A, op("near", B, C, "turn"), 30)) == "A NEAR/30 (B NEAR/TURN C)"


def test_labels_of_intersections():
    assert label(op("and", A, op("and", B, C))) == "A ∩ B ∩ C"
    assert label(op("and", op("or", A, B), code("C d", False))) == "(A OR B) ∩ ONLY C d"


# -- printing and parsing back ----------------------------------------------------------------

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(str.strip)
leaves = st.builds(code, names, st.booleans())


def _extend(children):
    simple = st.builds(op, st.sampled_from(["and", "or", "not", "overlaps", "within"]), children, children)
    near = st.builds(op, st.just("near"), children, children,
                     st.one_of(st.integers(0, 10_000), st.sampled_from(["paragraph", "turn"])))
    return st.one_of(simple, near)


definitions = st.recursive(leaves, _extend, max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(definitions)
def test_printing_a_definition_and_parsing_it_gives_it_back(definition):
    assert parse(to_text(definition)) == definition
    assert check(definition) == definition


def test_check_keeps_guids_and_drops_a_true_subcodes():
    assert check({"code": "A", "subcodes": True, "guid": "g"}) == {"code": "A", "guid": "g"}
    with pytest.raises(KvalkodError, match="'subcodes' is true or false"):
        check({"code": "A", "subcodes": "no"})
    with pytest.raises(KvalkodError, match="unknown key 'kod'"):
        check({"code": "A", "kod": "B"})
    with pytest.raises(KvalkodError, match=r"query expression.left: expected an object"):
        check({"op": "and", "left": "A", "right": {"code": "B"}})
