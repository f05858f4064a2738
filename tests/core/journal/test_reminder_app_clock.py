"""The daily reminder with the app's own clock (`now` as this computer gives it: a fixed
offset, +01:00 until clocks go back and +00:00 after), on the days clocks change: back
and forward, and Lord Howe Island's half-hour change. A timer that runs past the chosen
time holds the reminder back; it shows as the timer ends, never an hour late."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.core.journal.reminder import (
    BEFORE_TIME,
    DUE,
    TIMER_RUNNING,
    ReminderState,
    choose,
    mark_shown,
    plan_reminder,
)
from tests.helpers.zone import NAMED_ZONES, system_zone
from tests.helpers.zone import london_on_clocks_back as as_made_here

pytestmark = NAMED_ZONES

# The days the clocks change in 2026: (zone, day).
CHANGES = (
    ("Europe/London", date(2026, 3, 29)),  # 01:00 -> 02:00
    ("Europe/London", date(2026, 10, 25)),  # 02:00 -> 01:00: 01:00 to 02:00 twice
    ("Australia/Lord_Howe", date(2026, 4, 5)),  # 02:00 -> 01:30: half an hour twice
    ("Australia/Lord_Howe", date(2026, 10, 4)),  # 02:00 -> 02:30
)


def test_clocks_back_a_timer_past_the_first_0130_shows_it_as_the_timer_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """London, 25 October: reminder at 01:30; heat runs from 01:30 (summer time) to
    01:10 (winter time, 40 minutes later). It shows at 01:10, not at the second 01:30."""
    with system_zone(monkeypatch, "Europe/London"):
        state = choose(ReminderState(), enabled=True, at=time(1, 30))

        def reason(utc_hour: int, minute: int, timer: bool = False) -> str:
            now = as_made_here(utc_hour, minute)
            return plan_reminder(
                state, now, has_entry_today=False, timer_running=timer, kiosk=False
            ).reason

        assert reason(0, 29) == BEFORE_TIME  # 01:29 summer time
        assert reason(0, 30, timer=True) == TIMER_RUNNING  # 01:30 summer time
        assert reason(1, 9, timer=True) == TIMER_RUNNING  # 01:09 winter time
        assert reason(1, 10) == DUE  # 01:10 winter time: the timer has ended


def _shows(zone: str, day: date, at: time, timer_minutes: int) -> tuple[list[str], str]:
    """The day polled minute by minute with the app's clock; a timer runs from the first
    minute the wall clock reaches `at` for `timer_minutes`. Returns when it showed and
    when it should have (the timer's end, or that first minute), as local times."""
    with pytest.MonkeyPatch.context() as patch, system_zone(patch, zone):
        state = choose(ReminderState(), enabled=True, at=at)
        start = datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)
        minutes = [(start + timedelta(minutes=n)).astimezone() for n in range(26 * 60)]
        minutes = [moment for moment in minutes if moment.date() == day]
        first = next((m for m in minutes if m.time().replace(tzinfo=None) >= at), None)
        if first is None:
            return [], "none"  # a time the day never reaches (a skipped last minute)
        timer_end = first.astimezone(UTC) + timedelta(minutes=timer_minutes)
        expected = max((m for m in minutes if m.astimezone(UTC) <= timer_end), default=first)
        if expected.astimezone(UTC) < timer_end:
            return [], "none"  # the timer runs into the next day
        shown: list[str] = []
        for moment in minutes:
            running = first.astimezone(UTC) <= moment.astimezone(UTC) < timer_end
            decision = plan_reminder(
                state, moment, has_entry_today=False, timer_running=running, kiosk=False
            )
            if decision.show:
                shown.append(moment.isoformat())
                state = mark_shown(state, moment)
        return shown, expected.isoformat()


@settings(max_examples=60, deadline=None)
@given(
    change=st.sampled_from(CHANGES),
    at_minutes=st.integers(0, 287).map(lambda n: n * 5),
    timer_minutes=st.integers(0, 24).map(lambda n: n * 5),
)
@example(change=CHANGES[1], at_minutes=90, timer_minutes=40)  # the 01:30 heat above
@example(change=CHANGES[1], at_minutes=60, timer_minutes=70)  # ends at 01:10 again
@example(change=CHANGES[2], at_minutes=105, timer_minutes=20)  # Lord Howe: 01:45 then 01:35
@example(change=CHANGES[0], at_minutes=90, timer_minutes=0)  # skipped: shows at 02:00
@example(change=CHANGES[3], at_minutes=135, timer_minutes=10)  # skipped: 02:30, then 02:40
def test_on_a_clock_change_day_it_shows_once_as_the_timer_ends(
    change: tuple[str, date], at_minutes: int, timer_minutes: int
) -> None:
    zone, day = change
    at = time(at_minutes // 60, at_minutes % 60)
    shown, expected = _shows(zone, day, at, timer_minutes)
    if expected != "none":
        assert shown == [expected]
