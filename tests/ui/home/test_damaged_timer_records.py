"""Home's Timers card is read from the saved timer records when the app starts, 300 ms
before the timers start and drop any damaged record. A damaged record must never make
the card say a timer runs or a skin check waits, not even for that moment: once, 7 of
10 hand-made damaged skin checks made it say "Your skin check is still waiting"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import HEAT, WALK
from companion.core.timers.records import BREAKS, SKIN_CHECK
from companion.ui.timers.driver import driver_for
from tests.helpers.clock import FakeClock
from tests.helpers.qt import visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import MakeWindow, ManualTimer, start_alerts

WAITING = "Your skin check is still waiting"
SKIN = {"kind": SKIN_CHECK, "pack": HEAT, "minutes": 15, "planned": 15}


def saved_state(tmp_path: Path, clock: FakeClock, records: list[dict[str, Any]]) -> AppState:
    """A returning person's data folder with these timer records saved, opened as the
    app opens it: the timers start only after the window's first paint."""
    state = AppState.open(tmp_path / "data", now=clock)
    state.settings.update(welcome_done=True, emergency_number="112")
    for record in records:
        state.store.table(TIMERS).insert(record)
    return state


def home_after_start(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    records: list[dict[str, Any]],
) -> tuple[str, str]:
    """What Home says of the timers as the window shows, and once the timers started."""
    timer_clock = TimerClock(clock)
    state = saved_state(tmp_path, clock, records)
    window = make_window(state, page="home")
    first = visible_text(window.page("home"))
    driver = driver_for(state, clock=timer_clock, timer_factory=ManualTimer)
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


def test_home_still_says_a_heat_timer_was_stopped_when_read_again_after_the_start(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """The timers move the damaged record aside as they start: Home, read again (another
    page and back, the minute's look at the clock), asks the running timers, not the
    records left on disk, so the warning stays until a session is started."""
    timer_clock = TimerClock(clock)
    state = saved_state(tmp_path, clock, [NO_ZONE])
    window = make_window(state, page="home")
    assert TAKE_OFF in visible_text(window.page("home"))  # from the records, at first paint
    driver = driver_for(state, clock=timer_clock, timer_factory=ManualTimer)
    start_alerts(window)
    qtbot.waitUntil(lambda: window.timers is not None)
    assert state.store.table(TIMERS).all() == []  # moved aside as the timers started
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Learn
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Home
    assert window.stack.currentWidget() is window.page("home")
    shown = visible_text(window.page("home"))
    assert TAKE_OFF in shown and "None running." in shown
    driver.stop()


def test_the_heat_timer_warning_is_a_warning_card_above_everything_else_on_home(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """A pack may be on the skin now: in the Timers card's grey status text, fourth on the
    page, it was two screens down at 1024x600 and the largest text, and read as any
    other status line."""
    state = saved_state(tmp_path, clock, [NO_ZONE])
    window = make_window(state, page="home")
    home = window.page("home")
    warnings = [
        frame
        for frame in home.findChildren(QFrame)
        if frame.property("role") == "warning" and frame.isVisible()
    ]
    assert len(warnings) == 1 and TAKE_OFF in visible_text(warnings[0])
    cards = [
        frame
        for frame in home.findChildren(QFrame)
        if frame.property("role") in ("card", "hero", "warning") and frame.isVisible()
    ]
    top = min(cards, key=lambda frame: frame.mapTo(home, frame.rect().topLeft()).y())
    assert top is warnings[0]
    assert warnings[0].accessibleName().startswith("A heat or ice timer saved earlier")
