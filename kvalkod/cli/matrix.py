"""Commands for matrices: ``matrix`` (a theme matrix with a measure in each cell) and
``framework`` (the framework matrix of counts and summaries, to Excel).

Files are written with the project's pseudonyms applied; ``--json`` prints the figures with
the names as the project holds them, so a script can match them with ``case list``.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import KvalkodError
from ..services.theme_matrix import MEASURES
from .common import json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(matrix)
    cli.add_command(framework)


def _out_option(help_text: str):
    return click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help=help_text)


def _written(path: Path, write) -> None:
    try:
        write()
    except OSError as exc:
        raise KvalkodError(f"{path}: cannot be written ({exc.strerror or exc})") from None


@click.command()
@project_argument
@click.option("--rows", required=True, metavar="document|case|var:NAME",
              help="the rows: documents, cases, or the values of the variable NAME")
@click.option("--measure", type=click.Choice(MEASURES), default="segments", show_default=True,
              help="coded segments, documents with the code, coded words, or the share of the row's documents")
@click.option("--code", "codes", multiple=True, metavar="CODE", help="a column (repeatable; default: every code in use)")
@click.option("--theme", metavar="THEME", help="the columns are this theme's sub-codes")
@click.option("--themes", is_flag=True,
              help="one column per theme (top-level, or the sub-themes of --theme), its sub-codes rolled up")
@click.option("--rollup", is_flag=True, help="each column counts its code's sub-codes too")
@_out_option("also write the matrix to FILE.csv or FILE.xlsx (names pseudonymised)")
@json_option
def matrix(project: Path, rows: str, measure: str, codes: tuple[str, ...], theme: str | None, themes: bool,
           rollup: bool, out: Path | None, as_json: bool) -> None:
    """A theme matrix: codes (or themes) across documents, cases or a variable's values.

    JSON: {"rows","columns","values","row_totals","column_totals","total","measure","rows_kind",
    "rollup","no_value"}. Totals count each coding, word and document once."""
    from ..exporters.matrix_table import FORMATS, write_matrix

    if out is not None and out.suffix.lower() not in FORMATS:
        raise KvalkodError(f"--out {out}: a matrix is written as {' or '.join(FORMATS)}")
    with opened(project) as p:
        result = p.theme_matrix.matrix(rows, measure, codes=list(codes) or None, theme=theme, themes=themes,
                                       rollup=rollup)
        pseudonymise = p.names.pseudonymiser()
    if out is not None:
        _written(out, lambda: write_matrix(result, out, pseudonymise))
    if as_json:
        print_json(result)
    elif out is not None:
        click.echo(f"wrote {out}: {len(result['rows'])} rows × {len(result['columns'])} columns ({measure})")
    else:
        _print_table(result)


def _print_table(result: dict) -> None:
    """Tab-separated, totals last, shares as percentages."""
    def show(value) -> str:
        if value is None:
            return ""
        return f"{value:.0%}" if result["measure"] == "share" else str(value)

    click.echo("\t".join([result["rows_kind"], *result["columns"], "total"]))
    for name, values, total in zip(result["rows"], result["values"], result["row_totals"]):
        click.echo("\t".join([name, *map(show, values), show(total)]))
    click.echo("\t".join(["total", *map(show, result["column_totals"]), show(result["total"])]))


@click.command()
@project_argument
@click.option("--rows", type=click.Choice(["case", "document"]), default="case", show_default=True)
@click.option("--theme", metavar="THEME", help="the columns are this theme's sub-codes (as the app shows them)")
@click.option("--code", "codes", multiple=True, metavar="CODE", help="a column (repeatable; default: every code in use)")
@_out_option("write the matrix to FILE.xlsx: counts and summaries, wrapped (names pseudonymised)")
@json_option
def framework(project: Path, rows: str, theme: str | None, codes: tuple[str, ...], out: Path | None,
              as_json: bool) -> None:
    """The framework matrix: in each cell the coded segments and the analyst's summary.

    JSON: {"rows","columns","counts","summaries"}."""
    from ..exporters.framework_table import write_framework_xlsx

    if out is None and not as_json:
        raise KvalkodError("give --out FILE.xlsx or --json")
    if out is not None and out.suffix.lower() != ".xlsx":
        raise KvalkodError(f"--out {out}: the framework matrix is written as .xlsx")
    if theme and codes:
        raise KvalkodError("give --theme or --code, not both")
    with opened(project) as p:
        columns = p.framework.theme_codes(theme) if theme else (list(codes) or None)
        result = p.framework.matrix(rows, columns)
        pseudonymise = p.names.pseudonymiser()
    if out is not None:
        _written(out, lambda: write_framework_xlsx(result, out, rows, pseudonymise))
    if as_json:
        print_json(result)
    else:
        click.echo(f"wrote {out}: {len(result['rows'])} rows × {len(result['columns'])} columns")
