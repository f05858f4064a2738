"""A timer's alert told only in the tray (the window minimised or hidden): clicking the
tray's message brings the window back with the alert's own window, not just the page
the person left. Time is moved by hand; no test sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import CHECKED, TRAY_ONLY, MakeScene, find_button


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_clicking_the_heat_message_shows_take_the_heat_off(
    qtbot: QtBot, told: list[str], alerts: MakeScene
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    assert window.timers is not None and window.timers.tray is not None
    scene.start_heat()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    scene.pass_time(5 * 60)
    assert told == ["Time is up: take the heat off"]  # in the tray only
    assert presenter.pack_dialog is None
    window.timers.tray.icon.messageClicked.emit()  # the person clicks the message
    assert window.isVisible() and not window.isMinimized()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()  # before: only the Journal page
    assert "Check your skin now" in visible_text(heat)
    click(qtbot, find_button(heat, CHECKED))
    assert driver.scheduler.finished is None
    window.timers.tray.hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_a_message_clicked_after_the_skin_was_checked_only_brings_the_window(
    qtbot: QtBot, told: list[str], alerts: MakeScene
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    assert window.timers is not None and window.timers.tray is not None
    scene.start_heat()
    window.hide()  # in the tray
    scene.pass_time(5 * 60)
    assert told == ["Time is up: take the heat off"]
    driver.act(lambda s: s.dismiss_finished())  # dealt with from the Timers page, say
    window.timers.tray.icon.messageClicked.emit()
    QApplication.processEvents()
    assert window.isVisible()
    assert presenter.pack_dialog is None  # nothing old shown again
    window.timers.tray.hide()
