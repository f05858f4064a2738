"""The walking check and movement breaks told only in the tray (the window minimised or
hidden): a click on the tray's message brings the window back with the alert's own
window while the person still has to act on it, and nothing old once they have. Time is
moved by hand; no test sleeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.records import WALK
from companion.core.timers.records import DUE, PAUSED, SITTING
from companion.core.timers.scheduler import Scheduler
from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import (
    TRAY_ONLY,
    MakeScene,
    click_message,
    find_button,
    has_button,
    tray_of,
)

WALK_TITLE = "Walking check"
BREAK_TITLE = "Time for a movement break"


# --- the walking check -----------------------------------------------------------------------
@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_clicking_the_walk_message_shows_the_walk_window_and_its_questions(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter = scene.window, scene.presenter
    scene.start_walk()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    scene.pass_time(30 * 60)
    assert told == [WALK_TITLE]  # in the tray only
    assert presenter.walk_dialog is None
    click_message(window)
    assert window.isVisible() and not window.isMinimized()
    walk = presenter.walk_dialog
    assert walk is not None and walk.isVisible()
    assert "30 minutes: the check is done" in visible_text(walk)
    click(qtbot, find_button(walk, "Answer two questions and save"))
    assert not walk.isVisible() and window.current_page() == "timers"
    panel = window.page("timers").panels[WALK]  # type: ignore[attr-defined]
    assert panel.isVisible() and "Did sitting down ease" in visible_text(panel)
    assert has_button(panel, "Save to my journal")
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
@pytest.mark.parametrize(
    "dealt_with",
    [
        pytest.param(
            lambda s: s.save_walk(eased_by_sitting=True, eased_by_bending=False), id="answered"
        ),
        pytest.param(lambda s: s.cancel_walk(), id="cancelled"),
    ],
)
def test_a_walk_message_clicked_after_the_questions_were_dealt_with_only_brings_the_window(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
    dealt_with: Callable[[Scheduler], object],
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.start_walk()
    window.hide()  # in the tray
    scene.pass_time(30 * 60)
    assert told == [WALK_TITLE]
    driver.act(dealt_with)
    click_message(window)
    assert window.isVisible() and window.current_page() == "journal"
    assert presenter.walk_dialog is None  # nothing old shown again
    tray_of(window).hide()


# --- movement breaks -------------------------------------------------------------------------
@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_clicking_the_break_message_shows_the_break_window_while_the_break_is_due(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.breaks_on()  # due at 11:00
    window.hide()  # in the tray
    scene.pass_time(30 * 60)
    assert told == [BREAK_TITLE]
    assert presenter.break_dialog is None
    scene.pass_time(5 * 60)  # five minutes before the person looks
    click_message(window)
    breaks = presenter.break_dialog
    assert breaks is not None and breaks.isVisible()
    assert "Time for a movement break" in visible_text(breaks)
    click(qtbot, find_button(breaks, "Skip this one"))
    assert not breaks.isVisible() and driver.status().break_phase == SITTING
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
@pytest.mark.parametrize(
    ("menu_item", "phase"),
    [("pause_hour", PAUSED), ("pause_day", PAUSED)],
)
def test_a_break_message_clicked_after_pausing_from_the_tray_menu_only_brings_the_window(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
    menu_item: str,
    phase: str,
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.breaks_on()
    window.hide()
    scene.pass_time(30 * 60)
    assert told == [BREAK_TITLE] and driver.status().break_phase == DUE
    getattr(tray_of(window).menu, menu_item).trigger()  # chosen from the tray's menu
    assert driver.status().break_phase == phase
    click_message(window)
    assert window.isVisible()
    assert presenter.break_dialog is None  # no "Time for a movement break" while paused
    tray_of(window).hide()


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
@pytest.mark.parametrize(
    "dealt_with",
    [
        pytest.param(lambda s: s.take_break(), id="break taken"),
        pytest.param(lambda s: s.postpone_break(), id="postponed"),
        pytest.param(lambda s: s.update_break_settings(enabled=False), id="reminders off"),
    ],
)
def test_a_break_message_clicked_after_the_break_was_dealt_with_only_brings_the_window(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
    dealt_with: Callable[[Scheduler], object],
) -> None:
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.breaks_on()
    window.hide()
    scene.pass_time(30 * 60)
    assert told == [BREAK_TITLE]
    driver.act(dealt_with)  # on the Breaks page, say
    click_message(window)
    assert window.isVisible() and window.current_page() == "journal"
    assert presenter.break_dialog is None
    tray_of(window).hide()
