"""Gluing two line fragments together: a space, nothing, or a kept hyphen.

Shared by the re-flow of body paragraphs and of lifted footnote bodies, so that a word
broken across lines is joined the same way wherever it sits.
"""

from __future__ import annotations

from .anchors import visible
from .hyphens import Decision, Vocabulary, decide, ends_with_break_hyphen


def glue(
    left: str, right: str, vocab: Vocabulary, *, left_end: str | None = None, right_start: str | None = None
) -> tuple[str, Decision | None]:
    """Join ``left`` and ``right``; return the text and the hyphen decision, if any.

    Only the ends matter, so callers that already know the anchor-free end of ``left``
    and start of ``right`` pass them in (looking at a whole paragraph per join would be
    quadratic).
    """
    if not left:
        return right, None
    if not right:
        return left, None
    vl = left_end if left_end is not None else visible(left[-120:])
    vr = right_start if right_start is not None else visible(right[:120])
    if ends_with_break_hyphen(vl) and left.endswith("-") and vr:
        d = decide(vl, vr, vocab)
        return left[:-1] + d.glue + right, d
    if vl.endswith(("–", "-")) and len(vl) >= 2 and vl[-2].isdigit() and vr[:1].isdigit():
        return left + right, None  # a number range broken after its dash: "2016–" + "2019"
    if vl.endswith("/") and not vl.endswith(" /"):
        return left + right, None  # "tips/" + "anmälan"
    return left + " " + right, None
