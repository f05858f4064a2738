"""The walking check as a person meets it: stopwatch, stop, two questions, saved."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EVENTS, WALK, TimerEvent
from companion.ui.timers.driver import TimerDriver, driver_for
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, delete_all_my_data, visible_text
from tests.helpers.timer_clock import SystemLikeClock, TimerClock
from tests.helpers.timers_ui import (
    MakeWindow,
    ManualTimer,
    events,
    find_button,
    has_button,
    let_time_pass,
    start_alerts,
    walk_page,
)


def test_walk_until_symptoms_answer_and_save_to_the_journal(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    _window, panel = walk_page(make_window, returning_state)
    assert "No walking check saved yet." in visible_text(panel)
    click(qtbot, find_button(panel, "Start walking"))
    assert panel.stopwatch.isVisible() and panel.stopwatch.text() == "0:00"
    assert "Stops by itself after 30 minutes." in visible_text(panel)
    assert "30:00" not in visible_text(panel)  # a length, not a time of day
    let_time_pass(driver, timer_clock, 7 * 60 + 30)
    assert panel.stopwatch.text() == "7:30"
    click(qtbot, find_button(panel, "My usual symptoms started"))
    assert "You walked 7.5 minutes" in visible_text(panel)
    assert "30 minutes" not in visible_text(panel)  # the limit text is for a full check
    let_time_pass(driver, timer_clock, 60)  # answering takes a moment; the time stays
    assert "You walked 7.5 minutes" in visible_text(panel)
    click(qtbot, panel.sitting.buttons[True])
    click(qtbot, panel.bending.buttons[None])
    click(qtbot, find_button(panel, "Save to my journal"))
    assert "Saved to your journal" in visible_text(panel)
    [event] = events(returning_state)
    assert (event.kind, event.minutes) == (WALK, 7.5)
    assert event.details["eased_by_sitting"] is True
    assert event.details["eased_by_bending"] is None
    click(qtbot, find_button(panel, "Done"))
    assert "Last check: 7.5 minutes" in visible_text(panel)


def test_a_saved_walk_is_no_longer_shown_once_all_data_is_deleted(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    # The panel kept saying "Saved to your journal: You walked 2 minutes..." after
    # "Delete everything" had removed that walk.
    window, panel = walk_page(make_window, returning_state)
    click(qtbot, find_button(panel, "Start walking"))
    let_time_pass(driver, timer_clock, 2 * 60)
    click(qtbot, find_button(panel, "My usual symptoms started"))
    click(qtbot, find_button(panel, "Save to my journal"))
    assert "Saved to your journal" in visible_text(panel)
    delete_all_my_data(qtbot, window)
    click(qtbot, window.nav.buttons["timers"])
    assert "Saved to your journal" not in visible_text(panel)
    assert "No walking check saved yet." in visible_text(panel)
    assert has_button(panel, "Start walking")


def test_the_check_stops_itself_at_30_minutes(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, panel = walk_page(make_window, returning_state)
    start_alerts(window)
    click(qtbot, find_button(panel, "Start walking"))
    let_time_pass(driver, timer_clock, 31 * 60)
    dialog = window.timers.presenter.walk_dialog
    assert dialog is not None and dialog.isVisible()
    assert "30 minutes" in visible_text(dialog)
    click(qtbot, find_button(dialog, "Answer two questions and save"))
    assert "You walked 30 minutes" in visible_text(panel)
    assert "That is a good result." in visible_text(panel)
    click(qtbot, find_button(panel, "Save to my journal"))
    [event] = events(returning_state)
    assert event.minutes == 30.0
    assert event.details["eased_by_sitting"] is None


def test_cancel_and_discard_keep_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    _window, panel = walk_page(make_window, returning_state)
    click(qtbot, find_button(panel, "Start walking"))
    let_time_pass(driver, timer_clock, 60)
    click(qtbot, find_button(panel, "Cancel the check"))
    assert has_button(panel, "Start walking")
    click(qtbot, find_button(panel, "Start walking"))
    click(qtbot, find_button(panel, "My usual symptoms started"))
    click(qtbot, find_button(panel, "Discard"))
    assert has_button(panel, "Start walking")
    assert events(returning_state) == []


def test_a_check_from_before_a_clock_change_keeps_the_time_it_was_done(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    london = ZoneInfo("Europe/London")
    done = datetime(2026, 10, 20, 10, 15, tzinfo=london)  # in summer time
    clock = SystemLikeClock(FakeClock(datetime(2026, 11, 2, 12, 0, tzinfo=UTC)), zone=london)
    state = AppState.open(tmp_path / "data", now=clock.wall)
    state.settings.update(welcome_done=True, emergency_number="112")
    event = TimerEvent(done, WALK, 12.0)
    state.store.partitioned(EVENTS, "time").insert(event.to_dict())
    driver = driver_for(state, clock=clock, timer_factory=ManualTimer)
    _window, panel = walk_page(make_window, state)
    assert "at 10:15." in visible_text(panel)  # not 09:15, winter's reading of that instant
    driver.stop()
