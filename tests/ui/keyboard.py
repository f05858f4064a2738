"""Choosing from drop-down lists with the keyboard, as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def pick(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Focus the list and press Down or Up until the entry holding `data` is chosen."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not in the list"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    raise AssertionError(f"could not reach {data!r} with the arrow keys")
