"""The ``project.qde`` of a REFI-QDA project exchange, written from a ``RefiProject``.

The file must validate against ``Project.xsd`` (the standard's condition for claiming
support), so the children of every element are written in the schema's order and empty
containers (``<Sets/>``, ``<Codes/>``) are left out, because the schema refuses them. It is
built as one string rather than through an element tree: a study has 200,000 codings, and
escaping attribute text by hand is five times faster than lxml building and serialising the
same tree; the tests validate the result against the schema instead.

What kvalkod chooses where REFI leaves a choice (see docs/refi.md):
- a coding is a ``PlainTextSelection`` of its own (guid = the coding's guid) holding one
  ``Coding`` (guid derived from it), so every coding keeps its identity, coder and dates;
- a coding's memo is the selection's ``Description``: ATLAS.ti and QualCoder read a
  selection's description as its comment, and our coding memos have no author of their own;
- memos of the project, documents and codes are ``Note`` elements attached by ``NoteRef``;
  a case cannot hold a ``NoteRef`` in the schema, so a case memo is a ``Note`` joined to the
  case by a ``Link`` (the way NVivo links notes to things);
- the output is deterministic: same project, same bytes.
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Iterable, Optional

from kvalkod.model import CodeNode
from kvalkod.refi_xml import PROJECT_NS, RefiProject, coding_guid, normalize_color, xml_safe, xsd_datetime

LINK_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kvalkod:refi:link")
NOTE_NAME_CHARS = 60

_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                       "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def link_guid(memo_guid: str) -> str:
    return str(uuid.uuid5(LINK_GUID_NAMESPACE, memo_guid))


def note_name(text: str) -> Optional[str]:
    """A note's title for tools that list notes by name: its first non-blank line, cut short.
    It is always a prefix of the stripped text, which is how the reader knows not to add it."""
    for line in text.strip().splitlines():
        if line.strip():
            return line.strip()[:NOTE_NAME_CHARS]
    return None


def _a(value: str) -> str:
    return xml_safe(value).translate(_ATTR)


def _t(value: str) -> str:
    return xml_safe(value).translate(_TEXT)


def _attrs(**values: Optional[str]) -> str:
    return "".join(f' {key}="{_a(value)}"' for key, value in values.items() if value is not None)


# -- variables ---------------------------------------------------------------------------
REFI_TYPES = {"text": "Text", "category": "Text", "date": "Date"}


def _valid_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def variable_forms(project: RefiProject) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The REFI type of each variable and the values REFI cannot hold exactly.

    A number variable is ``Integer`` when every value is a whole number, else ``Float``
    (``3,5`` is written ``3.5``). Values that do not fit their type (an empty number, a date
    that is no date) are left out of the XML. The second result lists the values written
    differently or not at all, as ``{"variable", "target", "value"}``, for kvalkod.json.
    """
    values: dict[str, list[str]] = {}
    for holder in (*project.documents, *project.cases):
        for guid, value in holder.values.items():
            values.setdefault(guid, []).append(value)
    types = {}
    for variable in project.variables:
        if variable.type == "number":
            present = [v for v in values.get(variable.guid, []) if v.strip()]
            whole = all(_INTEGER.match(v.strip()) for v in present)
            types[variable.guid] = "Integer" if whole else "Float"
        else:
            types[variable.guid] = REFI_TYPES.get(variable.type, "Text")
    inexact = []
    for holder in (*project.documents, *project.cases):
        for guid, value in holder.values.items():
            written = _value_element(types.get(guid, "Text"), value)
            if written is None or written[1] != value:
                inexact.append({"variable": guid, "target": holder.guid, "value": value})
    return types, inexact


def _value_element(refi_type: str, value: str) -> Optional[tuple[str, str]]:
    """(element name, text) of a value of a variable of ``refi_type``, or None if it cannot be written."""
    if refi_type == "Integer":
        return ("IntegerValue", value.strip()) if _INTEGER.match(value.strip()) else None
    if refi_type == "Float":
        text = value.strip().replace(",", ".")
        return ("FloatValue", text) if _DECIMAL.match(text) else None
    if refi_type == "Date":
        return ("DateValue", value) if _valid_date(value) else None
    return "TextValue", xml_safe(value)


def _values(out: list[str], indent: str, values: dict[str, str], types: dict[str, str]) -> None:
    for guid in sorted(values):
        written = _value_element(types.get(guid, "Text"), values[guid])
        if written is None or guid not in types:
            continue
        element, text = written
        out.append(f'{indent}<VariableValue>\n{indent}  <VariableRef targetGUID="{guid}"/>\n'
                   f'{indent}  <{element}>{text.translate(_TEXT)}</{element}>\n{indent}</VariableValue>\n')


# -- the document ------------------------------------------------------------------------
def project_qde(project: RefiProject, origin: str) -> bytes:
    """The ``project.qde`` for ``project`` as UTF-8 bytes without a byte-order mark."""
    types, _ = variable_forms(project)
    notes_on: dict[tuple[str, Optional[str]], list[str]] = {}
    for memo in project.memos:
        notes_on.setdefault((memo.target_type, memo.target), []).append(memo.guid)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<Project xmlns="{PROJECT_NS}"{_attrs(name=project.name, origin=origin)}'
           f'{_attrs(creationDateTime=xsd_datetime(project.created_at))}>\n']
    if project.users:
        out.append("  <Users>\n")
        out += [f'    <User guid="{u.guid}"{_attrs(name=u.name)}/>\n' for u in project.users]
        out.append("  </Users>\n")
    if project.codes:
        out.append("  <CodeBook>\n    <Codes>\n")
        for node in project.codes:
            _code(out, node, "      ", notes_on)
        out.append("    </Codes>\n  </CodeBook>\n")
    if project.variables:
        out.append("  <Variables>\n")
        out += [f'    <Variable guid="{v.guid}"{_attrs(name=v.name)} typeOfVariable="{types[v.guid]}"/>\n'
                for v in project.variables]
        out.append("  </Variables>\n")
    if project.cases:
        out.append("  <Cases>\n")
        for case in project.cases:
            out.append(f'    <Case guid="{case.guid}"{_attrs(name=case.name)}>\n')
            if case.description:
                out.append(f"      <Description>{_t(case.description)}</Description>\n")
            _values(out, "      ", case.values, types)
            out += [f'      <SourceRef targetGUID="{d}"/>\n' for d in case.documents]
            out.append("    </Case>\n")
        out.append("  </Cases>\n")
    if project.documents:
        out.append("  <Sources>\n")
        _sources(out, project, types, notes_on)
        out.append("  </Sources>\n")
    if project.memos:
        out.append("  <Notes>\n")
        for memo in project.memos:
            out.append(f'    <Note guid="{memo.guid}"{_attrs(name=note_name(memo.text))}'
                       f'{_attrs(creatingUser=memo.author, creationDateTime=xsd_datetime(memo.created_at))}'
                       f'{_attrs(modifiedDateTime=xsd_datetime(memo.updated_at))}>\n'
                       f"      <PlainTextContent>{_t(memo.text)}</PlainTextContent>\n    </Note>\n")
        out.append("  </Notes>\n")
    case_memos = [m for m in project.memos if m.target_type == "case"]
    if case_memos:
        out.append("  <Links>\n")
        out += [f'    <Link guid="{link_guid(m.guid)}" name="Memo" direction="OneWay" '
                f'originGUID="{m.guid}" targetGUID="{m.target}"/>\n' for m in case_memos]
        out.append("  </Links>\n")
    if project.sets:
        out.append("  <Sets>\n")
        for group in project.sets:
            out.append(f'    <Set guid="{group.guid}"{_attrs(name=group.name)}>\n')
            if group.description:
                out.append(f"      <Description>{_t(group.description)}</Description>\n")
            out += [f'      <MemberCode targetGUID="{g}"/>\n' for g in group.codes]
            out += [f'      <MemberSource targetGUID="{g}"/>\n' for g in group.documents]
            out.append("    </Set>\n")
        out.append("  </Sets>\n")
    out += _note_refs("  ", notes_on.get(("project", None), ()))
    out.append("</Project>\n")
    return "".join(out).encode("utf-8")


def _note_refs(indent: str, guids: Iterable[str]) -> list[str]:
    return [f'{indent}<NoteRef targetGUID="{g}"/>\n' for g in guids]


def _code(out: list[str], node: CodeNode, indent: str, notes_on: dict) -> None:
    color = normalize_color(node.color)
    head = (f'{indent}<Code guid="{node.guid}"{_attrs(name=node.name)} '
            f'isCodable="{"true" if node.codable else "false"}"{_attrs(color=color)}')
    notes = notes_on.get(("code", node.guid), ())
    if not (node.description or notes or node.children):
        out.append(head + "/>\n")
        return
    out.append(head + ">\n")
    if node.description:
        out.append(f"{indent}  <Description>{_t(node.description)}</Description>\n")
    out += _note_refs(indent + "  ", notes)
    for child in node.children:
        _code(out, child, indent + "  ", notes_on)
    out.append(f"{indent}</Code>\n")


def _sources(out: list[str], project: RefiProject, types: dict[str, str], notes_on: dict) -> None:
    by_document: dict[str, list] = {}
    for coding in project.codings:
        by_document.setdefault(coding.document, []).append(coding)
    for document in project.documents:
        out.append(f'    <TextSource guid="{document.guid}"{_attrs(name=document.name)} '
                   f'plainTextPath="internal://{document.guid}.txt"'
                   f'{_attrs(creatingUser=document.created_by, creationDateTime=xsd_datetime(document.created_at))}>\n')
        dates: dict[Optional[str], str] = {}  # a study's codings share few distinct dates
        codings = by_document.get(document.guid, ())
        for c in sorted(codings, key=lambda c: (c.start, c.end, c.guid)):
            # one line per coding: a diff of two exports shows each changed coding as one line
            when = dates.get(c.created_at)
            if when is None:
                created = xsd_datetime(c.created_at)
                when = dates[c.created_at] = f' creationDateTime="{created}"' if created else ""
            modified = ""
            if c.updated_at != c.created_at and xsd_datetime(c.updated_at):
                modified = f' modifiedDateTime="{c.updated_at}"'
            memo = f"<Description>{_t(c.memo)}</Description>" if c.memo else ""
            out.append(f'      <PlainTextSelection guid="{c.guid}" startPosition="{c.start}" endPosition="{c.end}" '
                       f'creatingUser="{c.coder}"{when}{modified}>{memo}<Coding guid="{coding_guid(c.guid)}" '
                       f'creatingUser="{c.coder}"{when}><CodeRef targetGUID="{c.code}"/></Coding>'
                       "</PlainTextSelection>\n")
        out += _note_refs("      ", notes_on.get(("document", document.guid), ()))
        _values(out, "      ", document.values, types)
        out.append("    </TextSource>\n")
