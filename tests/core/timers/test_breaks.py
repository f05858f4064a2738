"""Movement breaks with a fake clock: the cycle, sleep, clock jumps, postpone limits,
active hours across midnight, pauses, restarts and the daily counts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.content import language_dir
from companion.core.shared.records import (
    BREAK_SKIPPED,
    BREAK_TAKEN,
    EVENTS,
    HAMSTRING_STRAIN,
    HEAT,
    SCIATIC_NERVE,
    SPINAL_CANAL,
    CheckRecord,
    TimerEvent,
)
from companion.core.timers.breaks import (
    MAX_POSTPONES,
    BreakCycle,
    BreakSettings,
    is_active,
    next_active_start,
    pick_movement,
    tomorrow_start,
)
from companion.core.timers.content import load_timer_content
from companion.core.timers.records import DUE, ON_BREAK, OUTSIDE, PAUSED, SITTING
from companion.core.timers.scheduler import BREAK_DUE, BREAK_OVER, BREAK_SOON, PACK_DONE, Scheduler
from tests.helpers.clock import FakeClock
from tests.helpers.timer_clock import TimerClock

TZ = timezone(timedelta(hours=1))
MONDAY_10 = datetime(2026, 3, 9, 10, 0, tzinfo=TZ)  # a Monday


@pytest.fixture
def clock() -> TimerClock:
    return TimerClock(FakeClock(MONDAY_10))


@pytest.fixture
def state(tmp_path: Path, clock: TimerClock) -> AppState:
    return AppState.open(tmp_path / "data", now=clock.wall)


@pytest.fixture
def scheduler(state: AppState, clock: TimerClock) -> Scheduler:
    scheduler = Scheduler(state, clock)
    scheduler.tick()
    scheduler.update_break_settings(enabled=True)
    return scheduler


def run(scheduler: Scheduler, clock: TimerClock, seconds: float, step: float = 5) -> list[str]:
    kinds: list[str] = []
    passed = 0.0
    while passed < seconds:
        clock.advance(seconds=step)
        passed += step
        kinds.extend(a.kind for a in scheduler.tick())
    return kinds


def events(state: AppState) -> list[TimerEvent]:
    return [TimerEvent.from_dict(r.data) for r in state.store.partitioned(EVENTS, "time").all()]


# --- settings ----------------------------------------------------------------------------------
def test_defaults_are_off_every_30_minutes_3_minute_breaks() -> None:
    s = BreakSettings()
    assert (s.enabled, s.interval, s.length, s.notice) == (False, 30, 3, 1)
    assert s.checked() is s


@pytest.mark.parametrize(
    "changes",
    [{"interval": 10}, {"interval": 95}, {"length": 0}, {"notice": 6}, {"days": frozenset()}],
)
def test_settings_out_of_range_are_refused(scheduler: Scheduler, changes: dict) -> None:
    with pytest.raises(ValueError):
        scheduler.update_break_settings(**changes)
    assert scheduler.settings.interval == 30


def test_interval_from_15_to_90_is_accepted(scheduler: Scheduler) -> None:
    assert scheduler.update_break_settings(interval=15).interval == 15
    assert scheduler.update_break_settings(interval=90).interval == 90


def test_settings_survive_a_restart_and_damaged_values_fall_back(
    scheduler: Scheduler, state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    scheduler.update_break_settings(
        interval=45, length=5, start=time(7, 30), days=frozenset({0, 2})
    )
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.settings == scheduler.settings
    assert BreakSettings.from_dict({"interval": 500, "start": "soon", "days": [9]}) == (
        BreakSettings()
    )


# --- the cycle -----------------------------------------------------------------------------------
def test_notice_then_due_then_a_break_then_the_next_cycle(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    assert scheduler.next_break() == MONDAY_10 + timedelta(minutes=30)
    assert run(scheduler, clock, 28 * 60) == []
    assert run(scheduler, clock, 60) == [BREAK_SOON]
    assert run(scheduler, clock, 60) == [BREAK_DUE]
    assert scheduler.cycle.phase == DUE
    assert run(scheduler, clock, 600) == []  # waits for the person, no repeats
    scheduler.take_break()
    assert scheduler.cycle.phase == ON_BREAK and scheduler.break_left() == 180
    assert run(scheduler, clock, 180) == [BREAK_OVER]
    assert [(e.kind, e.minutes) for e in events(state)] == [(BREAK_TAKEN, 3.0)]
    assert scheduler.cycle.phase == SITTING
    assert scheduler.next_break() == clock.wall() + timedelta(minutes=30)


def test_no_notice_when_notice_is_zero(scheduler: Scheduler, clock: TimerClock) -> None:
    scheduler.update_break_settings(notice=0)
    assert run(scheduler, clock, 30 * 60) == [BREAK_DUE]


def test_ending_a_break_early_still_counts_it(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    run(scheduler, clock, 30 * 60)
    scheduler.take_break()
    run(scheduler, clock, 60)
    scheduler.finish_break()
    assert [(e.kind, e.minutes) for e in events(state)] == [(BREAK_TAKEN, 1.0)]
    assert scheduler.cycle.phase == SITTING


def test_postpone_is_limited_to_twice_in_a_row(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    run(scheduler, clock, 30 * 60)
    for _ in range(MAX_POSTPONES):
        assert scheduler.cycle.can_postpone
        scheduler.postpone_break()
        assert run(scheduler, clock, 5 * 60) == [BREAK_DUE]  # no second notice before it
    assert not scheduler.cycle.can_postpone
    with pytest.raises(ValueError, match="only 2 times"):
        scheduler.postpone_break()
    scheduler.skip_break()
    assert scheduler.cycle.can_postpone  # the count starts again after a skip
    assert [e.kind for e in events(state)] == [BREAK_SKIPPED]


def test_skip_and_take_are_counted_per_day(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    run(scheduler, clock, 30 * 60)
    scheduler.skip_break()
    run(scheduler, clock, 30 * 60)
    scheduler.take_break()
    run(scheduler, clock, 3 * 60)
    run(scheduler, clock, 30 * 60)
    scheduler.skip_break()
    assert scheduler.counts_today() == {BREAK_SKIPPED: 2, BREAK_TAKEN: 1}
    clock.advance(days=1)
    scheduler.tick()
    assert scheduler.counts_today() == {}


def test_a_due_break_waits_while_heat_is_on(scheduler: Scheduler, clock: TimerClock) -> None:
    run(scheduler, clock, 25 * 60)
    scheduler.start_pack(HEAT, 15)
    kinds = run(scheduler, clock, 15 * 60)
    assert kinds == [PACK_DONE]  # never two alerts at once
    assert run(scheduler, clock, 5) == [BREAK_DUE]


def test_a_walking_check_counts_as_moving(scheduler: Scheduler, clock: TimerClock) -> None:
    run(scheduler, clock, 20 * 60)
    scheduler.start_walk()
    run(scheduler, clock, 8 * 60)
    scheduler.stop_walk()
    assert scheduler.next_break() == clock.wall() + timedelta(minutes=30)


# --- sleep and clock changes -------------------------------------------------------------------
def test_a_sleep_longer_than_a_break_restarts_the_cycle_without_an_alert(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    run(scheduler, clock, 20 * 60)
    clock.advance(hours=2)  # asleep well past the due time
    assert scheduler.tick() == []
    assert scheduler.cycle.phase == SITTING
    assert scheduler.next_break() == clock.wall() + timedelta(minutes=30)


def test_a_sleep_while_a_break_is_due_counts_as_the_break(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    run(scheduler, clock, 30 * 60)
    assert scheduler.cycle.phase == DUE
    clock.advance(minutes=10)
    assert scheduler.tick() == []
    assert scheduler.cycle.phase == SITTING


def test_a_sleep_shorter_than_a_break_keeps_counting(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    run(scheduler, clock, 10 * 60)
    clock.advance(minutes=2)  # shorter than the 3-minute break
    assert scheduler.tick() == []
    assert scheduler.next_break() == MONDAY_10 + timedelta(minutes=30)
    assert run(scheduler, clock, 17 * 60) == [BREAK_SOON]


def test_a_short_sleep_across_the_due_time_gives_one_alert_not_two(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    run(scheduler, clock, 28 * 60)
    clock.advance(minutes=2, seconds=30)
    assert [a.kind for a in scheduler.tick()] == [BREAK_DUE]


def test_a_break_that_ends_during_sleep_is_recorded_at_its_true_end(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    run(scheduler, clock, 30 * 60)
    scheduler.take_break()
    ends = clock.wall() + timedelta(minutes=3)
    clock.advance(hours=1)
    alerts = scheduler.tick()
    assert [(a.kind, a.late) for a in alerts] == [(BREAK_OVER, True)]
    assert [(e.kind, e.time) for e in events(state)] == [(BREAK_TAKEN, ends)]
    assert scheduler.cycle.phase == SITTING


@pytest.mark.parametrize("hours", [1, -1])
def test_a_clock_change_keeps_the_time_to_the_next_break(
    scheduler: Scheduler, clock: TimerClock, hours: int
) -> None:
    run(scheduler, clock, 10 * 60)
    clock.advance(seconds=5)
    clock.change_wall(hours=hours)
    assert scheduler.tick() == []
    left = scheduler.next_break() - clock.wall()  # type: ignore[operator]
    assert left == timedelta(minutes=20, seconds=-5)
    assert run(scheduler, clock, 19 * 60 - 5) == [BREAK_SOON]


# --- active hours and days -----------------------------------------------------------------------
def at(hour: int, minute: int = 0, day: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=TZ)


def test_active_hours_within_a_day() -> None:
    s = BreakSettings(enabled=True, start=time(9, 0), end=time(17, 0))
    assert not is_active(at(8, 59), s)
    assert is_active(at(9, 0), s)
    assert is_active(at(16, 59), s)
    assert not is_active(at(17, 0), s)


def test_active_hours_across_midnight_belong_to_the_day_they_start() -> None:
    # Fridays only, 22:00 to 02:00: Friday 13 March 2026, 23:00 and Saturday 01:00 count.
    s = BreakSettings(enabled=True, start=time(22, 0), end=time(2, 0), days=frozenset({4}))
    assert is_active(at(23, 0, day=13), s)
    assert is_active(at(1, 0, day=14), s)
    assert not is_active(at(2, 0, day=14), s)
    assert not is_active(at(23, 0, day=14), s)  # Saturday evening
    assert not is_active(at(1, 0, day=13), s)  # belongs to Thursday
    assert next_active_start(at(12, 0, day=13), s, TZ) == at(22, 0, day=13)
    assert tomorrow_start(at(1, 0, day=14), s, TZ) == at(22, 0, day=20)


def test_breaks_wait_outside_active_hours_and_start_counting_at_the_start(
    tmp_path: Path,
) -> None:
    clock = TimerClock(FakeClock(at(21, 0)))
    state = AppState.open(tmp_path / "data", now=clock.wall)
    scheduler = Scheduler(state, clock)
    scheduler.update_break_settings(enabled=True, start=time(22, 0), end=time(1, 0))
    scheduler.tick()
    assert scheduler.cycle.phase == OUTSIDE
    assert scheduler.next_break() == at(22, 30)
    assert run(scheduler, clock, 60 * 60 - 5) == []
    run(scheduler, clock, 10)
    assert scheduler.cycle.phase == SITTING
    kinds = run(scheduler, clock, 3 * 60 * 60)  # to just past 01:00, the end
    assert kinds == [BREAK_SOON, BREAK_DUE]  # one due break waits, without repeats
    assert scheduler.cycle.phase == OUTSIDE  # and is dropped when the active hours end


def test_days_without_breaks(tmp_path: Path) -> None:
    clock = TimerClock(FakeClock(datetime(2026, 3, 14, 10, 0, tzinfo=TZ)))  # Saturday
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    scheduler.update_break_settings(enabled=True, days=frozenset(range(5)))
    scheduler.tick()
    assert scheduler.cycle.phase == OUTSIDE
    assert scheduler.next_break() == datetime(2026, 3, 16, 8, 30, tzinfo=TZ)


# --- pause ---------------------------------------------------------------------------------------
def test_pause_for_an_hour(scheduler: Scheduler, clock: TimerClock) -> None:
    until = scheduler.pause_breaks(minutes=60)
    assert scheduler.cycle.phase == PAUSED
    assert scheduler.next_break() == until + timedelta(minutes=30)
    assert run(scheduler, clock, 60 * 60) == []
    assert scheduler.cycle.phase == SITTING
    assert run(scheduler, clock, 30 * 60) == [BREAK_SOON, BREAK_DUE]


def test_pause_until_tomorrow_and_resume(scheduler: Scheduler, clock: TimerClock) -> None:
    until = scheduler.pause_breaks_until_tomorrow()
    assert until == datetime(2026, 3, 10, 8, 0, tzinfo=TZ)
    assert run(scheduler, clock, 3 * 60 * 60, step=20) == []
    scheduler.resume_breaks()
    assert scheduler.cycle.phase == SITTING


def test_turning_breaks_off_removes_the_running_record(
    scheduler: Scheduler, state: AppState
) -> None:
    assert state.store.table(TIMERS).count() == 1
    scheduler.update_break_settings(enabled=False)
    assert state.store.table(TIMERS).count() == 0
    assert scheduler.next_break() is None


# --- restart -------------------------------------------------------------------------------------
def test_the_break_clock_survives_a_short_restart(
    scheduler: Scheduler, clock: TimerClock, tmp_path: Path
) -> None:
    run(scheduler, clock, 10 * 60)
    clock.advance(minutes=1)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.next_break() == MONDAY_10 + timedelta(minutes=30)


def test_a_long_time_closed_counts_as_a_break(
    scheduler: Scheduler, clock: TimerClock, tmp_path: Path
) -> None:
    run(scheduler, clock, 10 * 60)
    clock.advance(hours=1)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.tick() == []
    assert again.next_break() == clock.wall() + timedelta(minutes=30)


def test_a_postpone_count_survives_a_restart(
    scheduler: Scheduler, clock: TimerClock, tmp_path: Path
) -> None:
    run(scheduler, clock, 30 * 60)
    scheduler.postpone_break()
    scheduler.postpone_break()
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert not again.cycle.can_postpone


def test_a_damaged_cycle_record_starts_a_fresh_cycle() -> None:
    cycle = BreakCycle.from_dict({"phase": "due", "due": "tomorrow"})
    assert cycle.phase == "off"


# --- suggested movements -------------------------------------------------------------------------
def test_movements_fit_the_last_check_and_never_stretch_for_the_nerve(
    scheduler: Scheduler, state: AppState, clock: TimerClock
) -> None:
    movements = load_timer_content(language_dir(None, "en")).breaks.movements
    first = scheduler.movement(movements)
    assert first is not None and first.for_everyone
    check = CheckRecord(clock.wall(), "self_care", SCIATIC_NERVE, ((SCIATIC_NERVE, 0.8),), "")
    state.save_check(check)
    seen = set()
    for rounds in range(6):
        scheduler.cycle.rounds = rounds
        movement = scheduler.movement(movements)
        assert movement is not None and SCIATIC_NERVE in movement.patterns
        assert "stretch" not in (movement.title + movement.steps).lower()
        seen.add(movement.id)
    assert len(seen) >= 2  # the suggestions take turns
    spinal = pick_movement(movements, SPINAL_CANAL, 0)
    assert spinal is not None and "lean" in spinal.steps.lower()
    strain = pick_movement(movements, HAMSTRING_STRAIN, 0)
    assert strain is not None and SCIATIC_NERVE not in strain.patterns


def test_times_are_kept_in_utc_inside() -> None:
    cycle = BreakCycle()
    cycle.restart(MONDAY_10, BreakSettings(enabled=True))
    assert cycle.due is not None and cycle.due.tzinfo == UTC
