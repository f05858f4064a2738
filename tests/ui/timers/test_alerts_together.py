"""Alerts that come close together, handled with the keyboard alone: the heat window is
never covered by a break window that takes the keys; Enter does what the window's first
button says and Esc only closes it. Time is moved by hand; no test sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.timers.records import DUE, SITTING
from tests.helpers.qt import visible_text
from tests.helpers.timers_ui import MakeScene, find_button


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed where the keyboard is now, as a person would."""
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key)


def test_a_break_due_as_heat_ends_waits_until_the_heat_window_is_closed(
    qtbot: QtBot,
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    presenter, driver = scene.presenter, scene.driver
    scene.breaks_on()  # due at 11:00
    scene.pass_time(20 * 60)
    scene.start_heat(15)  # 10:50 to 11:05: the break waits for it
    scene.pass_time(15 * 60 + 5, step=1)  # heat ends; the break is due
    assert driver.status().break_phase == DUE
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    assert QApplication.activeWindow() is heat  # the keys stay with "take the heat off"
    assert presenter.break_dialog is None or not presenter.break_dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # "I have checked my skin"
    assert not heat.isVisible() and driver.scheduler.finished is None
    breaks = presenter.break_dialog
    assert breaks is not None and breaks.isVisible()  # now the break, not lost
    assert "Time for a movement break" in visible_text(breaks)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is breaks)  # with the keys
    press(qtbot, Qt.Key.Key_Escape)  # closes it and starts nothing
    assert not breaks.isVisible() and driver.status().break_phase == DUE


def test_esc_on_the_heat_window_closes_it_without_saying_the_skin_was_checked(
    qtbot: QtBot,
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.heat_runs_out()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not heat.isVisible()
    assert driver.scheduler.finished is not None  # the page still asks to check the skin
    window.show_page("timers")
    assert "Check your skin now" in visible_text(window.page("timers"))


def test_with_no_tray_heat_ending_brings_back_a_minimised_window(
    qtbot: QtBot,
    alerts: MakeScene,
) -> None:
    """The heat page says "you can minimise it": the alert must then be seen, and on many
    desktops a minimised window's own small windows stay hidden with it."""
    scene = alerts("timers")
    window, presenter = scene.window, scene.presenter
    assert presenter.tray is None  # no system tray here
    scene.start_heat()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    scene.pass_time(5 * 60)
    assert not window.isMinimized()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    assert "Time is up" in visible_text(heat)


@pytest.mark.parametrize(
    ("enter", "modifier"),
    [
        pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
        pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
    ],
)
def test_enter_on_a_windows_other_button_presses_that_button_not_the_first(
    qtbot: QtBot,
    alerts: MakeScene,
    enter: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    """The first button is the window's default: Enter on "Open Timers" said the skin
    was checked, and Enter on "Skip this one" started the break."""
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.breaks_on()  # due at 11:00
    scene.start_heat()  # 10:30 to 10:35
    scene.pass_time(5 * 60)
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    open_timers = find_button(heat, "Open Timers")
    open_timers.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(open_timers, enter, modifier)
    assert not heat.isVisible() and window.current_page() == "timers"
    assert driver.scheduler.finished is not None  # the skin is still to be checked
    scene.pass_time(25 * 60 + 5)
    assert driver.status().break_phase == DUE
    breaks = presenter.break_dialog
    assert breaks is not None and breaks.isVisible()
    skip = find_button(breaks, "Skip this one")
    skip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(skip, enter, modifier)
    assert not breaks.isVisible() and driver.status().break_phase == SITTING  # skipped
