"""The text syntax of coding queries, and the JSON definition it is read into.

What the analyst types in the app's query box or on the command line::

    "Hanteringsstrategier/Rörelse till brukaren" AND NOT Aktörer
    (Arbetsbelastning OR Stress) NEAR/PARAGRAPH ONLY Aktörer

- A code path stands for that code's codings, its sub-codes' included; ``ONLY "Path"`` leaves
  the sub-codes out. A path with spaces, quotes or parentheses, or one spelled like an
  operator, is quoted: ``"…"`` (typographic ``”…”`` too), with ``\\"`` and ``\\\\`` inside.
- Operators, tightest first (the same operator repeats from left to right):
  ``OVERLAPS``, ``WITHIN``, ``NEAR/200``, ``NEAR/PARAGRAPH``, ``NEAR/TURN``; then ``AND`` and
  ``NOT`` (``A AND NOT B`` is ``A NOT B``); then ``OR``. Parentheses group. Keywords may be
  written in lower case.

The definition is plain JSON, so it can be saved in the project and compared: a code is
``{"code": PATH}`` (``"subcodes": false`` for ``ONLY``; saved queries add the code's
``"guid"`` so a renamed code keeps its queries), an operator is
``{"op": "and"|"or"|"not"|"overlaps"|"within", "left": …, "right": …}`` and near is
``{"op": "near", "left": …, "right": …, "distance": N|"paragraph"|"turn"}``.
What each operator finds is written in ``services/queries.py``.

``to_text`` prints a definition back in this syntax with no more parentheses than needed, and
``parse(to_text(d)) == d`` for every definition (a property test checks it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..errors import KvalkodError

BINARY = ("and", "or", "not", "overlaps", "within", "near")
UNITS = ("paragraph", "turn")
_KEYWORDS = {"AND", "OR", "NOT", "OVERLAPS", "WITHIN", "ONLY", "NEAR"}
_QUOTES = '"“”'
_SPECIAL = set(_QUOTES) | {"(", ")", "\\"}
# binding strength: a larger number binds tighter
_LEVEL = {"or": 1, "and": 2, "not": 2, "overlaps": 3, "within": 3, "near": 3}
_NEAR = re.compile(r"^NEAR/(\d+|PARAGRAPH|TURN)$", re.IGNORECASE)
_OPERATORS_HINT = "AND, OR, NOT, OVERLAPS, WITHIN, NEAR/N, NEAR/PARAGRAPH, NEAR/TURN"


class QuerySyntaxError(KvalkodError):
    """A query text that cannot be read; ``position`` is the offset (from 0) of the fault."""

    def __init__(self, message: str, position: int):
        self.position = position
        super().__init__(f"query: {message} at character {position + 1}")


@dataclass(frozen=True)
class Token:
    kind: str  # "(", ")", "code" (a path, quoted or bare) or "op" (a keyword)
    value: Any  # the path, or the operator: "and", "near" …, "only"
    position: int
    raw: str  # as written, for error messages
    distance: int | str | None = None  # of NEAR


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token(ch, ch, i, ch))
            i += 1
        elif ch in _QUOTES:
            start, i, chars = i, i + 1, []
            while i < n and text[i] not in _QUOTES:
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(text[i])
                i += 1
            if i >= n:
                raise QuerySyntaxError("a quote is not closed (a code path in quotes needs a closing quote)",
                                       start)
            i += 1
            tokens.append(Token("code", "".join(chars), start, text[start:i]))
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in "()" and text[i] not in _QUOTES:
                i += 1
            tokens.append(_word(text[start:i], start))
    return tokens


def _word(word: str, position: int) -> Token:
    upper = word.upper()
    if upper in _KEYWORDS - {"NEAR"}:
        return Token("op", upper.lower(), position, word)
    near = _NEAR.match(word)
    if near:
        unit = near.group(1)
        return Token("op", "near", position, word, int(unit) if unit.isdigit() else unit.lower())
    if upper == "NEAR" or upper.startswith("NEAR/"):
        raise QuerySyntaxError(f"{word!r} needs a distance: NEAR/200 (characters), NEAR/PARAGRAPH or NEAR/TURN",
                               position)
    return Token("code", word, position, word)


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.at = 0

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> dict:
        if not self.tokens:
            raise QuerySyntaxError("the query is empty (write a code path, e.g. \"Aktörer\")", 0)
        node = self.or_expr()
        token = self.peek()
        if token is not None:
            if token.kind == ")":
                raise QuerySyntaxError("')' has no '(' before it", token.position)
            hint = " (put a code path with spaces in quotes)" if token.kind == "code" else ""
            raise QuerySyntaxError(f"expected an operator ({_OPERATORS_HINT}), found {token.raw!r}{hint}",
                                   token.position)
        return node

    def binary(self, ops: tuple[str, ...], operand) -> dict:
        node = operand()
        while (token := self.peek()) is not None and token.kind == "op" and token.value in ops:
            self.take()
            op = token.value
            if op == "and" and (nxt := self.peek()) is not None and nxt.kind == "op" and nxt.value == "not":
                self.take()
                op = "not"
            right = operand()
            node = {"op": op, "left": node, "right": right}
            if op == "near":
                node["distance"] = token.distance
        return node

    def or_expr(self) -> dict:
        return self.binary(("or",), self.and_expr)

    def and_expr(self) -> dict:
        return self.binary(("and", "not"), self.positional)

    def positional(self) -> dict:
        return self.binary(("overlaps", "within", "near"), self.primary)

    def primary(self) -> dict:
        token = self.peek()
        if token is None:
            raise QuerySyntaxError("the query ends where a code path or '(' was expected", len(self.text))
        self.take()
        if token.kind == "(":
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QuerySyntaxError("'(' is not closed", token.position)
            self.take()
            return node
        if token.kind == "code":
            return {"code": token.value}
        if token.kind == "op" and token.value == "only":
            code = self.peek()
            if code is None or code.kind != "code":
                raise QuerySyntaxError("ONLY goes before a code path (ONLY \"Aktörer\": without its sub-codes)",
                                       token.position)
            self.take()
            return {"code": code.value, "subcodes": False}
        if token.kind == "op" and token.value == "not":
            raise QuerySyntaxError("NOT needs a code before it: A NOT B finds the segments of A that overlap "
                                   "no segment of B", token.position)
        raise QuerySyntaxError(f"expected a code path or '(', found {token.raw!r}", token.position)


def parse(text: str) -> dict:
    """The definition of a query text; QuerySyntaxError names the position and token at fault."""
    return _Parser(text).parse()


def quote(path: str) -> str:
    """A code path as the syntax writes it: bare when it can be, quoted otherwise."""
    bare = (path and not any(ch.isspace() or ch in _SPECIAL for ch in path)
            and path.upper() not in _KEYWORDS and not path.upper().startswith("NEAR/"))
    if bare:
        return path
    escaped = "".join("\\" + ch if ch in _QUOTES or ch == "\\" else ch for ch in path)
    return f'"{escaped}"'


def _operator(node: dict) -> str:
    if node["op"] == "near":
        distance = node["distance"]
        return f"NEAR/{distance if isinstance(distance, int) else distance.upper()}"
    return node["op"].upper()


def to_text(node: dict) -> str:
    """The query text of a definition's expression."""
    if "code" in node:
        return ("" if node.get("subcodes", True) else "ONLY ") + quote(node["code"])
    level = _LEVEL[node["op"]]
    left, right = to_text(node["left"]), to_text(node["right"])
    if "op" in node["left"] and _LEVEL[node["left"]["op"]] < level:
        left = f"({left})"
    if "op" in node["right"] and _LEVEL[node["right"]["op"]] <= level:
        right = f"({right})"
    return f"{left} {_operator(node)} {right}"


def label(node: dict) -> str:
    """How a segment found by AND names what it was coded with: ``A ∩ B`` (code paths bare)."""
    if "code" in node:
        return node["code"] if node.get("subcodes", True) else f"ONLY {node['code']}"
    if node["op"] == "and":
        return f"{_label_part(node['left'])} ∩ {_label_part(node['right'])}"
    return to_text(node)


def _label_part(node: dict) -> str:
    return label(node) if "code" in node or node["op"] == "and" else f"({label(node)})"


def codes(node: dict) -> Iterator[dict]:
    """The code leaves of a definition, left to right."""
    if "code" in node:
        yield node
    else:
        yield from codes(node["left"])
        yield from codes(node["right"])


def check(node: Any, where: str = "expression") -> dict:
    """A definition's expression as given in JSON (a saved query, a script), checked and in its
    canonical form; KvalkodError names the part at fault."""
    if not isinstance(node, dict):
        raise KvalkodError(f"query {where}: expected an object, found {node!r}")
    if "code" in node:
        if not isinstance(node["code"], str) or not node["code"].strip():
            raise KvalkodError(f"query {where}: 'code' must be a code path")
        extra = set(node) - {"code", "subcodes", "guid"}
        if extra:
            raise KvalkodError(f"query {where}: unknown key {sorted(extra)[0]!r} beside 'code'")
        out: dict[str, Any] = {"code": node["code"]}
        if node.get("subcodes", True) is not True:
            if node["subcodes"] is not False:
                raise KvalkodError(f"query {where}: 'subcodes' is true or false")
            out["subcodes"] = False
        if node.get("guid"):
            out["guid"] = str(node["guid"])
        return out
    op = node.get("op")
    if op not in BINARY:
        raise KvalkodError(f"query {where}: 'op' must be one of {', '.join(BINARY)}, not {op!r}")
    keys = {"op", "left", "right"} | ({"distance"} if op == "near" else set())
    if set(node) != keys:
        missing = sorted(keys - set(node))
        raise KvalkodError(f"query {where}: {op} needs " + (f"{missing[0]!r}" if missing else
                           f"only {', '.join(sorted(keys))}, not {sorted(set(node) - keys)[0]!r}"))
    out = {"op": op, "left": check(node["left"], f"{where}.left"), "right": check(node["right"], f"{where}.right")}
    if op == "near":
        distance = node["distance"]
        if not ((isinstance(distance, int) and not isinstance(distance, bool) and distance >= 0)
                or distance in UNITS):
            raise KvalkodError(f"query {where}: near's 'distance' is a number of characters (0 or more), "
                               f"'paragraph' or 'turn', not {distance!r}")
        out["distance"] = distance
    return out
