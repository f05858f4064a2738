"""The installed Qt binding must not leak references to None.

PySide6 6.12.0 takes one reference from None on every call that returns nothing. On
Python 3.11 None's count then reaches zero within minutes of a ticking timer and the app
aborts ("deallocating None"). pyproject.toml keeps 6.12 away from Python 3.11; this test
fails if a binding with the slip is ever installed where it matters.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_use_up_none(qtbot: QtBot) -> None:
    widget = QLabel()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setText("x")  # returns nothing
        widget.property("role")  # a property that is not set
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"each Qt call took a reference from None ({lost} lost)"
