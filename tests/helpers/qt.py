"""Driving widgets as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a visible widget where a person would: a radio button or a tick box on its
    indicator, anything else in its middle."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    if isinstance(widget, QAbstractButton) and widget.metaObject().className() in (
        "QRadioButton",
        "QCheckBox",
    ):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
