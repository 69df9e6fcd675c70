"""Offsets: code points <-> UTF-16, over text normalised the way kvalkod stores it."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kvalkod.text.normalize import normalize_text
from kvalkod.text.offsets import OffsetMap, utf16_length

# Text that mixes what breaks naive offset code: emoji (astral), combining marks, CRLF,
# Swedish letters in both composed and decomposed form.
tricky = st.lists(
    st.sampled_from(["a", "å", "a\u030a", "Ö", "😀", "👩\u200d👩\u200d👧", "\r\n", "\r", "\n", " ", "é", "𝔸", "e\u0301", "”"])
    | st.characters(blacklist_categories=("Cs",)),
    max_size=60,
).map("".join)


def test_identity_for_bmp_text():
    m = OffsetMap("Försäkringskassan ”hen”")
    assert m.identity
    assert m.to_utf16(5) == 5 and m.to_codepoint(5) == 5


def test_emoji_counts_two_units():
    text = "a😀b"
    m = OffsetMap(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.to_codepoint(u) for u in range(5)] == [0, 1, 1, 2, 3]  # 2 is inside the pair: snaps back
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


def test_out_of_range_is_refused():
    m = OffsetMap("abc")
    with pytest.raises(ValueError):
        m.to_utf16(4)
    with pytest.raises(ValueError):
        m.to_codepoint(9)


@given(tricky)
def test_normalized_text_is_nfc_without_cr(raw):
    text = normalize_text(raw)
    assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text)


@given(tricky)
def test_round_trip_every_boundary(raw):
    text = normalize_text(raw)
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert m.to_codepoint(u16) == cp
        # the UTF-16 offset is exactly the UTF-16 length of the prefix
        assert u16 == utf16_length(text[:cp])


@given(tricky, st.data())
def test_spans_select_the_same_text(raw, data):
    text = normalize_text(raw)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = OffsetMap(text)
    u_start, u_end = m.span_to_utf16(start, end)
    encoded = text.encode("utf-16-le")
    assert encoded[u_start * 2:u_end * 2].decode("utf-16-le") == text[start:end]
    assert m.span_to_codepoint(u_start, u_end) == (start, end)
