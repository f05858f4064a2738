"""The daily reminder's decisions: off until chosen, once a day on a day without an entry,
"In an hour" and "Not today", waiting for timers, never in the kiosk; right across sleep,
clock changes both ways and restarts, in zones north and south of the equator."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.core.journal.reminder import (
    BEFORE_TIME,
    DUE,
    ENTRY_TODAY,
    KIOSK,
    NOT_TODAY,
    OFF,
    SHOWN_TODAY,
    TIMER_RUNNING,
    ReminderState,
    ReminderStore,
    choose,
    mark_shown,
    next_due,
    not_today,
    plan_reminder,
    should_offer,
    snooze,
)
from companion.core.shared.app_state import AppState

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")  # clocks go forward in October, back in April
ZONES = (LONDON, NEW_YORK, SYDNEY, ZoneInfo("Asia/Kolkata"))
ON = choose(ReminderState(), enabled=True, at=time(20, 0))


def at(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def plan(state: ReminderState, now: datetime, entry: bool = False, timer: bool = False) -> str:
    return plan_reminder(state, now, has_entry_today=entry, timer_running=timer, kiosk=False).reason


def test_off_until_chosen_and_offered_once_after_the_first_entry() -> None:
    evening = at(LONDON, 2026, 5, 4, 21, 0)
    assert plan(ReminderState(), evening) == OFF
    assert not should_offer(ReminderState(), entry_count=0, kiosk=False)
    assert should_offer(ReminderState(), entry_count=1, kiosk=False)
    assert not should_offer(ReminderState(), entry_count=1, kiosk=True)
    declined = choose(ReminderState(), enabled=False)
    assert not should_offer(declined, entry_count=5, kiosk=False)
    assert plan(declined, evening) == OFF


def test_due_at_the_chosen_time_only_without_an_entry_and_once() -> None:
    assert plan(ON, at(LONDON, 2026, 5, 4, 19, 59)) == BEFORE_TIME
    now = at(LONDON, 2026, 5, 4, 20, 0)
    assert plan(ON, now) == DUE
    assert plan(ON, now, entry=True) == ENTRY_TODAY
    shown = mark_shown(ON, now)
    assert plan(shown, at(LONDON, 2026, 5, 4, 22, 0)) == SHOWN_TODAY
    assert plan(shown, at(LONDON, 2026, 5, 5, 20, 0)) == DUE  # the next day again


def test_in_an_hour_and_not_today() -> None:
    now = at(LONDON, 2026, 5, 4, 20, 5)
    later = snooze(mark_shown(ON, now), now)
    assert plan(later, now + timedelta(minutes=59)) != DUE
    assert plan(later, now + timedelta(minutes=60)) == DUE
    assert plan(mark_shown(later, now + timedelta(minutes=60)), now + timedelta(hours=2)) != DUE
    gone = not_today(mark_shown(ON, now), now)
    assert plan(gone, now + timedelta(hours=3)) == NOT_TODAY
    assert plan(gone, at(LONDON, 2026, 5, 5, 20, 0)) == DUE
    # A snooze that would run past midnight ends with the day.
    late = at(LONDON, 2026, 5, 4, 23, 30)
    ended = snooze(mark_shown(ON, late), late)
    assert plan(ended, late + timedelta(hours=1)) == BEFORE_TIME


def test_waits_while_a_timer_runs_then_shows_the_same_day() -> None:
    now = at(SYDNEY, 2026, 5, 4, 20, 0)
    assert plan(ON, now, timer=True) == TIMER_RUNNING
    assert plan(ON, now + timedelta(minutes=20)) == DUE


def test_never_in_the_kiosk() -> None:
    now = at(LONDON, 2026, 5, 4, 21, 0)
    decision = plan_reminder(ON, now, has_entry_today=False, timer_running=False, kiosk=True)
    assert not decision.show and decision.reason == KIOSK


def test_a_clock_turned_back_after_it_showed_does_not_show_it_again() -> None:
    shown = mark_shown(ON, at(NEW_YORK, 2026, 5, 4, 20, 0))
    assert plan(shown, at(NEW_YORK, 2026, 5, 4, 20, 30)) == SHOWN_TODAY
    # Clocks go back at 02:00 on 1 November: 01:30 happens twice.
    early = choose(ReminderState(), enabled=True, at=time(1, 30))
    first = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK)
    assert second - first == timedelta(hours=1) or second.timestamp() - first.timestamp() == 3600
    assert plan(early, first) == DUE
    assert plan(mark_shown(early, first), second) == SHOWN_TODAY


def test_a_skipped_time_shows_at_the_first_minute_after_the_jump() -> None:
    # London: clocks go forward from 01:00 to 02:00 on 29 March 2026.
    early = choose(ReminderState(), enabled=True, at=time(1, 30))
    before = at(LONDON, 2026, 3, 29, 0, 59)
    due = next_due(early, before, LONDON)
    assert due is not None and (due.hour, due.minute) == (2, 0)
    assert due.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert plan(early, before) == BEFORE_TIME
    assert plan(early, due) == DUE


def test_the_state_survives_a_restart_and_a_damaged_record_falls_back(tmp_path: Path) -> None:
    app = AppState.open(tmp_path)
    store = ReminderStore(app)
    now = at(SYDNEY, 2026, 5, 4, 20, 0)
    store.save(snooze(mark_shown(ON, now), now))
    again = ReminderStore(AppState.open(tmp_path)).load()
    assert again == snooze(mark_shown(ON, now), now)
    assert plan(again, now + timedelta(minutes=30)) != DUE
    damaged = ReminderState.from_dict(
        {"enabled": "yes", "at": "25:99", "shown_on": "soon", "snoozed_until": "2026-05-04T20:00"}
    )
    assert damaged == ReminderState()


# --- property tests: many days, in four zones, polled as an app would ---------------

START = datetime(2026, 1, 1, tzinfo=UTC)


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    day=st.integers(0, 364),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    steps=st.lists(
        st.one_of(
            st.integers(1, 30),  # minutes between looks while the app runs
            st.integers(60, 36 * 60),  # asleep for up to a day and a half
        ),
        min_size=1,
        max_size=150,
    ),
    entries=st.sets(st.integers(0, 6), max_size=3),  # days (from the start) with an entry
    restart_every=st.integers(1, 10),
)
def test_polled_across_sleep_and_clock_changes_it_shows_at_most_once_a_day(
    zone: ZoneInfo,
    day: int,
    hour: int,
    minute: int,
    steps: list[int],
    entries: set[int],
    restart_every: int,
) -> None:
    state = choose(ReminderState(), enabled=True, at=time(hour, minute))
    moment = (START + timedelta(days=day)).astimezone(zone)
    first_day = moment.date()
    shown_days: list[date] = []
    for index, step in enumerate(steps):
        moment = (moment.astimezone(UTC) + timedelta(minutes=step)).astimezone(zone)
        today = moment.date()
        entry_today = (today - first_day).days in entries
        if index % restart_every == 0:  # a restart: the state as saved and read back
            state = ReminderState.from_dict(json.loads(json.dumps(state.to_dict())))
        decision = plan_reminder(
            state, moment, has_entry_today=entry_today, timer_running=False, kiosk=False
        )
        if decision.show:
            assert not entry_today
            assert moment.time().replace(tzinfo=None) >= state.at or (
                _after_skipped_time(moment, state.at, zone)
            )
            shown_days.append(today)
            state = mark_shown(state, moment)
    assert len(shown_days) == len(set(shown_days))


def _after_skipped_time(moment: datetime, chosen: time, zone: ZoneInfo) -> bool:
    due = next_due(ReminderState(enabled=True, at=chosen), moment.replace(hour=0, minute=0), zone)
    return due is not None and moment.astimezone(UTC) >= due.astimezone(UTC)


@settings(max_examples=40, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    day=st.integers(0, 364),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
# The days clocks change, both ways, north and south of the equator.
@example(zone=LONDON, day=87, hour=1, minute=30)  # 29 March: 01:30 is skipped
@example(zone=LONDON, day=297, hour=1, minute=30)  # 25 October: 01:30 happens twice
@example(zone=NEW_YORK, day=66, hour=2, minute=15)  # 8 March: skipped
@example(zone=SYDNEY, day=275, hour=2, minute=30)  # 4 October: skipped
@example(zone=SYDNEY, day=93, hour=2, minute=30)  # 5 April: happens twice
@example(zone=SYDNEY, day=92, hour=2, minute=40)  # 5 April: the timer ends in the repeat
def test_polled_every_minute_it_shows_exactly_when_next_due_says(
    zone: ZoneInfo, day: int, hour: int, minute: int
) -> None:
    """Two days looked at minute by minute, with a timer running for the first 20
    minutes after each due time (when that ends the same day): one show a day, at the
    first minute after the timer."""
    state = choose(ReminderState(), enabled=True, at=time(hour, minute))
    moment = (START + timedelta(days=day)).astimezone(zone)
    shows: list[datetime] = []
    due = next_due(state, moment, zone)
    assert due is not None
    for _ in range(2 * 24 * 60):
        moment = (moment.astimezone(UTC) + timedelta(minutes=1)).astimezone(zone)
        due_utc = due.astimezone(UTC)
        timer_end = due_utc + timedelta(minutes=20)
        if timer_end.astimezone(zone).date() != due.date():
            timer_end = due_utc  # a timer into the next day would end the day's reminder
        running = due_utc <= moment.astimezone(UTC) < timer_end
        decision = plan_reminder(
            state, moment, has_entry_today=False, timer_running=running, kiosk=False
        )
        if decision.show:
            shows.append(moment)
            assert moment.astimezone(UTC) == max(timer_end, due_utc)
            state = mark_shown(state, moment)
            following = next_due(state, moment, zone)
            assert following is not None and following.date() > moment.date()
            due = following
    # Two days of minutes touch two or three local days; each shows once.
    assert 2 <= len(shows) <= 3
    assert len({s.date() for s in shows}) == len(shows)
