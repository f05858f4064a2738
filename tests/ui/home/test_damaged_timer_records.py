"""Home's Timers card is read from the saved timer records when the app starts, 300 ms
before the timers start and drop any damaged record. A damaged record must never make
the card say a timer runs or a skin check waits, not even for that moment: once, 7 of
10 hand-made damaged skin checks made it say "Your skin check is still waiting"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import TIMERS
from companion.core.shared.records import HEAT, WALK
from companion.core.timers.records import BREAKS, SKIN_CHECK
from tests.helpers.clock import FakeClock
from tests.helpers.qt import visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import MakeWindow, start_alerts, timers_state

WAITING = "Your skin check is still waiting"
SKIN = {"kind": SKIN_CHECK, "pack": HEAT, "minutes": 15, "planned": 15}


def home_after_start(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    records: list[dict[str, Any]],
) -> tuple[str, str]:
    """What Home says of the timers as the window shows, and once the timers started."""
    timer_clock = TimerClock(clock)
    state, driver = timers_state(tmp_path / "data", clock, timer_clock)
    for record in records:
        state.store.table(TIMERS).insert(record)
    window = make_window(state, page="home")
    first = visible_text(window.page("home"))
    start_alerts(window)  # 300 ms after the first paint, as the app does
    qtbot.waitUntil(lambda: window.timers is not None)
    later = visible_text(window.page("home"))
    driver.stop()
    return first, later


@pytest.mark.parametrize(
    "record",
    [
        {**SKIN, "ended": "soon"},
        {**SKIN, "ended": "2026-03-11T10:30:00+00:00"},  # two days ahead of the clock
        {**SKIN, "ended": "2026-03-07T09:00:00+00:00"},  # more than a day old
        {**SKIN, "minutes": "15", "ended": "2026-03-09T10:00:00+00:00"},
        {"kind": HEAT, "minutes": 99, "started": "x"},
        {"kind": WALK, "started": None},
    ],
)
def test_a_damaged_timer_record_is_never_said_to_run_or_wait(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    record: dict[str, Any],
) -> None:
    first, later = home_after_start(qtbot, make_window, tmp_path, clock, [record])
    for shown in (first, later):
        assert "None running." in shown and WAITING not in shown


def test_break_reminders_left_on_by_a_record_alone_are_not_said_to_be_on(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    first, later = home_after_start(
        qtbot, make_window, tmp_path, clock, [{"kind": BREAKS, "phase": "sitting"}]
    )
    for shown in (first, later):
        assert "Break reminders are on." not in shown


def test_a_sound_skin_check_is_said_to_wait_before_and_after_the_timers_start(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    ended = clock() - timedelta(hours=2)
    first, later = home_after_start(
        qtbot, make_window, tmp_path, clock, [{**SKIN, "ended": ended.isoformat()}]
    )
    assert WAITING in first and WAITING in later


NO_ZONE = {
    "kind": HEAT,
    "minutes": 15,
    "started": "2026-03-09T10:20:00",
    "ends": "2026-03-09T10:35:00",
}
TAKE_OFF = "If you still have a heat or ice pack on, take it off now and check your skin."


def test_a_heat_session_that_cannot_be_read_is_said_stopped_before_and_after_the_start(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    first, later = home_after_start(qtbot, make_window, tmp_path, clock, [NO_ZONE])
    for shown in (first, later):
        assert TAKE_OFF in shown and "None running." in shown


def test_a_newer_versions_timer_is_not_counted_and_not_said_damaged(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    newer = {"kind": "tens", "started": "2026-03-09T10:20:00+00:00", "level": 3}
    first, later = home_after_start(qtbot, make_window, tmp_path, clock, [newer])
    for shown in (first, later):
        assert "None running." in shown and TAKE_OFF not in shown
