"""The walking check by keyboard, as a screen reader user does it: the keyboard moves on
to the next view's button, so the result it passes over is said aloud, once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import walk_panel as walk_module
from companion.ui.timers.driver import TimerDriver
from tests.helpers.keyboard import key
from tests.helpers.qt import announcements
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import find_button, let_time_pass, walk_page

MakeWindow = Callable[..., MainWindow]


def test_the_time_walked_and_what_was_saved_are_each_said_once(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before, Space on "My usual symptoms started" was followed by "Walking check: two
    questions, Save to my journal, button", and Save by "Saved to your journal, Done
    with the walking check, button": the minutes walked, the result, were never said."""
    heard = announcements(monkeypatch, walk_module)
    _window, panel = walk_page(make_window, returning_state)
    find_button(panel, "Start walking").setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    let_time_pass(driver, timer_clock, 7 * 60 + 30)
    assert heard == []  # the stopwatch ticking on says nothing
    assert QApplication.focusWidget() is find_button(panel, "My usual symptoms started")
    key(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is find_button(panel, "Save to my journal")
    assert heard == ["You walked 7.5 minutes"]
    let_time_pass(driver, timer_clock, 60)  # answering takes a moment: said once only
    assert heard == ["You walked 7.5 minutes"]
    key(qtbot, Qt.Key.Key_Space)  # Save to my journal
    assert heard[1:] == [
        "Saved to your journal\nYou walked 7.5 minutes before your usual symptoms. The "
        "journal shows it with your other entries, so you can see the trend."
    ]
