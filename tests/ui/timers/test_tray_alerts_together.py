"""Several alerts told only in the tray while the window was away. The desktop shows one
message at a time, and a message may be clicked late (after the window came back some
other way): when the window comes back, every alert that still needs the person comes
with it, the heat window first and the due break behind it. Time is moved by hand; no
test sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion import APP_NAME
from companion.core.timers.records import DUE
from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import (
    CHECKED,
    TRAY_ONLY,
    AlertScene,
    MakeScene,
    find_button,
    tray_of,
)

HEAT_TITLE = "Time is up: take the heat off"
BREAK_TITLE = "Time for a movement break"


def heat_then_break_while_hidden(scene: AlertScene, told: list[str]) -> None:
    """Breaks every 30 minutes (due at 11:00), heat from 10:50 to 11:05 with the window in
    the tray: the heat ends, and a tick later the break that waited for it is due."""
    scene.breaks_on()
    scene.pass_time(20 * 60)
    scene.start_heat(15)
    scene.window.hide()
    scene.pass_time(15 * 60 + 5, step=1)
    driver = scene.driver
    assert told == [HEAT_TITLE, BREAK_TITLE]  # the second message replaced the first
    assert driver.status().break_phase == DUE and driver.scheduler.finished is not None


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_a_click_on_the_break_message_also_brings_the_heat_window_first(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter = scene.window, scene.presenter
    heat_then_break_while_hidden(scene, told)
    tray_of(window).icon.messageClicked.emit()  # the break's message, the one on screen
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()  # before: no heat window, only the break
    assert "Check your skin now" in visible_text(heat)
    breaks = presenter.break_dialog
    assert breaks is None or not breaks.isVisible()  # it waits behind, not on top
    click(qtbot, find_button(heat, CHECKED))
    breaks = presenter.break_dialog
    assert breaks is not None and breaks.isVisible()  # then the break, not lost
    assert "Time for a movement break" in visible_text(breaks)
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_a_later_message_without_an_alert_does_not_lose_the_heat_window(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    """Heat ends with the window minimised; the person then closes it (breaks are on, so
    it hides in the tray and says "Still running here"): that last message is the one a
    click reaches."""
    scene = alerts("journal")
    window, presenter = scene.window, scene.presenter
    scene.breaks_on()
    scene.start_heat()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    scene.pass_time(5 * 60)
    window.close()
    assert not window.isVisible()
    assert told == [HEAT_TITLE, APP_NAME]
    tray_of(window).icon.messageClicked.emit()
    assert window.isVisible()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()  # before: the Journal page alone
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_the_window_opened_from_the_tray_menu_brings_what_still_waits_and_old_clicks_nothing(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter = scene.window, scene.presenter
    heat_then_break_while_hidden(scene, told)
    tray_of(window).menu.open_window.trigger()  # "Open Companion", not the message
    qtbot.waitUntil(lambda: presenter.pack_dialog is not None)
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()  # before: the Journal page alone
    click(qtbot, find_button(heat, CHECKED))
    breaks = presenter.break_dialog
    assert breaks is not None and breaks.isVisible()
    click(qtbot, find_button(breaks, "Skip this one"))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    tray_of(window).icon.messageClicked.emit()  # the old break message, clicked late
    QApplication.processEvents()
    assert window.isVisible() and not window.isMinimized()
    assert not heat.isVisible() and not breaks.isVisible()  # nothing old comes back
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_the_window_restored_from_the_taskbar_brings_the_heat_window(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter = scene.window, scene.presenter
    scene.start_heat()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    scene.pass_time(5 * 60)
    assert told == [HEAT_TITLE] and presenter.pack_dialog is None
    window.showNormal()  # the taskbar's button, not the message
    qtbot.waitUntil(lambda: presenter.pack_dialog is not None)  # before: never came
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    assert "Check your skin now" in visible_text(heat)
    tray_of(window).hide()
