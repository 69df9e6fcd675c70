"""Evaluating a coding query in one document, over sorted intervals.

A query is asked of a whole study (200,000 codings), so nothing here compares every segment
with every other: each operator sorts its right-hand side once and answers "is there a B
segment such that …" for each left-hand segment with a binary search over the starts and a
running maximum of the ends (``_Reach``); AND walks the two merged coverages side by side.
The service (``services/queries.py``) fetches the codings and calls ``evaluate`` per document.

A segment is a tuple ``(start, end, label, sources, derived)``: ``sources`` are the indexes
of the codings it rests on (in the service's list of fetched codings), ``derived`` is true
for the stretches AND makes, which are no single coding.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable

from ..analysis.spans import intersection, merge

Segment = tuple[int, int, str, tuple[int, ...], bool]
Units = Callable[[str], list[tuple[int, int]]]  # "paragraph" | "turn" -> sorted spans of the document


@dataclass(frozen=True)
class Node:
    """A definition made ready to evaluate: code leaves numbered, AND's label worked out."""

    op: str  # "code" or an operator of query_language.BINARY
    leaf: int = -1  # for "code": which list of segments in ``leaves``
    left: "Node | None" = None
    right: "Node | None" = None
    distance: int | str | None = None  # for "near"
    label: str = ""  # for "and": what its segments are called ("A ∩ B")


def evaluate(node: Node, leaves: dict[int, list[Segment]], units: Units) -> list[Segment]:
    """The segments ``node`` finds in one document, sorted by start and end.

    ``leaves[i]`` are the segments of code leaf ``i`` in this document, sorted."""
    if node.op == "code":
        return leaves.get(node.leaf, [])
    left = evaluate(node.left, leaves, units)
    if node.op == "or":
        return _union(left, evaluate(node.right, leaves, units))
    if not left:
        return []
    right = evaluate(node.right, leaves, units)
    if node.op == "and":
        return _intersection(left, right, node.label)
    if node.op == "not":
        return _keep(left, right, _overlapping, keep=False) if right else left
    if not right:
        return []
    if node.op == "overlaps":
        return _keep(left, right, _overlapping)
    if node.op == "within":
        return _keep(left, right, _inside)
    if isinstance(node.distance, int):
        return _keep(left, right, _within_distance(node.distance))
    return _same_unit(left, right, units(node.distance))


class _Reach:
    """Intervals ``(lo, hi)``: is there one with ``lo <= x`` and ``hi >= y``? (log n per question)"""

    def __init__(self, pairs: list[tuple[int, int]]):
        pairs = sorted(pairs)
        self.los = [lo for lo, _ in pairs]
        self.highest: list[int] = []
        top = -(1 << 62)
        for _, hi in pairs:
            top = max(top, hi)
            self.highest.append(top)

    def any(self, x: int, y: int) -> bool:
        i = bisect.bisect_right(self.los, x)
        return i > 0 and self.highest[i - 1] >= y


# Each test turns a left segment [s, e) into the question (x, y) asked of the right segments:
# some right segment [bs, be) with bs <= x and be >= y.
def _overlapping(s: int, e: int) -> tuple[int, int]:
    return e - 1, s + 1  # bs < e and be > s: at least one character in common


def _inside(s: int, e: int) -> tuple[int, int]:
    return s, e  # bs <= s and be >= e


def _within_distance(n: int) -> Callable[[int, int], tuple[int, int]]:
    def test(s: int, e: int) -> tuple[int, int]:
        return e + n, s - n  # the gap between them (0 when they touch or overlap) is at most n
    return test


def _keep(left: list[Segment], right: list[Segment], test, keep: bool = True) -> list[Segment]:
    reach = _Reach([(seg[0], seg[1]) for seg in right])
    return [seg for seg in left if reach.any(*test(seg[0], seg[1])) == keep]


def _same_unit(left: list[Segment], right: list[Segment], spans: list[tuple[int, int]]) -> list[Segment]:
    """Left segments sharing a paragraph (or turn) with a right segment: each segment becomes
    the range of units it overlaps, and two ranges that meet share a unit."""
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]

    def units_of(seg: Segment) -> tuple[int, int]:
        return bisect.bisect_right(ends, seg[0]), bisect.bisect_left(starts, seg[1]) - 1

    ranges = [units_of(seg) for seg in right]
    reach = _Reach([(lo, hi) for lo, hi in ranges if lo <= hi])
    out = []
    for seg in left:
        lo, hi = units_of(seg)
        if lo <= hi and reach.any(hi, lo):
            out.append(seg)
    return out


def _union(a: list[Segment], b: list[Segment]) -> list[Segment]:
    """Both lists' segments, a segment found on both sides once."""
    if not b:
        return a
    if not a:
        return b
    return sorted(set(a) | set(b))


def _intersection(a: list[Segment], b: list[Segment], label: str) -> list[Segment]:
    """The stretches of text covered by both sides, each resting on the segments of either
    side that overlap it."""
    runs = intersection(merge(seg[:2] for seg in a), merge(seg[:2] for seg in b))
    if not runs:
        return []
    run_ends = [e for _, e in runs]
    sources: list[set[int]] = [set() for _ in runs]
    for seg in (*a, *b):
        k = bisect.bisect_right(run_ends, seg[0])
        while k < len(runs) and runs[k][0] < seg[1]:
            sources[k].update(seg[3])
            k += 1
    return [(s, e, label, tuple(sorted(src)), True) for (s, e), src in zip(runs, sources)]
