"""Commands for REFI-QDA project exchange: qdpx export|import (codebooks: ``qdc``, in codebook.py)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import KvalkodGroup, coder_option, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(qdpx)


@click.group(cls=KvalkodGroup)
def qdpx() -> None:
    """Exchange whole projects with other tools (REFI-QDA .qdpx)."""


@qdpx.command("export")
@project_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pseudonymise", is_flag=True,
              help="replace the real names of the name list everywhere (texts, names, memos) before writing")
def qdpx_export(project: Path, file: Path, pseudonymise: bool) -> None:
    """Write the whole project as a REFI-QDA .qdpx file (schema-valid; kvalkod.json inside keeps the rest)."""
    with opened(project) as p:
        counts = p.exchange.export_qdpx(file, pseudonymise=pseudonymise)
    click.echo(f"wrote {file} ({counts['documents']} documents, {counts['codes']} codes, "
               f"{counts['codings']} codings{', pseudonymised' if pseudonymise else ''})")


@qdpx.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@project_argument
@coder_option
@json_option
def qdpx_import(file: Path, project: Path, coder: str | None, as_json: bool) -> None:
    """Import a REFI-QDA .qdpx into PROJECT (created if missing; an existing one must be empty).

    Prints what was added and every element that could not be carried over."""
    from ..services.exchange import import_qdpx

    report = import_qdpx(file, project, coder=coder)
    if as_json:
        print_json(report.to_dict())
        return
    added = ", ".join(f"{n} {k}" for k, n in report.added.items())
    click.echo(f"imported {file} into {project}: {added}")
    for line in report.lines():
        click.echo(line)
