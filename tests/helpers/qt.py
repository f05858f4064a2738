"""Driving widgets as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.word_break import SwitchButton


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a visible widget where a person would: a radio button or a tick box on its
    indicator, anything else in its middle."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    marked = isinstance(widget, QRadioButton | QCheckBox)  # a choice with a round or square mark
    if marked and not isinstance(widget, SwitchButton):  # a switch is drawn as a button
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible_text(widget: QWidget) -> str:
    """The words showing in `widget`'s labels (and texts whose long words break), in order."""
    return " ".join(
        shown.text()
        for shown in widget.findChildren(QWidget)
        if isinstance(shown, QLabel | BreakingText) and shown.isVisibleTo(widget)
    )
