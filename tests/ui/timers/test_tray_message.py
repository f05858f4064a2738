"""A timer's alert told only in the tray (the window minimised or hidden): clicking the
tray's message brings the window back with the alert's own window, not just the page
the person left. Time is moved by hand; no test sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.timers.driver import TimerDriver
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import (
    TRAY_ONLY,
    MakeWindow,
    find_button,
    let_time_pass,
    start_alerts,
)


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_clicking_the_heat_message_shows_take_the_heat_off(
    qtbot: QtBot,
    told: list[str],
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state, page="journal")
    presenter = start_alerts(window)
    assert window.timers is not None and window.timers.tray is not None
    driver.act(lambda s: s.start_pack(HEAT, 5))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    let_time_pass(driver, timer_clock, 5 * 60)
    assert told == ["Time is up: take the heat off"]  # in the tray only
    assert presenter.pack_dialog is None
    window.timers.tray.icon.messageClicked.emit()  # the person clicks the message
    assert window.isVisible() and not window.isMinimized()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()  # before: only the Journal page
    assert "Check your skin now" in visible_text(heat)
    click(qtbot, find_button(heat, "I have checked my skin"))
    assert driver.scheduler.finished is None
    window.timers.tray.hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_a_message_clicked_after_the_skin_was_checked_only_brings_the_window(
    qtbot: QtBot,
    told: list[str],
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state, page="journal")
    presenter = start_alerts(window)
    assert window.timers is not None and window.timers.tray is not None
    driver.act(lambda s: s.start_pack(HEAT, 5))
    window.hide()  # in the tray
    let_time_pass(driver, timer_clock, 5 * 60)
    assert told == ["Time is up: take the heat off"]
    driver.act(lambda s: s.dismiss_finished())  # dealt with from the Timers page, say
    window.timers.tray.icon.messageClicked.emit()
    QApplication.processEvents()
    assert window.isVisible()
    assert presenter.pack_dialog is None  # nothing old shown again
    window.timers.tray.hide()
