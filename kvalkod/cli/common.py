"""What every command shares: opening the project, printing JSON, failing in one line."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import click

from ..errors import KvalkodError
from ..services import Project


class KvalkodGroup(click.Group):
    """Lists commands in the order they are defined, as CLI.md does."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


PLUGIN_GROUP = "kvalkod.commands"


class PluginGroup(KvalkodGroup):
    """The top-level group: also offers the commands other packages register under the entry
    point group ``kvalkod.commands`` (the desktop app adds ``gui``). They are loaded only when
    used, so the core never imports them, and a plugin that fails to import is simply absent.
    """

    def _plugins(self) -> dict:
        from importlib.metadata import entry_points

        return {e.name: e for e in entry_points(group=PLUGIN_GROUP) if e.name not in self.commands}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.commands, *self._plugins()]

    def get_command(self, ctx: click.Context, name: str):
        command = self.commands.get(name)
        if command is not None:
            return command
        entry = self._plugins().get(name)
        if entry is None:
            return None
        try:
            return entry.load()
        except ImportError:
            return None


class Failed(KvalkodError):
    """Some items of a batch failed; they have been reported already."""


project_argument = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
json_option = click.option("--json", "as_json", is_flag=True, help="print one JSON document")
coder_option = click.option("--coder", help="the coder's name (default: $KVALKOD_CODER or your login)")


@contextmanager
def opened(path: Path, coder: str | None = None) -> Iterator[Project]:
    """The project for one command. It takes the lock like the app: while a window (or another
    command) works in the project, this one may read it, and a change fails with one line
    naming who holds it."""
    project = Project.open(path, coder=coder, lock=True)
    try:
        yield project
    finally:
        project.close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_assignments(values: tuple[str, ...]) -> dict[str, str]:
    from ..services.variables import parse_assignment

    return dict(parse_assignment(v) for v in values)
