"""A project's content as lines of text, the same for the same rows whatever SQLite wrote.

Two builds of a sample project are compared by what they hold, not by their bytes: the
bytes depend on the SQLite library that wrote them. Each table's rows come in id order as
SQL literals, after the schema version and the table's name; the full-text index is left
out (it is derived from the documents and its pages are SQLite's own format).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

from .connection import check_project_header


def canonical_dump(path: Path) -> Iterator[str]:
    check_project_header(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield f"user_version {conn.execute('PRAGMA user_version').fetchone()[0]}"
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'fts_%' ORDER BY name")]
        for table in tables:
            yield f"table {table}"
            quoted = table.replace('"', '""')
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{quoted}")')]
            literals = ", ".join(f'quote("{c}")' for c in columns)
            for row in conn.execute(f'SELECT {literals} FROM "{quoted}" ORDER BY rowid'):
                yield ", ".join(row)
    finally:
        conn.close()
