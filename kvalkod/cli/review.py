"""Commands for review: the reviewers' HTML page and the comments reviewers leave."""

from __future__ import annotations

from pathlib import Path

import click

from .common import KvalkodGroup, coder_option, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (review_export, comment):
        cli.add_command(command)


@click.command("review-export")
@project_argument
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the page to write (.html)")
def review_export(project: Path, out: Path) -> None:
    """One self-contained HTML page for reviewers: scenes by theme with their passages, the
    summaries, and the open comments; real names replaced by their pseudonyms."""
    from ..exporters.review_html import write_review_html

    with opened(project) as p:
        n = write_review_html(p, out)
    click.echo(f"wrote {out}: {n['scenes']} scenes, {n['passages']} passages, {n['comments']} comments, "
               f"{n['summaries']} summaries")


@click.group(cls=KvalkodGroup)
def comment() -> None:
    """Reviewers' comments on scenes, codings and summaries."""


@comment.command("add")
@project_argument
@click.option("--scene", metavar="GUID", help="comment on this scene")
@click.option("--coding", metavar="GUID", help="comment on this coding")
@click.option("--summary", metavar="GUID", help="comment on this summary")
@click.option("--text", required=True)
@click.option("--author", help="who comments (default: $KVALKOD_CODER or your login)")
def comment_add(project: Path, scene: str | None, coding: str | None, summary: str | None, text: str,
                author: str | None) -> None:
    """Comment on one scene, coding or summary. Prints the comment's guid."""
    targets = [(kind, guid) for kind, guid in (("scene", scene), ("coding", coding), ("summary", summary)) if guid]
    if len(targets) != 1:
        raise click.UsageError("give exactly one of --scene, --coding or --summary")
    (target, guid), = targets
    with opened(project) as p:
        row = p.comments.add(target, guid, text, author=author)
    click.echo(row["guid"])


@comment.command("list")
@project_argument
@click.option("--open", "open_only", is_flag=True, help="only the comments not yet resolved")
@json_option
def comment_list(project: Path, open_only: bool, as_json: bool) -> None:
    """The comments, oldest first."""
    with opened(project) as p:
        rows = p.comments.list(open_only=open_only)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        state = f"resolved by {r['resolved_by']}" if r["resolved"] else "open"
        text = " ".join(r["text"].split())
        click.echo(f"{r['guid']}\t{state}\t{r['target']} {r['target_guid']}\t{r['author']}\t"
                   f"{r['created_at'][:10]}\t{text}")


@comment.command("resolve")
@project_argument
@click.argument("guid")
@coder_option
def comment_resolve(project: Path, guid: str, coder: str | None) -> None:
    """Mark a comment resolved (by --coder); undo reopens it."""
    with opened(project, coder) as p:
        p.comments.resolve(guid)
