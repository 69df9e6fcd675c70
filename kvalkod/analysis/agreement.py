"""The arithmetic of inter-coder agreement: spans as sorted intervals, 2×2 tables, and the
statistics over them, computed exactly (as fractions).

At the level of characters every character of a document is a unit with two binary ratings
("coded with this code" by coder A, by coder B). Counting them one by one would cost a
Python loop over millions of characters; the four cells of the table are lengths of unions
and intersections of each coder's sorted spans instead, so the cost follows the number of
codings, not the length of the text.

Percent agreement, Cohen's kappa and Krippendorff's alpha (nominal, two coders, no missing
values) are all functions of the four cells. Kappa takes each coder's own proportions as the
chance model, alpha the pooled ones with the small-sample correction (n − 1)/n, so the two are
close on long texts and apart on short ones; both are computed here from the table, exactly.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

from .spans import Span, covered, intersection


def matched(own: Sequence[tuple], other: Sequence[tuple], threshold: Fraction) -> list[bool]:
    """For each segment of ``own`` ((start, end, ...) tuples), whether a segment of ``other``
    shares characters with it, at least ``threshold`` of the extent the two cover together.

    ``other`` sorted by start, with the running furthest end, answers "which overlap" with a
    binary search and a short scan instead of comparing every pair."""
    other = sorted(other)
    starts = [s[0] for s in other]
    reach, furthest = [], 0
    for s in other:
        furthest = max(furthest, s[1])
        reach.append(furthest)
    num, den = threshold.numerator, threshold.denominator
    out = []
    for segment in own:
        start, end = segment[0], segment[1]
        hi = bisect.bisect_left(starts, end)
        lo = bisect.bisect_right(reach, start, 0, hi)
        # shared / combined extent >= num / den, in integers; o[1] > start: they do overlap
        out.append(any(o[1] > start and (min(end, o[1]) - max(start, o[0])) * den
                       >= num * (max(end, o[1]) - min(start, o[0])) for o in other[lo:hi]))
    return out


# -- the 2×2 table ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    """Units rated by two coders: coded by both, by A only, by B only, by neither.

    ``neither`` is None where the unit has no such cell (segments: a unit exists only because
    someone coded it)."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int | None = 0

    def __add__(self, other: "Table") -> "Table":
        neither = None if self.neither is None or other.neither is None else self.neither + other.neither
        return Table(self.both + other.both, self.only_a + other.only_a, self.only_b + other.only_b, neither)

    @property
    def units(self) -> int:
        return self.both + self.only_a + self.only_b + (self.neither or 0)

    @property
    def coded(self) -> int:
        """Units at least one coder coded."""
        return self.both + self.only_a + self.only_b

    @classmethod
    def of_characters(cls, a: Sequence[Span], b: Sequence[Span], length: int) -> "Table":
        """The table of one document's characters from each coder's merged spans."""
        both = covered(intersection(a, b))
        only_a, only_b = covered(a) - both, covered(b) - both
        return cls(both, only_a, only_b, length - both - only_a - only_b)


def percent(table: Table) -> Fraction | None:
    """Units both coders rated alike, over all units (None without units)."""
    if not table.units:
        return None
    return Fraction(table.both + (table.neither or 0), table.units)


def cohen_kappa(table: Table) -> Fraction | None:
    """(p_o − p_e) / (1 − p_e), p_e from each coder's own proportions.

    In integers: N·agree − Σ marginals products over N² − Σ marginals products. None when the
    table has no "neither" cell or both coders rated every unit the same way (p_e = 1)."""
    if table.neither is None or not table.units:
        return None
    n = table.units
    a_yes, b_yes = table.both + table.only_a, table.both + table.only_b
    chance = a_yes * b_yes + (n - a_yes) * (n - b_yes)
    if chance == n * n:
        return None
    return Fraction(n * (table.both + table.neither) - chance, n * n - chance)


def krippendorff_alpha(table: Table) -> Fraction | None:
    """Krippendorff's alpha for nominal values, two coders, no missing values.

    Each unit adds its pair of values to the coincidence matrix both ways round (weight
    1/(m − 1) = 1 for two coders): o_yes,yes = 2·both, o_no,no = 2·neither, o_yes,no =
    o_no,yes = only_a + only_b, over n = 2N pairable values. Then
    alpha = 1 − D_o/D_e = 1 − (n − 1)·(o_yes,no + o_no,yes) / (n_yes·n_no + n_no·n_yes).
    None when there is no "neither" cell or every value is the same (D_e = 0)."""
    if table.neither is None or not table.units:
        return None
    n = 2 * table.units
    disagree = table.only_a + table.only_b
    n_yes = 2 * table.both + disagree
    n_no = 2 * table.neither + disagree
    if n_yes == 0 or n_no == 0:
        return None
    return 1 - Fraction((n - 1) * 2 * disagree, 2 * n_yes * n_no)


def free_marginal_kappa(agreement: Fraction, categories: int) -> Fraction | None:
    """Brennan & Prediger's kappa: chance agreement is 1/k for k categories (the convention
    MAXQDA uses for segments, where the "neither" cell, and so Cohen's p_e, does not exist)."""
    if categories < 2:
        return None
    chance = Fraction(1, categories)
    return (agreement - chance) / (1 - chance)
