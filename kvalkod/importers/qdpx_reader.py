"""Reading a REFI project (``project.qde`` inside a .qdpx) into a ``RefiProject``.

Tolerant of what real files do (resources/refi NOTES.md): namespace variants are read by
local names, GUIDs in braces or upper case, ``Parent::Child`` code names become a hierarchy,
cases without a name that only carry per-document variables become document variables, notes
arrive by ``NoteRef``, by ``Link`` or as descriptions. Everything that cannot be carried over
is named in the ``ImportReport``; nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Optional
from xml.etree.ElementTree import Element

from kvalkod.errors import InputFileError
from kvalkod.refi_xml import (
    EXTRAS_FORMAT,
    EXTRAS_NAME,
    EXTRAS_VERSION,
    KNOWN_NAMESPACES,
    MAX_FILE_BYTES,
    ORIGINALS_FOLDER,
    RefiCase,
    RefiMemo,
    RefiSet,
    RefiUser,
    RefiVariable,
    children_named,
    local_name,
    namespace_of,
    normalize_guid,
    parse_untrusted,
    stored_datetime,
)

from .qdc import code_tree
from .qdpx_notes import attach_notes
from .qdpx_sources import ReadContext, element_text, first, read_sources, read_value

_TYPES = {"text": "text", "integer": "number", "float": "number", "date": "date", "boolean": "category",
          "datetime": "text"}
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")  # what the variable service accepts as a number
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_project(ctx: ReadContext, qde: bytes) -> None:
    """Fill ``ctx.project`` from the project XML ``qde``."""
    root = parse_untrusted(ctx.path, qde)
    if local_name(root.tag) != "Project":
        raise InputFileError(ctx.path, f"project.qde is not a REFI project (its root element is "
                                       f"<{local_name(root.tag)}>)")
    namespace = namespace_of(root.tag)
    if namespace not in KNOWN_NAMESPACES:
        ctx.report.warn(f"The project uses the namespace {namespace or '(none)'!r}; it was read as REFI 1.0.")
    project = ctx.project
    project.name = (root.get("name") or "").strip() or ctx.path.stem
    project.created_at = stored_datetime(root.get("creationDateTime"))
    project.origin = (root.get("origin") or "").strip()
    ctx.base_path = (root.get("basePath") or "").strip() or None
    _users(ctx, root)
    _codes(ctx, root)
    types = _variables(ctx, root)
    for sources in children_named(root, "Sources"):
        read_sources(ctx, sources)
    _cases(ctx, root)
    _sets(ctx, root)
    attach_notes(ctx, root)
    memo = project_memo(ctx, root)
    if memo is not None:
        project.memos.append(memo)
    for graphs in children_named(root, "Graphs"):
        count = len(children_named(graphs, "Graph"))
        ctx.report.lose("graphs", "the project", "kvalkod keeps no drawn networks", count)
    if ctx.merged:
        ctx.report.warn(f"{ctx.merged} codings repeated another coding of the same code, coder and passage; "
                        "they were merged.")
    _finish_variables(ctx, types)
    project.users = list(ctx.users.values())


def origin_is_kvalkod(qde: bytes) -> bool:
    """Whether kvalkod wrote the project XML (its ``origin`` in the first lines says so)."""
    return re.search(rb'<Project\b[^>]*\sorigin="kvalkod \d', qde[:4096]) is not None


def read_extras(ctx: ReadContext, qde: bytes) -> dict:
    """kvalkod.json, if this is kvalkod's own export and it can be read; else {} (with a warning)."""
    if EXTRAS_NAME not in ctx.archive.members:
        return {}
    try:
        extras = json.loads(ctx.archive.read(EXTRAS_NAME, MAX_FILE_BYTES).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, InputFileError):
        extras = None
    if not isinstance(extras, dict) or extras.get("format") != EXTRAS_FORMAT:
        ctx.report.warn(f"{EXTRAS_NAME} is not kvalkod's; what it holds was not read.")
        return {}
    if not isinstance(extras.get("version"), int) or extras["version"] > EXTRAS_VERSION:
        ctx.report.warn(f"{EXTRAS_NAME} was written by a newer kvalkod; what this one understands was read.")
    if extras.get("qde_sha256") != hashlib.sha256(qde).hexdigest():
        ctx.report.warn(f"project.qde was changed after kvalkod wrote it; {EXTRAS_NAME} was applied to what "
                        "is still there.")
    for entry in (extras.get("documents") or {}).values():
        member = entry.get("original") if isinstance(entry, dict) else None
        if isinstance(member, str) and member.startswith(ORIGINALS_FOLDER):
            try:
                ctx.project.attachments[member] = ctx.archive.read(member)
            except (KeyError, InputFileError):
                ctx.report.warn(f"The original file {member} is missing from the archive or cannot be read.")
    return extras


def _users(ctx: ReadContext, root: Element) -> None:
    names: set[str] = set()
    for users in children_named(root, "Users"):
        for element in children_named(users, "User"):
            guid = normalize_guid(element.get("guid"))
            if guid is None or guid in ctx.users:
                ctx.report.warn(f"A user with a missing, invalid or repeated GUID ({element.get('guid')!r}) "
                                "was left out.")
                continue
            name = (element.get("name") or "").strip() or f"Användare {guid[:8]}"
            base, number = name, 2
            while name in names:
                name, number = f"{base} ({number})", number + 1
            names.add(name)
            ctx.users[guid] = RefiUser(guid, name)


def _codes(ctx: ReadContext, root: Element) -> None:
    for codebook in children_named(root, "CodeBook"):
        warnings: list[str] = []
        ctx.project.codes += code_tree(ctx.path, codebook, warnings, unflatten=not ctx.kvalkod)
        for warning in warnings:
            ctx.report.warn(warning)
        stack = list(ctx.project.codes)
        while stack:
            node = stack.pop()
            if node.guid:
                ctx.code_guids.add(node.guid)
                ctx.targets[node.guid] = ("code", node.guid)
            stack.extend(node.children)
        elements = [c for codes in children_named(codebook, "Codes") for c in children_named(codes, "Code")]
        while elements:
            element = elements.pop()
            guid = normalize_guid(element.get("guid"))
            if guid in ctx.code_guids:
                ctx.note_refs += [(normalize_guid(r.get("targetGUID")) or "", ("code", guid))
                                  for r in children_named(element, "NoteRef")]
            elements.extend(children_named(element, "Code"))


def _variables(ctx: ReadContext, root: Element) -> dict[str, str]:
    """Variables by guid with kvalkod's type; each gets its scope once values show it."""
    types: dict[str, str] = {}
    for variables in children_named(root, "Variables"):
        for element in children_named(variables, "Variable"):
            name = (element.get("name") or "").strip()
            guid = ctx.new_guid(element.get("guid"), ctx.variable_guids, "variable")
            if not name:
                ctx.variable_guids.discard(guid)
                ctx.report.lose("variables", "the project", "they have no name")
                continue
            refi_type = (element.get("typeOfVariable") or "Text").strip()
            types[guid] = _TYPES.get(refi_type.lower(), "text")
            ctx.project.variables.append(RefiVariable(guid, name, "", types[guid]))
            if refi_type.lower() in ("boolean", "datetime"):
                ctx.report.warn(f"The {refi_type} variable {name!r} is kept as "
                                f"{'a category' if types[guid] == 'category' else 'text'}.")
    return types


def _cases(ctx: ReadContext, root: Element) -> None:
    names: set[str] = set()
    taken: set[str] = set()
    documents = {d.guid: d for d in ctx.project.documents}
    carried = unnamed = 0
    for cases in children_named(root, "Cases"):
        for element in children_named(cases, "Case"):
            name = (element.get("name") or "").strip()
            where = f"case {name}" if name else "an unnamed case"
            members = []
            for ref in children_named(element, "SourceRef"):
                guid = normalize_guid(ref.get("targetGUID"))
                if guid in documents:
                    members.append(guid)
                else:
                    ctx.report.lose("document links", where, "their document was not imported")
            values = dict(v for v in (read_value(ctx, e, where) for e in children_named(element, "VariableValue"))
                          if v is not None)
            for kind in ("CodeRef", "SelectionRef"):
                count = len(children_named(element, kind))
                if count:
                    ctx.report.lose(f"links to {'codes' if kind == 'CodeRef' else 'selections'}", where,
                                    "a kvalkod case holds whole documents", count)
            if not name and values:
                carried += 1
                for guid in members:
                    for variable, value in values.items():
                        documents[guid].values.setdefault(variable, value)
                continue
            if not name:
                if not members:
                    ctx.report.lose("unnamed cases", "the project", "they hold no documents and no variables")
                    continue
                unnamed += 1
                name = f"Namnlöst fall {unnamed}"
            base, number = name, 2
            while name in names:
                name, number = f"{base} ({number})", number + 1
            if name != base and element.get("name"):
                ctx.report.warn(f"A second case named {base!r} was renamed {name!r}.")
            names.add(name)
            guid = ctx.new_guid(element.get("guid"), taken, "case")
            ctx.targets.setdefault(guid, ("case", guid))
            ctx.project.cases.append(RefiCase(guid, name, element_text(first(element, "Description")),
                                              list(dict.fromkeys(members)), values))
            ctx.note_refs += [(normalize_guid(r.get("targetGUID")) or "", ("case", guid))
                              for r in children_named(element, "NoteRef")]
    if carried:
        ctx.report.warn(f"{carried} unnamed case(s) only carried variables of their documents; the values "
                        "became document variables.")
    if unnamed:
        ctx.report.warn(f"{unnamed} case(s) without a name were named 'Namnlöst fall N'.")


def _sets(ctx: ReadContext, root: Element) -> None:
    documents = {d.guid for d in ctx.project.documents}
    taken: set[str] = set()
    for sets in children_named(root, "Sets"):
        for element in children_named(sets, "Set"):
            name = (element.get("name") or "").strip() or "Namnlös mängd"
            group = RefiSet(ctx.new_guid(element.get("guid"), taken, "set"), name,
                            element_text(first(element, "Description")))
            for member in children_named(element, "MemberCode"):
                guid = normalize_guid(member.get("targetGUID") or member.get("guid"))
                if guid in ctx.code_guids:
                    group.codes.append(guid)
                else:
                    ctx.report.lose("code members", f"set {name}", "their code is not in the codebook")
            for member in children_named(element, "MemberSource"):
                guid = normalize_guid(member.get("targetGUID"))
                if guid in documents:
                    group.documents.append(guid)
                else:
                    ctx.report.lose("document members", f"set {name}", "their document was not imported")
            notes = len(children_named(element, "MemberNote"))
            if notes:
                ctx.report.lose("note members", f"set {name}", "a kvalkod set holds codes and documents", notes)
            group.codes = list(dict.fromkeys(group.codes))
            group.documents = list(dict.fromkeys(group.documents))
            ctx.project.sets.append(group)


def _finish_variables(ctx: ReadContext, types: dict[str, str]) -> None:
    """Give each variable its scope (by where its values are) and a type its values fit."""
    project = ctx.project
    own = project.extras.get("variables") if ctx.own else None
    own = own if isinstance(own, dict) else {}
    holders = {h.guid: h for h in (*project.documents, *project.cases)}
    inexact = project.extras.get("variable_values") if ctx.own else None
    for entry in inexact if isinstance(inexact, list) else ():
        _restore_value(ctx, holders, entry)
    used = {"document": set(), "case": set()}
    for scope, holders in (("document", project.documents), ("case", project.cases)):
        for holder in holders:
            used[scope].update(holder.values)
    finished: list[RefiVariable] = []
    for variable in project.variables:
        saved = own.get(variable.guid) if isinstance(own.get(variable.guid), dict) else {}
        scopes = [s for s in ("case", "document") if variable.guid in used[s]] or \
                 [saved.get("scope") if saved.get("scope") in ("case", "document") else "case"]
        for number, scope in enumerate(scopes):
            guid = variable.guid if number == 0 else str(uuid.uuid5(uuid.UUID(variable.guid), scope))
            if guid != variable.guid:
                for document in project.documents:
                    if variable.guid in document.values:
                        document.values[guid] = document.values.pop(variable.guid)
            kind = saved.get("type") if saved.get("type") in ("text", "number", "date", "category") else \
                types[variable.guid]
            values = [h.values[guid] for h in (project.documents if scope == "document" else project.cases)
                      if guid in h.values]
            if not _fits(kind, values):
                ctx.report.warn(f"Not every value of the variable {variable.name!r} is a {kind}; it is kept "
                                "as text.")
                kind = "text"
            finished.append(RefiVariable(guid, variable.name, scope, kind))
    project.variables = finished


def _fits(kind: str, values: list[str]) -> bool:
    pattern = {"number": _NUMBER, "date": _DATE}.get(kind)
    return pattern is None or all(not v or pattern.match(v) for v in values)


def _restore_value(ctx: ReadContext, holders: dict, entry: object) -> None:
    """A value kvalkod could not write exactly in the XML, put back from kvalkod.json."""
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("variable", "target", "value")):
        return
    holder = holders.get(entry["target"])
    if holder is not None and entry["variable"] in ctx.variable_guids:
        holder.values[entry["variable"]] = entry["value"]


def project_memo(ctx: ReadContext, root: Element) -> Optional[RefiMemo]:
    """The project's Description, which kvalkod keeps as a project memo."""
    text = element_text(first(root, "Description"))
    if not text.strip():
        return None
    ctx.report.warn("The project's description became a project memo.")
    return RefiMemo(str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:kvalkod:refi:description:{ctx.project.name}")),
                    "project", None, text)
