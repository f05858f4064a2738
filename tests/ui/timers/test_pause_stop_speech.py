"""Pausing, resuming and stopping heat with the keyboard, as a screen reader user does:
the keyboard stays on the button, so each change the panel shows is said aloud, once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import pack_panel as pack_module
from companion.ui.timers.driver import TimerDriver
from tests.helpers.keyboard import key
from tests.helpers.qt import announcements, click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import heat_panel, let_time_pass, start_heat

MakeWindow = Callable[..., MainWindow]


def test_pause_resume_and_stop_by_keyboard_are_each_said_once(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard = announcements(monkeypatch, pack_module)
    _window, heat = heat_panel(make_window, returning_state)
    heat.begin_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # Next: safety check
    for _question in heat.questions:
        key(qtbot, Qt.Key.Key_Right)  # No
        key(qtbot, Qt.Key.Key_Tab)
    for _step in range(4):  # past "Back" to the start button
        if QApplication.focusWidget() is heat.start_button:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is heat.start_button
    key(qtbot, Qt.Key.Key_Space)  # Start heat for 15 minutes
    assert QApplication.focusWidget() is heat.pause_button
    let_time_pass(driver, timer_clock, 120)
    assert heard == []

    key(qtbot, Qt.Key.Key_Space)  # Pause
    assert heat.running_heading.text() == "Heat: paused"
    assert heard == ["Heat: paused\nPaused. The time left waits for you."]
    let_time_pass(driver, timer_clock, 60)  # ticking on says nothing more
    assert len(heard) == 1

    assert QApplication.focusWidget() is heat.pause_button
    key(qtbot, Qt.Key.Key_Space)  # Resume
    assert len(heard) == 2
    assert heard[1].startswith("Heat is on, 15 minutes\nEnds at ")
    assert heard[1].split("\n")[1] == heat.ends_label.text()
    let_time_pass(driver, timer_clock, 60)
    assert len(heard) == 2

    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is heat.stop_button
    key(qtbot, Qt.Key.Key_Space)  # Stop
    assert len(heard) == 3
    said = heard[2].split("\n")
    # Stopped after 3 of 15 minutes: the time was not up, and neither screen nor voice says so.
    assert said[0] == heat.finished_heading.text() == "Heat stopped: take it off now"
    assert "Time is up" not in visible_text(heat)
    assert said[1] == heat.finished_when.text()
    assert said[1].startswith("Stopped at ") and said[1].endswith(" after 3 minutes.")
    assert "Check your skin now" in said[2]
    assert said[3] == "Saved to your journal."
    QApplication.processEvents()
    assert len(heard) == 3


@pytest.mark.parametrize("press", ["stop", "pause"])
def test_stop_or_pause_just_after_the_time_ran_out_says_time_is_up(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
    monkeypatch: pytest.MonkeyPatch,
    press: str,
) -> None:
    heard = announcements(monkeypatch, pack_module)
    _window, heat = heat_panel(make_window, returning_state)
    start_heat(qtbot, heat)  # 15 minutes from 10:30
    let_time_pass(driver, timer_clock, 15 * 60 - 1, step=1)
    assert heat.countdown.text() == "0:01"
    timer_clock.advance(seconds=1.5)  # 0.5 s past the end, before the next tick
    click(qtbot, heat.stop_button if press == "stop" else heat.pause_button)
    # The full 15 minutes ran: the panel and the voice say the time is up, not "stopped".
    assert heat.finished_heading.text() == "Time is up: take the heat off"
    assert heat.finished_when.text() == "It ended at 10:45."
    assert "stopped" not in visible_text(heat).lower()
    assert heat.saved_label.text() == "Saved to your journal."
    assert heard == [
        "\n".join(
            [
                "Time is up: take the heat off",
                "It ended at 10:45.",
                heat.texts.finished_text,
                "Saved to your journal.",
            ]
        )
    ]
