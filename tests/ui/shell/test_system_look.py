"""The app follows the desktop while it runs: a new system text size (set in the
desktop's settings, which Qt hears as a theme change) resizes the open window's words
and an open box's, without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared import theme
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.qt import desktop_text_size_becomes


def test_a_new_desktop_text_size_reaches_the_open_window_and_box(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(theme, "system_point_size", lambda: 11.0)
    window = make_window(returning_state, page="home")
    about = window.show_about()
    qtbot.waitExposed(about)
    title = next(
        found
        for found in window.page("home").findChildren(QLabel)
        if found.property("role") == "title"
    )
    assert about.font().pointSizeF() == 11.0
    assert title.font().pointSizeF() == 19.2  # 1.75 times the text
    desktop_text_size_becomes(monkeypatch, 16.0, window, about)
    assert about.font().pointSizeF() == 16.0  # was stuck at 11 till the app restarted
    assert title.font().pointSizeF() == 28.0
