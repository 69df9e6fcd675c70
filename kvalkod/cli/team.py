"""Commands about team coding: coders, coder color|rename, agreement."""

from __future__ import annotations

from pathlib import Path

import click

from ..services.agreement import UNITS
from .common import KvalkodGroup, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    cli.add_command(coders)
    cli.add_command(coder)
    cli.add_command(agreement)


@click.command()
@project_argument
@json_option
def coders(project: Path, as_json: bool) -> None:
    """The coders, each with a colour and the number of their codings."""
    with opened(project) as p:
        rows = p.coders.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['name']}\t{r['color']}\t{r['codings']} coding{'' if r['codings'] == 1 else 's'}")


@click.group(cls=KvalkodGroup)
def coder() -> None:
    """Change a coder's colour or name."""


@coder.command("color")
@project_argument
@click.argument("name")
@click.argument("color", metavar="#RRGGBB")
def coder_color(project: Path, name: str, color: str) -> None:
    """Show NAME's codings in COLOR."""
    with opened(project) as p:
        changed = p.coders.set_color(name, color)
    click.echo(f"{changed.name} {changed.color}")


@coder.command("rename")
@project_argument
@click.argument("name")
@click.argument("new_name")
def coder_rename(project: Path, name: str, new_name: str) -> None:
    """Rename a coder: every coding of NAME is then shown as NEW_NAME's."""
    with opened(project) as p:
        changed = p.coders.rename(name, new_name)
    click.echo(changed.name)


POOLED = "all codes, pooled"
KAPPAS = {"cohen": "kappa: Cohen's; alpha: Krippendorff's (nominal)",
          "brennan-prediger": "kappa: Brennan & Prediger's (chance 1/k over the k codes compared), pooled only"}


def _number(value: float | None, as_percent: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.1f} %" if as_percent else f"{value:.3f}"


@click.command()
@project_argument
@click.option("--coders", "pair", nargs=2, required=True, metavar="A B", help="the two coders compared")
@click.option("--code", "code_path", help="this code and its sub-codes (each compared on its own)")
@click.option("--unit", type=click.Choice(UNITS), default="characters", show_default=True,
              help="characters: every character a unit; segments: every coded segment a unit")
@click.option("--min-overlap", type=click.FloatRange(0, 100), default=0, show_default=True, metavar="PERCENT",
              help="segments: the share of two segments' combined extent they must share to agree")
@click.option("--all-documents", is_flag=True,
              help="count the documents only one of the two has coded (left out by default)")
@click.option("--disagreements", is_flag=True, help="list the passages one coder coded and the other did not")
@json_option
def agreement(project: Path, pair: tuple[str, str], code_path: str | None, unit: str, min_overlap: float,
              all_documents: bool, disagreements: bool, as_json: bool) -> None:
    """Inter-coder agreement of two coders: percent, Cohen's kappa, Krippendorff's alpha,
    per code and pooled over the codes."""
    with opened(project) as p:
        result = p.agreement.compare(*pair, code=code_path, unit=unit, min_overlap=min_overlap,
                                     all_documents=all_documents, disagreements=disagreements)
    if as_json:
        print_json(result)
        return
    a, b = result["coders"]
    click.echo(f"{a} and {b}; unit: {result['unit']} ({result['unit_rule']})")
    n = len(result["documents"])
    click.echo(f"{n} document{'' if n == 1 else 's'} compared" + "".join(
        f"; left out {e['document']} (coded by {e['coded_by']} only)"
        for e in result["excluded_documents"]))
    width = max([len(POOLED), *map(len, result["per_code"])])
    click.echo(f"{'code':{width}}  {'percent':>8}  {'kappa':>6}  {'alpha':>6}  {'units':>9}")
    for name, row in [(POOLED, result), *result["per_code"].items()]:
        line = (f"{name:{width}}  {_number(row['percent'], True):>8}  {_number(row['kappa']):>6}  "
                f"{_number(row['alpha']):>6}  {row['units']:>9}")
        click.echo(line + (f"  ({row['reason']})" if row["percent"] is None and name != POOLED else ""))
    click.echo(f"pooled: {result['pooled']}")
    click.echo(KAPPAS[result["kappa_method"]] + (f"; {result['reason']}" if result["reason"] else ""))
    for d in result.get("disagreements", []):
        text = " ".join(d["text"].split())
        click.echo(f"{d['document']}\t{d['start']}–{d['end']}\t{d['code']}\t{d['coder']} only\t"
                   f"{text[:80]}{'…' if len(text) > 80 else ''}")
