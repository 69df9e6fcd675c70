"""``kvalkod merge TARGET SOURCE... [--map SOURCE_CODE=TARGET_CODE]... [--dry-run] [--json]``."""

from __future__ import annotations

from pathlib import Path

import click

from .common import json_option, opened, print_json


def register(cli: click.Group) -> None:
    cli.add_command(merge)


@click.command()
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--map", "maps", multiple=True, metavar="SOURCE_CODE=TARGET_CODE",
              help="put a source code that matches nothing into this target code (repeatable)")
@click.option("--dry-run", is_flag=True, help="report what the merge would do and change nothing")
@json_option
def merge(target: Path, sources: tuple[Path, ...], maps: tuple[str, ...], dry_run: bool, as_json: bool) -> None:
    """Merge other analysts' projects into TARGET (backed up first; one undo takes it back).

    Documents meet by guid or identical text, codes by guid or path; a source code that meets
    nothing is added under its parent unless --map names its target code. The sources are
    only read."""
    from ..services.merge import parse_mapping

    mapping = parse_mapping(maps)
    with opened(target) as project:
        report = project.merge.merge(sources, mapping=mapping, dry_run=dry_run)
    if as_json:
        print_json(report.as_dict())
        return
    names = ", ".join(p.name for p in sources)
    if dry_run:
        click.echo(f"dry run of merging {names} into {target}: nothing was changed")
    else:
        click.echo(f"merged {names} into {target}")
    for line in report.summary_lines():
        click.echo(line)
