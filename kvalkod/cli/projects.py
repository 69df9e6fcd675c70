"""Commands about projects and documents: new, import, docs, show, import-report, stats,
check, undo, redo."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..model import DOCUMENT_KINDS
from ..services import Project
from .common import Failed, json_option, opened, parse_assignments, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (new, import_, docs, show, import_report, stats, check, undo, redo):
        cli.add_command(command)


@click.command()
@project_argument
@click.option("--codebook", default="default", show_default=True,
              help="'default' (the study codebook), 'none', or a REFI .qdc file")
def new(project: Path, codebook: str) -> None:
    """Create a new project file."""
    from ..importers.qdc import default_codebook_path, read_codebook

    nodes, warnings = [], []
    if codebook != "none":
        source = default_codebook_path() if codebook == "default" else Path(codebook)
        nodes, warnings = read_codebook(source)
    created = Project.create(project)
    try:
        added = created.codebook.load(nodes, "load codebook") if nodes else 0
    finally:
        created.close()
    for warning in warnings:
        click.echo(f"kvalkod: {codebook}: {warning}", err=True)
    click.echo(f"created {project} with {added} codes")


@click.command("import")
@project_argument
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(DOCUMENT_KINDS), default="document", show_default=True)
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE", help="a variable for every file")
@click.option("--name", help="the document's name (one file only; default: the file name without suffix)")
@click.option("--no-clean", is_flag=True, help="keep PDF/OCR-derived text exactly as extracted")
def import_(project: Path, files: tuple[Path, ...], kind: str, variables: tuple[str, ...],
            name: str | None, no_clean: bool) -> None:
    """Import documents (txt md docx odt rtf pdf html vtt srt); each file in its own transaction."""
    assignments = parse_assignments(variables)
    with opened(project) as p:
        results = p.documents.import_files(files, kind=kind, variables=assignments, name=name,
                                           clean=not no_clean)
        failed = 0
        for result in results:
            if result.error:
                failed += 1
                click.echo(f"kvalkod: {result.error}", err=True)
            else:
                report = p.store.documents.import_report(result.document.id)
                click.echo(f"imported {result.document.name} ({_summary(report)})")
    if failed:
        raise Failed(f"{failed} of {len(files)} files not imported")


def _summary(report: dict) -> str:
    parts = [f"{report.get('format', '?')}", f"{report.get('characters', {}).get('clean', 0)} characters"]
    if report.get("cleaned"):
        rules = report.get("cleanup", {}).get("rules", {})
        changed = [f"{name} {r.get('count', 0)}" for name, r in rules.items() if r.get("count")]
        parts.append("cleaned: " + (", ".join(changed) if changed else "nothing to change"))
    if report.get("turns"):
        parts.append(f"{report['turns']} speaker turns")
    return "; ".join(parts)


@click.command()
@project_argument
@json_option
def docs(project: Path, as_json: bool) -> None:
    """List the documents."""
    with opened(project) as p:
        counts = p.coding.counts_by_document()
        rows = [{"name": d.name, "guid": d.guid, "kind": d.kind, "length": d.length,
                 "source": d.source_name, "imported_at": d.imported_at, "codings": counts.get(d.id, 0)}
                for d in p.documents.all()]
    if as_json:
        print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['name']}\t{r['kind']}\t{r['length']} characters\t{r['codings']} codings")


@click.command()
@project_argument
@click.argument("doc")
@click.option("--raw", is_flag=True, help="the text as extracted from the file, before clean-up")
def show(project: Path, doc: str, raw: bool) -> None:
    """Print a document's stored text, exactly as coded (offsets count its code points)."""
    with opened(project) as p:
        text = p.documents.raw_text(doc) if raw else p.documents.text(doc)
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


# Rules whose items are many and dull (trimmed spaces); the human report gives their counts,
# --all their items too.
_QUIET_RULES = {"whitespace", "page_starts", "headings"}


@click.command("import-report")
@project_argument
@click.argument("doc")
@click.option("--all", "show_all", is_flag=True, help="list the items of every rule, trimmed spaces too")
@json_option
def import_report(project: Path, doc: str, show_all: bool, as_json: bool) -> None:
    """What the clean-up changed in a document at import, and why."""
    with opened(project) as p:
        report = p.documents.import_report(doc)
        provenance = p.documents.provenance(doc)
    if as_json:
        print_json({**report, "original": provenance})
        return
    chars = report.get("characters", {})
    click.echo(f"{report.get('source')}: {report.get('format')}, encoding {report.get('encoding')}, "
               f"{chars.get('raw', 0)} characters extracted, {chars.get('clean', 0)} kept")
    click.echo(f"original: {provenance['size']} bytes, sha256 {provenance['sha256']}"
               f"{'' if provenance['has_original'] else ' (too large to keep; hash only)'}")
    click.echo(f"clean-up: {'yes' if report.get('cleaned') else 'no'} ({report.get('why')})")
    cleanup = report.get("cleanup", {})
    if cleanup.get("summary"):
        click.echo(cleanup["summary"])
    for name, rule in cleanup.get("rules", {}).items():
        if not rule.get("count"):
            continue
        click.echo(f"\n{name}: {rule['count']}")
        if name in _QUIET_RULES and not show_all:
            continue
        for item in rule.get("items", []):
            click.echo(f"  line {item.get('line', '?')}: {_change(item.get('before', ''), item.get('after', ''))}")
    if report.get("flags"):
        click.echo(f"\nflags: {len(report['flags'])}")
    for flag in report.get("flags", []):
        click.echo(f"  {flag['kind']} at {flag['start']}–{flag['end']}: {flag['detail']}")
    for warning in report.get("warnings", []):
        click.echo(f"warning: {warning}")
    if report.get("turns"):
        click.echo(f"\nspeaker turns: {report['turns']}")


def _change(before: str, after: str) -> str:
    def show(text: str) -> str:
        text = text.replace("\n", " ⏎ ")
        return repr(text if len(text) <= 90 else text[:87] + "…")

    if not after:
        return f"{show(before)} removed"
    if " " in after and not any(c in after for c in "'\"”") and len(after.split()) > 2 and after[0].islower():
        return f"{show(before)}: {after}"  # an explanation, not a replacement text
    return f"{show(before)} → {show(after)}"


@click.command()
@project_argument
@json_option
def stats(project: Path, as_json: bool) -> None:
    """Counts of what the project holds."""
    with opened(project) as p:
        counts = p.stats()
    if as_json:
        print_json(counts)
    else:
        for key, value in counts.items():
            click.echo(f"{key}: {value}")


@click.command()
@project_argument
@click.option("--repair", is_flag=True, help="mend what can be mended safely (a backup is taken first)")
@json_option
def check(project: Path, repair: bool, as_json: bool) -> None:
    """Check the project file for damage and inconsistencies; --repair mends what it safely can."""
    with opened(project) as p:
        result = p.check.repair() if repair else p.check.run()
    problems = result["left"] if repair else result["problems"]
    if as_json:
        print_json(result)
    else:
        for line in result.get("warnings", []):
            click.echo(f"warning: {line}", err=True)
        for line in result.get("repaired", []):
            click.echo(f"repaired: {line}")
        if result.get("backup"):
            click.echo(f"backup first: {result['backup']}")
        click.echo("ok" if not problems else "\n".join(problems))
    if problems:
        raise Failed("problems found")


@click.command()
@project_argument
def undo(project: Path) -> None:
    """Undo the latest action (the same history the app uses)."""
    with opened(project) as p:
        click.echo(f"undone: {p.history.undo()}")


@click.command()
@project_argument
def redo(project: Path) -> None:
    """Redo the action undone last."""
    with opened(project) as p:
        click.echo(f"redone: {p.history.redo()}")

