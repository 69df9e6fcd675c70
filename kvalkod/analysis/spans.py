"""Sets of characters as sorted, disjoint ``[start, end)`` spans: union, intersection and
difference in one pass over both lists.

Agreement (which characters each coder coded) and coding queries (the text coded with both
sides) are both this arithmetic; it follows the number of spans, never the length of a text.
"""

from __future__ import annotations

from typing import Iterable, Sequence

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, disjoint spans covering the same characters (touching spans join)."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def covered(spans: Sequence[Span]) -> int:
    """Characters covered by merged spans."""
    return sum(end - start for start, end in spans)


def intersection(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The characters in both merged span lists (one pass over both)."""
    out: list[Span] = []
    i = j = 0
    na, nb = len(a), len(b)
    while i < na and j < nb:
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return out


def difference(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The characters of merged spans ``a`` that merged spans ``b`` leave uncovered."""
    out: list[Span] = []
    j, nb = 0, len(b)
    for start, end in a:
        while j < nb and b[j][1] <= start:
            j += 1
        k, position = j, start
        while k < nb and b[k][0] < end:
            if b[k][0] > position:
                out.append((position, b[k][0]))
            position = max(position, b[k][1])
            k += 1
        if position < end:
            out.append((position, end))
    return out
