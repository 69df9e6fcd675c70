"""The shared layout of structured formats, and note offsets that survive normalisation."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod.importers._layout import Anchor, Piece, TextBuilder, normalize_with_offsets
from kvalkod.text.normalize import normalize_text


def test_blocks_blank_paragraphs_and_groups():
    b = TextBuilder()
    b.block("")  # leading blanks are dropped
    b.block("Rubrik")
    b.block("Stycke ett.")
    b.block("")
    b.block("   ")
    b.block("Stycke två.")
    b.block("• ett", group="lista")
    b.block("• två", group="lista")
    b.block("a | b", group="tabell")
    b.block("")  # trailing blanks are dropped
    text, _ = b.render()
    assert text == "Rubrik\n\nStycke ett.\n\n\n\nStycke två.\n\n• ett\n• två\n\na | b"


def test_indent_kept_only_when_asked():
    b = TextBuilder()
    b.block("  • under", group=1, indent=True)
    b.block("  vanligt stycke")
    assert b.render()[0] == "  • under\n\nvanligt stycke"


def test_anchor_offsets_after_nfc_and_crlf():
    piece = Piece()
    piece.add(unicodedata.normalize("NFD", "Åsa\r\nÖrjan"))
    piece.anchor("1", "not")
    piece.add(" sa ”hej” 🙂")
    b = TextBuilder()
    b.block("Före")
    b.block(piece)
    text, anchors = b.render()
    assert text == "Före\n\nÅsa\nÖrjan sa ”hej” 🙂"
    assert text[: anchors[0].pos] == "Före\n\nÅsa\nÖrjan"


def test_anchor_in_an_empty_paragraph_moves_to_the_next_block():
    empty = Piece()
    empty.anchor("1", "not")
    b = TextBuilder()
    b.block("Ett")
    b.block(empty)
    b.block("Två")
    text, anchors = b.render()
    assert text[anchors[0].pos :] == "Två"


def test_control_characters_and_soft_hyphens_are_removed():
    b = TextBuilder()
    b.block("Försäk\u00adrings\x07kassan\x0c")
    assert b.render()[0] == "Försäkringskassan"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAo\u0308\u030a\r\n å🙂\ufeff")), max_size=40),
       st.lists(st.integers(min_value=0, max_value=40), max_size=5))
def test_normalize_with_offsets_keeps_text_and_bounds(raw, positions):
    text, anchors = normalize_with_offsets(raw, [Anchor(p, "x", "") for p in positions])
    assert text == normalize_text(raw.replace("\x0c", ""))
    assert all(0 <= a.pos <= len(text) for a in anchors)
    moved = [a.pos for _, a in sorted(zip(positions, anchors), key=lambda pair: pair[0])]
    assert moved == sorted(moved)  # the mapping never reorders anchors
