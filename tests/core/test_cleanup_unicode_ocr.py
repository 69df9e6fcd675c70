"""I9 Unicode hygiene and I10 OCR damage (seed 003).

Seed lines from shared/design/seed-analysis.md §1.1 quirk 3 and §1.4.
"""

from __future__ import annotations

import re

from kvalkod.text.cleanup import clean

from .seed_text import cleaned, raw


def words(text: str, stem: str) -> int:
    return len(re.findall(r"(?<![^\W_])" + stem + r"[^\W_]*", text, re.IGNORECASE))


# --- I9 ------------------------------------------------------------------------------------


def test_000_cyrillic_homoglyph_word_flagged_with_offsets():
    out = cleaned("000")
    (flag,) = [f for f in out.flags if f.kind == "mixed_script"]
    assert out.text[flag.start : flag.end] == "stö\u0434\u0430\u0432delningar"
    assert "CYRILLIC" in flag.detail
    assert "stö\u0434\u0430\u0432delningar" in raw("000").split("\n")[69]  # L70, left as written
    items = out.report["rules"]["unicode"]["items"]
    assert items and items[0]["line"] == 70


def test_mixed_script_synthetic_and_plain_words_not_flagged():
    out = clean("Ett vanligt ord, ett grekiskt ord αβγ, och ett blandat: Arbetsfοrmedlingen.\n")
    flagged = [out.text[f.start : f.end] for f in out.flags]
    assert flagged == ["Arbetsfοrmedlingen"]  # Greek omicron inside a Latin word


def test_invisible_characters_removed_and_reported():
    out = clean("hand\u00adläggare och samord\u200bning\n")
    assert out.text == "handläggare och samordning"
    assert out.report["rules"]["unicode"]["count"] == 1


def test_quote_marks_are_kept_as_written():
    src = "Hen sa ”ja” och \"nej\" och “kanske” och ’nog’.\n"
    assert clean(src).text == src.strip()


# --- I10 -----------------------------------------------------------------------------------


def test_003_pipe_for_capital_i_repaired_at_sentence_starts():
    text = cleaned("003").text
    assert "| genomférandet" not in text and "I genomférandet av arbetet har Forsakringskassan" in text  # L71
    assert "I arbetet med att integrera valdsperspektivet" in text  # L79
    assert "jamstalldhetspolitiska malen. I samband med detta formulerade" in text  # L108–109
    assert "arbete.** I formanens vagledning" in text  # L206, after an OCR'd marker
    fixes = [it for it in cleaned("003").report["rules"]["ocr"]["items"] if it["before"].startswith("| ")]
    assert {it["line"] for it in fixes} >= {71, 79, 122, 134, 160}


def test_003_ocr_bullets_start_paragraphs():
    ps = cleaned("003").text.split("\n\n")
    assert "• Handlaggare uppger att de staller fragor om vald i métet med forsakrade." in ps  # L185
    assert "• den arliga uppfdljningen av det systematiska arbetsmiljoarbetet," in ps  # L605


def test_003_words_are_not_rewritten():
    text = cleaned("003").text
    exact = re.compile(r"(?<![^\W_])vald(?![^\W_])")
    assert len(exact.findall(raw("003"))) == len(exact.findall(text)) == 193
    assert words(text, "vald") == words(raw("003"), "vald") and "våld" not in text
    for damaged in ("&r", "6kad", "genomférs", "Férsakringskassan", "I6pande", "jAmstéalldhetspolitiska"):
        assert damaged in text


def test_003_ocr_damage_flagged_and_reported():
    out = cleaned("003")
    suspects = {out.text[f.start : f.end] for f in out.flags if f.kind == "ocr_suspect"}
    assert {"&r", "6kad", "genomférs", "jAmstéalldhetspolitiska", "—-"} <= suspects
    assert "vald" not in suspects
    markers = [out.text[f.start : f.end] for f in out.flags if f.kind == "ocr_footnote_marker"]
    assert ".!" in markers and "®" in markers and ".*" in markers  # "vald.!" L3, "verksamhetslogik®" L7, "malen.*" L9
    notes = [it["after"] for it in out.report["rules"]["ocr"]["items"]]
    assert any("å/ä/ö look lost" in a for a in notes)
    assert out.report["rules"]["ocr"]["count"] > 150


def test_ocr_checks_stay_off_for_normal_text():
    assert not [f for f in cleaned("002").flags if f.kind.startswith("ocr")]
    assert cleaned("002").report["rules"]["ocr"]["count"] == 0
