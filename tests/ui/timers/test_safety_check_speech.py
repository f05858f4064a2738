"""The heat safety check as a screen reader user meets it: answered with the keyboard
only, the reason not to start is said aloud when it appears, once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import pack_panel as pack_module
from companion.ui.timers.driver import TimerDriver
from tests.helpers.keyboard import key
from tests.helpers.qt import announcements
from tests.helpers.timers_ui import heat_panel

MakeWindow = Callable[..., MainWindow]


def test_a_keyboard_answer_that_stops_heat_is_said_aloud_once(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard = announcements(monkeypatch, pack_module)
    _window, heat = heat_panel(make_window, returning_state)
    heat.begin_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # Next: safety check
    yes_numb = heat.questions[0].buttons[True]
    assert QApplication.focusWidget() is yes_numb
    key(qtbot, Qt.Key.Key_Space)  # numb skin: Yes
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # fresh injury: No
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # swollen or red: No
    assert not heat.start_button.isEnabled()
    assert len(heard) == 1
    assert heard[0].startswith("Please do not use heat now")
    assert "Numb skin cannot tell you when it is getting too hot" in heard[0]
    # Back to the first question: "No" lets heat start, and there is nothing to say.
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is yes_numb
    key(qtbot, Qt.Key.Key_Right)  # numb skin: No
    assert heat.start_button.isEnabled()
    assert len(heard) == 1
    key(qtbot, Qt.Key.Key_Left)  # numb skin: Yes again, said again
    assert not heat.start_button.isEnabled()
    assert len(heard) == 2 and heard[1] == heard[0]
