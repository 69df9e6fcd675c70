"""Commands for the stored report outline: draft it from the codebook, list and edit it.

``kvalkod report`` writes the stored outline when the project has one; these commands are
how a script builds or adjusts it (the app has its outline editor).
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import KvalkodError
from ..services.outline import KINDS
from ..services.theme_matrix import MEASURES
from .common import KvalkodGroup, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(outline)


@click.group(cls=KvalkodGroup)
def outline() -> None:
    """The report outline: chapters, texts, quotes, scenes, summaries, matrices, appendices."""


@outline.command("draft")
@project_argument
@click.option("--replace", is_flag=True, help="replace the stored outline (undo brings it back)")
@click.option("--quotes", type=click.IntRange(min=0), help="at most this many quotes per code (default 5)")
def outline_draft(project: Path, replace: bool, quotes: int | None) -> None:
    """Store the outline drafted from the codebook, to be edited from there."""
    with opened(project) as p:
        if p.outline.items() and not replace:
            raise KvalkodError(f"{project.name} has a report outline already; "
                               "give --replace to draft it anew (undo brings the old one back)")
        items = p.outline.draft(replace=replace, quotes=quotes)
    click.echo(f"drafted {len(items)} outline items")


@outline.command("list")
@project_argument
@json_option
def outline_list(project: Path, as_json: bool) -> None:
    """The outline in order: ``[{"guid","kind","text","options","codings","scene","summary"}]``."""
    with opened(project) as p:
        items = p.outline.items()
        if as_json:
            print_json(items)
            return
        titles = {s["guid"]: s["title"] for s in p.scenes.list()}
        codes = {s["guid"]: s["code"] for s in p.summaries.list()}
    for index, item in enumerate(items):
        text = " ".join(item["text"].split())
        if item["kind"] == "scene":
            text = f"Scen: {titles.get(item['scene'], '?')}"
        elif item["kind"] == "summary":
            text = text or f"summary of {codes.get(item['summary'], '?')}"
        elif item["kind"] == "quote":
            text = f"{len(item['codings'])} coding(s)"
        click.echo(f"{index}\t{item['guid']}\t{item['kind']}\t{text[:80]}{'…' if len(text) > 80 else ''}")


@outline.command("add")
@project_argument
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--text", default="", help="the heading or text (chapter, section, heading, paragraph, bullets …)")
@click.option("--at", type=click.IntRange(min=0), help="the index to insert at (default: the end)")
@click.option("--coding", "codings", multiple=True, metavar="GUID", help="a coding a quote shows (repeatable)")
@click.option("--scene", metavar="GUID", help="the scene a scene item shows")
@click.option("--summary", metavar="GUID", help="the summary a summary item shows")
@click.option("--rows", metavar="case|document|var:NAME", help="a matrix's rows (default: case)")
@click.option("--measure", type=click.Choice(MEASURES), help="what a matrix counts (default: segments)")
@click.option("--code", "codes", multiple=True, metavar="CODE", help="a column of a matrix (repeatable)")
@click.option("--theme", metavar="THEME", help="a matrix's columns are this theme's sub-codes")
@click.option("--themes", is_flag=True, help="a matrix has one column per theme, its sub-codes rolled up")
@click.option("--rollup", is_flag=True, help="each column of a matrix counts its code's sub-codes too")
@click.option("--totals", is_flag=True, help="a matrix ends in a totals row and column")
def outline_add(project: Path, kind: str, text: str, at: int | None, codings: tuple[str, ...],
                scene: str | None, summary: str | None, rows: str | None, measure: str | None,
                codes: tuple[str, ...], theme: str | None, themes: bool, rollup: bool, totals: bool) -> None:
    """Add an item to the outline. Prints its guid."""
    for flag, value, wanted in (("--scene", scene, "scene"), ("--summary", summary, "summary")):
        if value and kind != wanted:
            raise KvalkodError(f"{flag} is for a {wanted} item, not a {kind}")
    options = {k: v for k, v in (("rows", rows), ("measure", measure), ("codes", list(codes)), ("theme", theme),
                                 ("themes", themes), ("rollup", rollup), ("totals", totals)) if v}
    if options and kind != "matrix":
        raise KvalkodError(f"--{next(iter(options))} is for a matrix item, not a {kind}")
    with opened(project) as p:
        item = p.outline.add(kind, text, at=at, codings=codings, scene=scene, summary=summary,
                             options=options or None)
    click.echo(item["guid"])


@outline.command("move")
@project_argument
@click.argument("guid")
@click.argument("index", type=click.IntRange(min=0))
def outline_move(project: Path, guid: str, index: int) -> None:
    """Move an item to INDEX (0 is the first)."""
    with opened(project) as p:
        p.outline.move(guid, index)


@outline.command("remove")
@project_argument
@click.argument("guid")
def outline_remove(project: Path, guid: str) -> None:
    """Remove an item from the outline."""
    with opened(project) as p:
        p.outline.remove(guid)
