"""Inter-coder agreement: the statistics against values worked out by hand, the interval
arithmetic against per-character brute force, and the service over real projects."""

import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod.analysis.agreement import (
    Table,
    cohen_kappa,
    free_marginal_kappa,
    krippendorff_alpha,
    matched,
    percent,
)
from kvalkod.analysis.spans import difference, intersection, merge
from kvalkod.errors import KvalkodError, NotFoundError

from ..conftest import add_text, seed
from .undo_helpers import undo_redo

# -- the statistics, worked out by hand ------------------------------------------------------


def test_overlapping_halves_by_hand():
    """100 characters; A codes [0, 40), B codes [20, 60).

    both = 20, only A = 20, only B = 20, neither = 40.
    percent = (20 + 40) / 100 = 0.6.
    kappa: A codes 40 %, B codes 40 %, so p_e = 0.4·0.4 + 0.6·0.6 = 0.52 and
    kappa = (0.6 − 0.52) / (1 − 0.52) = 0.08 / 0.48 = 1/6.
    alpha: coincidences o_11 = 2·20 = 40, o_00 = 2·40 = 80, o_01 = o_10 = 20 + 20 = 40;
    n_1 = 40 + 40 = 80, n_0 = 80 + 40 = 120, n = 200;
    alpha = 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 199·40 / 9600 = 1640 / 9600 = 41/240.
    """
    table = Table.of_characters([(0, 40)], [(20, 60)], 100)
    assert table == Table(both=20, only_a=20, only_b=20, neither=40)
    assert percent(table) == Fraction(3, 5)
    assert cohen_kappa(table) == Fraction(1, 6)
    assert krippendorff_alpha(table) == Fraction(41, 240)


def test_krippendorffs_own_binary_example():
    """Krippendorff (2011), "Computing Krippendorff's alpha-reliability", binary data, two
    observers, ten units: A = 0100000010, B = 1110010000; he reports alpha = 0.095.

    As characters: A codes characters 1 and 8, B codes 0, 1, 2 and 5.
    both = 1 (unit 2), only A = 1 (unit 9), only B = 3 (units 1, 3, 6), neither = 5.
    alpha: n = 20, o_01 = 4, n_1 = 2 + 4 = 6, n_0 = 10 + 4 = 14:
    1 − 19·4 / (6·14) = 1 − 76/84 = 2/21 ≈ 0.095.
    kappa: A codes 2, B codes 4 of 10: p_e = 0.2·0.4 + 0.8·0.6 = 0.56, p_o = 0.6,
    kappa = 0.04 / 0.44 = 1/11.
    """
    table = Table.of_characters([(1, 2), (8, 9)], [(0, 3), (5, 6)], 10)
    assert table == Table(1, 1, 3, 5)
    assert percent(table) == Fraction(6, 10)
    assert krippendorff_alpha(table) == Fraction(2, 21)
    assert round(float(krippendorff_alpha(table)), 3) == 0.095
    assert cohen_kappa(table) == Fraction(1, 11)


def test_nested_spans_by_hand():
    """10 characters; A codes [0, 5), B codes [0, 4): both 4, only A 1, neither 5.
    percent 9/10; p_e = 0.5·0.4 + 0.5·0.6 = 0.5, kappa = (0.9 − 0.5)/0.5 = 4/5;
    alpha: n = 20, o_01 = 1, n_1 = 9, n_0 = 11: 1 − 19/99 = 80/99."""
    table = Table.of_characters([(0, 5)], [(0, 4)], 10)
    assert (percent(table), cohen_kappa(table), krippendorff_alpha(table)) == (
        Fraction(9, 10), Fraction(4, 5), Fraction(80, 99))


def test_undefined_statistics_are_none():
    everything = Table(both=10, only_a=0, only_b=0, neither=0)
    assert percent(everything) == 1
    assert cohen_kappa(everything) is None and krippendorff_alpha(everything) is None
    nothing = Table(neither=10)
    assert cohen_kappa(nothing) is None and krippendorff_alpha(nothing) is None
    assert percent(Table()) is None and cohen_kappa(Table()) is None
    segments = Table(3, 1, 1, None)
    assert percent(segments) == Fraction(3, 5)
    assert cohen_kappa(segments) is None and krippendorff_alpha(segments) is None
    # one coder codes everything, the other nothing: total disagreement, below chance
    opposite = Table(0, 10, 0, 0)
    assert cohen_kappa(opposite) == 0
    assert krippendorff_alpha(opposite) == 1 - Fraction(19 * 10, 10 * 10)


def test_free_marginal_kappa_by_hand():
    """Brennan & Prediger: chance 1/k. 4 codes, 70 % agreement: (0.7 − 0.25)/0.75 = 0.6."""
    assert free_marginal_kappa(Fraction(7, 10), 4) == Fraction(3, 5)
    assert free_marginal_kappa(Fraction(1), 2) == 1
    assert free_marginal_kappa(Fraction(1, 2), 1) is None


# -- the same statistics straight from the definitions, one value per character -------------------


def ratings(spans, length):
    out = [0] * length
    for start, end in spans:
        out[start:end] = [1] * (end - start)
    return out


def direct_kappa(a, b):
    n = len(a)
    p_o = Fraction(sum(x == y for x, y in zip(a, b)), n)
    p_e = sum(Fraction(a.count(v), n) * Fraction(b.count(v), n) for v in (0, 1))
    return None if p_e == 1 else (p_o - p_e) / (1 - p_e)


def direct_alpha(a, b):
    """Krippendorff's alpha from the coincidence matrix built pair by pair (nominal, any values)."""
    values = sorted(set(a) | set(b))
    o = {(c, k): Fraction(0) for c in values for k in values}
    for x, y in zip(a, b):  # each unit: both ordered pairs, weight 1 / (m_u − 1) = 1
        o[x, y] += 1
        o[y, x] += 1
    n_c = {c: sum(o[c, k] for k in values) for c in values}
    n = sum(n_c.values())
    expected = sum(n_c[c] * n_c[k] for c in values for k in values if c != k)
    if expected == 0:
        return None
    observed = sum(o[c, k] for c in values for k in values if c != k)
    return 1 - (n - 1) * observed / expected


span_lists = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])),
                      max_size=6)


@settings(max_examples=150, deadline=None)
@given(span_lists, span_lists, st.integers(0, 20))
def test_tables_and_statistics_match_per_character_counting(spans_a, spans_b, extra):
    length = max([e for _, e in spans_a + spans_b], default=0) + extra
    a, b = ratings(spans_a, length), ratings(spans_b, length)
    table = Table.of_characters(merge(spans_a), merge(spans_b), length)
    assert table == Table(sum(x & y for x, y in zip(a, b)), sum(x > y for x, y in zip(a, b)),
                          sum(x < y for x, y in zip(a, b)), sum(not (x or y) for x, y in zip(a, b)))
    if length:
        assert cohen_kappa(table) == direct_kappa(a, b)
        assert krippendorff_alpha(table) == direct_alpha(a, b)


@settings(max_examples=150, deadline=None)
@given(span_lists, span_lists, st.integers(0, 20))
def test_statistics_properties(spans_a, spans_b, extra):
    length = max([e for _, e in spans_a + spans_b], default=0) + extra
    ab = Table.of_characters(merge(spans_a), merge(spans_b), length)
    ba = Table.of_characters(merge(spans_b), merge(spans_a), length)
    for statistic in (percent, cohen_kappa, krippendorff_alpha):
        assert statistic(ab) == statistic(ba)  # symmetric in the two coders
        value = statistic(ab)
        assert value is None or value <= 1
    if percent(ab) is not None:
        assert 0 <= percent(ab) <= 1
    same = Table.of_characters(merge(spans_a), merge(spans_a), length)
    assert percent(same) in (None, 1)
    assert cohen_kappa(same) in (None, 1) and krippendorff_alpha(same) in (None, 1)
    if 0 < same.both < length:
        assert cohen_kappa(same) == krippendorff_alpha(same) == 1


@settings(max_examples=150, deadline=None)
@given(span_lists, span_lists)
def test_interval_operations_match_sets(spans_a, spans_b):
    def chars(spans):
        return {i for s, e in spans for i in range(s, e)}

    ma, mb = merge(spans_a), merge(spans_b)
    assert chars(ma) == chars(spans_a)
    assert all(e1 < s2 for (_, e1), (s2, _) in zip(ma, ma[1:]))  # disjoint, not even touching
    assert chars(intersection(ma, mb)) == chars(ma) & chars(mb)
    assert chars(difference(ma, mb)) == chars(ma) - chars(mb)
    assert all(s < e for s, e in difference(ma, mb) + intersection(ma, mb))


@settings(max_examples=150, deadline=None)
@given(span_lists, span_lists, st.sampled_from([0, 1, 25, 50, 90, 100]))
def test_matching_segments_matches_every_pair(spans_a, spans_b, percent_overlap):
    threshold = Fraction(percent_overlap, 100)

    def enough(x, y):
        shared = min(x[1], y[1]) - max(x[0], y[0])
        return shared > 0 and Fraction(shared, max(x[1], y[1]) - min(x[0], y[0])) >= threshold

    assert matched(spans_a, spans_b, threshold) == [any(enough(x, y) for y in spans_b) for x in spans_a]


# -- the service --------------------------------------------------------------------------------


@pytest.fixture
def pair(project):
    """A 100-character document, codes K and L; coders A and B."""
    add_text(project, "doc", "abcdefghij" * 10)
    project.codebook.add("K")
    project.codebook.add("L")
    return project


def test_service_reports_the_hand_computed_example(pair):
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("doc", 20, 60, "K", coder="B")
    result = pair.agreement.compare("A", "B")
    assert result["unit"] == "characters" and result["coders"] == ["A", "B"]
    assert result["documents"] == ["doc"] and result["excluded_documents"] == []
    row = result["per_code"]["K"]
    assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (20, 20, 20, 40)
    assert row["percent"] == 0.6
    assert row["kappa"] == pytest.approx(1 / 6) and row["alpha"] == pytest.approx(41 / 240)
    assert (result["percent"], result["kappa"], result["alpha"]) == (row["percent"], row["kappa"], row["alpha"])
    assert "pooled" in result and "1 code" in result["pooled"]
    assert list(result["per_code"]) == ["K"]  # L nobody used: not listed, not pooled


def test_pooled_over_codes_by_hand(pair):
    """K as above (20, 20, 20, 40); L: A [0, 10), B [0, 10) and [90, 100): (10, 0, 10, 80).
    Pooled: both 30, only A 20, only B 30, neither 120, 200 units: percent 150/200 = 0.75.
    A codes 50 of 200, B 60: p_e = 0.25·0.3 + 0.75·0.7 = 0.6, kappa = 0.15/0.4 = 0.375.
    alpha: n = 400, o_01 = 50, n_1 = 60 + 50 = 110, n_0 = 240 + 50 = 290:
    1 − 399·50 / (110·290) = 1 − 19950/31900 = 11950/31900 = 239/638."""
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("doc", 20, 60, "K", coder="B")
    pair.coding.apply("doc", 0, 10, "L", coder="A")
    pair.coding.apply("doc", 0, 10, "L", coder="B")
    pair.coding.apply("doc", 90, 100, "L", coder="B")
    result = pair.agreement.compare("A", "B")
    assert (result["both"], result["only_a"], result["only_b"], result["neither"]) == (30, 20, 30, 120)
    assert result["percent"] == 0.75 and result["kappa"] == pytest.approx(0.375)
    assert result["alpha"] == pytest.approx(239 / 638)
    assert list(result["per_code"]) == ["K", "L"] and "2 codes" in result["pooled"]
    only_l = pair.agreement.compare("A", "B", code="L")
    assert list(only_l["per_code"]) == ["L"] and only_l["percent"] == 0.9


def test_identical_coding_agrees_fully(pair):
    for coder in ("A", "B"):
        pair.coding.apply("doc", 5, 25, "K", coder=coder)
        pair.coding.apply("doc", 50, 55, "L", coder=coder)
    result = pair.agreement.compare("A", "B", disagreements=True)
    assert (result["percent"], result["kappa"], result["alpha"]) == (1.0, 1.0, 1.0)
    assert result["disagreements"] == []
    segments = pair.agreement.compare("A", "B", unit="segments")
    assert segments["percent"] == 1.0 and segments["kappa"] == 1.0


def test_overlapping_codings_of_one_coder_count_once(pair):
    pair.coding.apply("doc", 0, 30, "K", coder="A")
    pair.coding.apply("doc", 10, 40, "K", coder="A")
    pair.coding.apply("doc", 0, 40, "K", coder="B")
    row = pair.agreement.compare("A", "B")["per_code"]["K"]
    assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (40, 0, 0, 60)


def test_undefined_rows_say_why(pair):
    pair.coding.apply("doc", 0, 100, "K", coder="A")
    pair.coding.apply("doc", 0, 100, "K", coder="B")
    result = pair.agreement.compare("A", "B", code="L")
    row = result["per_code"]["L"]  # asked for, used by neither
    assert row["percent"] is row["kappa"] is row["alpha"] is None
    assert row["undefined"] == "not_coded" and "neither coder" in row["reason"]
    assert result["undefined"] == "not_coded" and result["percent"] is None
    whole = pair.agreement.compare("A", "B", code="K")
    assert whole["percent"] == 1.0 and whole["kappa"] is None and whole["alpha"] is None
    assert whole["undefined"] == "no_variation" and "variation" in whole["reason"]


def test_documents_one_coder_has_not_coded_are_left_out_and_listed(pair):
    add_text(pair, "other", "x" * 50)
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("doc", 20, 60, "K", coder="B")
    pair.coding.apply("other", 0, 50, "K", coder="A")  # B has not reached it yet
    result = pair.agreement.compare("A", "B")
    assert result["documents"] == ["doc"]
    assert result["excluded_documents"] == [{"document": "other", "coded_by": "A"}]
    assert result["per_code"]["K"]["units"] == 100 and result["percent"] == 0.6
    everything = pair.agreement.compare("A", "B", all_documents=True)
    assert everything["documents"] == ["doc", "other"] and everything["excluded_documents"] == []
    row = everything["per_code"]["K"]
    assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (20, 70, 20, 40)


def test_no_shared_documents(pair):
    add_text(pair, "other", "x" * 50)
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("other", 0, 10, "K", coder="B")
    result = pair.agreement.compare("A", "B")
    assert result["documents"] == [] and result["per_code"] == {}
    assert result["percent"] is None and result["undefined"] == "no_documents"
    assert len(result["excluded_documents"]) == 2


def test_unknown_or_same_coder_is_a_clear_error(pair):
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("doc", 0, 40, "K", coder="B")
    with pytest.raises(NotFoundError, match="no coder named 'Cecilia'.*A, B"):
        pair.agreement.compare("A", "Cecilia")
    with pytest.raises(KvalkodError, match="two different coders"):
        pair.agreement.compare("A", "A")
    with pytest.raises(KvalkodError, match="not a unit"):
        pair.agreement.compare("A", "B", unit="words")
    with pytest.raises(KvalkodError, match="0 to 100"):
        pair.agreement.compare("A", "B", unit="segments", min_overlap=120)


def test_character_disagreements_are_the_stretches_one_coder_coded(pair):
    pair.coding.apply("doc", 0, 40, "K", coder="A")
    pair.coding.apply("doc", 20, 60, "K", coder="B")
    found = pair.agreement.disagreements("A", "B")
    text = pair.documents.text("doc")
    assert [(d["start"], d["end"], d["coder"], d["code"]) for d in found] == [(0, 20, "A", "K"), (40, 60, "B", "K")]
    assert all(d["text"] == text[d["start"]:d["end"]] and d["guid"] == "" and d["document"] == "doc"
               for d in found)
    assert set(found[0]) == {"guid", "document", "code", "start", "end", "text", "coder", "memo"}


def test_segments_by_hand(pair):
    """A: [0, 10), [20, 30), [50, 60); B: [5, 15), [70, 80).
    Any overlap: A's [0, 10) meets B's [5, 15) (and back): 2 agreeing units; A's other two
    and B's [70, 80) have no partner: percent 2/5.
    At 50 %: [0, 10) and [5, 15) share 5 of 15 characters (33 %): nothing agrees."""
    for s, e in ((0, 10), (20, 30), (50, 60)):
        pair.coding.apply("doc", s, e, "K", coder="A")
    for s, e in ((5, 15), (70, 80)):
        pair.coding.apply("doc", s, e, "K", coder="B")
    result = pair.agreement.compare("A", "B", unit="segments", disagreements=True)
    row = result["per_code"]["K"]
    assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (2, 2, 1, None)
    assert row["percent"] == 0.4 and row["kappa"] is None and row["undefined"] == "segments"
    assert result["kappa"] is None and result["undefined"] == "one_code"  # 1/k needs k ≥ 2
    assert [(d["start"], d["end"], d["coder"]) for d in result["disagreements"]] == [
        (20, 30, "A"), (50, 60, "A"), (70, 80, "B")]
    guids = {c["guid"] for c in pair.coding.list(coder="A")}
    assert {d["guid"] for d in result["disagreements"] if d["coder"] == "A"} <= guids
    strict = pair.agreement.compare("A", "B", unit="segments", min_overlap=50)
    assert strict["per_code"]["K"]["percent"] == 0.0 and strict["min_overlap"] == 50
    assert strict["per_code"]["K"]["both"] == 0


def test_segments_pooled_kappa_is_brennan_prediger(pair):
    """K: 2 of 5 units agree (above); L: A [0, 10), B [0, 10): 2 of 2. Pooled 4/7 over k = 2
    codes: (4/7 − 1/2) / (1/2) = 1/7."""
    for s, e in ((0, 10), (20, 30), (50, 60)):
        pair.coding.apply("doc", s, e, "K", coder="A")
    for s, e in ((5, 15), (70, 80)):
        pair.coding.apply("doc", s, e, "K", coder="B")
    pair.coding.apply("doc", 0, 10, "L", coder="A")
    pair.coding.apply("doc", 0, 10, "L", coder="B")
    result = pair.agreement.compare("A", "B", unit="segments")
    assert result["percent"] == pytest.approx(4 / 7) and result["kappa"] == pytest.approx(1 / 7)
    assert result["kappa_method"] == "brennan-prediger" and result["alpha"] is None


def test_sub_codes_are_compared_each_on_its_own(project):
    add_text(project, "doc", "x" * 100)
    project.codebook.add("Aktörer/Vården")
    project.codebook.add("Aktörer/Arbetsförmedlingen")
    project.coding.apply("doc", 0, 50, "Aktörer/Vården", coder="A")
    project.coding.apply("doc", 0, 50, "Aktörer/Arbetsförmedlingen", coder="B")
    result = project.agreement.compare("A", "B", code="Aktörer")
    assert list(result["per_code"]) == ["Aktörer", "Aktörer/Vården", "Aktörer/Arbetsförmedlingen"]  # codebook order
    assert result["per_code"]["Aktörer"]["undefined"] == "not_coded"
    assert result["per_code"]["Aktörer/Vården"]["only_a"] == 50
    assert result["percent"] == 0.5  # pooled over the two sub-codes: 100 of 200 characters agree


def test_many_documents_and_codes_match_brute_force(project):
    """Random codings over three documents and three codes: every per-code table equals
    counting character by character (the service lays all pairs on one line; this checks
    that nothing leaks from one document or code into another)."""
    rng = random.Random(7)
    lengths = {"d1": 80, "d2": 35, "d3": 120}
    for name, n in lengths.items():
        add_text(project, name, "y" * n)
    codes = ["T/K1", "T/K2", "K3"]
    for c in codes:
        project.codebook.add(c)
    for _ in range(60):
        name = rng.choice(list(lengths))
        start = rng.randrange(lengths[name])
        end = min(lengths[name], start + rng.randint(1, 30))
        project.coding.apply(name, start, end, rng.choice(codes), coder=rng.choice("AB"))
    result = project.agreement.compare("A", "B", disagreements=True)
    compared = result["documents"]
    for code in codes:
        mine = {c: [(r["document"], r["start"], r["end"]) for r in project.coding.list(code=code, coder=c)
                    if r["code"] == code] for c in "AB"}
        a = {(d, i) for d, s, e in mine["A"] if d in compared for i in range(s, e)}
        b = {(d, i) for d, s, e in mine["B"] if d in compared for i in range(s, e)}
        total = sum(lengths[d] for d in compared)
        row = result["per_code"][code]
        assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (
            len(a & b), len(a - b), len(b - a), total - len(a | b))
        apart = {(d["document"], i) for d in result["disagreements"] if d["code"] == code
                 for i in range(d["start"], d["end"])}
        assert apart == a ^ b


def test_two_coders_autocoding_a_seed_report_by_sentence_and_by_paragraph(project):
    """Seed 001: Anna codes every sentence that mentions samordning, Bertil every paragraph.
    Each of Anna's sentences lies inside one of Bertil's paragraphs, so Anna codes nothing
    Bertil left out; what Bertil codes beyond her is the rest of those paragraphs."""
    (imported,) = project.documents.import_files([seed("001")])
    assert imported.error is None
    project.codebook.add("Samordning")
    assert project.autocode.by_query("Samordning", "samordning*", unit="sentence", coder="Anna")
    assert project.autocode.by_query("Samordning", "samordning*", unit="paragraph", coder="Bertil")
    result = project.agreement.compare("Anna", "Bertil", disagreements=True)
    row = result["per_code"]["Samordning"]
    assert row["only_a"] == 0 and row["both"] > 0 and row["only_b"] > 0
    assert 0 < row["kappa"] < 1 and 0 < row["alpha"] < 1 and 0 < row["percent"] < 1
    assert row["units"] == imported.document.length
    assert {d["coder"] for d in result["disagreements"]} == {"Bertil"}
    paragraphs = [(r["start"], r["end"]) for r in project.coding.list(coder="Bertil")]
    assert all(any(s <= d["start"] and d["end"] <= e for s, e in paragraphs) for d in result["disagreements"])
    segments = project.agreement.compare("Anna", "Bertil", unit="segments")["per_code"]["Samordning"]
    assert segments["only_a"] == 0 and segments["percent"] == 1.0  # every segment has a partner


# -- coders -------------------------------------------------------------------------------------


def test_coders_listed_recoloured_and_renamed_undoably(pair):
    pair.coding.apply("doc", 0, 10, "K", coder="A")
    pair.coding.apply("doc", 0, 10, "L", coder="A")
    pair.coding.apply("doc", 0, 10, "K", coder="B")
    listed = pair.coders.list()
    assert [(c["name"], c["codings"]) for c in listed] == [("A", 2), ("B", 1)]
    assert listed[0]["color"] != listed[1]["color"]
    assert pair.coders.set_color("B", "#ABCDEF").color == "#abcdef"
    with pytest.raises(KvalkodError, match="not a colour"):
        pair.coders.set_color("B", "red")
    pair.history.undo()
    assert pair.coders.get("B").color == listed[1]["color"]
    pair.coders.rename("B", "Bertil")
    assert pair.coding.list(coder="Bertil")[0]["coder"] == "Bertil"
    with pytest.raises(KvalkodError, match="exists already"):
        pair.coders.rename("A", "Bertil")
    with pytest.raises(NotFoundError, match="no coder named 'B'"):
        pair.coders.get("B")
    pair.history.undo()
    assert [c["name"] for c in pair.coders.list()] == ["A", "B"]


def test_coder_changes_undo_and_redo_row_by_row(pair):
    pair.coding.apply("doc", 0, 10, "K", coder="A")
    undo_redo(pair, lambda: pair.coders.set_color("A", "#102030"))
    undo_redo(pair, lambda: pair.coders.rename("A", "Anna"))
