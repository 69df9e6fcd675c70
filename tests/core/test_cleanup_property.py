"""clean() never raises, and its output is NFC with "\\n" line endings, for any string."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvalkod.text.cleanup import clean

# Fragments that steer random text into the interesting rules.
PIECES = st.sampled_from(
    [
        "\n", "\n\n", " \n", "\r\n", "\r", "\f", "\t", "  ", " " * 49 + "\n", "-\n", "–", "•", "1", "22", ".",
        "# ", "## ", "**", "*", "<sup>3</sup>", "[^1]: ", "| ", "---\n", "Figur 1 Text\n\n", "Tabell 2 Rad\n",
        "e Punkt\n", "och ", "Socialförsäkringsrapport 2020:2\n\n8\n\n", "\u0301", "😀", "👩\u200d💻", "\u00ad",
        "д", "\U000f0001", "\ufeff", "ö", "Å",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=25), PIECES), max_size=50).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, True, False]))
def test_clean_never_raises_and_returns_nfc(text, markdown):
    out = clean(text, markdown=markdown)
    assert unicodedata.is_normalized("NFC", out.text)
    assert "\r" not in out.text
    assert "fallback" not in out.report["summary"], out.report["summary"]
    for flag in out.flags:
        assert 0 <= flag.start <= flag.end <= len(out.text)
    for note in out.notes:
        assert note.offset is None or 0 <= note.offset <= len(out.text)
        assert "\n" not in note.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_clean_handles_arbitrary_unicode(text):
    out = clean(text)
    assert unicodedata.is_normalized("NFC", out.text)
    assert "\r" not in out.text
