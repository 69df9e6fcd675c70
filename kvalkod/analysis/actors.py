"""The actor network's evidence: which actors a passage is about, and with what value.

The study codes actors (Arbetsförmedlingen, the health care, employers …) and, across them,
value codes saying how the handläggare meets that actor: as a co-actor (Medaktör,
Samförstånd) or a counter-actor (Motaktör, ”Skav”, Konflikt). The handläggare's own agency,
Försäkringskassan, is the ego every passage speaks from. One piece of evidence, a *unit*, is:

- ego – actor X: one coding of X (or of a sub-code of X), valued by the value codings that
  overlap it;
- actor X – actor Y: one pair of overlapping codings of X and Y, valued by the value codings
  that overlap the stretch the two share.

A unit is positive if any value coding with sign +1 meets it, negative if any with −1 does
(both at once is possible: "a co-actor, with friction"); a unit no value code meets is left
out, since it says nothing about co- or counter-actorship. As in co-occurrence, codings meet
only codings of the same coder unless ``across_coders``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

from .cooccurrence import CODE, CODER, DOC, END, ID, START, Row, overlapping

EGO = -1  # the ego's node key; actors are keyed by their code ids, which are positive


@dataclass(frozen=True)
class Unit:
    a: int  # node keys, a < b (the ego, -1, comes first)
    b: int
    rows: tuple[Row, ...]  # the actor codings the unit rests on
    values: frozenset[int]  # the value codes that meet it
    positive: bool
    negative: bool


def actor_units(actor_rows: Sequence[Row], value_rows: Sequence[Row], actor_of: Mapping[int, int],
                sign_of: Mapping[int, int], *, ego: bool = True, across_coders: bool = False) -> list[Unit]:
    """The valued units of the network, ego units first (each in text order).

    ``actor_of`` maps each actor code id (sub-codes included) to its actor's node key;
    ``sign_of`` maps each value code id to +1 or −1."""
    values = [r for r in value_rows if r[CODE] in sign_of]
    actors = [r for r in actor_rows if r[CODE] in actor_of]
    units: list[Unit] = []
    if ego:
        met = _values_meeting(actors, values, across_coders)
        for row in sorted(actors, key=_text_order):
            unit = _unit(EGO, actor_of[row[CODE]], (row,), met.get(row[ID], ()), sign_of)
            if unit is not None:
                units.append(unit)
    pairs = [(x, y) for x, y in overlapping(actors, across_coders=across_coders)
             if actor_of[x[CODE]] != actor_of[y[CODE]]]
    shared = [(x[DOC], max(x[START], y[START]), min(x[END], y[END]), -1, x[CODER], k)
              for k, (x, y) in enumerate(pairs)]
    met = _values_meeting(shared, values, across_coders)
    for k, (x, y) in sorted(enumerate(pairs), key=lambda item: _text_order(shared[item[0]])):
        if actor_of[x[CODE]] > actor_of[y[CODE]]:
            x, y = y, x
        unit = _unit(actor_of[x[CODE]], actor_of[y[CODE]], (x, y), met.get(k, ()), sign_of)
        if unit is not None:
            units.append(unit)
    return units


def _values_meeting(rows: Sequence[Row], values: Sequence[Row], across_coders: bool) -> dict[int, set[int]]:
    """{row id: value code ids overlapping it}."""
    met: dict[int, set[int]] = defaultdict(set)
    for row, value in overlapping(rows, values, across_coders=across_coders):
        met[row[ID]].add(value[CODE])
    return met


def _unit(a: int, b: int, rows: tuple[Row, ...], values, sign_of: Mapping[int, int]) -> Unit | None:
    if not values:
        return None
    return Unit(a, b, rows, frozenset(values), any(sign_of[v] > 0 for v in values),
                any(sign_of[v] < 0 for v in values))


def _text_order(row: Row) -> tuple[int, int, int, int]:
    return row[DOC], row[START], row[END], row[ID]
