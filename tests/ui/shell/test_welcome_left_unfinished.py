"""A number typed in the first-run welcome is not lost when the welcome is left before
"Start using the app": by Esc, by Ctrl+Q, or by logging out. The welcome comes back at
the next start (it was not finished), with the number already chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.welcome_dialog import WelcomeDialog
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.keyboard import pick
from tests.helpers.qt import EndingSession


@pytest.mark.parametrize("how", ["Esc", "Ctrl+Q", "logging out"])
def test_a_number_typed_in_the_welcome_then_left_is_there_next_time(
    qtbot: QtBot, make_window: MakeWindow, state: AppState, clock: FakeClock, how: str
) -> None:
    window = make_window(state)
    welcome = window.show_welcome()
    qtbot.waitUntil(welcome.isActiveWindow)  # its keys reach it
    qtbot.keyClick(welcome.next_button, Qt.Key.Key_Return)
    pick(qtbot, welcome.number_field.combo, "other")
    welcome.number_field.other.setFocus()
    qtbot.keyClicks(welcome.number_field.other, "061")
    typing_in = welcome.number_field.other
    if how == "logging out":
        session = EndingSession()
        window.commit_data(session)  # type: ignore[arg-type]  # what Qt calls
        assert not session.cancelled and welcome.isVisible()  # the logout goes on
    else:
        if how == "Esc":
            qtbot.keyClick(typing_in, Qt.Key.Key_Escape)
        else:
            qtbot.keyClick(typing_in, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            assert not window.isVisible()
        assert not welcome.isVisible()

    again = AppState.open(state.data_dir, now=clock)
    assert again.settings.current.emergency_number == "061"
    assert not again.settings.current.welcome_done  # the welcome shows again...
    next_time = WelcomeDialog(again)
    qtbot.addWidget(next_time)
    assert next_time.number_field.number() == "061"  # ...with the number chosen


def test_leaving_the_welcome_opened_from_help_keeps_the_settings_number(
    qtbot: QtBot, make_window: MakeWindow, state: AppState, clock: FakeClock
) -> None:
    """Once the welcome is done, Help opens it again: leaving it by Esc is a cancel, and
    a number picked on its second step must not replace the one set in Settings."""
    state.settings.update(welcome_done=True, emergency_number="112")
    window = make_window(state)
    welcome = window.show_welcome()
    qtbot.waitUntil(welcome.isActiveWindow)
    qtbot.keyClick(welcome.next_button, Qt.Key.Key_Return)
    pick(qtbot, welcome.number_field.combo, "other")
    welcome.number_field.other.setFocus()
    qtbot.keyClicks(welcome.number_field.other, "061")
    qtbot.keyClick(welcome.number_field.other, Qt.Key.Key_Escape)
    assert not welcome.isVisible()

    assert AppState.open(state.data_dir, now=clock).settings.current.emergency_number == "112"
