"""Home as a person meets it when the window stays open across midnight: its "today"
follows the wall clock, not the moment the page was last opened. Time is moved by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shared.reminder import reminder_for
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import ManualTimer, find_button

MakeWindow = Callable[..., MainWindow]


def add_entry_at(state: AppState, when: datetime) -> None:
    entry = parse_entry({"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left"})
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


def test_home_left_open_overnight_asks_for_the_new_days_entry(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    clock: FakeClock,
) -> None:
    clock.current = clock.current.replace(hour=21, minute=0)
    add_entry_at(returning_state, clock())
    window = make_window(returning_state, page="home")
    pollers: list[ManualTimer] = []

    def factory(_parent: object) -> ManualTimer:
        pollers.append(ManualTimer())
        return pollers[-1]

    window.start_timers(timer_factory=factory)  # as the app does after its first paint
    home = window.page("home")
    assert "You are up to date for today" in visible_text(home)
    assert "Last entry today." in visible_text(home)
    # The window stays on Home all night; at 07:00 the once-a-minute look comes round.
    clock.advance(hours=10)
    pollers[0].timeout.emit()
    text = visible_text(home)
    assert "You are up to date for today" not in text
    assert "Next step: today's journal entry" in text
    assert "Last entry yesterday." in text
    click(qtbot, find_button(home, "Add today's entry"))
    assert window.current_page() == "journal"


TOKYO = timezone(timedelta(hours=9))
NEW_YORK = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("made", "read", "up_to_date", "last"),
    [
        # Made at 08:00 on Tuesday in Tokyo, read at 20:00 on Monday in New York, two hours
        # later: listed under Tuesday, it is no missing entry on Monday.
        (datetime(2026, 3, 10, 8, 0, tzinfo=TOKYO), (2026, 3, 9, NEW_YORK), True, "today"),
        # Made at 23:00 on Monday in New York, read at 20:00 on Tuesday in Tokyo: Monday's.
        (datetime(2026, 3, 9, 23, 0, tzinfo=NEW_YORK), (2026, 3, 10, TOKYO), False, "yesterday"),
    ],
)
def test_after_a_flight_home_and_the_reminder_agree_on_todays_entry(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    clock: FakeClock,
    made: datetime,
    read: tuple[int, int, int, timezone],
    up_to_date: bool,
    last: str,
) -> None:
    year, month, day, zone = read
    clock.current = datetime(year, month, day, 19, 59, tzinfo=zone)
    add_entry_at(returning_state, made)
    reminder_for(returning_state).choose(enabled=True, at=time(20, 0))
    window = make_window(returning_state, page="home")
    pollers: list[ManualTimer] = []

    def factory(_parent: object) -> ManualTimer:
        pollers.append(ManualTimer())
        return pollers[-1]

    window.start_timers(timer_factory=factory)
    clock.advance(minutes=1)  # 20:00, the reminder's time
    pollers[0].timeout.emit()
    home = window.page("home")
    text = visible_text(home)
    notice = window.reminder.notice  # type: ignore[union-attr]
    assert ("You are up to date for today" in text) == up_to_date
    assert ("Next step: today's journal entry" in text) != up_to_date
    assert f"Last entry {last}." in text
    assert notice.isVisible() != up_to_date
