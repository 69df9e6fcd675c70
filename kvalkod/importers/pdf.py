"""PDF: the text layer, page by page, as it is; clean-up happens later, on purpose.

A PDF's text layer breaks lines mid-sentence, hyphenates, repeats running headers and
page numbers (the seed 002 shows all of it). Repairing that is a separate, tested step in
``kvalkod.text`` that the analyst can review, so this importer only extracts faithfully
and marks the result ``pdf_like``. Pages are joined with a newline.

Scanned pages have no text layer: they are reported per page, and a PDF with no text on
any page is refused, since an empty document would only confuse. Encrypted PDFs open when
they need no password to read (owner-password only); otherwise they are refused clearly.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from kvalkod.errors import InputFileError


def extract(path: Path, data: bytes, fmt: str):
    if b"%PDF-" not in data[:1024]:
        raise InputFileError(path, "not a PDF (the file does not start with %PDF)")
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        return _extract(path, data, fmt)
    finally:
        pypdf_log.setLevel(level)


def _extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted

    reader = _open(path, data)
    pages, warnings = [], []
    try:
        count = len(reader.pages)
    except Exception as exc:
        reason = f"the PDF is damaged (its page tree cannot be read: {_why(exc)})"
        raise InputFileError(path, reason) from None
    if count == 0:
        raise InputFileError(path, "the PDF has no pages (it may be damaged)")
    failed = 0
    for number in range(1, count + 1):
        try:
            text = reader.pages[number - 1].extract_text() or ""
        except Exception as exc:  # one bad page must not lose the rest of the report
            failed += 1
            warnings.append(f"page {number} could not be read ({_why(exc)})")
            continue
        text = text.rstrip("\n")
        if not text.strip():
            warnings.append(f"page {number} has no text layer (scanned image?)")
            continue
        pages.append(text)
    if not pages:
        if failed == count:
            raise InputFileError(path, "the PDF is damaged (no page could be read)")
        raise InputFileError(
            path, "the PDF has no text layer on any page (a scanned document? run OCR on it first)"
        )
    from kvalkod.importers._layout import clean
    from kvalkod.text.normalize import normalize_text

    return Extracted(
        text=normalize_text(clean("\n".join(pages))),
        format=fmt,
        pdf_like=True,
        warnings=warnings,
    )


def _open(path: Path, data: bytes):
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # PdfReadError, PdfStreamError, ValueError, KeyError ...
        raise InputFileError(path, f"the PDF is damaged ({_why(exc)})") from None
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise InputFileError(path, f"the PDF is damaged ({_why(exc)})") from None
    if encrypted:
        from pypdf.errors import DependencyError

        try:
            ok = reader.decrypt("")
        except DependencyError:  # AES needs the optional 'cryptography' package
            raise InputFileError(
                path, "the PDF is encrypted with AES, which this installation cannot decrypt; "
                "save an unprotected copy (print it to PDF) and import that"
            ) from None
        except Exception as exc:
            reason = f"the PDF is encrypted and cannot be opened ({_why(exc)})"
            raise InputFileError(path, reason) from None
        if not ok:
            raise InputFileError(
                path, "the PDF is protected by a password; save an unprotected copy and import that"
            )
    return reader


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return text or type(exc).__name__
