"""The ``kvalkod`` command: a thin layer over ``kvalkod.services`` (see docs/cli.md).

Exit status: 0 on success, 1 on a user or input error (one line on stderr naming the file or
thing at fault), 2 on a usage error. ``--json`` prints one JSON document and nothing else.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import KvalkodError
from .common import Failed, PluginGroup


@click.group(cls=PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kvalkod", message="%(prog)s %(version)s")
def cli() -> None:
    """kvalkod: offline qualitative analysis, one project file per study."""


def _register() -> None:
    from . import (
        attributes,
        backups,
        codebook,
        coding,
        exchange,
        matrix,
        merge,
        names,
        networks,
        outline,
        projects,
        queries,
        reporting,
        review,
        team,
    )

    for module in (projects, codebook, coding, attributes, reporting, outline, review, names, merge, queries, networks,
                   team, matrix, exchange, backups):
        module.register(cli)


_register()


def main(argv: list[str] | None = None) -> int:
    try:
        # without standalone mode click returns a command's exit status instead of exiting
        status = cli.main(args=argv, prog_name="kvalkod", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kvalkod: aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except Failed:
        return 1  # each failure has been reported on its own line already
    except KvalkodError as exc:
        click.echo(f"kvalkod: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("kvalkod: interrupted; the last finished action is saved", err=True)
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback for KVALKOD_DEBUG
        if os.environ.get("KVALKOD_DEBUG"):
            raise
        click.echo(f"kvalkod: internal error ({type(exc).__name__}: {exc}); "
                   "run again with KVALKOD_DEBUG=1 to see where", err=True)
        return 1
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())
