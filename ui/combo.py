"""Combo boxes that list code paths, variable values and other long names.

Qt sizes a combo box to its longest item by default; one 90-character code path then widens
its panel, and with it the dock and the whole window. These keep a readable width and show
the full text in the drop-down list and the tooltip instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def long_item_combo(parent: QWidget | None = None, characters: int = 24) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo
