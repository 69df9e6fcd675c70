"""Write a codebook as a REFI-QDA ``.qdc`` file, and check files against the REFI schema.

An export is only useful if the other tool accepts it, and REFI says a tool's XML must
validate, so the writer follows ``Codebook.xsd`` to the letter and ``validate_codebook`` lets
tests and the CLI prove it. Output is deterministic (same codes, same bytes): codes without a
GUID get one derived from their path, so exporting twice names the same codes the same way
and a codebook kept in version control does not churn.
"""

from __future__ import annotations

import dataclasses
import os
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence, Union

from kvalkod.errors import InputFileError, KvalkodError
from kvalkod.model import CodeNode
from kvalkod.refi_xml import (
    CODEBOOK_NS,
    MAX_FILE_BYTES,
    CodeSet,
    code_guid,
    normalize_color,
    normalize_guid,
    set_guid,
    xml_safe,
)
from kvalkod.resources import resource_path

from .atomic import write_atomically

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def codebook_xml(
    nodes: Sequence[CodeNode], origin: str = "kvalkod", sets: Sequence[CodeSet] = ()
) -> bytes:
    """The ``.qdc`` document for ``nodes`` (the top-level codes) as UTF-8 bytes, no BOM.

    GUIDs are written bare and lowercase, colours as ``#rrggbb`` lowercase; a GUID that
    appears twice is replaced on its second use, because REFI tools key codes by GUID.
    """
    from lxml import etree

    if not nodes:
        raise KvalkodError("The codebook has no codes; a REFI codebook must hold at least one.")
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", xml_safe(origin))
    codes = etree.SubElement(root, f"{{{CODEBOOK_NS}}}Codes")
    used: set[str] = set()
    for node in nodes:
        _add_code(codes, node, "", used)
    written_sets = [s for s in sets if s.name.strip()]
    if written_sets:
        sets_element = etree.SubElement(root, f"{{{CODEBOOK_NS}}}Sets")
        for code_set in written_sets:
            _add_set(sets_element, code_set)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return _DECLARATION + body


def _unique_guid(preferred: str, path: str, used: set[str]) -> str:
    guid = preferred
    attempt = 1
    while guid in used:
        attempt += 1
        guid = code_guid(f"{path}#{attempt}")
    used.add(guid)
    return guid


def _add_code(parent, node: CodeNode, parent_path: str, used: set[str]) -> None:
    from lxml import etree

    name = xml_safe(node.name.strip())
    path = f"{parent_path}/{name}" if parent_path else name
    guid = _unique_guid(normalize_guid(node.guid) or code_guid(path), path, used)
    element = etree.SubElement(parent, f"{{{CODEBOOK_NS}}}Code")
    element.set("guid", guid)
    element.set("name", name)
    element.set("isCodable", "true" if node.codable else "false")
    color = normalize_color(node.color)
    if color:
        element.set("color", color)
    description = xml_safe(node.description.strip())
    if description:
        etree.SubElement(element, f"{{{CODEBOOK_NS}}}Description").text = description
    for child in node.children:
        _add_code(element, child, path, used)


def _add_set(parent, code_set: CodeSet) -> None:
    from lxml import etree

    name = xml_safe(code_set.name.strip())
    element = etree.SubElement(parent, f"{{{CODEBOOK_NS}}}Set")
    element.set("guid", normalize_guid(code_set.guid) or set_guid(name))
    element.set("name", name)
    description = xml_safe(code_set.description.strip())
    if description:
        etree.SubElement(element, f"{{{CODEBOOK_NS}}}Description").text = description
    seen: set[str] = set()
    for member in code_set.member_guids:
        guid = normalize_guid(member)
        if guid and guid not in seen:
            seen.add(guid)
            etree.SubElement(element, f"{{{CODEBOOK_NS}}}MemberCode").set("guid", guid)


def write_codebook(
    nodes: Sequence[CodeNode],
    path: Union[str, os.PathLike],
    origin: str = "kvalkod",
    sets: Sequence[CodeSet] = (),
) -> None:
    """Write ``codebook_xml(nodes)`` to ``path``; a crash midway leaves any old file intact."""
    data = codebook_xml(nodes, origin=origin, sets=sets)
    write_atomically(path, lambda handle: handle.write(data))


def pseudonymised_nodes(nodes: Sequence[CodeNode], replace: Callable[[str], str]) -> list[CodeNode]:
    """The codes with real names replaced in their names and descriptions (``replace`` is the
    project's pseudonymiser): a codebook sent to a colleague leaves the project like a report,
    and a code named after a participant is common in case-based coding."""
    return [
        dataclasses.replace(node, name=replace(node.name), description=replace(node.description),
                            children=tuple(pseudonymised_nodes(node.children, replace)))
        for node in nodes
    ]


@lru_cache(maxsize=1)
def _schema():
    from lxml import etree

    xsd = resource_path("refi", "Codebook.xsd")
    return etree.XMLSchema(etree.parse(str(xsd), _safe_parser()))


def _safe_parser():
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def validate_codebook(source: Union[bytes, str, os.PathLike]) -> list[str]:
    """Schema errors of a ``.qdc`` (given as bytes or a path), one string each; [] if valid."""
    from lxml import etree

    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return ["the file is larger than 50 MB"]
            data = path.read_bytes()
        except OSError as error:
            reason = f"the file cannot be read ({error.strerror or error})"
            raise InputFileError(path, reason) from None
    try:
        document = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as error:
        return [f"line {error.lineno}: {error.msg}"]
    schema = _schema()
    if schema.validate(document):
        return []
    return [f"line {entry.line}: {entry.message}" for entry in schema.error_log]
