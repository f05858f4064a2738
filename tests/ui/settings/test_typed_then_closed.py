"""A number or a time typed in a field counts when the window is closed, the app quits or
the person logs out with the keyboard still in the field (no Tab, no Enter); a number
the field refuses leaves the one in use as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.reminder import reminder_for
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.page import TimersPage
from tests.helpers.clock import FakeClock
from tests.helpers.keyboard import pick
from tests.helpers.qt import EndingSession, click

MakeWindow = Callable[..., MainWindow]


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


HOW = ["close button", "Ctrl+Q", "logging out"]


def close_with(qtbot: QtBot, window: MainWindow, how: str) -> None:
    """The window's close button, Ctrl+Q from the field the keyboard is on, or the end
    of the desktop session (Qt closes no window then: the app is simply ended)."""
    if how == "logging out":
        typing_in = window.focusWidget()
        session = EndingSession()
        window.commit_data(session)  # type: ignore[arg-type]  # what Qt calls
        assert not session.cancelled
        assert typing_in is not None and typing_in.hasFocus()  # should the logout not go on
        return
    if how == "close button":
        window.close()
    else:
        focus = window.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def type_number(qtbot: QtBot, page: SettingsPage, number: str) -> None:
    """ "Another number…", then the number typed, and nothing more."""
    pick(qtbot, page.emergency.combo, "other")
    page.emergency.other.setFocus()
    qtbot.keyClicks(page.emergency.other, number)
    assert page.emergency.other.hasFocus()


@pytest.mark.parametrize("how", HOW)
def test_an_emergency_number_typed_then_closed_is_kept(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    how: str,
) -> None:
    """At logout the number typed was lost: 112 still after the person typed 061."""
    window = make_window(returning_state, page="settings")
    type_number(qtbot, settings_page(window), "061")
    close_with(qtbot, window, how)
    again = AppState.open(returning_state.data_dir, now=clock)
    assert again.settings.current.emergency_number == "061"


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("typed", ["", "call me"])
def test_a_number_the_field_refuses_leaves_the_one_in_use(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    typed: str,
    how: str,
) -> None:
    window = make_window(returning_state, page="settings")
    type_number(qtbot, settings_page(window), typed)
    close_with(qtbot, window, how)
    again = AppState.open(returning_state.data_dir, now=clock)
    assert again.settings.current.emergency_number == "112"


def type_time(qtbot: QtBot, field: QAbstractSpinBox, digits: str) -> None:
    """A new time typed over the one shown, from its hours on."""
    field.setFocus()
    qtbot.keyClicks(field, digits)


@pytest.mark.parametrize("how", HOW)
def test_a_reminder_time_typed_then_closed_is_kept(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock, how: str
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    click(qtbot, page.reminder_on)
    assert reminder_for(returning_state).current.at != time(7, 45)
    type_time(qtbot, page.reminder_time, "0745")
    assert page.reminder_time.hasFocus()
    close_with(qtbot, window, how)
    again = AppState.open(returning_state.data_dir, now=clock)
    assert reminder_for(again).current.enabled
    assert reminder_for(again).current.at == time(7, 45)


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(("typed", "kept"), [("35", 35), ("", 30), ("9", 30)])
def test_minutes_between_breaks_typed_then_closed_are_kept_when_allowed(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    how: str,
    typed: str,
    kept: int,
) -> None:
    window = make_window(returning_state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    page.show_panel("breaks")
    panel = page.panels["breaks"]
    assert isinstance(panel, BreaksPanel)
    click(qtbot, panel.enabled_box)
    panel.interval.setFocus()
    panel.interval.selectAll()
    assert driver.scheduler.settings.interval == 30
    qtbot.keyClick(panel.interval, Qt.Key.Key_Backspace)
    qtbot.keyClicks(panel.interval, typed)
    close_with(qtbot, window, how)
    assert driver.scheduler.settings.interval == kept
