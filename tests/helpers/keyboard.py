"""The keyboard as a person uses it: a key pressed where the keyboard is, and choosing
from drop-down lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
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


def key(
    qtbot: QtBot, name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """Press a key where the keyboard is, as a person does; returns where it is after."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard"
    qtbot.keyClick(focus, name, modifier)
    after = QApplication.focusWidget()
    assert after is not None, "the keyboard was lost"
    return after
