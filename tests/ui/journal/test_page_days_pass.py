"""The Journal page as a person meets it when the app stays open (in the tray, say) for
days: its trend counts back from today, not from the day the page last changed. Time is
moved by hand."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.timers.driver import TimerDriver
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, window_with_timers
from tests.helpers.qt import click
from tests.helpers.timers_ui import find_button

# Ten days of entries, the pain reaching further down the leg: an early warning.
SPREADING = ["buttock", "upper_thigh", "upper_thigh", "lower_thigh_knee", "calf"]
SPREADING += ["calf", "calf", "calf", "ankle_foot", "ankle_foot"]
WARNED = "Early sign: the pain may be reaching further down the leg"
NONE_RECENT = "No entries in the last 14 days"  # six weeks on, none are recent


def test_a_journal_left_open_for_weeks_counts_its_trend_from_today(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, SPREADING)
    window, poller = window_with_timers(make_window, returning_state)
    page = journal_page(window)
    assert page.trend_card.title.text() == WARNED
    assert page.numbers_label.isVisible()
    # No entry for six weeks; the page stays on screen, and the minute's look comes round.
    clock.advance(days=42)
    poller.timeout.emit()
    assert page.trend_card.title.text() == NONE_RECENT
    assert not page.numbers_label.isVisible()


def test_the_journal_opened_again_days_later_counts_its_trend_from_today(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    clock: FakeClock,
) -> None:
    add_entries(returning_state, clock, SPREADING)
    window, _poller = window_with_timers(make_window, returning_state)
    page = journal_page(window)
    assert page.trend_card.title.text() == WARNED
    clock.advance(days=42)  # no minute's look came: the laptop slept all that time
    click(qtbot, window.nav.buttons["home"])
    click(qtbot, find_button(window.page("home"), "Add today's entry"))
    assert window.current_page() == "journal"
    assert page.trend_card.title.text() == NONE_RECENT
