"""Read a codebook from a REFI-QDA ``.qdc``, a project ``.qde`` or a ``.qdpx`` archive.

Real files bend the standard (see resources/refi NOTES: namespace variants, BOMs, braced
GUIDs, ``Parent::Child`` names, 3-digit colours), and an analyst switching tools should
not lose a codebook over that. So the reader is tolerant about spelling, repairs what it can
and says what it changed in a list of warnings; it refuses only input that is not a codebook
at all, or that is unsafe, with an ``InputFileError`` naming the reason in plain words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union
from xml.etree.ElementTree import Element

from kvalkod.errors import InputFileError
from kvalkod.input_files import CODEBOOK_DEPTH
from kvalkod.model import CodeNode
from kvalkod.refi_xml import (
    KNOWN_NAMESPACES,
    CodeSet,
    children_named,
    local_name,
    namespace_of,
    normalize_color,
    normalize_guid,
    parse_untrusted,
    read_limited,
)
from kvalkod.resources import resource_path

DEFAULT_CODEBOOK = "samordning-2020.qdc"
"""What ``kvalkod new --codebook default`` loads: the codebook of Socialförsäkringsrapport 2020:2."""

MAX_DEPTH = CODEBOOK_DEPTH

PathLike = Union[str, os.PathLike]


def default_codebook_path() -> Path:
    return resource_path("codebooks", DEFAULT_CODEBOOK)


def read_codebook(path: PathLike) -> tuple[list[CodeNode], list[str]]:
    """The top-level codes of the codebook at ``path`` and a list of what was changed."""
    nodes, _sets, warnings, _set_warnings = _read(Path(path))
    return nodes, warnings


def read_code_sets(path: PathLike) -> tuple[list[CodeSet], list[str]]:
    """The code Sets of the codebook at ``path`` and what was left out of them.

    Members are GUIDs of codes as ``read_codebook`` returns them; members naming no code
    (or a document, in a .qde) are dropped.
    """
    _nodes, sets, _warnings, set_warnings = _read(Path(path))
    return sets, set_warnings


@dataclass
class _Draft:
    """A code while it is being repaired; frozen into a ``CodeNode`` at the end."""

    name: str
    guid: Optional[str]
    color: Optional[str]
    description: str
    codable: bool
    children: list["_Draft"] = field(default_factory=list)

    def freeze(self) -> CodeNode:
        return CodeNode(
            name=self.name,
            guid=self.guid,
            color=self.color,
            description=self.description,
            codable=self.codable,
            children=tuple(child.freeze() for child in self.children),
        )


def _read(path: Path) -> tuple[list[CodeNode], list[CodeSet], list[str], list[str]]:
    warnings: list[str] = []
    root = parse_untrusted(path, read_limited(path))
    codebook = _find_codebook(path, root, warnings)
    nodes = code_tree(path, codebook, warnings)
    if not nodes:
        raise InputFileError(path, "the codebook holds no codes")
    # .qdc files keep Sets in the CodeBook, .qde files in the Project
    sets_parent = root if local_name(root.tag) == "Project" else codebook
    sets, set_warnings = _read_sets(sets_parent, _guids(nodes))
    return nodes, sets, warnings, set_warnings


def code_tree(path: Path, codebook: Element, warnings: list[str], *, unflatten: bool = True) -> list[CodeNode]:
    """The repaired codes under a ``<CodeBook>`` element (also what a .qdpx import uses).

    ``unflatten=False`` keeps names with ``::`` as they are: right for kvalkod's own exports,
    whose hierarchy is nested and whose code names may contain ``::`` on purpose.
    """
    codes_elements = children_named(codebook, "Codes")
    code_elements = [c for codes in codes_elements for c in children_named(codes, "Code")]
    drafts = [_draft(path, element, 1, warnings) for element in code_elements]
    drafts = _repair_level(drafts, "", warnings, unflatten)
    _dedupe_guids(drafts, "", warnings, set())
    return [d.freeze() for d in drafts]


def _guids(nodes: list[CodeNode]) -> set[str]:
    return {n.guid for n in nodes if n.guid} | {g for n in nodes for g in _guids(list(n.children))}


def _find_codebook(path: Path, root: Element, warnings: list[str]) -> Element:
    name, namespace = local_name(root.tag), namespace_of(root.tag)
    if name == "CodeBook":
        codebook = root
    elif name == "Project":
        found = children_named(root, "CodeBook")
        if not found:
            raise InputFileError(path, "the REFI project holds no codebook (no <CodeBook> element)")
        codebook = found[0]
    else:
        raise InputFileError(
            path, f"this is not a REFI-QDA codebook or project (its root element is <{name}>)"
        )
    if not namespace:
        warnings.append("The file has no REFI namespace; it was read as a REFI codebook anyway.")
    elif namespace not in KNOWN_NAMESPACES:
        warnings.append(
            f"Unknown namespace {namespace!r}; the file was read as a REFI codebook anyway."
        )
    return codebook


def _draft(path: Path, element: Element, depth: int, warnings: list[str]) -> _Draft:
    name = (element.get("name") or "").strip()
    if depth + name.count("::") > MAX_DEPTH:  # "::" levels become nesting too
        raise InputFileError(path, f"codes are nested more than {MAX_DEPTH} levels deep")
    raw_guid = element.get("guid")
    guid = normalize_guid(raw_guid)
    label = name or "(unnamed)"
    if raw_guid and guid is None:
        warnings.append(f"Code {label!r} had an invalid GUID {raw_guid!r}; it gets a new one.")
    raw_color = element.get("color")
    color = normalize_color(raw_color)
    if raw_color and raw_color.strip() and color is None:
        warnings.append(f"Code {label!r} had an invalid colour {raw_color!r}; it was dropped.")
    codable_text = (element.get("isCodable") or "true").strip().lower()
    if codable_text not in ("true", "1", "false", "0"):
        warnings.append(f"Code {label!r} had isCodable={codable_text!r}; it is treated as codable.")
    descriptions = children_named(element, "Description")
    description = (descriptions[0].text or "").strip() if descriptions else ""
    children = [_draft(path, c, depth + 1, warnings) for c in children_named(element, "Code")]
    return _Draft(
        name=name,
        guid=guid,
        color=color,
        description=description,
        codable=codable_text not in ("false", "0"),
        children=children,
    )


def _repair_level(drafts: list[_Draft], parent_path: str, warnings: list[str],
                  unflatten: bool = True) -> list[_Draft]:
    """Rebuild ``A::B`` hierarchies, fix names and number duplicates, then recurse."""
    if unflatten:
        drafts = _unflatten(drafts, parent_path, warnings)
    where = f" under {parent_path!r}" if parent_path else ""
    for draft in drafts:
        if not draft.name:
            draft.name = "Namnlös kod"
            warnings.append(f"A code without a name{where} was named 'Namnlös kod'.")
        if "/" in draft.name:
            fixed = draft.name.replace(" / ", " - ").replace("/", "-")
            warnings.append(
                f"Code {draft.name!r}{where} was renamed {fixed!r}: kvalkod uses '/' between "
                "the levels of a code path."
            )
            draft.name = fixed
    # Later duplicates get the first free " (n)"; names already in the file are never taken.
    taken = {draft.name for draft in drafts}
    seen: set[str] = set()
    for draft in drafts:
        if draft.name in seen:
            base, number = draft.name, 2
            while f"{base} ({number})" in taken:
                number += 1
            draft.name = f"{base} ({number})"
            taken.add(draft.name)
            warnings.append(f"A second code named {base!r}{where} was renamed {draft.name!r}.")
        seen.add(draft.name)
    for draft in drafts:
        path = f"{parent_path}/{draft.name}" if parent_path else draft.name
        draft.children = _repair_level(draft.children, path, warnings, unflatten)
    return drafts


def _unflatten(drafts: list[_Draft], parent_path: str, warnings: list[str]) -> list[_Draft]:
    """Place codes named ``Parent::Child`` under ``Parent`` (made if missing) as ``Child``."""
    flattened = [d for d in drafts if "::" in d.name]
    if not flattened:
        return drafts
    kept = [d for d in drafts if "::" not in d.name]
    by_name = {}
    for draft in kept:
        by_name.setdefault(draft.name, draft)
    created: list[str] = []
    for draft in flattened:
        parts = [part.strip() for part in draft.name.split("::") if part.strip()]
        if len(parts) < 2:
            draft.name = parts[0] if parts else ""
            kept.append(draft)
            continue
        siblings, index = kept, by_name
        for depth, part in enumerate(parts[:-1]):
            parent = index.get(part)
            if parent is None:
                parent = _Draft(name=part, guid=None, color=None, description="", codable=True)
                siblings.append(parent)
                index[part] = parent
                created.append("::".join(parts[: depth + 1]))
            siblings = parent.children
            index = {child.name: child for child in siblings}
        draft.name = parts[-1]
        siblings.append(draft)
    where = f" under {parent_path!r}" if parent_path else ""
    warnings.append(
        f"{len(flattened)} code(s) named like 'Parent::Child'{where} were placed under their "
        "parent codes."
    )
    if created:
        warnings.append(f"Parent codes that were missing were created: {', '.join(created)}.")
    return kept


def _dedupe_guids(
    drafts: list[_Draft],
    parent_path: str,
    warnings: list[str],
    used: set[str],
) -> set[str]:
    """Clear repeated GUIDs (the second holder gets a new one); return the GUIDs kept."""
    for draft in drafts:
        path = f"{parent_path}/{draft.name}" if parent_path else draft.name
        if draft.guid is not None:
            if draft.guid in used:
                warnings.append(f"Code {path!r} repeated another code's GUID; it gets a new one.")
                draft.guid = None
            else:
                used.add(draft.guid)
        _dedupe_guids(draft.children, path, warnings, used)
    return used


def _read_sets(parent: Element, code_guids: set[str]) -> tuple[list[CodeSet], list[str]]:
    sets: list[CodeSet] = []
    warnings: list[str] = []
    for sets_element in children_named(parent, "Sets"):
        for element in children_named(sets_element, "Set"):
            name = (element.get("name") or "").strip() or "Namnlös mängd"
            members: list[str] = []
            dropped = 0
            for member in children_named(element, "MemberCode"):
                # .qdc files use guid, .qde files targetGUID (NOTES.md)
                raw = member.get("guid") or member.get("targetGUID")
                guid = normalize_guid(raw)
                if guid is None or guid not in code_guids:
                    dropped += 1
                elif guid not in members:
                    members.append(guid)
            if dropped:
                warnings.append(
                    f"Set {name!r}: {dropped} member(s) that name no code in the codebook "
                    "were left out."
                )
            sources = len(children_named(element, "MemberSource"))
            if sources:
                warnings.append(f"Set {name!r}: {sources} document member(s) were left out.")
            descriptions = children_named(element, "Description")
            sets.append(
                CodeSet(
                    name=name,
                    guid=normalize_guid(element.get("guid")),
                    description=(descriptions[0].text or "").strip() if descriptions else "",
                    member_guids=tuple(members),
                )
            )
    return sets, warnings
