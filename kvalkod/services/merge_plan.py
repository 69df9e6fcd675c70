"""How a source project's documents and codes meet the target's: the matching rules of a merge.

Team merges go wrong in other tools because they match by name: two analysts' "Intervju 3"
are taken for one document, or one renamed code becomes two. kvalkod matches by identity
first, then by what cannot be mistaken:

- a document by its guid, else by identical stored text (the NFC text, hashed), else it is
  added; a name already taken by another text gives the newcomer a free name ("name (2)"),
  and one guid over two different texts keeps both (the source's under a new guid);
- a code by its guid, else by its path (its name under wherever its parent went), else by
  the analyst's mapping, else it is added under its parent, so nothing is lost.

The functions here only decide; ``merge_apply`` writes. The merge dialog shows the same
decisions before anything is written, and suggests targets for the codes left unmatched.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..model import Code
from ..store.stamps import new_guid
from ..text.fold import fold_diacritics


def text_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def fold(name: str) -> str:
    """A name for comparing ignoring case and diacritics ("Rörelse" ~ "rorelse")."""
    return fold_diacritics(unicodedata.normalize("NFC", name)).casefold()


# -- documents ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentRecord:
    id: int
    guid: str
    name: str
    hash: str | None  # None for a target document whose text nothing in the source could match


@dataclass(frozen=True)
class DocumentMatch:
    source: DocumentRecord
    how: str  # "guid" | "text" | "added"
    target_id: int | None  # the matched target document (None when added)
    name: str  # the target's name, or the name the added document gets
    guid: str  # the target's guid, or the guid the added document gets
    renamed: bool = False  # added under another name: the source's name was taken
    guid_clash: bool = False  # the source's guid names a different text in the target


def match_documents(source: Sequence[DocumentRecord], target: Sequence[DocumentRecord]) -> list[DocumentMatch]:
    """Each source document matched to a target document or planned as an addition.

    Two source documents are never matched to one target document, so a source that holds
    the same text twice keeps both."""
    by_guid = {t.guid: t for t in target}
    by_hash: dict[str, list[DocumentRecord]] = {}
    for t in target:
        if t.hash is not None:
            by_hash.setdefault(t.hash, []).append(t)
    names = {t.name for t in target}
    guids = set(by_guid)
    used: set[int] = set()
    out = []
    for doc in source:
        same = by_guid.get(doc.guid)
        if same is not None and same.hash == doc.hash and same.id not in used:
            used.add(same.id)
            out.append(DocumentMatch(doc, "guid", same.id, same.name, same.guid))
            continue
        twins = [t for t in by_hash.get(doc.hash, []) if t.id not in used]
        if twins:
            twin = next((t for t in twins if t.name == doc.name), twins[0])
            used.add(twin.id)
            out.append(DocumentMatch(doc, "text", twin.id, twin.name, twin.guid))
            continue
        name = free_name(doc.name, names)
        guid = doc.guid if doc.guid not in guids else new_guid()
        names.add(name)
        guids.add(guid)
        out.append(DocumentMatch(doc, "added", None, name, guid, renamed=name != doc.name,
                                 guid_clash=same is not None))
    return out


def free_name(name: str, taken: set[str]) -> str:
    """``name``, or the first of "name (2)", "name (3)" … that is free."""
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"


# -- codes -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeMatch:
    source: Code
    how: str  # "guid" | "path" | "mapped" | "added"
    target_path: str  # the target code it meets, or the path it is added at


def match_codes(source: Sequence[Code], target: Sequence[Code], mapping: dict[str, str]) -> list[CodeMatch]:
    """Each source code (parents before children, as the codebook lists them) matched to a
    target code or planned as an addition.

    ``mapping`` (source path -> target path) is the analyst's word and goes before the
    automatic rules. A code's path in the target is its name under the place its parent went
    (matched, mapped or added), so the sub-codes of a mapped code follow it."""
    by_guid = {c.guid: c.path for c in target}
    paths = {c.path for c in target}
    placed: dict[int, str] = {}
    out = []
    for code in source:
        if code.path in mapping:
            how, path = "mapped", mapping[code.path]
        elif code.guid in by_guid:
            how, path = "guid", by_guid[code.guid]
        else:
            parent = placed.get(code.parent_id) if code.parent_id is not None else None
            path = f"{parent}/{code.name}" if parent else code.name
            how = "path" if path in paths else "added"
            paths.add(path)
        placed[code.id] = path
        out.append(CodeMatch(code, how, path))
    return out


def suggest(code: Code, target: Iterable[Code]) -> str | None:
    """A target code an unmatched source code probably is: the same path, or else the one
    code with the same name, ignoring case and diacritics ("Medaktörer" ~ "medaktorer")."""
    target = list(target)
    same_path = [c.path for c in target if fold(c.path) == fold(code.path)]
    if same_path:
        return same_path[0]
    same_name = [c.path for c in target if fold(c.name) == fold(code.name)]
    return same_name[0] if len(same_name) == 1 else None


# -- the plan shown before merging -------------------------------------------------------
@dataclass
class SourcePlan:
    """What merging one source would do to the documents and codes, before it is done."""

    path: str
    documents: list[DocumentMatch] = field(default_factory=list)
    codes: list[CodeMatch] = field(default_factory=list)
    codings: int = 0
    suggestions: dict[str, str | None] = field(default_factory=dict)  # unmatched source path -> target path

    def count(self, what: str, how: str) -> int:
        return sum(1 for m in getattr(self, what) if m.how == how)

    @property
    def unmatched(self) -> list[CodeMatch]:
        """Codes that meet no target code: added unless the analyst maps them."""
        return [m for m in self.codes if m.how in ("added", "mapped")]

    def as_dict(self) -> dict:
        return {
            "source": self.path,
            "documents": {how: self.count("documents", how) for how in ("guid", "text", "added")},
            "renamed_documents": [m.name for m in self.documents if m.renamed],
            "codes": {how: self.count("codes", how) for how in ("guid", "path", "mapped", "added")},
            "codings": self.codings,
            "unmatched": [{"code": m.source.path, "suggestion": self.suggestions.get(m.source.path)}
                          for m in self.unmatched],
        }
