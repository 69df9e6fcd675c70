"""Commands for pseudonyms: the project's list of real names, and checking for leaks.

``names check`` exits 1 when a listed name is found, so a script can stop before it sends an
export out; it prints what it found either way.
"""

from __future__ import annotations

from pathlib import Path

import click

from .common import Failed, KvalkodGroup, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(names)


@click.group(cls=KvalkodGroup)
def names() -> None:
    """Pseudonyms: real names and what replaces them in every export."""


@names.command("set")
@project_argument
@click.argument("pairs", nargs=-1, required=True, metavar="REAL=PSEUDONYM...")
def names_set(project: Path, pairs: tuple[str, ...]) -> None:
    """Add or change pseudonyms, in one action (a multi-word name in quotes: "Karin Berg=Lisa Ek")."""
    from ..services.names import parse_pair

    parsed = [parse_pair(value) for value in pairs]
    with opened(project) as p:
        p.names.set(parsed)
    click.echo(f"set {len(parsed)} pseudonym(s)")


@names.command("list")
@project_argument
@json_option
def names_list(project: Path, as_json: bool) -> None:
    """The real names and their pseudonyms: ``[{"real","pseudonym"}]``."""
    with opened(project) as p:
        rows = p.names.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['real']}\t{r['pseudonym']}")


@names.command("remove")
@project_argument
@click.argument("real")
def names_remove(project: Path, real: str) -> None:
    """Remove a real name from the list."""
    with opened(project) as p:
        p.names.remove(real)


@names.command("check")
@project_argument
@click.option("--file", "files", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              metavar="EXPORT", help="also an exported file (.docx .html .md .txt .csv .xlsx; repeatable)")
@json_option
def names_check(project: Path, files: tuple[Path, ...], as_json: bool) -> None:
    """Where a listed real name still appears: the documents, summaries, scenes, memos and
    the files given. Exit status 1 when one is found, 0 when all is clean."""
    with opened(project) as p:
        found = p.names.check(files)
        listed = len(p.names.list())
    if as_json:
        print_json(found)
    elif found:
        for row in found:
            click.echo(f"{row['where']}\t{row['name']}\t{row['count']}")
    else:
        click.echo(f"none of the {listed} listed names found" if listed else
                   "no names are listed (kvalkod names set PROJECT REAL=PSEUDONYM)")
    if found:
        raise Failed(f"{len(found)} places hold a listed name")
