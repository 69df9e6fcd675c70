"""Notes of a REFI project, attached to what they are about: memos and coding memos.

Tools attach notes in different ways: a ``NoteRef`` inside the thing (the standard), a
``Link`` between the note and the thing (NVivo), or text in the thing's ``Description``
(read with the sources). A note on the project, a document, a code or a case becomes a memo
there; a note on a selection or a coding joins the coding's memo; a note on a passage with no
code becomes a memo on its document that says where. A note attached to nothing is kept as a
project memo, and one attached to something that could not be imported is reported as lost.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Optional
from xml.etree.ElementTree import Element

from kvalkod.errors import InputFileError
from kvalkod.refi_xml import RefiMemo, children_named, normalize_guid, stored_datetime

from .qdpx_sources import ReadContext, decode_text, element_text, first, join_memo, passage_memo
from .refi_positions import stored_text


def attach_notes(ctx: ReadContext, root: Element) -> None:
    notes = _notes(ctx, root)
    refs = list(ctx.note_refs)
    refs += [(normalize_guid(r.get("targetGUID")) or "", ("project", None)) for r in children_named(root, "NoteRef")]
    refs += _links(ctx, root, notes)
    used: dict[str, int] = {}
    missing = 0
    for note_guid, target in refs:
        note = notes.get(note_guid)
        if note is None:
            missing += 1
            continue
        _attach(ctx, note, target, used)
    if missing:
        ctx.report.warn(f"{missing} reference(s) to notes that are not in the file were ignored.")
    loose = [note for guid, note in notes.items() if guid not in used]
    for note in loose:
        _attach(ctx, note, ("project", None), used)
    if loose:
        ctx.report.warn(f"{len(loose)} note(s) attached to nothing became project memos.")
    for document in ctx.bare.values():
        ctx.report.lose("selections without a code or a note", f"document {document}",
                        "a passage in kvalkod exists only as a coding")


def _notes(ctx: ReadContext, root: Element) -> dict[str, RefiMemo]:
    """Every readable note as a memo without a target yet, by guid."""
    notes: dict[str, RefiMemo] = {}
    taken: set[str] = set()
    for container in children_named(root, "Notes"):
        for element in children_named(container, "Note"):
            text = _note_text(ctx, element)
            if text is None:
                continue
            guid = ctx.new_guid(element.get("guid"), taken, "note")
            author = element.get("creatingUser")
            created = stored_datetime(element.get("creationDateTime"))
            notes[guid] = RefiMemo(guid, "project", None, text, ctx.user(author) if author else None, created,
                                   stored_datetime(element.get("modifiedDateTime")) or created)
    return notes


def _note_text(ctx: ReadContext, element: Element) -> Optional[str]:
    """The note's name, description and content as one text (the name left out where the text
    begins with it, as kvalkod's own notes do)."""
    name = (element.get("name") or "").strip()
    content = first(element, "PlainTextContent")
    text = element_text(content) if content is not None else _note_file(ctx, element, name)
    if text is None:
        return None
    parts = [name] if name and not text.strip().startswith(name) else []
    description = element_text(first(element, "Description"))
    if description.strip() and description.strip() not in text:
        parts.append(description.strip())
    if text.strip():
        parts.append(text)
    if not parts:
        ctx.report.lose("empty notes", "the project", "they hold no text")
        return None
    return "\n\n".join(parts)


def _note_file(ctx: ReadContext, element: Element, name: str) -> Optional[str]:
    where = f"note {name}" if name else "an unnamed note"
    for attribute in ("plainTextPath", "richTextPath"):
        path = (element.get(attribute) or "").strip()
        if not path:
            continue
        member = ctx.archive.internal(path) if path.lower().startswith("internal://") else None
        if member is None:
            ctx.report.lose("notes", where, f"its text {path} is not inside the archive")
            return None
        from . import extract

        try:
            if attribute == "plainTextPath":
                text, _problem = decode_text(ctx.archive.read(member))
                if text.strip():
                    return stored_text(text)
                continue
            return extract(Path(member), ctx.archive.read(member)).text
        except InputFileError as exc:
            ctx.report.lose("notes", where, f"its text cannot be read ({exc.reason})")
            return None
    return ""


def _links(ctx: ReadContext, root: Element, notes: dict[str, RefiMemo]) -> list[tuple[str, tuple]]:
    refs: list[tuple[str, tuple]] = []
    for container in children_named(root, "Links"):
        for link in children_named(container, "Link"):
            origin, target = normalize_guid(link.get("originGUID")), normalize_guid(link.get("targetGUID"))
            name = (link.get("name") or "").strip()
            if (origin in notes) != (target in notes):
                note, other = (origin, target) if origin in notes else (target, origin)
                found = ctx.targets.get(other or "")
                if found is None:
                    ctx.report.lose("links from notes", "the project", "what they point to is not in the file",
                                    example=repr(name) if name else "")
                else:
                    refs.append((note, found))
            else:
                ctx.report.lose("links", "the project", "kvalkod keeps no links between codes, documents or notes",
                                example=repr(name) if name else "")
    return refs


def _attach(ctx: ReadContext, note: RefiMemo, target: tuple, used: dict[str, int]) -> None:
    kind = target[0]
    if kind == "lost":
        ctx.report.lose("notes", target[1], "what they were attached to could not be imported")
        used.setdefault(note.guid, 0)
        return
    if kind == "codings":
        for coding in target[1]:
            if note.text not in coding.memo:
                coding.memo = join_memo(coding.memo, note.text)
        used.setdefault(note.guid, 0)
        return
    number = used.get(note.guid, 0)
    used[note.guid] = number + 1
    guid = note.guid if number == 0 else str(uuid.uuid5(uuid.UUID(note.guid), str(number)))
    if kind == "passage":
        _, document, start, end, selection = target
        ctx.bare.pop(selection, None)
        memo = passage_memo(document, start, end, note.text, None)
        memo.guid, memo.author, memo.created_at, memo.updated_at = guid, note.author, note.created_at, note.updated_at
    else:
        memo = RefiMemo(guid, kind, target[1], note.text, note.author, note.created_at, note.updated_at)
    ctx.project.memos.append(memo)
