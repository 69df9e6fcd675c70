"""Commands about variables and cases: var set|list|import, case add|list."""

from __future__ import annotations

from pathlib import Path

import click

from .common import KvalkodGroup, json_option, opened, parse_assignments, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(var)
    cli.add_command(case)


@click.group(cls=KvalkodGroup)
def var() -> None:
    """Variables of documents and cases (role, office, experience …)."""


@var.command("set")
@project_argument
@click.argument("doc")
@click.argument("assignments", nargs=-1, required=True, metavar="NAME=VALUE...")
@click.option("--case", "is_case", is_flag=True, help="DOC names a case, not a document")
def var_set(project: Path, doc: str, assignments: tuple[str, ...], is_case: bool) -> None:
    """Set variables of a document (or, with --case, of a case)."""
    values = parse_assignments(assignments)
    with opened(project) as p:
        if is_case:
            p.variables.set_for_case(doc, values)
        else:
            p.variables.set(doc, values)
    click.echo(f"set {len(values)} variable{'s' if len(values) != 1 else ''} of {doc}")


@var.command("list")
@project_argument
@json_option
def var_list(project: Path, as_json: bool) -> None:
    """Every variable value: [{variable, type, scope, target, value}]."""
    with opened(project) as p:
        rows = p.variables.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['scope']}\t{r['target']}\t{r['variable']} ({r['type']})\t{r['value']}")


@var.command("import")
@project_argument
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--cases", is_flag=True, help="the first column names cases, not documents")
def var_import(project: Path, table: Path, cases: bool) -> None:
    """Set variables from a .csv or .xlsx table: a row per document (or case), a column per variable."""
    with opened(project) as p:
        count = p.variables.import_table(table, scope="case" if cases else "document")
    click.echo(f"set {count} values from {table}")


@click.group(cls=KvalkodGroup)
def case() -> None:
    """Cases: a person, an office, a meeting."""


@case.command("add")
@project_argument
@click.argument("name")
@click.option("--doc", "docs", multiple=True, help="a document that belongs to the case")
def case_add(project: Path, name: str, docs: tuple[str, ...]) -> None:
    """Create a case, or add documents to an existing one."""
    with opened(project) as p:
        created = p.cases.add(name, docs)
    click.echo(f"{created.name} {created.guid}")


@case.command("list")
@project_argument
@json_option
def case_list(project: Path, as_json: bool) -> None:
    """The cases and their documents."""
    with opened(project) as p:
        rows = p.cases.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['name']}\t{', '.join(r['documents'])}")
