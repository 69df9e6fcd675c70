"""Commands about the report material: scenes, summaries and the report draft."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import KvalkodError
from ..model import SCENE_STATUSES
from .common import KvalkodGroup, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (scene, summary, report):
        cli.add_command(command)


def parse_source(value: str) -> tuple[str, int, int]:
    """``DOC:START:END``; split from the right, so a document's name may contain ':'."""
    parts = value.rsplit(":", 2)
    if len(parts) != 3 or not parts[0]:
        raise KvalkodError(f"--source {value!r} is not DOC:START:END")
    try:
        return parts[0], int(parts[1]), int(parts[2])
    except ValueError:
        raise KvalkodError(f"--source {value!r}: START and END must be whole numbers (DOC:START:END)") from None


@click.group(cls=KvalkodGroup)
def scene() -> None:
    """Scenes ("Scen: …"): vignettes built from source passages."""


@scene.command("add")
@project_argument
@click.option("--title", required=True)
@click.option("--source", "sources", multiple=True, required=True, metavar="DOC:START:END",
              help="a passage the scene is built from (repeatable)")
@click.option("--code", "codes", multiple=True, metavar="CODE", help="a code the scene illustrates (repeatable)")
@click.option("--setting", default="")
@click.option("--participants", default="")
def scene_add(project: Path, title: str, sources: tuple[str, ...], codes: tuple[str, ...], setting: str,
              participants: str) -> None:
    """A new scene from passages; its narrative starts as their text. Prints its guid."""
    spans = [parse_source(s) for s in sources]
    with opened(project) as p:
        created = p.scenes.add(title, spans, list(codes), setting=setting, participants=participants)
    click.echo(created.guid)


@scene.command("list")
@project_argument
@json_option
def scene_list(project: Path, as_json: bool) -> None:
    """The scenes with their passages, codes and status."""
    with opened(project) as p:
        rows = p.scenes.list()
    if as_json:
        print_json([{k: r[k] for k in ("guid", "title", "sources", "codes", "status")} for r in rows])
        return
    for r in rows:
        where = ", ".join(f"{s['document']}:{s['start']}:{s['end']}" for s in r["sources"])
        click.echo(f"{r['guid']}\t{r['status']}\t{r['title']}\t{where}\t{'; '.join(r['codes'])}")


@scene.command("status")
@project_argument
@click.argument("guid")
@click.argument("status", type=click.Choice(SCENE_STATUSES))
def scene_status(project: Path, guid: str, status: str) -> None:
    """Set a scene's status: utkast, klar or granskad."""
    with opened(project) as p:
        p.scenes.set_status(guid, status)


@click.group(cls=KvalkodGroup)
def summary() -> None:
    """Summaries per code, or per code × case."""


@summary.command("set")
@project_argument
@click.option("--code", "code_path", required=True)
@click.option("--case")
@click.option("--text", required=True)
@click.option("--link", "links", multiple=True, metavar="CODING_GUID",
              help="a coding of the code the summary rests on (repeatable)")
def summary_set(project: Path, code_path: str, case: str | None, text: str, links: tuple[str, ...]) -> None:
    """Create or replace the summary of a code (for one case). Prints its guid."""
    with opened(project) as p:
        row = p.summaries.set(code_path, text, case=case, links=list(links))
    click.echo(row["guid"])


@summary.command("list")
@project_argument
@json_option
def summary_list(project: Path, as_json: bool) -> None:
    """The summaries with their codes, cases and linked codings."""
    with opened(project) as p:
        rows = p.summaries.list()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        scope = " × ".join(x for x in (r["code"], r["case"], r["document"]) if x)
        text = " ".join(r["text"].split())
        click.echo(f"{scope}\t{len(r['links'])} links\t{text[:80]}{'…' if len(text) > 80 else ''}")


@click.command()
@project_argument
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the Word draft to write (.docx)")
@click.option("--template", type=click.Path(dir_okay=False, path_type=Path),
              help="a .docx or .dotx whose styles the draft uses (default: kvalkod's rapport.docx)")
@click.option("--markdown", type=click.Path(dir_okay=False, path_type=Path), help="also write the draft as Markdown")
@click.option("--quotes", type=click.IntRange(min=0),
              help="when drafting (no stored outline): at most this many quotes per code (default 5)")
@click.option("--attribution", metavar="TEMPLATE",
              help='the lead-in of quotes for this report only, e.g. "En {roll} på {kontor} berättar:"')
def report(project: Path, out: Path, template: Path | None, markdown: Path | None, quotes: int | None,
           attribution: str | None) -> None:
    """Write the report: the project's stored outline, or else one drafted from the codebook
    (a chapter per theme, a section per code, quotes and scenes)."""
    from ..exporters.report_docx import write_docx
    from ..exporters.report_markdown import write_markdown
    from ..services.report import DEFAULT_QUOTES, counts

    if attribution is not None:
        check_template(attribution)
    with opened(project) as p:
        items = p.outline.items()
        if not items:
            outline = p.report.draft(quotes=DEFAULT_QUOTES if quotes is None else quotes, attribution=attribution)
        else:
            outline = p.report.blocks(items, attribution=attribution)
    if items and quotes is not None:
        click.echo("kvalkod: warning: --quotes is for drafting; the project's stored outline has its own quotes",
                   err=True)
    warnings = write_docx(outline, out, template)
    for warning in warnings:
        click.echo(f"kvalkod: warning: {warning}", err=True)
    written = [str(out)]
    if markdown:
        write_markdown(outline, markdown)
        written.append(str(markdown))
    n = counts(outline)
    click.echo(f"wrote {' and '.join(written)}: {n['chapters']} chapters, {n['sections']} sections, "
               f"{n['quotes']} quotes, {n['scenes']} scenes")


def check_template(template: str) -> None:
    """A lead-in template must fill in ("{roll" does not)."""
    from ..services.report import template_problem

    problem = template_problem(template)
    if problem:
        raise KvalkodError(f"--attribution {template!r} is not a template: {problem}")