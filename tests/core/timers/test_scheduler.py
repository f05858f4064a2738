"""The timer scheduler with a fake clock: heat and ice, clock jumps, sleep, restarts, DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.core.home.summary import summarize
from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import EVENTS, HEAT, ICE, WALK, TimerEvent
from companion.core.timers import records as timer_records
from companion.core.timers.clocks import ClockWatch, SystemClock
from companion.core.timers.pack import Computer
from companion.core.timers.records import BREAKS, SKIN_CHECK
from companion.core.timers.scheduler import PACK_DONE, KioskError, Scheduler
from tests.helpers.clock import FakeClock
from tests.helpers.timer_clock import TimerClock


def run(scheduler: Scheduler, clock: TimerClock, seconds: float, step: float = 5) -> list:
    """Let time pass with the app awake, ticking every `step` seconds."""
    alerts = []
    passed = 0.0
    while passed < seconds:
        clock.advance(seconds=step)
        passed += step
        alerts.extend(scheduler.tick())
    return alerts


def events(state: AppState) -> list[TimerEvent]:
    return [TimerEvent.from_dict(r.data) for r in state.store.partitioned(EVENTS, "time").all()]


# --- the clock watch -------------------------------------------------------------------------
def test_clock_watch_tells_time_passing_from_sleep_and_from_clock_changes() -> None:
    clock = TimerClock()
    watch = ClockWatch(clock)
    assert watch.observe()[1].asleep == 0
    clock.advance(seconds=1)
    jump = watch.observe()[1]
    assert (jump.asleep, jump.shift) == (0, 0)
    clock.advance(hours=2)  # no ticks for two hours: the computer slept
    jump = watch.observe()[1]
    assert jump.asleep == 7200 and jump.shift == 0
    clock.advance(seconds=1)
    clock.change_wall(hours=1)  # set by hand
    jump = watch.observe()[1]
    assert jump.shift == 3600 and jump.asleep == 0
    clock.advance(seconds=1)
    clock.change_wall(minutes=-30)
    assert watch.observe()[1].shift == -1800


def test_small_drift_between_the_clocks_is_not_a_jump() -> None:
    clock = TimerClock()
    watch = ClockWatch(clock)
    watch.observe()
    clock.advance(seconds=1)
    clock.change_wall(seconds=0.8)  # network time nudging the clock
    assert watch.observe()[1].shift == 0


def test_system_clock_reads_both_clocks() -> None:
    fixed = datetime(2026, 1, 1, tzinfo=UTC)
    system = SystemClock(lambda: fixed)
    first = system.monotonic()
    assert system.wall() == fixed
    assert system.monotonic() >= first


# --- heat and ice ----------------------------------------------------------------------------
def test_heat_runs_to_its_end_and_is_recorded_once(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    start = clock.wall()
    scheduler.start_pack(HEAT, 15)
    assert scheduler.pack_left() == 15 * 60
    assert run(scheduler, clock, 14 * 60) == []
    assert scheduler.pack_left() == 60
    alerts = run(scheduler, clock, 120)
    assert [(a.kind, a.timer, a.late) for a in alerts] == [(PACK_DONE, HEAT, False)]
    assert alerts[0].at == start + timedelta(minutes=15)
    assert scheduler.pack is None
    assert scheduler.finished is not None and not scheduler.finished.stopped_early
    saved = events(state)
    assert [(e.kind, e.minutes, e.time) for e in saved] == [
        (HEAT, 15.0, start + timedelta(minutes=15))
    ]
    assert run(scheduler, clock, 600) == []  # no second alert


@pytest.mark.parametrize("minutes", [4, 21, 60, 0])
def test_a_session_never_runs_outside_5_to_20_minutes(scheduler: Scheduler, minutes: int) -> None:
    with pytest.raises(ValueError, match="5 to 20 minutes"):
        scheduler.start_pack(HEAT, minutes)
    assert scheduler.pack is None


def test_custom_lengths_from_5_to_20_minutes_are_allowed(scheduler: Scheduler) -> None:
    for minutes in (5, 12, 20):
        scheduler.start_pack(ICE, minutes)
        assert scheduler.pack_left() == minutes * 60
        scheduler.stop_pack()


def test_only_one_pack_at_a_time(scheduler: Scheduler) -> None:
    scheduler.start_pack(HEAT, 15)
    with pytest.raises(ValueError, match="already on"):
        scheduler.start_pack(ICE, 15)


def test_pause_and_resume_keep_the_time_left(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    scheduler.start_pack(HEAT, 20)
    run(scheduler, clock, 300)
    scheduler.pause_pack()
    assert scheduler.pack is not None and scheduler.pack.paused
    run(scheduler, clock, 3600)  # an hour paused: nothing ends
    assert scheduler.pack_left() == 15 * 60
    scheduler.resume_pack()
    assert run(scheduler, clock, 14 * 60) == []
    alerts = run(scheduler, clock, 60)
    assert [a.kind for a in alerts] == [PACK_DONE]
    assert events(state)[0].minutes == 20


def test_stopping_early_records_the_minutes_applied(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    scheduler.start_pack(ICE, 20)
    run(scheduler, clock, 6 * 60)
    finished = scheduler.stop_pack()
    assert finished is not None and finished.stopped_early and finished.minutes == 6.0
    [event] = events(state)
    assert (event.kind, event.minutes, event.details["stopped_early"]) == (ICE, 6.0, True)
    assert state.store.table(TIMERS).count() == 0


@pytest.mark.parametrize("press", ["stop", "pause"])
@pytest.mark.parametrize("after", [0.0, 0.5])
def test_stop_or_pause_just_after_the_end_counts_as_the_full_session(
    scheduler: Scheduler, clock: TimerClock, state: AppState, press: str, after: float
) -> None:
    # Pressed at or just after the end, before the tick that would have ended it.
    start = clock.wall()
    scheduler.start_pack(HEAT, 15)
    run(scheduler, clock, 15 * 60 - 1, step=1)
    assert scheduler.pack_left() == 1
    clock.advance(seconds=1 + after)
    scheduler.stop_pack() if press == "stop" else scheduler.pause_pack()
    finished = scheduler.finished
    assert scheduler.pack is None
    assert finished is not None and not finished.stopped_early
    assert (finished.minutes, finished.ended) == (15, start + timedelta(minutes=15))
    # The journal holds it as a whole session, at its end, not as one stopped early.
    [event] = events(state)
    assert (event.kind, event.minutes, event.time) == (HEAT, 15.0, start + timedelta(minutes=15))
    assert dict(event.details) == {"planned": 15}
    # No pack left; its skin check is kept until answered (asked again after a restart).
    assert [r.data["kind"] for r in state.store.table(TIMERS).all()] == [SKIN_CHECK]
    assert run(scheduler, clock, 60) == []  # and no second record or alert after


def test_a_session_stopped_within_a_minute_is_not_recorded(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    scheduler.start_pack(HEAT, 15)
    run(scheduler, clock, 30)
    scheduler.stop_pack()
    assert events(state) == []


def test_heat_that_ends_during_sleep_is_reported_once_at_its_true_end(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    start = clock.wall()
    scheduler.start_pack(HEAT, 15)
    run(scheduler, clock, 60)
    clock.advance(hours=3)  # the lid is closed: no ticks
    alerts = scheduler.tick()
    assert [(a.kind, a.late) for a in alerts] == [(PACK_DONE, True)]
    assert alerts[0].at == start + timedelta(minutes=15)
    assert [e.time for e in events(state)] == [start + timedelta(minutes=15)]
    assert scheduler.finished is not None and scheduler.finished.late
    assert run(scheduler, clock, 60) == []


def test_a_short_sleep_mid_session_counts_as_time_on(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_pack(HEAT, 15)
    run(scheduler, clock, 60)
    clock.advance(minutes=5)
    assert scheduler.tick() == []
    assert scheduler.pack_left() == 9 * 60


@pytest.mark.parametrize("change", [timedelta(hours=1), timedelta(hours=-1), timedelta(days=-2)])
def test_changing_the_clock_by_hand_neither_shortens_nor_lengthens_a_session(
    scheduler: Scheduler, clock: TimerClock, change: timedelta
) -> None:
    scheduler.start_pack(HEAT, 20)
    run(scheduler, clock, 5 * 60)
    clock.advance(seconds=1)
    clock.change_wall(seconds=change.total_seconds())
    assert scheduler.tick() == []
    assert scheduler.pack_left() == pytest.approx(15 * 60 - 1)
    assert run(scheduler, clock, 15 * 60 - 10) == []
    assert [a.kind for a in run(scheduler, clock, 20)] == [PACK_DONE]


def test_daylight_saving_change_does_not_change_a_session(tmp_path: Path) -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        paris = zoneinfo.ZoneInfo("Europe/Paris")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data on this system")
    # 29 March 2026: at 02:00 in Paris the clocks go forward to 03:00.
    utc_clock = TimerClock(FakeClock(datetime(2026, 3, 29, 0, 50, tzinfo=UTC)))

    class ParisClock:
        zone = paris

        def wall(self) -> datetime:
            return utc_clock.wall().astimezone(paris)

        def monotonic(self) -> float:
            return utc_clock.monotonic()

        def computer(self) -> Computer | None:
            return utc_clock.computer()

    state = AppState.open(tmp_path / "data", now=ParisClock().wall)
    scheduler = Scheduler(state, ParisClock())
    scheduler.tick()
    assert scheduler.start_pack(HEAT, 20)
    assert ParisClock().wall().hour == 1
    alerts = run(scheduler, utc_clock, 19 * 60)  # local time jumped from 01:xx to 03:xx
    assert alerts == []
    assert ParisClock().wall().hour == 3
    alerts = run(scheduler, utc_clock, 60)
    assert [a.kind for a in alerts] == [PACK_DONE]
    assert alerts[0].at.strftime("%H:%M") == "03:10"  # 20 real minutes after 01:50


# --- restarts ---------------------------------------------------------------------------------
def test_a_running_session_survives_a_restart(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(HEAT, 20)
    run(scheduler, clock, 5 * 60)
    clock.advance(minutes=2)  # the app is closed for two minutes
    reopened = AppState.open(tmp_path / "data", now=clock.wall)
    again = Scheduler(reopened, clock)
    assert again.pack is not None and again.pack.kind == HEAT
    assert again.pack_left() == 13 * 60
    assert summarize(reopened).timers.running == 1
    assert again.tick() == []
    assert [a.kind for a in run(again, clock, 13 * 60)] == [PACK_DONE]


def test_a_paused_session_survives_a_restart(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(ICE, 10)
    run(scheduler, clock, 120)
    scheduler.pause_pack()
    clock.advance(hours=5)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.pack is not None and again.pack.paused
    assert again.pack_left() == 8 * 60


def test_a_session_that_ended_while_the_app_was_closed_is_reported_late_once(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    start = clock.wall()
    Scheduler(state, clock).start_pack(HEAT, 15)
    clock.advance(hours=4)
    reopened = AppState.open(tmp_path / "data", now=clock.wall)
    again = Scheduler(reopened, clock)
    alerts = again.tick()
    assert [(a.kind, a.late, a.at) for a in alerts] == [
        (PACK_DONE, True, start + timedelta(minutes=15))
    ]
    assert again.tick() == []
    assert [r.data["kind"] for r in reopened.store.table(TIMERS).all()] == [SKIN_CHECK]
    assert len(events(reopened)) == 1


def test_a_clock_put_back_while_closed_never_makes_a_session_longer(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    Scheduler(state, clock).start_pack(HEAT, 15)
    clock.change_wall(hours=-3)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.pack_left() == 15 * 60


def test_duplicate_timer_records_are_dropped_and_others_never_taken_back(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    table = state.store.table(TIMERS)
    table.insert({"kind": HEAT, "minutes": 90, "started": "x"})  # damaged: set aside
    table.insert({"kind": "rocket"})  # a newer version's: left as it is
    good = Scheduler(state, clock)
    good.start_pack(ICE, 15)
    table.insert(dict(good._saved[ICE]))  # a duplicate left by a crash: dropped
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    assert again.pack is not None and again.pack.kind == ICE
    kinds = [record.data["kind"] for record in again.state.store.table(TIMERS).all()]
    assert sorted(kinds) == [ICE, "rocket"]


NOW = "2026-03-09T09:30:00+00:00"
EDITED_BY_HAND = {
    "heat begun before the calendar": {
        "kind": HEAT,
        "minutes": 15,
        "started": "0001-01-01T00:00:00+05:00",
        "ends": NOW,
    },
    "heat ending after it": {
        "kind": HEAT,
        "minutes": 15,
        "started": NOW,
        "ends": "9999-12-31T23:59:59-05:00",
    },
    "heat begun at its very end": {
        "kind": ICE,
        "minutes": 15,
        "started": "9999-12-31T23:59:59+00:00",
        "ends": "2026-03-09T09:40:00+00:00",
    },
    "a walk in year 1": {"kind": WALK, "started": "0001-01-01T00:00:00+00:00", "stopped": None},
    "breaks due in year 1": {
        "kind": BREAKS,
        "phase": "sitting",
        "due": "0001-01-01T00:00:00+05:00",
    },
    "a kind that is a list": {"kind": [[HEAT]], "minutes": 15},
    "a kind that is a table": {"kind": {"heat": 1}},
}


@pytest.mark.parametrize("record", EDITED_BY_HAND.values(), ids=EDITED_BY_HAND.keys())
def test_a_timer_record_edited_by_hand_to_odd_times_or_types_is_not_a_crash(
    state: AppState, clock: TimerClock, tmp_path: Path, record: dict[str, object]
) -> None:
    Scheduler(state, clock).update_break_settings(enabled=True)
    table = state.store.table(TIMERS)
    for stored in table.all():  # the break cycle's record: the one edited stands in
        table.remove(stored.id)
    table.insert(record)
    again = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    again.tick()
    for change in (timedelta(hours=2), timedelta(hours=-4)):  # the clock set by hand
        clock.advance(seconds=10)
        clock.change_wall(seconds=change.total_seconds())
        again.tick()
    assert again.pack is None and again.walk is None
    stored = [r.data for r in again.state.store.table(TIMERS).all()]
    assert [data for data in stored if data.get("kind") == BREAKS] != []  # its own record
    known = record["kind"] in (HEAT, ICE, WALK, BREAKS)  # set aside; a known kind starts afresh
    assert [data for data in stored if data.get("kind") != BREAKS] == ([] if known else [record])


def test_deleting_all_data_stops_every_timer(scheduler: Scheduler, state: AppState) -> None:
    scheduler.start_pack(HEAT, 15)
    scheduler.update_break_settings(enabled=True)
    state.delete_all_data()
    assert scheduler.pack is None
    assert not scheduler.settings.enabled
    assert state.store.table(TIMERS).count() == 0


# --- spacing and history ---------------------------------------------------------------------
def test_last_session_and_counts_for_spacing_advice(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_pack(ICE, 5)
    run(scheduler, clock, 5 * 60)
    last = scheduler.last_session(ICE)
    assert last is not None and last.time == clock.wall()
    assert scheduler.counts_today() == {ICE: 1}
    assert scheduler.last_session(HEAT) is None


def test_events_since_looks_back_past_many_records(scheduler: Scheduler, state: AppState) -> None:
    collection = state.store.partitioned(EVENTS, "time")
    base = scheduler.clock.wall()
    for minutes in range(100):
        moment = base - timedelta(minutes=minutes)
        collection.insert(TimerEvent(moment, HEAT, 1.0).to_dict())
    assert len(scheduler.events_since(base - timedelta(minutes=49, seconds=30))) == 50


# --- kiosk ---------------------------------------------------------------------------------------
def test_kiosk_runs_no_timer_and_writes_nothing(tmp_path: Path, clock: TimerClock) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock.wall)
    scheduler = Scheduler(state, clock)
    with pytest.raises(KioskError):
        scheduler.start_pack(HEAT, 15)
    with pytest.raises(KioskError):
        scheduler.start_walk()
    assert scheduler.tick() == []
    assert state.store.table(TIMERS).count() == 0
    assert events(state) == []


def test_a_restart_reads_each_saved_timer_once(
    state: AppState, clock: TimerClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home's count and the scheduler's timers come from one reading of each record: at a
    restart each saved time is read once, and the timers come back as they were."""
    first = Scheduler(state, clock)
    first.start_pack(HEAT, 15)
    first.start_walk()
    clock.advance(minutes=2)
    first.tick()
    read: list[str] = []
    real = timer_records.records_parse_time

    def counted(data: Any, key: str) -> datetime:
        read.append(key)
        return real(data, key)

    monkeypatch.setattr(timer_records, "records_parse_time", counted)

    again = Scheduler(state, clock)

    assert sorted(read) == ["ends", "started", "started", "wall"]  # pack, its checkpoint, walk
    assert again.pack is not None and again.pack.kind == HEAT and again.pack.minutes == 15
    assert again.walk is not None and again.walk.running
    assert first.pack is not None and again.pack.started == first.pack.started
