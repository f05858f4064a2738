"""A timer's alert still open after the box it came over is closed (the journal's
new-entry form, About): from then on it must behave as an alert that came with no box
open. Clicks go to the windows as the desktop sends them (`press_on_screen`); time is
moved by hand, no test sleeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from tests.helpers.qt import press_on_screen, visible_text, when_asked
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import MakeWindow, find_button, let_time_pass, start_alerts

CHECKED = "I have checked my skin"


def new_entry(window: MainWindow) -> None:
    window.show_page("journal:new")


BOXES: dict[str, Callable[[MainWindow], object]] = {
    "new entry": new_entry,
    "about": MainWindow.show_about,
}


@pytest.mark.parametrize("opening", list(BOXES.values()), ids=list(BOXES))
def test_the_heat_window_lets_the_window_be_used_once_the_box_is_closed(
    qtbot: QtBot,
    opening: Callable[[MainWindow], object],
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """The heat ends while a box is open: its window comes above the box. The person
    closes the box with its own close button (the heat window can wait: the skin check
    is in a minute) and goes on in the window, the heat window still up, as they can
    when the heat ends with no box open. Before, the window stayed held up by the heat
    window: the Settings button did nothing."""
    window = make_window(returning_state, page="home")
    presenter = start_alerts(window)
    driver.act(lambda s: s.start_pack(HEAT, 5))
    closed: list[QWidget] = []

    def heat_ends_then_close(box: QWidget) -> None:
        let_time_pass(driver, timer_clock, 5 * 60)
        box.close()  # what the box's title bar button does
        closed.append(box)

    when_asked(heat_ends_then_close)
    opening(window)
    qtbot.waitUntil(lambda: bool(closed))
    QApplication.processEvents()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    assert "Check your skin now" in visible_text(heat)
    press_on_screen(window.nav.buttons["settings"])
    assert window.current_page() == "settings"  # before: where it was, held up
    press_on_screen(find_button(heat, CHECKED))
    assert driver.scheduler.finished is None and not heat.isVisible()


BEHIND = "The questions open when you close the window behind this one."


def test_the_walk_window_stops_speaking_of_the_box_once_it_is_closed(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """The walking check ends while the new-entry form is open: its window says the
    questions open once the form is closed. The person closes the form first: the walk
    window then reads as one that came with no form (before, it still spoke of a window
    behind it that was gone), and Enter on it opens the questions at once."""
    window = make_window(returning_state, page="home")
    presenter = start_alerts(window)
    driver.act(lambda s: s.start_walk())
    said: list[str] = []

    def walk_ends_then_close(box: QWidget) -> None:
        let_time_pass(driver, timer_clock, 30 * 60)
        walk = presenter.walk_dialog
        assert walk is not None
        said.append(visible_text(walk))
        box.close()  # what the form's title bar button does

    when_asked(walk_ends_then_close)
    new_entry(window)
    qtbot.waitUntil(lambda: bool(said))
    QApplication.processEvents()
    walk = presenter.walk_dialog
    assert walk is not None and walk.isVisible()
    assert BEHIND in said[0]
    qtbot.waitUntil(lambda: BEHIND not in visible_text(walk), timeout=1000)  # before: kept
    handle = walk.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Return)  # the keys, as the desktop sends them
    QApplication.processEvents()
    assert window.current_page() == "timers"
    assert "You walked 30 minutes" in visible_text(window.page("timers"))
