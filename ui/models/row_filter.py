"""The base of the panels' filter proxies: one way to change a filter's criteria.

Qt 6.10 deprecates ``invalidateFilter`` in favour of ``beginFilterChange`` /
``endFilterChange`` around the change; the app supports both, so each proxy changes its
criteria through ``change_filter`` rather than repeating the check.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel


class RowFilterProxy(QSortFilterProxyModel):
    def change_filter(self, apply: Callable[[], object]) -> None:
        """Run ``apply`` (which changes the criteria) and filter the rows again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()
