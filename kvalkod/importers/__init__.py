"""Turn a source file into plain text for a project: one entry point, one record out.

Every importer returns the same ``Extracted`` record, so the services that store documents
never care where the text came from. The text is already in kvalkod's one stored form
(``normalize_text``: NFC, ``\\n``), because every offset in a project counts code points of it.

The format modules (and the heavy libraries they use) are imported only when a file of that
kind is imported: the app must start fast and most sessions import nothing.

Bad input of any kind (missing, empty, too large, corrupt, encrypted, binary posing as text,
unknown suffix) raises ``InputFileError`` with one plain sentence; never another exception type.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from kvalkod.errors import InputFileError, KvalkodError
from kvalkod.input_files import DOCUMENT_BYTES


@dataclass(frozen=True)
class ExtractedNote:
    """A footnote or endnote that the format itself carries (docx, odt).

    ``offset`` is the code point in ``Extracted.text`` where the reference mark stood; the mark
    itself is not in the text, so coded passages read cleanly.
    """

    label: str
    text: str
    offset: int | None


@dataclass
class Extracted:
    """What an importer found in a file; see the module docstring for the text's form."""

    text: str
    format: str
    encoding: str | None = None
    notes: list[ExtractedNote] = field(default_factory=list)
    pdf_like: bool = False
    markdown: bool = False
    warnings: list[str] = field(default_factory=list)


# suffix -> (module, format name); the order is the one shown to users
_FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "txt"),
    ".md": ("text", "md"),
    ".docx": ("docx", "docx"),
    ".odt": ("odt", "odt"),
    ".rtf": ("rtf", "rtf"),
    ".pdf": ("pdf", "pdf"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".vtt": ("subtitles", "vtt"),
    ".srt": ("subtitles", "srt"),
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_FORMATS)
MAX_FILE_BYTES: int = DOCUMENT_BYTES

# formats people try that we could name a way out for
_HINTS = {
    ".doc": "old Word format '.doc' is not supported; save it as .docx in Word or LibreOffice",
    ".pages": "Apple Pages files are not supported; export the document as .docx",
    ".odp": "presentations are not imported; export the text as .odt or .pdf",
    ".xlsx": "spreadsheets are read as case variables, not imported as documents",
    ".csv": "spreadsheets are read as case variables, not imported as documents",
}


def _supported_list() -> str:
    return " ".join(SUPPORTED_SUFFIXES)


def extract(path: str | os.PathLike, data: bytes | None = None) -> Extracted:
    """Read ``path`` (or use ``data``, named by ``path``) and return its text.

    Dispatches on the suffix, case-insensitively. Raises ``InputFileError`` for every kind of
    bad input, with a reason the analyst can act on.
    """
    from kvalkod import input_files as _files

    path = Path(path)
    if data is None:
        _files.check_path(path, MAX_FILE_BYTES)
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise InputFileError(path, _unknown_format_reason(suffix))
    if data is None:
        data = _files.read_all(path, MAX_FILE_BYTES)
    _files.check_size(path, len(data), MAX_FILE_BYTES)
    if not data:
        raise InputFileError(path, "the file is empty")
    module_name, fmt = _FORMATS[suffix]
    module = import_module(f"kvalkod.importers.{module_name}")
    try:
        result: Extracted = module.extract(path, data, fmt)
    except KvalkodError:
        raise
    except RecursionError:
        raise InputFileError(path, "the file is nested too deeply to be read") from None
    except MemoryError:
        raise InputFileError(path, "the file is too large to read into memory") from None
    except Exception as exc:  # a library choking on a damaged file: name it, never crash
        raise InputFileError(
            path, f"the {fmt} file is damaged or not what its name says ({_brief(exc)})"
        ) from exc
    if not result.text.strip():
        raise InputFileError(path, "the document contains no text")
    return result


def _unknown_format_reason(suffix: str) -> str:
    if suffix in _HINTS:
        return _HINTS[suffix]
    if not suffix:
        return f"unknown format (the file name has no extension; kvalkod imports {_supported_list()})"
    return f"unknown format '{suffix}' (kvalkod imports {_supported_list()})"


def _brief(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text[:120]}" if text else name


__all__ = [
    "Extracted",
    "ExtractedNote",
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "extract",
]
