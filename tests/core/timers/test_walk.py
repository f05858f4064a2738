"""The walking check: a stopwatch that stops itself at 30 minutes, then two questions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import EVENTS, WALK, TimerEvent
from companion.core.timers.scheduler import WALK_LIMIT, Scheduler
from tests.helpers.timer_clock import TimerClock


def run(scheduler: Scheduler, clock: TimerClock, seconds: float) -> list[str]:
    kinds: list[str] = []
    for _ in range(int(seconds // 5)):
        clock.advance(seconds=5)
        kinds.extend(a.kind for a in scheduler.tick())
    return kinds


def saved(state: AppState) -> list[TimerEvent]:
    return [TimerEvent.from_dict(r.data) for r in state.store.partitioned(EVENTS, "time").all()]


def test_stopwatch_stops_when_symptoms_start_and_saves_the_answers(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    scheduler.start_walk()
    assert run(scheduler, clock, 7 * 60 + 30) == []
    assert scheduler.walk_seconds() == 450
    scheduler.stop_walk()
    run(scheduler, clock, 120)  # answering takes a while; the time stays
    assert scheduler.walk_seconds() == 450
    event = scheduler.save_walk(eased_by_sitting=True, eased_by_bending=None)
    assert (event.kind, event.minutes) == (WALK, 7.5)
    assert event.details["eased_by_sitting"] is True
    assert event.details["eased_by_bending"] is None
    assert saved(state) == [event]
    assert state.store.table(TIMERS).count() == 0


def test_stops_itself_at_30_minutes_once(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    start = clock.wall()
    scheduler.start_walk()
    assert run(scheduler, clock, 30 * 60 + 30) == [WALK_LIMIT]
    assert (
        scheduler.walk is not None and not scheduler.walk.running and scheduler.walk.reached_limit
    )
    assert run(scheduler, clock, 600) == []
    event = scheduler.save_walk(eased_by_sitting=None, eased_by_bending=None)
    assert event.minutes == 30.0
    assert event.time == start + timedelta(minutes=30)
    assert event.details["reached_limit"] is True


def test_cancel_keeps_nothing(scheduler: Scheduler, clock: TimerClock, state: AppState) -> None:
    scheduler.start_walk()
    run(scheduler, clock, 60)
    scheduler.cancel_walk()
    assert scheduler.walk is None and saved(state) == []
    with pytest.raises(ValueError):
        scheduler.save_walk(eased_by_sitting=False, eased_by_bending=False)


def test_a_walking_check_survives_a_restart(
    scheduler: Scheduler, clock: TimerClock, tmp_path: Path
) -> None:
    scheduler.start_walk()
    run(scheduler, clock, 200)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.walk is not None and again.walk_seconds() == 200


def test_a_clock_change_does_not_change_the_time_walked(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_walk()
    run(scheduler, clock, 60)
    clock.advance(seconds=5)
    clock.change_wall(hours=-2)
    scheduler.tick()
    assert scheduler.walk_seconds() == 65


def test_a_walk_waiting_for_its_answers_keeps_its_time_when_the_clock_went_back_while_closed(
    scheduler: Scheduler, clock: TimerClock, tmp_path: Path, state: AppState
) -> None:
    scheduler.start_walk()
    run(scheduler, clock, 7 * 60)
    scheduler.stop_walk()  # symptoms after 7 minutes; the app is closed before the answers
    clock.advance(minutes=10)
    clock.change_wall(hours=-1)  # the computer's clock is put back an hour meanwhile
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    again.tick()
    assert again.walk is not None and not again.walk.running  # still the two questions
    assert again.walk_seconds() == 7 * 60
    run(again, clock, 60)
    event = again.save_walk(eased_by_sitting=False, eased_by_bending=False)
    assert event.minutes == 7.0
    assert event.time <= clock.wall()  # saved as done by now, not in the hour to come
