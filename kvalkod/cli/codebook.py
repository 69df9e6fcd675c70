"""Commands about the codebook: codes, code add|rename|move|merge|delete|edit, qdc import|export."""

from __future__ import annotations

from pathlib import Path

import click

from .common import KvalkodGroup, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(codes)
    cli.add_command(code)
    cli.add_command(qdc)


@click.command()
@project_argument
@json_option
def codes(project: Path, as_json: bool) -> None:
    """The codebook as a tree, with the number of codings of each code."""
    with opened(project) as p:
        rows = p.codebook.tree_with_counts()
    if as_json:
        print_json([{k: r[k] for k in ("path", "guid", "color", "count")} for r in rows])
        return
    for r in rows:
        depth = r["path"].count("/")
        click.echo(f"{'  ' * depth}{r['path'].rsplit('/', 1)[-1]}  ({r['count']})  {r['color']}")


@click.group(cls=KvalkodGroup)
def code() -> None:
    """Change the codebook."""


@code.command("add")
@project_argument
@click.argument("code_path", metavar="CODE")
@click.option("--color", help="#RRGGBB (default: a free colour)")
@click.option("--description", default="", help="definition, inclusion and exclusion criteria")
def code_add(project: Path, code_path: str, color: str | None, description: str) -> None:
    """Add a code; its parents are created as needed."""
    with opened(project) as p:
        created = p.codebook.add(code_path, color=color, description=description)
    click.echo(f"added {created.path} {created.color}")


@code.command("rename")
@project_argument
@click.argument("code_path", metavar="CODE")
@click.argument("new_name", metavar="NEW_NAME")
def code_rename(project: Path, code_path: str, new_name: str) -> None:
    """Rename a code (its place in the tree stays)."""
    with opened(project) as p:
        renamed = p.codebook.rename(code_path, new_name)
    click.echo(f"renamed to {renamed.path}")


@code.command("move")
@project_argument
@click.argument("code_path", metavar="CODE")
@click.argument("target", metavar="TARGET", required=False, default="")
def code_move(project: Path, code_path: str, target: str) -> None:
    """Move a code under TARGET (or to the top level when TARGET is empty or '/')."""
    with opened(project) as p:
        moved = p.codebook.move(code_path, target.strip("/") or None)
    click.echo(f"moved to {moved.path}")


@code.command("merge")
@project_argument
@click.argument("code_path", metavar="CODE")
@click.argument("target", metavar="TARGET")
def code_merge(project: Path, code_path: str, target: str) -> None:
    """Merge CODE into TARGET: codings and sub-codes move, CODE is removed."""
    with opened(project) as p:
        merged = p.codebook.merge(code_path, target)
    click.echo(f"merged {code_path} into {merged.path}")


@code.command("delete")
@project_argument
@click.argument("code_path", metavar="CODE")
def code_delete(project: Path, code_path: str) -> None:
    """Delete a code with its sub-codes and codings (undo brings them back)."""
    with opened(project) as p:
        count = p.codebook.delete(code_path)
    click.echo(f"deleted {count} code{'s' if count != 1 else ''}")


@code.command("edit")
@project_argument
@click.argument("code_path", metavar="CODE")
@click.option("--color", help="#RRGGBB")
@click.option("--description", help="definition, inclusion and exclusion criteria")
def code_edit(project: Path, code_path: str, color: str | None, description: str | None) -> None:
    """Change a code's colour or description."""
    with opened(project) as p:
        edited = p.codebook.describe(code_path, description=description, color=color)
    click.echo(f"{edited.path} {edited.color}")


@click.group(cls=KvalkodGroup)
def qdc() -> None:
    """Exchange codebooks with other tools (REFI-QDA .qdc)."""


@qdc.command("export")
@project_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def qdc_export(project: Path, file: Path) -> None:
    """Write the codebook as a REFI-QDA .qdc file (real names replaced by their pseudonyms)."""
    from ..exporters.qdc import pseudonymised_nodes, write_codebook

    with opened(project) as p:
        nodes = pseudonymised_nodes(p.codebook.nodes(), p.names.pseudonymiser())
    write_codebook(nodes, file)
    click.echo(f"wrote {file} ({sum(1 for _ in _walk(nodes))} codes)")


@qdc.command("import")
@project_argument
@click.argument("file", type=click.Path(path_type=Path))
def qdc_import(project: Path, file: Path) -> None:
    """Add the codes of a REFI-QDA .qdc file (codes already present are matched, not doubled)."""
    from ..importers.qdc import read_codebook

    nodes, warnings = read_codebook(file)
    for warning in warnings:
        click.echo(f"kvalkod: {file}: {warning}", err=True)
    with opened(project) as p:
        added = p.codebook.load(nodes, f"import codebook {file.name}")
    click.echo(f"added {added} codes from {file}")


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)
