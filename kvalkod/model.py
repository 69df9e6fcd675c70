"""Plain, frozen records passed between the store, the services and their callers.

They carry no behaviour and no database handle, so the CLI, the app and the tests can hold
them freely. Offsets are code points into the document's stored (NFC, ``\\n``) text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

DOCUMENT_KINDS = ("interview", "field_note", "observation", "document", "survey")
VARIABLE_TYPES = ("text", "number", "date", "category")


@dataclass(frozen=True)
class Document:
    id: int
    guid: str
    name: str
    kind: str
    length: int
    source_name: str
    imported_at: str
    created_by: Optional[str] = None


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    parent_id: Optional[int]
    name: str
    color: str
    description: str
    codable: bool
    sort_order: int
    path: str  # "Parent/Child", the name the CLI and exports use


@dataclass(frozen=True)
class Coder:
    id: int
    guid: str
    name: str
    color: str


@dataclass(frozen=True)
class Coding:
    id: int
    guid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    memo: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class SpeakerTurn:
    start: int
    end: int
    speaker: str
    timestamp: Optional[str] = None


@dataclass(frozen=True)
class DocumentNote:
    """A footnote or figure caption lifted out of the text at import; ``offset`` is its anchor."""

    kind: str  # "footnote" | "caption"
    label: str
    text: str
    offset: Optional[int] = None


@dataclass(frozen=True)
class Case:
    id: int
    guid: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Variable:
    id: int
    guid: str
    name: str
    type: str
    scope: str  # "document" | "case"


@dataclass(frozen=True)
class Memo:
    id: int
    guid: str
    target_type: str
    target_id: Optional[int]
    author: str
    text: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class CodeNode:
    """A code in a codebook being exchanged (REFI .qdc, the default codebook): a tree."""

    name: str
    guid: Optional[str] = None
    color: Optional[str] = None
    description: str = ""
    codable: bool = True
    children: tuple["CodeNode", ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document: str
    start: int
    end: int
    text: str
    left: str = ""
    right: str = ""


SCENE_STATUSES = ("utkast", "klar", "granskad")


@dataclass(frozen=True)
class SceneSource:
    """A passage ``[start, end)`` of a document that a scene was built from."""

    document_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Scene:
    """A "Scen:" vignette: narrative and analysis built from source passages, illustrating codes."""

    id: int
    guid: str
    title: str
    setting: str
    scene_date: str
    participants: str
    narrative: str
    analysis: str
    status: str  # one of SCENE_STATUSES
    sort_order: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Summary:
    """The summary text of a code, or of a code in one case or document."""

    id: int
    guid: str
    code_id: int
    case_id: Optional[int]
    document_id: Optional[int]
    text: str
    updated_at: str
