"""What the heat and breaks panels say about past sessions keeps up with the clock, with
the app left open: today's counts start again at midnight, and the spacing advice goes
once its time has passed."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import BREAKS
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import find_button, let_time_pass

MakeWindow = Callable[..., MainWindow]


def test_counts_and_spacing_follow_the_clock_with_the_app_left_open(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state, page="timers")
    page = window.page("timers")
    heat = page.panels[HEAT]  # type: ignore[attr-defined]
    assert isinstance(heat, PackPanel)
    click(qtbot, find_button(page, "Next: safety check"))
    for question in heat.questions:
        click(qtbot, question.buttons[False])
    click(qtbot, find_button(page, "Start heat for 15 minutes"))  # at 10:30
    let_time_pass(driver, timer_clock, 15 * 60)
    click(qtbot, find_button(page, "I have checked my skin"))
    text = visible_text(heat)
    assert "Sessions today: 1." in text and "wait until about 11:45" in text, text

    let_time_pass(driver, timer_clock, 60 * 60, step=60)  # 11:45: the hour has passed
    assert "wait until about" not in visible_text(heat), visible_text(heat)

    page.tabs[BREAKS].click()  # type: ignore[attr-defined]
    click(qtbot, page.panels[BREAKS].enabled_box)  # type: ignore[attr-defined]
    click(qtbot, find_button(page, "Take a break now"))
    let_time_pass(driver, timer_clock, 3 * 60, step=60)
    assert "Today: 1 taken, 0 skipped." in visible_text(page)

    # The app stays open in the tray overnight; the breaks' ticks go on.
    let_time_pass(driver, timer_clock, 13 * 60 * 60, step=30 * 60)  # 00:48 the next day
    assert "Today: 0 taken, 0 skipped." in visible_text(page), visible_text(page)
    page.tabs[HEAT].click()  # type: ignore[attr-defined]
    assert "Sessions today: 0." in visible_text(heat), visible_text(heat)
