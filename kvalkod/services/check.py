"""``kvalkod check``: is the project file sound? Problems are explained, not just counted, and
``--repair`` mends what can be mended without losing anything.

What a repair does, and why it is safe:
- a search index that misses documents or fails FTS5's own check is rebuilt from the stored
  texts (it is derived data);
- a coding that runs past the end of its text is cut at the end; one that lies wholly outside
  it, or a row whose parent is gone (a foreign key pointing nowhere), is removed, and what it
  held is written into a project memo, so the analyst can still read it;
- a memo whose document, code or case is gone is moved to the project, saying where it was;
- an undo history that cannot be replayed is cleared (the data itself stays as it is).
These data repairs are one undoable action, and a backup of the file is taken first. Damage to
SQLite's own pages cannot be mended in place: the answer is a backup, and the check says so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..store.stamps import new_guid, utc_now
from .project_location import location_warning

if TYPE_CHECKING:
    from .project import Project


class CheckService:
    def __init__(self, project: "Project"):
        self.project = project
        self.integrity = project.store.integrity

    def run(self) -> dict[str, Any]:
        """{"ok": bool, "problems": [sentences], "warnings": [sentences]}: every problem found,
        with what it means; warnings (a synced or network folder) do not make it fail."""
        problems = [p for p, _ in self._findings()]
        warning = location_warning(self.project.path)
        return {"ok": not problems, "problems": problems, "warnings": [warning] if warning else []}

    def _findings(self) -> list[tuple[str, bool]]:
        """(sentence, repairable) for each problem."""
        i = self.integrity
        found: list[tuple[str, bool]] = []
        for name in i.missing_schema():
            found.append((f"schema: {name} is missing from the file; restore a backup "
                          "(kvalkod backups / kvalkod restore)", False))
        for msg in i.sqlite_damage():
            found.append((f"integrity: {msg}; the file is damaged, restore a backup", False))
        for table, rowid, parent in i.dangling_rows():
            found.append((f"foreign key: {table} row {rowid} refers to a missing {parent} row", True))
        for msg in i.search_index_damage():
            found.append((f"search index: {msg}", True))
        for _, name in i.unindexed_documents():
            found.append((f"search index: the document {name} is not indexed; search would miss it", True))
        for c in i.codings_outside_text():
            found.append((f"coding {c['guid']} [{c['start']}, {c['end']}) lies outside the text of "
                          f"{c['document']} ({c['length']} characters)", True))
        for m in i.orphan_memos():
            found.append((f"memo {m['guid']} belongs to a {m['target_type']} that no longer exists", True))
        for msg in i.history_problems():
            found.append((f"undo history: {msg}; it cannot be replayed safely", True))
        return found

    def repair(self) -> dict[str, Any]:
        """Mend what can be mended (see the module's docstring); returns
        {"repaired": [sentences], "left": [problems that remain], "backup": path or None}."""
        self.project.store.refuse_if_read_only()
        findings = self._findings()
        if not any(repairable for _, repairable in findings):
            return {"repaired": [], "left": [p for p, _ in findings], "backup": None}
        backup = str(self.project.backups.create("repair"))
        i = self.integrity
        repaired: list[str] = []
        if i.history_problems():
            repaired.append(f"cleared the undo history ({i.clear_history()} actions)")
        if i.search_index_damage() or i.unindexed_documents():
            i.rebuild_search_index()
            repaired.append("rebuilt the search index")
        repaired += self._repair_data()
        left = [p for p, _ in self._findings()]
        return {"repaired": repaired, "left": left, "backup": backup}

    def _repair_data(self) -> list[str]:
        i = self.integrity
        outside, orphans, dangling = i.codings_outside_text(), i.orphan_memos(), i.dangling_rows()
        if not (outside or orphans or dangling):
            return []
        done: list[str] = []
        kept: list[dict[str, Any]] = []  # what removed rows held, for the repair memo
        with self.project.action("repair the project") as uow:
            for c in outside:
                if 0 <= c["start"] < c["length"] and c["end"] > c["length"]:
                    i.clamp_coding(uow, c["id"], c["length"])
                    done.append(f"cut coding {c['guid']} at the end of {c['document']}")
                else:
                    kept.append({"table": "codings", **i.row("codings", c["id"])})
                    i.delete_row(uow, "codings", c["id"])
                    done.append(f"removed coding {c['guid']} (outside {c['document']}; kept in a memo)")
            for m in orphans:
                memo = self.project.store.memos.get(m["id"])
                note = f"[This memo was on a {m['target_type']} that no longer exists (id {m['target_id']}).]"
                i.retarget_memo_to_project(uow, m["id"], f"{memo.text}\n\n{note}")
                done.append(f"moved memo {m['guid']} to the project")
            for table, rowid, parent in dangling:
                row = i.row(table, rowid)
                if row:
                    kept.append({"table": table, **row})
                    i.delete_row(uow, table, rowid)
                    done.append(f"removed {table} row {rowid} (its {parent} row is missing; kept in a memo)")
            if kept:
                now = utc_now()
                self.project.store.memos.insert(uow, {
                    "guid": new_guid(), "target_type": "project", "target_id": None, "author": "kvalkod check",
                    "text": "Rows removed by kvalkod check --repair, as they were:\n\n"
                            + json.dumps(kept, ensure_ascii=False, indent=1, default=str),
                    "created_at": now, "updated_at": now})
        return done
