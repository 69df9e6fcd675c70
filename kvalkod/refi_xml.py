"""Small pieces shared by the REFI-QDA importers and exporters.

REFI files come from other tools and from strangers, so everything that decides what we
accept (namespaces, GUID and colour spellings, size limits, safe parsing) lives in one place
and the importer and exporter cannot drift apart. lxml is not needed here: the parsing side
uses defusedxml on top of the standard library, which refuses DTDs, entity expansion and
external references outright.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import errors as expat_errors

from kvalkod.errors import InputFileError
from kvalkod.input_files import REFI_XML_BYTES, ZIP_ERRORS, read_bytes
from kvalkod.model import CodeNode

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

MAX_FILE_BYTES = REFI_XML_BYTES
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
    except ZIP_ERRORS:  # zlib.error, an encrypted member (RuntimeError), a damaged directory
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


# -- The project exchange record -----------------------------------------------------------
# A REFI project (.qdpx) as plain records, in kvalkod's terms: what the .qdpx reader produces
# and the writer consumes, so neither touches the store and a round trip can be compared
# record by record. Offsets are code points over the document's stored text, ``[start, end)``;
# cross-references are GUIDs (lowercase, bare).

USER_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kvalkod:refi:user")


def user_guid(name: str) -> str:
    """The stable GUID of a memo author or importer who is not a coder (known only by name)."""
    return str(uuid.uuid5(USER_GUID_NAMESPACE, name))


@dataclass(slots=True)
class RefiUser:
    guid: str
    name: str


@dataclass(slots=True)
class RefiVariable:
    guid: str
    name: str
    scope: str  # "document" | "case"
    type: str  # kvalkod's: text | number | date | category


@dataclass(slots=True)
class RefiDocument:
    guid: str
    name: str
    text: str
    created_by: Optional[str] = None  # user guid
    created_at: Optional[str] = None
    values: dict[str, str] = field(default_factory=dict)  # variable guid -> value


@dataclass(slots=True)
class RefiCoding:
    guid: str
    document: str  # document guid
    code: str  # code guid
    start: int
    end: int
    coder: str  # user guid
    memo: str = ""
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@dataclass(slots=True)
class RefiMemo:
    guid: str
    target_type: str  # project | document | code | case
    target: Optional[str]  # guid of the document, code or case; None for the project
    text: str
    author: Optional[str] = None  # user guid
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@dataclass(slots=True)
class RefiCase:
    guid: str
    name: str
    description: str = ""
    documents: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RefiSet:
    guid: str
    name: str
    description: str = ""
    codes: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass
class RefiProject:
    """A whole project in exchange form. ``extras`` is kvalkod.json (what REFI cannot carry);
    ``attachments`` are further archive members it names (original files), by member name."""

    name: str
    created_at: Optional[str] = None
    origin: str = ""
    users: list[RefiUser] = field(default_factory=list)
    codes: list[CodeNode] = field(default_factory=list)
    variables: list[RefiVariable] = field(default_factory=list)
    documents: list[RefiDocument] = field(default_factory=list)
    codings: list[RefiCoding] = field(default_factory=list)
    memos: list[RefiMemo] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    sets: list[RefiSet] = field(default_factory=list)
    extras: dict = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)


_XSD_DATETIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def xsd_datetime(value: Optional[str]) -> Optional[str]:
    """``value`` if it is a valid ``xsd:dateTime`` (what REFI's date attributes hold), else None."""
    return value if value and _XSD_DATETIME.match(value) else None


@lru_cache(maxsize=4096)  # a project's many codings share few distinct times
def stored_datetime(value: Optional[str]) -> Optional[str]:
    """A REFI date as kvalkod stores dates (UTC, ISO 8601 to the second), or None if it is none.

    A time without a zone is taken as UTC: the files do not say, and the hour matters less than
    keeping the date."""
    from datetime import datetime, timezone

    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


# -- kvalkod's own conventions inside a .qdpx (the writer and the reader must agree) ---------
EXTRAS_NAME = "kvalkod.json"
EXTRAS_FORMAT = "kvalkod-qdpx-extras"
EXTRAS_VERSION = 1
ORIGINALS_FOLDER = "kvalkod/originals/"
CODING_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kvalkod:refi:coding")


def coding_guid(selection_guid: str) -> str:
    """The guid of the ``Coding`` inside a coding's own selection (whose guid is the coding's):
    ``uuid5(CODING_GUID_NAMESPACE, selection_guid)``, computed without building UUID objects,
    which cost more than the rest of writing a coding (a study has 200,000)."""
    digest = bytearray(hashlib.sha1(_CODING_NS_BYTES + selection_guid.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


_CODING_NS_BYTES = CODING_GUID_NAMESPACE.bytes
