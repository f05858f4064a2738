"""Pausing and resuming breaks from the tray menu is said aloud, as from the Breaks page:
the menu closes and the keyboard goes back where it was, so a screen reader would
otherwise hear nothing of the change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import break_status
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.tray import TrayMenu
from tests.helpers.qt import announcements, click
from tests.helpers.timers_ui import breaks_page

MakeWindow = Callable[..., MainWindow]


def choose(qtbot: QtBot, menu: TrayMenu, action: QAction) -> None:
    """Open the tray menu and click `action` in it, as a person does."""
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    assert action.isVisible() and action.isEnabled()
    with qtbot.waitSignal(action.triggered):
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert not menu.isVisible()  # the menu closed: nothing in view says what changed


@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)"
)  # offscreen only: a menu that pops up
def test_pausing_and_resuming_breaks_from_the_tray_is_said(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, panel = breaks_page(make_window, returning_state)
    click(qtbot, panel.enabled_box)  # breaks on at 10:30: the first at 11:00
    menu = TrayMenu(driver, window)
    heard = announcements(monkeypatch, break_status)

    choose(qtbot, menu, menu.pause_hour)
    assert heard == ["Breaks paused until 11:30"]
    assert menu.next_break.text() == heard[-1]  # what the menu shows when opened again
    choose(qtbot, menu, menu.resume)
    assert heard[1:] == ["Next break at 11:00"]
    choose(qtbot, menu, menu.pause_day)
    assert heard[2:] == ["Breaks paused until 08:00 tomorrow"]
    assert len(heard) == 3  # each once


def test_the_breaks_page_and_the_tray_say_the_same_words(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, panel = breaks_page(make_window, returning_state)
    click(qtbot, panel.enabled_box)
    heard = announcements(monkeypatch, break_status)
    click(qtbot, panel.pause_hour)
    click(qtbot, panel.resume)
    click(qtbot, panel.pause_day)
    assert heard == [
        "Breaks paused until 11:30",
        "Next break at 11:00",
        "Breaks paused until 08:00 tomorrow",
    ]
