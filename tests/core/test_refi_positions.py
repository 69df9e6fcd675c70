"""Detecting how a REFI-QDA source's selection positions count, and converting them.

The hand-made examples have their positions worked out by hand (indices in the comments); the
property tests encode word-aligned selections under a random reading with a slow, obviously
correct reference walk over the characters, and check the detector against it.
"""

import re
import time
import unicodedata
from itertools import accumulate, product

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kvalkod.importers.refi_positions import CODE_POINTS, UTF16_UNITS, PositionReading, read_positions, stored_text
from tests.core.seed_text import raw as seed_raw

PREFERENCE = list(product((CODE_POINTS, UTF16_UNITS), (2, 1), (False, True)))


def key(reading: PositionReading):
    return reading.unit, reading.crlf, reading.bom


def cut(raw, spans):
    reading, converted = read_positions(raw, spans)
    text = stored_text(raw)
    return reading, [None if c is None else text[c[0]:c[1]] for c in converted]


# --- hand-made examples -------------------------------------------------------------------

# BOM at 0; "Intervju" 1-8, "3" 10, CRLF 11-12; "Jag" 13, "glad" 22-25, 😀 27, "handläggaren" 33-44,
# "ringde" 46-51, "." 52, CRLF 53-54; "Sedan" 55, "inget." 67-72; 73 code points.
NVIVO_RAW = "\ufeffIntervju 3\r\nJag blev glad 😀 när handläggaren ringde.\r\nSedan hände inget."


def test_nvivo_utf16_units_bom_and_crlf_as_two():
    # NVivo counts UTF-16 units from the BOM (position 0) and CRLF as 2: positions equal the
    # code-point indices up to the emoji and are one more after it.
    spans = [(1, 9), (22, 26), (34, 46), (47, 54), (56, 74)]
    reading, texts = cut(NVIVO_RAW, spans)
    assert key(reading) == (UTF16_UNITS, 2, True)
    assert (reading.fits, reading.total) == (5, 5)
    assert texts == ["Intervju", "glad", "handläggaren", "ringde.", "Sedan hände inget."]
    _, converted = read_positions(NVIVO_RAW, spans)
    # stored text lost the BOM and one character per CRLF
    assert converted == [(0, 8), (20, 24), (31, 43), (44, 51), (52, 70)]
    assert reading.describe() == (
        "positions read as UTF-16 units, CRLF counted as 2, the byte-order mark counted as position 0 "
        "(5 of 5 selections on word boundaries)"
    )


def test_a_position_inside_a_surrogate_pair_takes_the_whole_emoji():
    spans = [(1, 9), (22, 26), (34, 46), (47, 54), (56, 74), (27, 28)]
    reading, texts = cut(NVIVO_RAW, spans)
    assert key(reading) == (UTF16_UNITS, 2, True)
    assert texts[-1] == "😀"
    assert reading.fits == 5 and reading.total == 6  # ending inside the pair is no word boundary


# "Intervju" 0-7, "handläggare" 13-23, CRLF 24-25, "Vi" 26, "pratar" 29-34, "samordning" 39-48,
# "." 49, CRLF 50-51, "Det" 52, "tid." 60-63; 64 code points.
ATLAS_RAW = "Intervju med handläggare\r\nVi pratar om samordning.\r\nDet tar tid."


def test_atlas_ti_counts_crlf_as_one():
    # one position less after each CRLF; the stored text folds CRLF to one character too, so
    # the stored offsets equal the positions
    spans = [(0, 8), (13, 24), (28, 34), (38, 48), (50, 62)]
    reading, texts = cut(ATLAS_RAW, spans)
    assert key(reading) == (CODE_POINTS, 1, False)
    assert texts == ["Intervju", "handläggare", "pratar", "samordning", "Det tar tid."]
    assert read_positions(ATLAS_RAW, spans)[1] == spans
    assert reading.describe() == (
        "positions read as code points, CRLF counted as 1 (5 of 5 selections on word boundaries)")


def test_the_same_file_read_as_the_specification_says():
    spans = [(0, 8), (13, 24), (29, 35), (39, 49), (52, 64)]
    reading, texts = cut(ATLAS_RAW, spans)
    assert key(reading) == (CODE_POINTS, 2, False)
    assert texts == ["Intervju", "handläggare", "pratar", "samordning", "Det tar tid."]
    assert read_positions(ATLAS_RAW, spans)[1] == [(0, 8), (13, 24), (28, 34), (38, 48), (50, 62)]


def test_plain_code_points():
    raw = "Samordning kräver tid.\nHandläggaren ringer."  # "kräver" 11-16, "ringer." 36-42
    reading, texts = cut(raw, [(11, 17), (36, 43)])
    assert texts == ["kräver", "ringer."]
    assert reading == PositionReading(CODE_POINTS, 0, False, 2, 2)
    assert reading.describe() == "positions read as code points (2 of 2 selections on word boundaries)"


# "Kaffe" 0-4, "på" 6-7, "cafe\u0301et" 9-15 (the accent at 13), "i" 17, "Malmo\u0308" 19-24,
# "var" 26-28, "gott." 30-34; NFC composes two characters away.
NFD_RAW = "Kaffe på cafe\u0301et i Malmo\u0308 var gott."


def test_nfc_composition_is_mapped_through_the_table():
    spans = [(9, 16), (19, 25), (26, 29), (30, 35)]
    reading, converted = read_positions(NFD_RAW, spans)
    assert stored_text(NFD_RAW) == "Kaffe på caféet i Malmö var gott."
    assert converted == [(9, 15), (18, 23), (24, 27), (28, 33)]
    assert [stored_text(NFD_RAW)[a:b] for a, b in converted] == ["caféet", "Malmö", "var", "gott."]
    assert reading.fits == 4


def test_an_end_between_a_letter_and_its_accent_takes_the_accent():
    _, texts = cut(NFD_RAW, [(9, 13), (19, 24)])
    assert texts == ["café", "Malmö"]


def test_marks_that_nfc_reorders_across_a_tibetan_vowel_stay_one_unit():
    # U+0F81 is a starter that NFC decomposes into two marks, which then sort among the marks
    # before it: "d" and its five marks become one unit of six stored characters
    raw = "Ord\u033b\u0dca\u0f81\u030a och mer"
    reading, converted = read_positions(raw, [(0, 7), (8, 11), (1, 3)])
    assert len(stored_text(raw)) == 16  # one more than the raw text
    assert converted == [(0, 8), (9, 12), (1, 8)]
    assert reading.fits == 2


def test_unusable_spans_are_none():
    raw = "\ufeffEtt två\r\ntre fyra"
    spans = [(4, 4), (-1, 3), (0, 99), (6, 2), (1, 4)]
    reading, texts = cut(raw, spans)
    assert texts == [None, None, None, None, "Ett"]
    assert reading.total == 3  # the zero-length and the reversed span are not considered
    # only the byte-order mark, read with the BOM counted: nothing left once it is dropped
    assert read_positions(raw, [(0, 1), (1, 4), (5, 8)]) == (
        PositionReading(CODE_POINTS, 2, True, 2, 3), [None, (0, 3), (4, 7)])


def test_uninformative_selections_keep_the_specification_reading():
    raw = "\ufeffEtt två\r\ntre 😀 fyra"
    reading, converted = read_positions(raw, [])
    assert reading == PositionReading(CODE_POINTS, 2, False, 0, 0)
    assert converted == []
    assert reading.describe() == "positions read as code points, CRLF counted as 2 (no selections to check)"
    # a selection before every CRLF, astral character and BOM shift fits every reading alike
    # except the BOM one; the rest are ties, which the specification's reading wins
    assert key(read_positions(raw, [(0, 3)])[0]) == (CODE_POINTS, 2, False)


def test_lone_cr_counts_one_and_becomes_a_newline():
    raw = "Ett\rtvå\r\ntre"
    reading, texts = cut(raw, [(0, 7), (9, 12)])
    assert key(reading) == (CODE_POINTS, 2, False)
    assert texts == ["Ett\ntvå", "tre"]


# --- properties -----------------------------------------------------------------------------

WORDS = ["samordning", "handläggare", "Försäkringskassan", "fo\u0308rsa\u0308krad", "cafe\u0301", "arbetsförmåga",
         "möte", "Ja", "och", "ström", "\u00c5ke", "A\u030ak", "22", "rehabilitering", "Malmo\u0308"]
SEPARATORS = [" ", " ", ", ", ". ", "\r\n", "\r\n\r\n", "\n", " 😀 ", "😀 ", " – ", " ”", "” ", "\r",
              " 𝔸 "]


def _isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def weights(raw, unit, crlf, bom):
    """How many positions each character of ``raw`` takes under a reading (the slow, plain way)."""
    out = []
    for i, ch in enumerate(raw):
        if i == 0 and ch == "\ufeff":
            out.append(1 if bom else 0)
        elif ch == "\n" and i and raw[i - 1] == "\r":
            out.append(1 if crlf == 2 else 0)
        elif ord(ch) > 0xFFFF:
            out.append(2 if unit == UTF16_UNITS else 1)
        else:
            out.append(1)
    return out


def encoder(raw, reading):
    """Position of every raw boundary under ``reading``."""
    return [0, *accumulate(weights(raw, *reading))]


def reference_fits(raw, spans, reading):
    """The documented scoring rule, walked character by character."""
    at = {}
    for i, p in enumerate(encoder(raw, reading)):
        at[p] = i  # a character taking no position gives its boundary to the next one
    n = len(raw)

    def boundary(i):
        return not (0 < i < n and raw[i - 1] == "\r" and raw[i] == "\n")

    fits = 0
    for s, e in spans:
        if s < e and s in at and e in at:
            i, j = at[s], at[e]
            if (boundary(i) and boundary(j) and (i == 0 or not _isword(raw[i - 1]))
                    and (j == n or not _isword(raw[j]))):
                fits += 1
    return fits


def normalised(raw, reading):
    """The reading as read_positions names it: dimensions the text cannot show collapse."""
    unit, crlf, bom = reading
    return (unit if re.search("[\U00010000-\U0010FFFF]", raw) else CODE_POINTS,
            crlf if "\r\n" in raw else 0, bom and raw.startswith("\ufeff"))


@st.composite
def documents(draw):
    tokens = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=2, max_size=40))
    bom = draw(st.booleans())
    raw, words = "\ufeff" if bom else "", []
    for word, sep in tokens:
        words.append((len(raw), len(raw) + len(word)))
        raw += word + sep
    picks = draw(st.lists(st.tuples(st.integers(0, len(words) - 1), st.integers(0, 3)), min_size=1, max_size=30))
    selections = [(words[i][0], words[min(i + k, len(words) - 1)][1]) for i, k in picks]
    reading = draw(st.sampled_from(PREFERENCE))
    return raw, selections, reading


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_detects_the_reading_and_cuts_the_same_words(doc):
    raw, selections, written = doc
    at = encoder(raw, written)
    spans = [(at[a], at[b]) for a, b in selections]
    truth = normalised(raw, written)
    reading, converted = read_positions(raw, spans)

    candidates = sorted({normalised(raw, r) for r in PREFERENCE},
                        key=lambda r: PREFERENCE.index((r[0], r[1] or 2, r[2])))
    fits = {r: reference_fits(raw, spans, r) for r in candidates}
    assert fits[truth] == len(spans)  # the selections were made on words
    best = max(fits.values())
    assert key(reading) == next(r for r in candidates if fits[r] == best)
    assert (reading.fits, reading.total) == (best, len(spans))

    informative = all(fits[r] < fits[truth] for r in candidates if r != truth)
    event("informative" if informative else "ambiguous")
    if informative:
        assert key(reading) == truth
    if key(reading) == truth:
        text = stored_text(raw)
        assert [text[a:b] for a, b in converted] == [stored_text(raw[a:b]) for a, b in selections]


@given(st.lists(st.sampled_from(["a", "e\u0301", "\r\n", "\r", "\n", " ", "😀", "\ufeff", "o\u0308", "\u0323\u0301",
                                 "å", "\u0f73", "\u1100\u1161\u11a8"]), max_size=40).map("".join), st.data())
def test_every_conversion_lands_inside_the_stored_text(raw, data):
    n = len(raw) + 3
    spans = data.draw(st.lists(st.tuples(st.integers(-2, n), st.integers(-2, n)), max_size=10))
    _, converted = read_positions(raw, spans)
    size = len(stored_text(raw))
    assert len(converted) == len(spans)
    for span, out in zip(spans, converted):
        if out is not None:
            assert 0 <= out[0] < out[1] <= size
        if span[0] >= span[1]:
            assert out is None


def test_one_long_non_nfc_line_maps_every_boundary_monotonically():
    raw = "Malmo\u0308 " * 2000 + "😀\r\n" + "cafe\u0301 " * 2000
    bounds = list(range(len(raw) + 1))
    _, converted = read_positions(raw, list(zip(bounds, bounds[1:])))
    starts = [c[0] for c in converted if c]
    assert starts == sorted(starts)
    assert stored_text(raw).startswith("Malmö Malmö")


# --- a real seed report ---------------------------------------------------------------------

def seed_with_windows_quirks():
    """Seed 002 as NVivo for Windows would hand it over: BOM, CRLF, an emoji and decomposed ö."""
    text = seed_raw("002")
    text = text[:5000].replace("ö", "o\u0308") + text[5000:]
    paragraphs = text.split("\n")
    for i in range(40, len(paragraphs), 97):
        paragraphs[i] = "😀 " + paragraphs[i]
    return "\ufeff" + "\r\n".join(paragraphs)


def seed_selections(raw, every):
    """Every ``every``-th word, and every ``every``-th run of five words, as raw boundaries."""
    words = [m.span() for m in re.finditer(r"[\w\u0308]+", raw)]
    singles = words[::every]
    runs = [(words[i][0], words[i + 4][1]) for i in range(0, len(words) - 5, every)]
    return singles + runs


def test_a_seed_report_written_by_nvivo_and_by_atlas_ti():
    raw = seed_with_windows_quirks()
    selections = seed_selections(raw, 53)
    text = stored_text(raw)
    assert "\r" not in text and "😀" in text and "Försäkringskassan" in text[:5000]
    for written in [(UTF16_UNITS, 2, True), (CODE_POINTS, 1, False), (UTF16_UNITS, 1, True)]:
        at = encoder(raw, written)
        reading, converted = read_positions(raw, [(at[a], at[b]) for a, b in selections])
        assert key(reading) == written
        assert reading.fits == reading.total == len(selections)
        assert [text[a:b] for a, b in converted] == [stored_text(raw[a:b]) for a, b in selections]


def test_a_hundred_thousand_spans_over_600000_characters_take_well_under_a_second():
    raw = seed_with_windows_quirks()
    raw = raw + "\r\n" + raw[1:] + "\r\n" + raw[1:80000]
    assert len(raw) > 600_000
    selections = seed_selections(raw, 1)[:100_000]
    assert len(selections) == 100_000
    at = encoder(raw, (UTF16_UNITS, 2, True))
    spans = [(at[a], at[b]) for a, b in selections]
    began = time.process_time()
    reading, converted = read_positions(raw, spans)
    elapsed = time.process_time() - began
    assert key(reading) == (UTF16_UNITS, 2, True) and None not in converted
    assert elapsed < 1.0, f"{elapsed:.2f} s"
