"""The walking check as a person meets it: stopwatch, stop, two questions, saved."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EVENTS, WALK, TimerEvent
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.page import TimersPage
from companion.ui.timers.walk_panel import WalkPanel
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import find_button, has_button, let_time_pass

MakeWindow = Callable[..., MainWindow]


def walk_page(make_window: MakeWindow, state: AppState) -> tuple[MainWindow, WalkPanel]:
    window = make_window(state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    click_target = page.tabs[WALK]
    click_target.click()
    panel = page.panels[WALK]
    assert isinstance(panel, WalkPanel)
    return window, panel


def saved(state: AppState) -> list[TimerEvent]:
    return [TimerEvent.from_dict(r.data) for r in state.store.partitioned(EVENTS, "time").all()]


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
    assert "Stops by itself at 30:00." in visible_text(panel)
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
    [event] = saved(returning_state)
    assert (event.kind, event.minutes) == (WALK, 7.5)
    assert event.details["eased_by_sitting"] is True
    assert event.details["eased_by_bending"] is None
    click(qtbot, find_button(panel, "Done"))
    assert "Last check: 7.5 minutes" in visible_text(panel)


def test_the_check_stops_itself_at_30_minutes(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, panel = walk_page(make_window, returning_state)
    window.start_timers()
    assert window.timers is not None
    window.timers.presenter.sound = lambda: None
    click(qtbot, find_button(panel, "Start walking"))
    let_time_pass(driver, timer_clock, 31 * 60)
    dialog = window.timers.presenter.walk_dialog
    assert dialog is not None and dialog.isVisible()
    assert "30 minutes" in visible_text(dialog)
    click(qtbot, find_button(dialog, "Answer two questions and save"))
    assert "You walked 30 minutes" in visible_text(panel)
    assert "That is a good result." in visible_text(panel)
    click(qtbot, find_button(panel, "Save to my journal"))
    [event] = saved(returning_state)
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
    assert saved(returning_state) == []
