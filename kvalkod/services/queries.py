"""Coding queries: which segments were coded with these codes, in this relation to those?

The operators, as an analyst who knows MAXQDA's or NVivo's code queries expects them (the
text syntax is in ``query_language.py``):

- ``A``: the codings of code A and of its sub-codes; ``ONLY A``: of A itself.
- ``A OR B``: the segments of either side (one found on both sides once).
- ``A AND B``: the text coded with both: each stretch of text that lies in a segment of A and
  in a segment of B, overlapping or touching segments of one side taken together. Such a
  stretch is no single coding: its guid is "", its code reads "A ∩ B", and ``sources`` lists
  the codings of either side that overlap it (its coder: theirs, joined with ", ").
- ``A NOT B`` (also ``A AND NOT B``): the segments of A that overlap no segment of B.
- ``A OVERLAPS B``: the segments of A that share at least one character with a segment of B.
- ``A WITHIN B``: the segments of A lying entirely inside one segment of B.
- ``A NEAR/N B``: the segments of A at most N characters away from a segment of B (the gap
  between them; touching and overlapping segments are 0 apart).
  ``A NEAR/PARAGRAPH B``: the segments of A sharing a paragraph with a segment of B;
  ``A NEAR/TURN B``: sharing a speaker turn (a document without turns has none to share).
  NEAR finds the segments of A only; ``(A NEAR/200 B) OR (B NEAR/200 A)`` finds both sides.

OVERLAPS, WITHIN, NEAR and NOT keep A's segments as they are (a coding stays that coding).
Filters narrow what every code of the query stands for: the codings of one coder, in the
named documents, in documents whose variables (their own, or their case's) have one of the
given values (several variables: all must match).

Results are segment dicts as ``coding.list`` gives them (guid, document, code, start, end,
text, coder, memo) plus ``sources``, the guids of the codings each rests on, sorted by
document and start. Codings are fetched once for the codes the query names and evaluated one
document at a time over sorted intervals (``query_eval.py``), so a two-code query over a
200,000-coding study takes a fraction of a second.

A saved query is a named definition ``{"expression": …, "filters": …}`` kept as JSON; its codes
carry their guids so renaming or moving a code keeps the query working. Saving and deleting
are each one undoable action.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import KvalkodError, NotFoundError
from ..store.stamps import new_guid, utc_now
from ..text.units import paragraph_spans
from . import query_language as language
from .codebook import split_path
from .query_eval import Node, Segment, evaluate

if TYPE_CHECKING:
    from .project import Project


def check_definition(definition: Any) -> dict:
    """A definition as given in JSON, checked and in canonical form (every filter present)."""
    if not isinstance(definition, dict) or "expression" not in definition:
        raise KvalkodError("a query definition is an object with an 'expression' (and optional 'filters')")
    extra = set(definition) - {"expression", "filters"}
    if extra:
        raise KvalkodError(f"a query definition has no {sorted(extra)[0]!r}")
    expression = definition["expression"]
    if isinstance(expression, str):
        expression = language.parse(expression)
    filters = definition.get("filters") or {}
    if not isinstance(filters, dict) or set(filters) - {"coder", "documents", "variables"}:
        raise KvalkodError("a query's filters are 'coder', 'documents' and 'variables'")
    coder = filters.get("coder") or None
    documents = filters.get("documents") or []
    variables = filters.get("variables") or {}
    if coder is not None and not isinstance(coder, str):
        raise KvalkodError("a query's coder filter is a coder's name")
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise KvalkodError("a query's documents filter is a list of document names")
    if not isinstance(variables, dict) or not all(
            isinstance(v, list) and v and all(isinstance(x, str) for x in v) for v in variables.values()):
        raise KvalkodError("a query's variables filter is {variable: [value, …]}")
    return {"expression": language.check(expression),
            "filters": {"coder": coder, "documents": list(documents),
                        "variables": {name: list(values) for name, values in variables.items()}}}


def describe_filters(filters: dict) -> str:
    """A definition's filters in one line: ``coder=Anna doc=intervju-1 roll=chef|handläggare``."""
    parts = [f"coder={filters['coder']}"] if filters["coder"] else []
    parts += [f"doc={d}" for d in filters["documents"]]
    parts += [f"{name}={'|'.join(values)}" for name, values in filters["variables"].items()]
    return " ".join(parts)


class QueryService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- definitions ---------------------------------------------------------------------
    def definition(self, expression: str | dict, *, coder: str | None = None, documents: list[str] | None = None,
                   variables: dict[str, list[str]] | None = None) -> dict:
        """A checked definition from a query text (or expression) and filters."""
        return check_definition({"expression": expression, "filters": {
            "coder": coder, "documents": list(documents or []), "variables": dict(variables or {})}})

    # -- running -------------------------------------------------------------------------
    def run(self, query: dict | str) -> list[dict]:
        """The segments a definition finds, or (given a name) a saved query finds."""
        definition = self.get(query)["definition"] if isinstance(query, str) else check_definition(query)
        expression = self._resolve(definition["expression"])
        leaves = list(language.codes(expression))
        code_sets = [set(self._code_ids(leaf)) for leaf in leaves]
        filters = definition["filters"]
        coder_id = self._coder_id(filters["coder"])
        scope = self._documents(filters["documents"], filters["variables"])
        rows = self.store.codings.for_query(sorted(set().union(*code_sets)), coder_id)
        names = {
            "code": {c.id: c.path for c in self.store.codes.all()},
            "coder": {c.id: c.name for c in self.store.coders.all()},
            "document": {d.id: d.name for d in self.store.documents.all()},
        }
        root = _compile(expression, iter(range(len(leaves))))
        found: list[dict] = []
        start = 0
        while start < len(rows):
            doc_id = rows[start][0]
            stop = start
            while stop < len(rows) and rows[stop][0] == doc_id:
                stop += 1
            if scope is None or doc_id in scope:
                found += self._in_document(root, rows, start, stop, code_sets, names)
            start = stop
        found.sort(key=lambda seg: seg["document"])  # stable: each document's segments stay in text order
        return found

    def _in_document(self, root: Node, rows: list[tuple], start: int, stop: int, code_sets: list[set[int]],
                     names: dict[str, dict[int, str]]) -> list[dict]:
        doc_id = rows[start][0]
        paths = names["code"]
        leaves: dict[int, list[Segment]] = {}
        for i in range(start, stop):
            _, s, e, code_id, *_ = rows[i]
            for k, ids in enumerate(code_sets):
                if code_id in ids:
                    leaves.setdefault(k, []).append((s, e, paths[code_id], (i,), False))
        cache: dict[str, Any] = {}

        def text() -> str:
            if "text" not in cache:
                cache["text"] = self.store.documents.text(doc_id)
            return cache["text"]

        def units(kind: str) -> list[tuple[int, int]]:
            if kind not in cache:
                cache[kind] = (paragraph_spans(text()) if kind == "paragraph" else
                               [(t.start, t.end) for t in self.store.documents.turns(doc_id)])
            return cache[kind]

        segments = evaluate(root, leaves, units)
        if not segments:
            return []
        body, coders, document = text(), names["coder"], names["document"][doc_id]
        out = []
        for s, e, label, sources, derived in segments:
            if derived:
                guid, coder, memo = "", ", ".join(sorted({coders[rows[i][4]] for i in sources})), ""
            else:
                guid, coder, memo = rows[sources[0]][5], coders[rows[sources[0]][4]], rows[sources[0]][6]
            out.append({"guid": guid, "document": document, "code": label, "start": s, "end": e,
                        "text": body[s:e], "coder": coder, "memo": memo,
                        "sources": [rows[i][5] for i in sources]})
        return out

    def _resolve(self, node: dict) -> dict:
        """The expression with each code at its current path (found by guid if it has one, else
        by path) and its guid; every code not in the codebook is named at once."""
        by_guid = {c.guid: c for c in self.store.codes.all()}
        by_path = self.store.codes.by_path()
        missing: list[str] = []

        def walk(n: dict) -> dict:
            if "code" not in n:
                return {**n, "left": walk(n["left"]), "right": walk(n["right"])}
            code = by_guid.get(n.get("guid", "")) or by_path.get("/".join(split_path(n["code"])))
            if code is None:
                missing.append(n["code"])
                return n
            return {**n, "code": code.path, "guid": code.guid}

        resolved = walk(node)
        if missing:
            names = ", ".join(repr(m) for m in dict.fromkeys(missing))
            raise NotFoundError(f"no code {names} in the codebook" if len(missing) == 1
                                else f"no codes {names} in the codebook")
        return resolved

    def _code_ids(self, leaf: dict) -> list[int]:
        code = self.store.codes.by_path()[leaf["code"]]
        return self.store.codes.subtree_ids(code.id) if leaf.get("subcodes", True) else [code.id]

    def _coder_id(self, name: str | None) -> int | None:
        if name is None:
            return None
        found = self.store.coders.find(name)
        if found is None:
            raise NotFoundError(f"no coder named {name!r}")
        return found.id

    def _documents(self, names: list[str], variables: dict[str, list[str]]) -> set[int] | None:
        """Ids of the documents the filters leave, or None for all of them."""
        if not names and not variables:
            return None
        docs = [self.project.documents.get(n) for n in names] if names else self.store.documents.all()
        if variables:
            known = {row["variable"] for row in self.project.variables.list()}
            for name in variables:
                if name not in known:
                    raise NotFoundError(f"no variable named {name!r}")
            values = self.project.variables.by_document()
            docs = [d for d in docs if all(values.get(d.name, {}).get(name) in wanted
                                           for name, wanted in variables.items())]
        return {d.id for d in docs}

    # -- saved queries -------------------------------------------------------------------
    def list(self) -> list[dict]:
        """Every saved query: name, guid, definition, expression (its text), created_at, updated_at."""
        return [self._saved(row) for row in self.store.saved_queries.all()]

    def get(self, name: str) -> dict:
        row = self.store.saved_queries.find(name.strip())
        if row is None:
            raise NotFoundError(f"no saved query named {name!r}")
        return self._saved(row)

    def save(self, name: str, definition: dict) -> dict:
        """Save (or replace) the query ``name``: one undoable action."""
        name = name.strip()
        if not name:
            raise KvalkodError("a saved query needs a name")
        checked = check_definition(definition)
        checked["expression"] = self._resolve(checked["expression"])
        stored = json.dumps(checked, ensure_ascii=False, sort_keys=True)
        existing = self.store.saved_queries.find(name)
        now = utc_now()
        with self.project.action(f"save query {name}") as uow:
            if existing is None:
                self.store.saved_queries.insert(uow, {"guid": new_guid(), "name": name, "definition": stored,
                                                      "created_at": now, "updated_at": now})
            elif existing["definition"] != stored:
                self.store.saved_queries.update(uow, existing["id"], {"definition": stored, "updated_at": now})
        return self.get(name)

    def delete(self, name: str) -> None:
        row = self.store.saved_queries.find(name.strip())
        if row is None:
            raise NotFoundError(f"no saved query named {name!r}")
        with self.project.action(f"delete query {row['name']}") as uow:
            self.store.saved_queries.delete(uow, row["id"])

    def _saved(self, row: dict) -> dict:
        definition = check_definition(json.loads(row["definition"]))
        by_guid = {c.guid: c for c in self.store.codes.all()}

        def current(n: dict) -> dict:
            if "code" not in n:
                return {**n, "left": current(n["left"]), "right": current(n["right"])}
            code = by_guid.get(n.get("guid", ""))
            return {**n, "code": code.path} if code is not None else n

        definition["expression"] = current(definition["expression"])
        return {"name": row["name"], "guid": row["guid"], "definition": definition,
                "expression": language.to_text(definition["expression"]),
                "created_at": row["created_at"], "updated_at": row["updated_at"]}


def _compile(node: dict, numbers) -> Node:
    if "code" in node:
        return Node("code", leaf=next(numbers))
    left = _compile(node["left"], numbers)
    right = _compile(node["right"], numbers)
    return Node(node["op"], left=left, right=right, distance=node.get("distance"),
                label=language.label(node) if node["op"] == "and" else "")
