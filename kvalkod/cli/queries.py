"""Commands about coding queries: query (run, save), queries (list), query-delete."""

from __future__ import annotations

from pathlib import Path

import click

from ..services.queries import describe_filters
from .common import json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (query, queries, query_delete):
        cli.add_command(command)


@click.command()
@project_argument
@click.argument("expression", required=False, metavar="EXPR")
@click.option("--saved", "saved_name", metavar="NAME", help="run the saved query NAME instead of EXPR")
@click.option("--var", "assignments", multiple=True, metavar="NAME=VALUE",
              help="only documents (or their cases) with this value; repeat a NAME for either of two values")
@click.option("--coder", help="only this coder's codings")
@click.option("--doc", "docs", multiple=True, help="only this document (repeatable)")
@click.option("--save", "save_as", metavar="NAME", help="also save the query under NAME (replacing one so named)")
@json_option
def query(project: Path, expression: str | None, saved_name: str | None, assignments: tuple[str, ...],
          coder: str | None, docs: tuple[str, ...], save_as: str | None, as_json: bool) -> None:
    """The segments a coding query finds, e.g. '"Rörelse till brukaren" AND NOT Aktörer'.

    Operators: AND, OR, NOT, OVERLAPS, WITHIN, NEAR/N, NEAR/PARAGRAPH, NEAR/TURN, ONLY (a code
    without its sub-codes), parentheses; quote code paths with spaces."""
    from ..services.variables import parse_assignment

    if (expression is None) == (saved_name is None):
        raise click.UsageError("give a query EXPR or --saved NAME (one of them)")
    if saved_name is not None and save_as is not None:
        raise click.UsageError("--save goes with EXPR; a saved query is saved already")
    variables: dict[str, list[str]] = {}
    for text in assignments:
        name, value = parse_assignment(text)
        variables.setdefault(name, []).append(value)
    with opened(project) as p:
        if saved_name is not None:
            definition = p.queries.get(saved_name)["definition"]
            filters = definition["filters"]
            # filters given on the command line take the place of the saved ones of their kind
            definition = p.queries.definition(definition["expression"], coder=coder or filters["coder"],
                                              documents=list(docs) or filters["documents"],
                                              variables=variables or filters["variables"])
        else:
            definition = p.queries.definition(expression, coder=coder, documents=list(docs), variables=variables)
        rows = p.queries.run(definition)
        if save_as is not None:
            p.queries.save(save_as, definition)
            click.echo(f"saved query {save_as.strip()}", err=True)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        text = " ".join(r["text"].split())
        click.echo(f"{r['document']}\t{r['start']}–{r['end']}\t{r['code']}\t{r['coder']}\t"
                   f"{text[:80]}{'…' if len(text) > 80 else ''}")


@click.command()
@project_argument
@json_option
def queries(project: Path, as_json: bool) -> None:
    """The saved queries: [{name, guid, expression, definition, created_at, updated_at}]."""
    with opened(project) as p:
        rows = p.queries.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        filters = describe_filters(r["definition"]["filters"])
        click.echo(f"{r['name']}\t{r['expression']}" + (f"\t{filters}" if filters else ""))


@click.command("query-delete")
@project_argument
@click.argument("name")
def query_delete(project: Path, name: str) -> None:
    """Delete the saved query NAME (undo brings it back)."""
    with opened(project) as p:
        p.queries.delete(name)
    click.echo(f"deleted query {name}")
