"""Commands about networks: cooccurrence (codes that meet in the text) and actors (the signed
network of co- and counter-actors)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import KvalkodError
from ..services.networks import (
    DEFAULT_ACTOR_ROOT,
    DEFAULT_EGO,
    DEFAULT_VALUE_ROOT,
    LAYOUTS,
    MODES,
    table,
)
from .common import json_option, opened, print_json, project_argument

out_option = click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
                          help="write FILE.graphml, FILE.csv (an edge list) or FILE.svg (a drawing)")
layout_option = click.option("--layout", type=click.Choice(LAYOUTS), default="spring", show_default=True,
                             help="how an SVG drawing places the nodes")
min_option = click.option("--min", "min_weight", type=click.IntRange(min=1), default=1, show_default=True,
                          help="leave out links lighter than this")
coder_filter = click.option("--coder", help="read this coder's codings only")
across_option = click.option("--across-coders", is_flag=True,
                             help="pair codings of different coders too (by default a coding meets only "
                                  "codings of its own coder)")


def register(cli: click.Group) -> None:
    cli.add_command(cooccurrence)
    cli.add_command(actors)


@click.command()
@project_argument
@click.option("--mode", type=click.Choice(MODES), default="overlap", show_default=True,
              help="overlap: pairs of overlapping codings; paragraph: paragraphs holding both codes")
@click.option("--code", "--codes", "codes", multiple=True, metavar="CODE",
              help="only these codes (repeat the option), each with its own codings")
@click.option("--theme", metavar="CODE", help="only the codes in this code's subtree")
@click.option("--level", type=click.IntRange(min=1), help="roll codes up to their ancestor at this depth (1: themes)")
@min_option
@coder_filter
@across_option
@out_option
@layout_option
@json_option
def cooccurrence(project: Path, mode: str, codes: tuple[str, ...], theme: str | None, level: int | None,
                 min_weight: int, coder: str | None, across_coders: bool, out: Path | None, layout: str,
                 as_json: bool) -> None:
    """Which codes meet in the text, and how often: a table, or a network file."""
    with opened(project) as p:
        graph = p.networks.cooccurrence(mode, codes=list(codes) or None, theme=theme, level=level,
                                        min_weight=min_weight, coder=coder, across_coders=across_coders)
        if out is not None:
            p.networks.export(graph, out, layout=layout)
    _report(graph, out, as_json)


@click.command()
@project_argument
@click.option("--root", default=DEFAULT_ACTOR_ROOT, show_default=True, metavar="CODE",
              help="the code whose sub-codes are the actors (their own sub-codes roll up into them)")
@click.option("--values", "values", default=DEFAULT_VALUE_ROOT, show_default=True, metavar="CODE",
              help="the group of value codes, where --sign looks names up ('' for none)")
@click.option("--sign", "signs", multiple=True, metavar="NAME=+|-",
              help="a value code and its sign, + co-actor, - counter-actor (repeat; replaces the default "
                   "Medaktör, Samförstånd +; Motaktör, ”Skav”, Konflikt -)")
@click.option("--ego", default=DEFAULT_EGO, show_default=True, help="the centre node every passage speaks from")
@click.option("--no-ego", is_flag=True, help="actors only, without the centre node")
@min_option
@coder_filter
@across_option
@out_option
@layout_option
@json_option
def actors(project: Path, root: str, values: str, signs: tuple[str, ...], ego: str, no_ego: bool, min_weight: int,
           coder: str | None, across_coders: bool, out: Path | None, layout: str, as_json: bool) -> None:
    """The actor network: co-actor (+) and counter-actor (-) links, weighted by coded segments."""
    with opened(project) as p:
        graph = p.networks.actor_network(root=root, values=values or None,
                                         signs=dict(_sign(s) for s in signs) or None,
                                         ego=None if no_ego else ego, min_weight=min_weight, coder=coder,
                                         across_coders=across_coders)
        if out is not None:
            p.networks.export(graph, out, layout=layout)
    _report(graph, out, as_json)


def _sign(value: str) -> tuple[str, int]:
    """``NAME=+`` or ``NAME=-`` (also +1, -1 and the minus sign −)."""
    name, eq, sign = value.rpartition("=")
    signs = {"+": 1, "+1": 1, "1": 1, "-": -1, "-1": -1, "−": -1, "−1": -1}
    if not eq or not name.strip() or sign.strip() not in signs:
        raise KvalkodError(f"{value!r} is not NAME=+ or NAME=-")
    return name.strip(), signs[sign.strip()]


def _report(graph, out: Path | None, as_json: bool) -> None:
    data = table(graph)
    if as_json:
        print_json(data)
        return
    if out is not None:
        links = graph.number_of_edges()
        click.echo(f"wrote {len(graph)} nodes and {links} link{'s' if links != 1 else ''} to {out}")
        return
    if not data["edges"]:
        click.echo("no links" + (f" of weight {graph.graph['min_weight']} or more" if graph.graph["min_weight"] > 1 else ""))
    for e in data["edges"]:
        line = f"{e['weight']}\t{e['a']}\t{e['b']}"
        if "sign" in e:
            line += f"\t+{e['positive']} −{e['negative']}\t{'+' if e['sign'] > 0 else '−' if e['sign'] < 0 else '±'}"
        click.echo(line)
