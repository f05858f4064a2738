"""Heat ran out, "Time is up: take the heat off" came, and nobody pressed "I have checked
my skin" (asleep on the pad); then the app quit, crashed or lost power. The next start
brings the alert back, saying when the session ended, until the person answers."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.timers.driver import TimerDriver, driver_for
from companion.ui.timers.page import TimersPage
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import (
    MakeWindow,
    ManualTimer,
    events,
    find_button,
    heat_panel,
    let_time_pass,
    start_alerts,
    start_heat,
    timers_state,
)


def test_an_unanswered_skin_check_comes_back_on_the_next_start(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    folder = tmp_path / "data"
    first, first_driver = timers_state(folder, clock, timer_clock)
    window, heat = heat_panel(make_window, first)
    start_alerts(window)
    start_heat(qtbot, heat)  # 15 minutes, from 10:30
    let_time_pass(first_driver, timer_clock, 15 * 60)
    presenter = window.timers.presenter if window.timers else None
    assert presenter is not None and presenter.pack_dialog is not None
    assert presenter.pack_dialog.isVisible()  # "Time is up", and no answer
    first_driver.stop()
    window.close()  # the app ends without the skin check answered
    timer_clock.advance(hours=20)  # the next morning, 06:45

    again = AppState.open(folder, now=clock)
    second = driver_for(again, clock=timer_clock, timer_factory=ManualTimer)
    window = make_window(again, page="home")
    chimes: list[str] = []
    presenter = start_alerts(window, sound=lambda: chimes.append("chime"))
    dialog = presenter.pack_dialog
    assert dialog is not None and dialog.isVisible()
    shown = visible_text(dialog)
    assert "Time is up: take the heat off" in shown and "Check your skin now" in shown
    assert (
        "It ended yesterday at 10:45. The app was closed before you said you had checked "
        "your skin." in shown
    )
    assert chimes == []  # late: no sound at 06:45
    click(qtbot, find_button(dialog, "Open Timers"))
    page = window.page("timers")
    assert isinstance(page, TimersPage) and page.current_panel() == HEAT
    assert "It ended yesterday at 10:45." in visible_text(page)
    click(qtbot, find_button(page, "I have checked my skin"))
    assert "It ended yesterday" not in visible_text(page)
    assert len(events(again)) == 1  # the session was recorded once, on the first day
    second.stop()
    window.close()

    third = AppState.open(folder, now=clock)  # answered: the next start asks nothing
    third_driver = driver_for(third, clock=timer_clock, timer_factory=ManualTimer)
    window = make_window(third, page="home")
    presenter = start_alerts(window)
    assert presenter.pack_dialog is None
    third_driver.stop()


SKIN_WAITS = "Your skin check is still waiting"


def test_home_says_a_skin_check_waits_until_it_is_answered(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """Home's Timers card said only "None running." while "I have checked my skin" was
    not pressed: someone back at the computer after sleeping on a heat pad read that
    all was done."""
    window = make_window(returning_state, page="timers")
    window.start_timers()
    driver.act(lambda s: s.start_pack(HEAT, 5))
    window.show_page("home")
    let_time_pass(driver, timer_clock, 5 * 60, step=30)
    home = window.page("home")
    assert "None running." in visible_text(home)
    assert SKIN_WAITS in visible_text(home)  # before: "None running." alone
    presenter = window.timers.presenter if window.timers else None
    assert presenter is not None and presenter.pack_dialog is not None
    click(qtbot, find_button(presenter.pack_dialog, "I have checked my skin"))
    assert SKIN_WAITS not in visible_text(home)
