"""Plain text and Markdown, and the encoding detection every text-like format shares.

Swedish analysts get files from Windows tools, old DOS exports and web pages; a wrong guess
turns "Försäkringskassan" into "FÃ¶rsÃ¤kringskassan" and silently breaks search and codes.
So detection is deliberately conservative and ordered from certain to guessed:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) is certain;
2. binary data (NUL bytes that are not UTF-16's, many control characters) is refused;
3. strict UTF-8 is almost never a false positive;
4. UTF-8 with a handful of bad bytes is still UTF-8 (the bad bytes are replaced, with a warning);
5. otherwise charset-normalizer is asked, but Western single-byte guesses are overruled in
   favour of cp1252 (Windows' Swedish code page), with cp850 (DOS) as the other candidate:
   statistical detectors are easily fooled by short Swedish texts.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.text.normalize import normalize_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# charset-normalizer guesses believed over cp1252: other scripts a Swedish analyst may meet.
# Western guesses (latin_1, cp1250, mac_roman, ...) and exotic ones (EBCDIC cp037 for a single
# "å") are overruled: for Swedish bytes they are wrong far more often than right.
_OTHER_SCRIPTS = {
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7",
    "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp1254", "iso8859_9", "big5", "gb2312",
    "gb18030", "gbk", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "tis_620", "cp874",
}
_WORD_PUNCT = set("-'’.:/&_@,;!?()[]\"")
_SAMPLE = 256 * 1024  # bytes given to charset-normalizer: enough to decide, fast on 200 MB


class NotText(Exception):
    """Internal: the bytes are not text; carries the reason for InputFileError."""


def extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted

    text, encoding, warnings = decode_file(path, data)
    return Extracted(
        text=normalize_text(text),
        format=fmt,
        encoding=encoding,
        markdown=(fmt == "md"),
        warnings=warnings,
    )


def decode_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """``decode`` with its refusals turned into ``InputFileError`` for ``path``."""
    try:
        return decode(data)
    except NotText as exc:
        raise InputFileError(path, str(exc)) from None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding name, warnings) or raise ``NotText``."""
    if not data:
        raise NotText("the file is empty")
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                raise NotText(
                    f"undecodable text: the file starts with a {label} byte-order mark "
                    f"but is not valid {label}"
                ) from None
            _refuse_binary(text)
            return text, name, []
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        _refuse_binary(text)
        return text, utf16, []
    if b"\x00" in data:
        raise NotText("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_binary(text)
        return text, "utf-8", []
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    return _single_byte(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte for Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes):
    """UTF-8 with a few stray bytes (a cp1252 character pasted in): keep UTF-8, replace them."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good >= 10 and bad * 20 <= good:
        _refuse_binary(text)
        return text, "utf-8", [
            f"{bad} byte(s) were not valid UTF-8 and were replaced with \ufffd"
        ]
    return None


def _single_byte(data: bytes) -> tuple[str, str, list[str]]:
    guess = _charset_normalizer_guess(data)
    candidates = ["cp1252", "cp850"]  # cp850 defines all 256 bytes, so something always decodes
    if guess and guess.lower() in _OTHER_SCRIPTS:
        candidates.append(guess)
    scored = []
    for order, name in enumerate(candidates):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_junk_score(_sample(text), name), order, name, text))
    score, _order, name, text = min(scored)
    _refuse_binary(text)
    letters = sum(1 for ch in _sample(text) if ch.isalpha()) or 1
    if score > max(5, 0.05 * letters):
        raise NotText(
            "the text's encoding could not be recognised (it is not UTF-8, UTF-16 or Windows-1252)"
        )
    return text, name, []


def _sample(text: str) -> str:
    """The head and the middle of a long text: scoring all of 200 MB in Python would take minutes."""
    if len(text) <= 2 * _SAMPLE:
        return text
    mid = len(text) // 2
    return text[:_SAMPLE] + "\n" + text[mid : mid + _SAMPLE]


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_SAMPLE]).best()
    except Exception:  # a detector failure must not stop an import: fall back to cp1252
        return None
    return best.encoding if best is not None else None


def _junk_score(text: str, name: str) -> float:
    """How implausible a decoding is: symbols inside words, control characters, mojibake.

    Swedish in cp1252 read as cp850 gives "F÷rsõkring" (a symbol inside a word); cp850 read as
    cp1252 gives "F”rs„kring" (quotes inside a word). A script foreign to the rest of the text
    (Cyrillic decoded as accented Latin, "Ïðèâåò") shows as mostly non-ASCII letters.
    """
    score = 0.0
    ascii_letters = other_letters = 0
    for token in text.split():
        letters = 0
        for ch in token:
            if ch.isalpha():
                letters += 1
                if ch.isascii():
                    ascii_letters += 1
                else:
                    other_letters += 1
        for j, ch in enumerate(token):
            if ch.isascii() and ch != "\x7f" and (ch >= " " or ch in "\t\n\r\f"):
                continue  # ASCII letters, digits and markup (<p>, a=b) say nothing of the encoding
            if ch.isalnum():
                continue
            cat = unicodedata.category(ch)
            if cat == "Cc":
                score += 3
            elif not letters:
                continue
            elif cat[0] == "S" or cat in ("No", "Co", "Cn"):
                score += 1
            elif (
                cat[0] == "P" and 0 < j < len(token) - 1 and ch not in _WORD_PUNCT
                and token[j - 1].isalpha() and token[j + 1].isalpha()
            ):
                score += 1
    if name in ("cp1252", "cp850") and other_letters > max(ascii_letters, 20):
        score += other_letters  # mostly non-ASCII "letters": a different script misread
    return score


def _refuse_binary(text: str) -> None:
    sample = text[:65536]
    if not sample:
        return
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if "\x00" in sample or controls > max(2, 0.01 * len(sample)):
        raise NotText("binary data, not text")
