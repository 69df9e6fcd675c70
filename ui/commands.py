"""``kvalkod gui``: registered with the core command line as a plugin (entry point group
``kvalkod.commands``), so the core never imports the app."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--open-doc", "open_doc", metavar="DOC", help="open this document")
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path),
              help="render the window to this PNG and exit (works offscreen)")
@click.option("--show", "show", multiple=True, metavar="PANEL",
              type=click.Choice(["documents", "codebook", "segments", "search", "memos", "scenes", "matrix",
                                 "outline", "theme_matrix", "network", "agreement", "team", "queries"]),
              help="bring this panel forward (repeatable), e.g. for a screenshot of the theme matrix")
@click.option("--coder", help="the coder's name")
@click.option("--review", is_flag=True,
              help="open for reviewers: read scenes, summaries and their passages, and comment; change nothing")
def gui(project: Path | None, open_doc: str | None, screenshot: Path | None, show: tuple[str, ...],
        coder: str | None, review: bool) -> None:
    """Open the desktop app (on PROJECT, or the most recent one)."""
    from .app import run

    code = run(project, open_doc=open_doc, screenshot=screenshot, coder=coder, review=review, show=show)
    if code:
        raise click.exceptions.Exit(code)
