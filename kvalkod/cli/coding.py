"""Commands about coding and search: code-text, codings, search, autocode, memo."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from ..errors import KvalkodError
from ..services.autocode import UNITS
from ..services.memos import TARGETS
from .common import KvalkodGroup, coder_option, json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (code_text, codings, search, autocode, memo):
        cli.add_command(command)


@click.command("code-text")
@project_argument
@click.argument("doc")
@click.argument("start", type=int)
@click.argument("end", type=int)
@click.argument("code_path", metavar="CODE")
@coder_option
@click.option("--memo", default="", help="a memo on the coded segment")
def code_text(project: Path, doc: str, start: int, end: int, code_path: str, coder: str | None,
              memo: str) -> None:
    """Code [START, END) of DOC (code points of the text `show` prints) with CODE."""
    with opened(project, coder) as p:
        coding = p.coding.apply(doc, start, end, code_path, memo=memo)
    click.echo(coding.guid)


@click.command()
@project_argument
@click.option("--code", "code_path", help="this code and its sub-codes")
@click.option("--doc")
@click.option("--coder")
@json_option
def codings(project: Path, code_path: str | None, doc: str | None, coder: str | None, as_json: bool) -> None:
    """The coded segments, filtered by code, document and coder."""
    with opened(project) as p:
        rows = p.coding.list(code=code_path, doc=doc, coder=coder)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        text = " ".join(r["text"].split())
        click.echo(f"{r['document']}\t{r['start']}–{r['end']}\t{r['code']}\t{r['coder']}\t"
                   f"{text[:80]}{'…' if len(text) > 80 else ''}")


@click.command()
@project_argument
@click.argument("query")
@click.option("--doc")
@click.option("--fold-diacritics", "fold", is_flag=True, help="å=a, ä=a, ö=o … (for OCR-damaged text)")
@click.option("--count", is_flag=True, help="print only the number of matches")
@json_option
def search(project: Path, query: str, doc: str | None, fold: bool, count: bool, as_json: bool) -> None:
    """Full-text search: words, "phrases", prefix*, OR; hits in context."""
    with opened(project) as p:
        if count:
            number = p.search.count(query, doc=doc, fold=fold)
            print_json({"count": number}) if as_json else click.echo(number)
            return
        hits = p.search.find(query, doc=doc, fold=fold)
    if as_json:
        print_json([{k: v for k, v in asdict(h).items() if k != "document_id"} for h in hits])
        return
    for h in hits:
        click.echo(f"{h.document}\t{h.start}\t{h.left:>40}[{h.text}]{h.right}")
    click.echo(f"{len(hits)} matches", err=True)


@click.command()
@project_argument
@click.option("--code", "code_path", required=True, help="the code to apply")
@click.option("--query", help="code the search hits of this query")
@click.option("--speaker", help="code every turn of this speaker")
@click.option("--unit", type=click.Choice(UNITS), default="match", show_default=True)
@click.option("--doc")
@click.option("--fold-diacritics", "fold", is_flag=True)
@coder_option
def autocode(project: Path, code_path: str, query: str | None, speaker: str | None, unit: str,
             doc: str | None, fold: bool, coder: str | None) -> None:
    """Code search hits or a speaker's turns, as one undoable action."""
    if bool(query) == bool(speaker):
        raise click.UsageError("give exactly one of --query and --speaker")
    with opened(project, coder) as p:
        if query:
            created = p.autocode.by_query(code_path, query, unit=unit, doc=doc, fold=fold)
        else:
            created = p.autocode.by_speaker(code_path, speaker, doc=doc)
    click.echo(f"coded {created} passage{'s' if created != 1 else ''}")


@click.group(cls=KvalkodGroup)
def memo() -> None:
    """Memos on the project, a document, a code or a case."""


@memo.command("add")
@project_argument
@click.option("--on", "target_type", type=click.Choice(TARGETS), default="project", show_default=True)
@click.option("--target", help="the document, code or case")
@click.option("--text", required=True)
@coder_option
def memo_add(project: Path, target_type: str, target: str | None, text: str, coder: str | None) -> None:
    """Write a memo."""
    with opened(project, coder) as p:
        created = p.memos.add(target_type, target, text)
    click.echo(created.guid)


@memo.command("list")
@project_argument
@click.option("--on", "target_type", type=click.Choice(TARGETS), default="project", show_default=True)
@click.option("--target")
@json_option
def memo_list(project: Path, target_type: str, target: str | None, as_json: bool) -> None:
    """The memos on one thing."""
    with opened(project) as p:
        memos = p.memos.for_target(target_type, target)
    rows = [{"guid": m.guid, "author": m.author, "text": m.text, "updated_at": m.updated_at} for m in memos]
    if as_json:
        print_json(rows)
        return
    if not rows:
        raise KvalkodError(f"no memos on {target or 'the project'}")
    for r in rows:
        click.echo(f"{r['updated_at']} {r['author']}: {r['text']}")
