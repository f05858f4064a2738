"""Fixtures for the kiosk's widgets tried on their own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.settings import Theme
from companion.ui.shared.theme import KIOSK_TOUCH_PX, apply_theme


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A window with a page in it, like the kiosk window the notice or the PIN pad opens
    over: shown and active, with one button (`page_button`) on its page."""
    # The app's own look, as a kiosk starts it: the big keys are theme rules.
    apply_theme(QApplication.instance(), Theme.LIGHT, 100, KIOSK_TOUCH_PX)  # type: ignore[arg-type]
    window = QWidget()
    layout = QVBoxLayout(window)
    window.page_button = QPushButton("A page button")  # type: ignore[attr-defined]
    layout.addWidget(window.page_button)  # type: ignore[attr-defined]
    layout.addStretch(1)
    window.resize(1024, 600)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window
