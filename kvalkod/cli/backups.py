"""Commands about backups: backup, backups, restore."""

from __future__ import annotations

from pathlib import Path

import click

from ..services import backups as backup_files
from .common import json_option, opened, print_json, project_argument


def register(cli: click.Group) -> None:
    for command in (backup, backups, restore):
        cli.add_command(command)


@click.command()
@project_argument
@click.option("--reason", default="manual", show_default=True, help="a word saying why (part of the name)")
def backup(project: Path, reason: str) -> None:
    """Copy the project now into its backup folder; prints the backup's path."""
    with opened(project) as p:
        click.echo(p.backups.create(reason))


@click.command()
@project_argument
@json_option
def backups(project: Path, as_json: bool) -> None:
    """The project's backups, newest first: [{"path","created","reason"}]."""
    found = backup_files.list_backups(project)
    if as_json:
        print_json([{"path": str(b.path), "created": b.created, "reason": b.reason} for b in found])
        return
    for b in found:
        click.echo(f"{b.created}\t{b.reason}\t{b.path.name}")


@click.command()
@project_argument
@click.argument("backup_name", metavar="BACKUP")
def restore(project: Path, backup_name: str) -> None:
    """Put BACKUP (a path, or a name that `backups` lists) in place of the project. The project
    as it was is backed up first, so restoring that one undoes the restore."""
    previous = backup_files.restore(project, backup_files.find_backup(project, backup_name))
    click.echo(f"restored {project} from {backup_name}; the state it replaced is in {previous}")
