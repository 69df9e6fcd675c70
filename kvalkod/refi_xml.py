"""Small pieces shared by the REFI-QDA importers and exporters.

REFI files come from other tools and from strangers, so everything that decides what we
accept (namespaces, GUID and colour spellings, size limits, safe parsing) lives in one place
and the importer and exporter cannot drift apart. lxml is not needed here: the parsing side
uses defusedxml on top of the standard library, which refuses DTDs, entity expansion and
external references outright.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import errors as expat_errors

from kvalkod.errors import InputFileError
from kvalkod.input_files import read_bytes

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
# The spellings seen in the wild (NOTES.md, "Variants seen in the wild").
KNOWN_NAMESPACES = (
    CODEBOOK_NS,
    "urn:QDA-XML:codebook:1:0",
    "urn:QDA-XML:codebook:0:4",
    PROJECT_NS,
    "urn:QDA-XML:project:1:0",
    "urn:QDA-XML:project:0:10",
    "urn:QDA-XML:project:0:4",
)

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A real codebook is kilobytes and a real project.qde a few megabytes; refuse more."""

# uuid5 namespace for codes that have no GUID of their own. Derived from a fixed name so the
# same code path always gets the same GUID: a second export names things the same way.
CODE_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kvalkod:refi:code")
SET_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kvalkod:refi:set")

_GUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_COLOR_RE = re.compile(r"^#?([0-9a-f]{3}|[0-9a-f]{6})$")
# Characters XML 1.0 cannot carry at all (not even escaped).
_XML_INVALID_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class CodeSet:
    """A REFI ``Set`` of codes: a named grouping across the tree (guids of member codes)."""

    name: str
    guid: Optional[str] = None
    description: str = ""
    member_guids: tuple[str, ...] = ()


def code_guid(path: str) -> str:
    """The stable GUID for a code known only by its path ("Parent/Child")."""
    return str(uuid.uuid5(CODE_GUID_NAMESPACE, path))


def set_guid(name: str) -> str:
    return str(uuid.uuid5(SET_GUID_NAMESPACE, name))


def normalize_guid(value: Optional[str]) -> Optional[str]:
    """Bare lowercase GUID, or None if ``value`` is not one (braces and case are accepted)."""
    if value is None:
        return None
    text = value.strip().lower()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    return text if _GUID_RE.match(text) else None


def normalize_color(value: Optional[str]) -> Optional[str]:
    """``#rrggbb`` in lowercase (``#abc`` becomes ``#aabbcc``), or None if not a colour."""
    if value is None:
        return None
    match = _COLOR_RE.match(value.strip().lower())
    if not match:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold."""
    return _XML_INVALID_RE.sub("", text)


def local_name(tag: object) -> str:
    """``{ns}Code`` -> ``Code``; comments and processing instructions give ""."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace_of(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def children_named(element: Element, name: str) -> list[Element]:
    """Direct children with local name ``name``, whatever namespace variant they use."""
    return [child for child in element if local_name(child.tag) == name]


def read_limited(path: Path) -> bytes:
    """The bytes of ``path``; a REFI project archive (.qdpx) yields its .qde. Size-limited."""
    data = read_bytes(path, MAX_FILE_BYTES)
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _qde_from_archive(path)
    return data


def _qde_from_archive(path: Path) -> bytes:
    """The project XML of a .qdpx: ``project.qde`` or the one ``*.qde`` at the archive root."""
    try:
        with zipfile.ZipFile(path) as archive:
            candidates = [
                info
                for info in archive.infolist()
                if "/" not in info.filename.strip("/") and info.filename.lower().endswith(".qde")
            ]
            if not candidates:
                raise InputFileError(
                    path, "this is a ZIP archive without a REFI project (.qde) inside"
                )
            preferred = [i for i in candidates if i.filename.lower() == "project.qde"]
            info = (preferred or candidates)[0]
            if info.file_size > MAX_FILE_BYTES:
                raise InputFileError(path, "the project inside the archive is larger than 50 MB")
            with archive.open(info) as member:
                data = member.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise InputFileError(
            path, "the ZIP archive is damaged or uses an unsupported format"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputFileError(path, "the project inside the archive is larger than 50 MB")
    return data


def strip_leading_bom(data: bytes) -> bytes:
    """Drop UTF-8 byte-order marks (sometimes doubled) and blanks before ``<?xml``.

    Expat accepts one BOM but not a BOM followed by whitespace or a second BOM, and both occur
    in files written by other tools. UTF-16 input is left for expat to decode.
    """
    while True:
        stripped = data.lstrip(b" \t\r\n")
        if stripped.startswith(_BOM):
            data = stripped[len(_BOM):]
            continue
        return stripped if stripped.startswith(b"<") else data


# expat errors that mean "the document stopped before it was complete"
_TRUNCATION_ERRORS = {
    expat_errors.codes[message]
    for message in (
        expat_errors.XML_ERROR_NO_ELEMENTS,
        expat_errors.XML_ERROR_UNCLOSED_TOKEN,
        expat_errors.XML_ERROR_PARTIAL_CHAR,
        expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    )
}


def parse_untrusted(path: object, data: bytes) -> Element:
    """Parse XML from outside with defusedxml; every failure becomes an InputFileError.

    DTDs are refused altogether: REFI never uses them, and refusing them stops entity
    expansion ("billion laughs") and external entities before they start.
    """
    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    if not data.strip():
        raise InputFileError(path, "the file is empty")
    data = strip_leading_bom(data)
    if not (data.startswith(b"<") or data[:2] in (b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(path, "this is not an XML file")
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise InputFileError(
            path,
            "the XML declares a DTD or entities, which kvalkod refuses for safety "
            "(REFI-QDA files never need them)",
        ) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        if getattr(error, "code", None) in _TRUNCATION_ERRORS:
            raise InputFileError(
                path, "the XML ends too early; the file looks truncated or incomplete"
            ) from None
        raise InputFileError(
            path, f"this is not well-formed XML (line {line}, column {column + 1})"
        ) from None
    except (ValueError, LookupError):  # e.g. an encoding name expat does not know
        raise InputFileError(path, "this is not an XML file kvalkod can decode") from None
