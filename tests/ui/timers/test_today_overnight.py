"""With nothing on, the timers do not tick: what the Timers page says of "today" follows
the app's once-a-minute look at the clock instead, when the window stays open overnight
or the computer sleeps through it. Time is moved by hand; the look is fired by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import ManualTimer, find_button, let_time_pass

MakeWindow = Callable[..., MainWindow]


def heat_done_in_the_evening(
    qtbot: QtBot,
    make_window: MakeWindow,
    state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> tuple[PackPanel, list[ManualTimer]]:
    """A heat session from 21:00 to 21:15, then nothing on, the Timers page left shown."""
    timer_clock.advance(hours=10, minutes=30)  # 21:00
    window = make_window(state, page="timers")
    pollers: list[ManualTimer] = []

    def factory(_parent: object) -> ManualTimer:
        pollers.append(ManualTimer())
        return pollers[-1]

    window.start_timers(timer_factory=factory)  # as the app does after its first paint
    page = window.page("timers")
    heat = page.panels[HEAT]  # type: ignore[attr-defined]
    assert isinstance(heat, PackPanel)
    click(qtbot, find_button(page, "Next: safety check"))
    for question in heat.questions:
        click(qtbot, question.buttons[False])
    click(qtbot, find_button(page, "Start heat for 15 minutes"))
    let_time_pass(driver, timer_clock, 15 * 60)
    click(qtbot, find_button(page, "I have checked my skin"))
    let_time_pass(driver, timer_clock, 60)
    assert "Sessions today: 1." in visible_text(heat)
    assert not driver.ticking  # nothing on: no tick will redraw the panel
    return heat, pollers


def test_sessions_today_starts_again_at_midnight_with_nothing_on(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """Before, at 07:00 the next morning the panel still said "Sessions today: 1."."""
    heat, pollers = heat_done_in_the_evening(
        qtbot, make_window, returning_state, driver, timer_clock
    )
    timer_clock.advance(hours=9, minutes=44)  # 07:00 the next day
    pollers[0].timeout.emit()
    assert "Sessions today: 0." in visible_text(heat), visible_text(heat)


def test_sessions_today_after_a_sleep_through_the_night(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    heat, _pollers = heat_done_in_the_evening(
        qtbot, make_window, returning_state, driver, timer_clock
    )
    timer_clock.advance(hours=9, minutes=44)  # asleep: the wall clock jumps on waking
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert "Sessions today: 0." in visible_text(heat), visible_text(heat)


def test_the_last_session_names_its_day_after_midnight(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """Before, at 07:00 the next morning the panel said "Sessions today: 0. The last one
    ended at 21:15." as if that were this morning."""
    heat, pollers = heat_done_in_the_evening(
        qtbot, make_window, returning_state, driver, timer_clock
    )
    evening = visible_text(heat)
    assert "The last one ended today at 21:15." in evening, evening
    timer_clock.advance(hours=9, minutes=44)  # 07:00 the next day
    pollers[0].timeout.emit()
    morning = visible_text(heat)
    assert "Sessions today: 0. The last one ended yesterday at 21:15." in morning, morning
    timer_clock.advance(hours=14, minutes=14)  # 21:14: still within the last day
    pollers[0].timeout.emit()
    later = visible_text(heat)
    assert "The last one ended yesterday at 21:15." in later, later


def test_the_last_session_names_its_day_in_spanish(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
    qapp: QApplication,
) -> None:
    heat, pollers = heat_done_in_the_evening(
        qtbot, make_window, returning_state, driver, timer_clock
    )
    assert install_translators(qapp, "es")
    try:
        timer_clock.advance(hours=9, minutes=44)  # 07:00 the next day
        pollers[0].timeout.emit()
        morning = visible_text(heat)
        assert "La última terminó ayer a las 21:15." in morning, morning
    finally:
        assert install_translators(qapp, "en")
