"""The offer to go on with a check left part-way says "today" or "yesterday" as the clock
reads now, also when the Check page stays open past midnight, is shown again later, or
the computer sleeps through the night. Time is moved by hand; the app's once-a-minute
look at the clock is fired by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.page import CheckPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.check_ui import MakeWindow, check_page, leave_a_check, start_screen
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import ManualTimer
from tests.helpers.zone import NAMED_ZONES, system_zone

LEFT = datetime(2026, 3, 9, 23, 50, tzinfo=timezone(timedelta(hours=1)))  # a Monday night


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(LEFT)


def reopened_with_its_clock(
    make_window: MakeWindow, state: AppState, clock: FakeClock
) -> tuple[MainWindow, CheckPage, list[ManualTimer]]:
    """The app started again on the Check page, with its once-a-minute look at the clock."""
    window = make_window(AppState.open(state.data_dir, now=clock), page="check")
    pollers: list[ManualTimer] = []

    def factory(_parent: object) -> ManualTimer:
        pollers.append(ManualTimer())
        return pollers[-1]

    window.start_timers(timer_factory=factory)  # as the app does after its first paint
    return window, check_page(window), pollers


def said(page: CheckPage) -> str:
    screen = start_screen(page)
    text = visible_text(screen)
    assert screen.start_button.accessibleDescription() in text  # heard as it is read
    return text


def test_the_offer_left_open_past_midnight_says_yesterday(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Before, the page opened at 23:55 still said "today at 23:50" at 00:05 and all the
    next day, on a check left the night before."""
    leave_a_check(qtbot, make_window, returning_state)
    clock.advance(minutes=5)
    _window, page, pollers = reopened_with_its_clock(make_window, returning_state, clock)
    assert "You left this check today at 23:50." in said(page)
    clock.advance(minutes=10)  # 00:05: the minute's look comes round
    pollers[0].timeout.emit()
    assert "You left this check yesterday at 23:50." in said(page)
    assert "today" not in said(page)


def test_the_offer_shown_again_the_next_day_names_the_day(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Home in between, the Check page chosen again two days later: before, it still
    said "today at 23:50"."""
    leave_a_check(qtbot, make_window, returning_state)
    clock.advance(minutes=5)
    window, page, _pollers = reopened_with_its_clock(make_window, returning_state, clock)
    click(qtbot, window.nav.buttons["home"])
    clock.advance(days=1, hours=12)  # Wednesday, 11:55, nothing looked at the clock
    click(qtbot, window.nav.buttons["check"])
    assert "You left this check on Monday at 23:50." in said(page)


def test_the_offer_after_a_sleep_through_the_night_says_yesterday(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """The computer slept from 23:55 to 08:00: the clock jumps, no minute's look came in
    between; waking makes the app active again."""
    leave_a_check(qtbot, make_window, returning_state)
    clock.advance(minutes=5)
    _window, page, _pollers = reopened_with_its_clock(make_window, returning_state, clock)
    clock.advance(hours=8, minutes=5)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert "You left this check yesterday at 23:50." in said(page)


@NAMED_ZONES
def test_the_offer_past_midnight_on_the_night_clocks_go_forward(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Madrid, Saturday 28 March 2026 at 23:50; at 02:00 the clocks go to 03:00."""
    with system_zone(monkeypatch, "Europe/Madrid"):
        clock.current = datetime(2026, 3, 28, 22, 50, tzinfo=UTC).astimezone()
        leave_a_check(qtbot, make_window, returning_state)
        clock.current = datetime(2026, 3, 28, 22, 55, tzinfo=UTC).astimezone()
        _window, page, pollers = reopened_with_its_clock(make_window, returning_state, clock)
        assert "You left this check today at 23:50." in said(page)
        clock.current = datetime(2026, 3, 29, 1, 10, tzinfo=UTC).astimezone()  # 03:10
        pollers[0].timeout.emit()
        assert "You left this check yesterday at 23:50." in said(page)


@pytest.mark.parametrize("largest_text", ["es"], indirect=True)
def test_the_offer_past_midnight_in_spanish(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState, clock: FakeClock
) -> None:
    leave_a_check(qtbot, make_window, largest_text)
    clock.advance(minutes=5)
    _window, page, pollers = reopened_with_its_clock(make_window, largest_text, clock)
    assert "Dejó esta revisión hoy a las 23:50." in said(page)
    clock.advance(minutes=10)
    pollers[0].timeout.emit()
    assert "Dejó esta revisión ayer a las 23:50." in said(page)
