"""Reading the sources of a REFI project: each document's text, selections and codings.

The stored text of a document is exactly ``stored_text(raw)`` of the file's text (no clean-up:
every position in the file counts characters of that text, and cleaning would move them).
How the positions count (code points or UTF-16 units, CRLF as one or two, the byte-order mark
counted or not) is decided per document by ``refi_positions.read_positions`` and named in the
loss report. A selection that cannot be placed is reported with its codings, never dropped
silently; a selection with a note and no code becomes a memo on its document.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional
from xml.etree.ElementTree import Element

from kvalkod.errors import InputFileError
from kvalkod.refi_xml import (
    RefiCoding,
    RefiDocument,
    RefiMemo,
    RefiProject,
    RefiUser,
    children_named,
    coding_guid,
    local_name,
    normalize_guid,
    stored_datetime,
    user_guid,
)

from .qdpx_archive import MAX_MEMBER_BYTES, QdpxArchive
from .qdpx_loss import ImportReport
from .refi_positions import read_positions, stored_text

EXCERPT_CHARS = 60
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_OTHER_SOURCES = {"PictureSource": "pictures", "AudioSource": "audio sources", "VideoSource": "video sources"}


@dataclass
class ReadContext:
    """What the parts of the reader share while one project is read."""

    path: Path
    archive: QdpxArchive
    report: ImportReport
    project: RefiProject
    own: bool  # written by kvalkod (its kvalkod.json is there)
    default_coder: str  # name for codings that name no user
    users: dict[str, RefiUser] = field(default_factory=dict)
    code_guids: set[str] = field(default_factory=set)
    variable_guids: set[str] = field(default_factory=set)
    # what a GUID names, for notes and links: ("document", guid) | ("code", guid) | ("case", guid) |
    # ("codings", [RefiCoding]) | ("passage", RefiDocument, start, end, selection guid) | ("lost", why)
    targets: dict[str, tuple] = field(default_factory=dict)
    note_refs: list[tuple[str, tuple]] = field(default_factory=list)
    bare: dict[str, str] = field(default_factory=dict)  # selection guid -> document name
    codings: dict[tuple, RefiCoding] = field(default_factory=dict)
    coding_guids: set[str] = field(default_factory=set)
    document_names: set[str] = field(default_factory=set)
    document_guids: set[str] = field(default_factory=set)
    merged: int = 0
    kvalkod: bool = False  # written by kvalkod (its origin), with or without kvalkod.json
    base_path: Optional[str] = None  # Project@basePath
    _guids: dict[str, Optional[str]] = field(default_factory=dict)

    def guid(self, raw: Optional[str]) -> Optional[str]:
        """``normalize_guid`` for GUIDs that repeat (users, codes), remembered."""
        if raw is None:
            return None
        if raw not in self._guids:
            if len(self._guids) > 100_000:
                self._guids.clear()
            self._guids[raw] = normalize_guid(raw)
        return self._guids[raw]

    def user(self, raw: Optional[str]) -> str:
        """The guid of the user ``raw`` names; the default coder where it names none."""
        guid = self.guid(raw)
        if guid is None:
            guid = user_guid(self.default_coder)
            if guid not in self.users:
                self.users[guid] = RefiUser(guid, self.default_coder)
                self.report.warn(f"Codings or notes that name no user were attributed to {self.default_coder}.")
        elif guid not in self.users:
            self.users[guid] = RefiUser(guid, f"Användare {guid[:8]}")
            self.report.warn(f"The user {guid} is not in the file's list of users; they are called "
                             f"{self.users[guid].name!r}.")
        return guid

    def new_guid(self, raw: Optional[str], taken: set[str], what: str) -> str:
        guid = normalize_guid(raw)
        if guid is not None and guid not in taken:
            taken.add(guid)
            return guid
        if raw:
            self.report.warn(f"A {what} had a missing, invalid or repeated GUID ({raw!r}); it got a new one.")
        guid = str(uuid.uuid4())
        taken.add(guid)
        return guid


def element_text(element: Optional[Element]) -> str:
    return (element.text or "") if element is not None else ""


def first(element: Element, name: str) -> Optional[Element]:
    found = children_named(element, name)
    return found[0] if found else None


def decode_text(data: bytes) -> tuple[str, Optional[str]]:
    """The text of a source file with its byte-order mark kept (positions may count it)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "is not UTF-8; it was read as Windows-1252"


def read_sources(ctx: ReadContext, sources: Element) -> None:
    for element in sources:
        kind = local_name(element.tag)
        if kind == "TextSource":
            _text_source(ctx, element, element)
        elif kind == "PDFSource":
            name = element.get("name") or "(unnamed)"
            areas = children_named(element, "PDFSelection")
            if areas:
                ctx.report.lose("selections by area", f"PDF {name}", "kvalkod codes text, not areas of a page",
                                len(areas))
            representation = first(element, "Representation")
            if representation is not None:
                _text_source(ctx, representation, element)
            else:
                _lost_source(ctx, element, "PDF sources without a text representation")
        elif kind in _OTHER_SOURCES:
            _lost_source(ctx, element, _OTHER_SOURCES[kind])


def _lost_source(ctx: ReadContext, element: Element, what: str) -> None:
    name = element.get("name") or "(unnamed)"
    ctx.report.lose(what, "the project", "kvalkod holds text documents only", example=repr(name))
    guid = normalize_guid(element.get("guid"))
    if guid:
        ctx.targets[guid] = ("lost", f"{what[:-1] if what.endswith('s') else what} {name}")


def _source_text(ctx: ReadContext, element: Element, name: str) -> Optional[str]:
    """The raw text of a source (None after reporting why there is none)."""
    where = f"document {name}"
    content = first(element, "PlainTextContent")
    text: Optional[str] = element_text(content) if content is not None else None
    path = (element.get("plainTextPath") or "").strip()
    if text is None and path:
        if path.lower().startswith("internal://"):
            member = ctx.archive.internal(path)
            if member is None:
                ctx.report.lose("documents", where, f"its text file {path} is not in the archive")
                return None
            try:
                text, problem = decode_text(ctx.archive.read(member))
            except InputFileError as exc:
                ctx.report.lose("documents", where, exc.reason)
                return None
            if problem:
                ctx.report.warn(f"The text of {name} {problem}.")
        elif path.lower().startswith("relative://"):
            text = _beside_archive(ctx, path, name)
            if text is None:
                return None
        else:
            ctx.report.lose("documents", where, f"its text lies outside the archive ({path}); for safety kvalkod "
                                                "reads only files inside the .qdpx or in the folder beside it")
            return None
    if text is None or not text.strip():
        rich = (element.get("richTextPath") or "").strip()
        member = ctx.archive.internal(rich) if rich.lower().startswith("internal://") else None
        if member is not None:
            from . import extract

            try:
                text = extract(Path(member), ctx.archive.read(member)).text
            except InputFileError as exc:
                ctx.report.lose("documents", where, f"its text is empty and its rich text cannot be read "
                                                    f"({exc.reason})")
                return None
            ctx.report.warn(f"The plain text of {name} was empty; its text was read from {rich}.")
    if text is None or not text.strip():
        ctx.report.lose("documents", where, "it holds no text")
        return None
    return text


def _beside_archive(ctx: ReadContext, reference: str, name: str) -> Optional[str]:
    """The text of a ``relative:///`` source, read only from the folder the .qdpx is in.

    A project shipped with its sources beside the archive works; a file naming anything
    elsewhere on the analyst's machine (a ``basePath`` of someone's home, ``..`` in the path)
    is refused, so opening a stranger's .qdpx cannot pull private files into a project."""
    from kvalkod.input_files import read_bytes

    folder = ctx.path.resolve().parent
    relative = reference.split("://", 1)[1].lstrip("/")
    bases = [Path(ctx.base_path)] if ctx.base_path and Path(ctx.base_path).is_absolute() else []
    for base in (*bases, folder):
        candidate = (base / relative).resolve()
        if candidate.is_relative_to(folder) and candidate.is_file():
            try:
                data = read_bytes(candidate, MAX_MEMBER_BYTES)
                if candidate.suffix.lower() == ".txt":
                    text, problem = decode_text(data)
                else:
                    from . import extract

                    text, problem = extract(candidate, data).text, None
            except InputFileError as exc:
                ctx.report.lose("documents", f"document {name}", f"its text {reference} cannot be read ({exc.reason})")
                return None
            ctx.report.warn(f"The text of {name} was read from {candidate.relative_to(folder)} beside the archive"
                            + (f"; it {problem}." if problem else "."))
            return text
    ctx.report.lose("documents", f"document {name}", f"its text {reference} is not in the archive nor in the "
                                                     "folder beside it (kvalkod reads no file elsewhere, for safety)")
    return None


def _text_source(ctx: ReadContext, element: Element, identity: Element) -> None:
    raw_name = (identity.get("name") or "").strip()
    name = raw_name or f"Dokument {len(ctx.project.documents) + 1}"
    if name in ctx.document_names:
        base, number = name, 2
        while f"{base} ({number})" in ctx.document_names:
            number += 1
        name = f"{base} ({number})"
        ctx.report.warn(f"A second document named {base!r} was renamed {name!r}.")
    elif not raw_name:
        ctx.report.warn(f"A document without a name was named {name!r}.")
    raw_guid = identity.get("guid")
    raw = _source_text(ctx, element, name)
    if raw is None:
        guid = normalize_guid(raw_guid)
        if guid:
            ctx.targets[guid] = ("lost", f"document {name}")
        codings = sum(len(children_named(s, "Coding")) for s in children_named(element, "PlainTextSelection"))
        if codings:
            ctx.report.lose("codings", f"document {name}", "their document could not be imported", codings)
        return
    ctx.document_names.add(name)
    guid = ctx.new_guid(raw_guid, ctx.document_guids, "document")
    creator = identity.get("creatingUser")
    document = RefiDocument(guid, name, stored_text(raw), ctx.user(creator) if creator else None,
                            stored_datetime(identity.get("creationDateTime")))
    ctx.project.documents.append(document)
    ctx.targets[guid] = ("document", guid)
    _selections(ctx, element, document, raw)
    whole = children_named(element, "Coding")
    if whole:
        _codings(ctx, whole, None, document, 0, len(document.text), "", identity)
    for ref in children_named(identity, "NoteRef") + (children_named(element, "NoteRef") if element is not identity else []):
        ctx.note_refs.append((normalize_guid(ref.get("targetGUID")) or "", ("document", guid)))
    for value_element in children_named(identity, "VariableValue"):
        value = read_value(ctx, value_element, f"document {name}")
        if value is not None:
            document.values[value[0]] = value[1]
    description = element_text(first(identity, "Description"))
    if description.strip():
        ctx.project.memos.append(RefiMemo(str(uuid.uuid5(uuid.UUID(guid), "description")), "document", guid,
                                          description))
        ctx.report.warn(f"The description of {name} became a memo on it.")


def _selections(ctx: ReadContext, element: Element, document: RefiDocument, raw: str) -> None:
    entries = []
    for selection in children_named(element, "PlainTextSelection"):
        try:
            start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            ctx.report.lose("selections", f"document {document.name}", "their positions are not numbers")
            continue
        entries.append((selection, start, end))
    if ctx.own and raw == document.text:
        # kvalkod wrote these positions: code points over this very text, nothing to detect
        # (detection could be fooled by codings that do not end on a word boundary)
        spans = [(s, e) if 0 <= s < e <= len(raw) else None for _, s, e in entries]
        described = "positions read as code points, as kvalkod writes them"
    else:
        reading, spans = read_positions(raw, [(s, e) for _, s, e in entries])
        described = reading.describe()
    ctx.report.position_reading(document.name, described)
    for (selection, start, end), span in zip(entries, spans):
        part = parts(selection)
        codings = part.get("Coding", [])
        guid = normalize_guid(selection.get("guid"))
        if span is None:
            why = ("the selection is zero-length" if start == end else
                   f"the selection lies outside the document's text or ends before it starts ({described})")
            what = "codings" if codings else "selections"
            ctx.report.lose(what, f"document {document.name}", why, max(1, len(codings)), f"{start}–{end}")
            if guid:
                ctx.targets[guid] = ("lost", f"a selection {start}–{end} of {document.name}")
            continue
        description = element_text(part["Description"][0]) if "Description" in part else ""
        memo = description if description.strip() else ""
        placed = _codings(ctx, codings, guid, document, span[0], span[1], memo, selection)
        target = ("codings", placed) if placed else ("passage", document, span[0], span[1], guid)
        if guid:
            ctx.targets.setdefault(guid, target)
        refs = part.get("NoteRef", [])
        ctx.note_refs += [(normalize_guid(r.get("targetGUID")) or "", target) for r in refs]
        if not placed and memo:
            ctx.project.memos.append(passage_memo(document, span[0], span[1], memo, guid))
        elif not placed and not refs and guid:
            ctx.bare[guid] = document.name


_LOCAL_NAMES: dict[str, str] = {}


def parts(element: Element) -> dict[str, list[Element]]:
    """The children of ``element`` by local name: one pass instead of one per name looked for
    (a study's .qde has 300,000 elements)."""
    out: dict[str, list[Element]] = {}
    for child in element:
        tag = child.tag
        name = _LOCAL_NAMES.get(tag) if isinstance(tag, str) else ""
        if name is None:
            name = local_name(tag)
            if len(_LOCAL_NAMES) < 512:
                _LOCAL_NAMES[tag] = name
        out.setdefault(name, []).append(child)
    return out


def passage_memo(document: RefiDocument, start: int, end: int, text: str, guid: Optional[str]) -> RefiMemo:
    """A note on a passage that carries no code: a memo on the document that says where."""
    excerpt = document.text[start:end]
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[:EXCERPT_CHARS].rstrip() + "…"
    head = f"Anteckning till stället {start}–{end} («{excerpt}»):"
    memo_guid = str(uuid.uuid5(uuid.UUID(guid), "passage")) if guid else str(uuid.uuid4())
    return RefiMemo(memo_guid, "document", document.guid, f"{head}\n\n{text}")


def _codings(ctx: ReadContext, elements: list[Element], selection_guid: Optional[str], document: RefiDocument,
             start: int, end: int, memo: str, dated: Element) -> list[RefiCoding]:
    placed: list[RefiCoding] = []
    for element in elements:
        part = parts(element)
        ref = part["CodeRef"][0] if "CodeRef" in part else None
        code = ctx.guid(ref.get("targetGUID")) if ref is not None else None
        if code is None or code not in ctx.code_guids:
            ctx.report.lose("codings", f"document {document.name}", "their code is not in the codebook",
                            example=f"{start}–{end}")
            continue
        coder = ctx.user(element.get("creatingUser") or dated.get("creatingUser"))
        key = (document.guid, code, coder, start, end)
        coding = ctx.codings.get(key)
        raw_guid = normalize_guid(element.get("guid"))
        if coding is not None:
            ctx.merged += 1
            if memo and memo not in coding.memo:
                coding.memo = join_memo(coding.memo, memo)
        else:
            guid = raw_guid
            if ctx.kvalkod and len(elements) == 1 and selection_guid and selection_guid not in ctx.coding_guids \
                    and raw_guid == coding_guid(selection_guid):
                guid = selection_guid  # kvalkod's own: the selection carries the coding's guid
            guid = ctx.new_guid(guid, ctx.coding_guids, "coding")
            created = stored_datetime(element.get("creationDateTime") or dated.get("creationDateTime"))
            updated = stored_datetime(dated.get("modifiedDateTime")) or created
            coding = RefiCoding(guid, document.guid, code, start, end, coder, memo, created, updated)
            ctx.codings[key] = coding
            ctx.project.codings.append(coding)
        placed.append(coding)
        if raw_guid:
            ctx.targets.setdefault(raw_guid, ("codings", [coding]))
        ctx.note_refs += [(normalize_guid(r.get("targetGUID")) or "", ("codings", [coding]))
                          for r in part.get("NoteRef", ())]
    return placed


def join_memo(before: str, text: str) -> str:
    return f"{before}\n\n{text}" if before else text


_VALUE_ELEMENTS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


def read_value(ctx: ReadContext, element: Element, where: str) -> Optional[tuple[str, Any]]:
    """(variable guid, value as text) of a ``VariableValue``; None (reported) if it names no variable."""
    ref = first(element, "VariableRef")
    guid = normalize_guid(ref.get("targetGUID")) if ref is not None else None
    if guid is None or guid not in ctx.variable_guids:
        ctx.report.lose("variable values", where, "they name no variable of the project")
        return None
    for child in element:
        kind = local_name(child.tag)
        if kind in _VALUE_ELEMENTS:
            text = child.text or ""
            if kind == "BooleanValue":
                return guid, {"1": "true", "0": "false"}.get(text.strip(), text.strip().lower())
            return guid, text if kind == "TextValue" else text.strip()
    return guid, ""
