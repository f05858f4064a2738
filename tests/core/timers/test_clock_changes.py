"""Timers against real clock changes, on fake clocks in four time zones of both
hemispheres: "pause until tomorrow" and the active hours follow the wall clock of the
day they fall on; heat and ice never stay on longer than was left, whatever the clock
did while the app was closed; an alert and its record are saved together."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import EVENTS, HEAT, ICE
from companion.core.shared.store_log import LOG_NAME
from companion.core.timers.breaks import today_bounds
from companion.core.timers.pack import PackSession, utc
from companion.core.timers.records import OUTSIDE, PAUSED, SITTING
from companion.core.timers.scheduler import BREAK_DUE, PACK_DONE, Alert, Scheduler
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import Crash, renames_fail_after
from tests.helpers.timer_clock import SystemLikeClock, TimerClock

# (zone, the day clocks go forward, the day they go back), all in 2026.
ZONES = {
    "Europe/Berlin": (date(2026, 3, 29), date(2026, 10, 25)),
    "America/New_York": (date(2026, 3, 8), date(2026, 11, 1)),
    "Australia/Sydney": (date(2026, 10, 4), date(2026, 4, 5)),  # southern: the other way
    "Australia/Lord_Howe": (date(2026, 10, 4), date(2026, 4, 5)),  # a half-hour change
}
CHANGES = [(zone, which) for zone in ZONES for which in ("forward", "back")]


def zone_and_day(zone_name: str, which: str) -> tuple[ZoneInfo, date]:
    """The zone, and the day its clocks go `which` ("forward" or "back")."""
    forward, back = ZONES[zone_name]
    return ZoneInfo(zone_name), forward if which == "forward" else back


def clock_at(zone: ZoneInfo, day: date, hour: int, minute: int = 0) -> TimerClock:
    """A clock showing `hour:minute` on `day` in `zone` (the instant, in UTC)."""
    local = datetime.combine(day, time(hour, minute), tzinfo=zone)
    return TimerClock(FakeClock(local.astimezone(UTC)), zone=zone)


def engine_on(tmp_path: Path, clock: TimerClock) -> Scheduler:
    state = AppState.open(tmp_path / "data", now=clock.wall)
    scheduler = Scheduler(state, clock)
    scheduler.update_break_settings(enabled=True, start=time(8, 0), end=time(20, 0))
    return scheduler


def wall(clock: TimerClock) -> str:
    return clock.wall().strftime("%Y-%m-%d %H:%M")


def run_until(scheduler: Scheduler, clock: TimerClock, kind: str, most_hours: float) -> Alert:
    """Tick once a minute (awake) until an alert of `kind` comes; it must come."""
    for _ in range(int(most_hours * 60)):
        clock.advance(minutes=1)
        for alert in scheduler.tick():
            if alert.kind == kind:
                return alert
    raise AssertionError(f"no {kind} within {most_hours} hours")


@pytest.mark.parametrize(("zone_name", "which"), CHANGES)
def test_pause_until_tomorrow_ends_at_the_start_on_the_wall_clock_of_the_day_after_a_change(
    tmp_path: Path, zone_name: str, which: str
) -> None:
    zone, change_day = zone_and_day(zone_name, which)
    clock = clock_at(zone, change_day - timedelta(days=1), 21, 30)  # the evening before
    scheduler = engine_on(tmp_path, clock)
    until = scheduler.pause_breaks_until_tomorrow()
    assert until.astimezone(zone).strftime("%Y-%m-%d %H:%M") == f"{change_day} 08:00"

    clock.advance(hours=9)  # the night passes, the clocks change
    scheduler.tick()
    assert scheduler.cycle.phase == PAUSED
    # The pause ends at 08:00 on the wall that morning, not an hour (or half) early or late.
    while clock.wall() < until - timedelta(minutes=1):
        clock.advance(minutes=1)
        scheduler.tick()
    assert wall(clock) == f"{change_day} 07:59" and scheduler.cycle.phase == PAUSED
    clock.advance(minutes=1)
    scheduler.tick()
    assert wall(clock) == f"{change_day} 08:00" and scheduler.cycle.phase == SITTING
    due = run_until(scheduler, clock, BREAK_DUE, 1)
    assert due.at.astimezone(zone).strftime("%H:%M") == "08:30"


@pytest.mark.parametrize(("zone_name", "which"), CHANGES)
def test_active_hours_start_on_the_wall_clock_of_the_day_they_fall_on(
    tmp_path: Path, zone_name: str, which: str
) -> None:
    zone, change_day = zone_and_day(zone_name, which)
    clock = clock_at(zone, change_day - timedelta(days=1), 22, 0)
    scheduler = engine_on(tmp_path, clock)
    scheduler.tick()
    assert scheduler.cycle.phase == OUTSIDE
    planned = scheduler.next_break()
    assert planned is not None
    assert planned.astimezone(zone).strftime("%Y-%m-%d %H:%M") == f"{change_day} 08:30"
    due = run_until(scheduler, clock, BREAK_DUE, 12)
    assert due.at.astimezone(zone).strftime("%Y-%m-%d %H:%M") == f"{change_day} 08:30"


def change_instant(zone: ZoneInfo, day: date) -> datetime:
    """The instant (UTC) the clocks of `zone` change on `day`."""
    moment = datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(UTC)
    before = moment.astimezone(zone).utcoffset()
    while moment.astimezone(zone).utcoffset() == before:
        moment += timedelta(minutes=1)
    return moment


@pytest.mark.parametrize(("zone_name", "which"), CHANGES)
def test_times_told_across_a_change_read_as_the_wall_clock_will_then(
    tmp_path: Path, zone_name: str, which: str
) -> None:
    zone, change_day = zone_and_day(zone_name, which)
    evening = datetime.combine(change_day - timedelta(days=1), time(22, 0), tzinfo=zone)
    clock = SystemLikeClock(FakeClock(evening.astimezone(UTC)), zone=zone)
    scheduler = engine_on(tmp_path, clock)
    scheduler.tick()
    planned = scheduler.next_break()  # shown as it is, with no zone to convert it with
    assert planned is not None and planned.strftime("%Y-%m-%d %H:%M") == f"{change_day} 08:30"
    scheduler.pause_breaks_until_tomorrow()
    until = scheduler.paused_until()
    assert until is not None and until.strftime("%Y-%m-%d %H:%M") == f"{change_day} 08:00"

    clock.wall_clock.current = change_instant(zone, change_day) - timedelta(minutes=10)
    clock.mono.now += 24 * 3600.0
    scheduler.watch.reset()
    scheduler.start_pack(HEAT, 20)  # ten minutes before the change, ten after it
    ends = scheduler.pack_ends()
    alert = run_until(scheduler, clock, PACK_DONE, 1)
    assert ends is not None and ends.strftime("%H:%M") == alert.at.strftime("%H:%M")
    assert alert.at.strftime("%H:%M") == clock.wall().strftime("%H:%M")


@pytest.mark.parametrize(("zone_name", "which"), CHANGES)
def test_a_day_with_a_clock_change_is_shorter_or_longer_for_todays_counts(
    zone_name: str, which: str
) -> None:
    zone, change_day = zone_and_day(zone_name, which)
    noon = datetime.combine(change_day, time(12, 0), tzinfo=zone)
    start, end = today_bounds(noon, zone)
    hours = (end - start).total_seconds() / 3600
    shift = 0.5 if zone_name == "Australia/Lord_Howe" else 1
    assert hours == (24 - shift if which == "forward" else 24 + shift)
    assert start.astimezone(zone).strftime("%H:%M") == "00:00"


# --- heat and ice: never longer on the skin than was left --------------------------------


@pytest.fixture
def clock() -> TimerClock:
    return TimerClock()


def reopen(tmp_path: Path, clock: TimerClock) -> Scheduler:
    return Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)


def on_skin_minutes(scheduler: Scheduler, clock: TimerClock, already: float) -> float:
    """Tick (awake) until the pack is done; minutes it was on, counting `already`."""
    minutes = already
    while scheduler.pack is not None:
        clock.advance(seconds=10)
        minutes += 10 / 60
        scheduler.tick()
    return minutes


@pytest.mark.parametrize("set_back_minutes", [1, 10, 60, 24 * 60])
def test_a_clock_set_back_while_the_app_was_closed_never_lengthens_a_heat_pack(
    tmp_path: Path, clock: TimerClock, set_back_minutes: int
) -> None:
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    scheduler.start_pack(HEAT, 20)
    for _ in range(8 * 6):  # eight minutes with the app open
        clock.advance(seconds=10)
        scheduler.tick()
    clock.advance(minutes=2)  # the app is closed for two minutes...
    clock.change_wall(minutes=-set_back_minutes)  # ...and the clock is set back meanwhile
    again = reopen(tmp_path, clock)
    assert again.pack_left() == pytest.approx(10 * 60)
    assert on_skin_minutes(again, clock, 10) == pytest.approx(20, abs=0.2)


def test_after_a_restart_of_the_computer_the_last_note_of_time_left_caps_the_pack(
    tmp_path: Path, clock: TimerClock
) -> None:
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    scheduler.start_pack(HEAT, 20)
    for _ in range(8 * 6):
        clock.advance(seconds=10)
        scheduler.tick()
    clock.advance(minutes=1)
    clock.change_wall(hours=-3)  # the computer restarts with its clock three hours behind
    clock.restart()  # and its monotonic clock starts again
    clock.mono.now = 5.0
    again = reopen(tmp_path, clock)
    assert again.pack_left() <= 12 * 60  # never more than the note said was left
    assert again.pack_left() >= 11 * 60  # the note is at most a minute old


@pytest.mark.parametrize("since_restart", [5, 12])
def test_after_a_restart_with_the_clock_behind_the_time_since_the_restart_counts(
    tmp_path: Path, clock: TimerClock, since_restart: int
) -> None:
    # Ten minutes of a 20-minute heat pack, the app closed, the computer restarted with
    # its clock an hour behind (a dual-boot mix-up), the app opened 5 minutes after the
    # restart: the pack counted 10 more minutes, 25 on the skin. The computer's clock
    # counts from its restart, so at least that long has passed since the last note.
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    scheduler.start_pack(HEAT, 20)
    for _ in range(10 * 6):
        clock.advance(seconds=10)
        scheduler.tick()
    clock.restart()  # the monotonic clock starts again
    clock.advance(minutes=since_restart)
    clock.change_wall(hours=-1)
    again = reopen(tmp_path, clock)
    if since_restart < 10:
        assert again.pack_left() == pytest.approx((10 - since_restart) * 60)
        assert on_skin_minutes(again, clock, 10 + since_restart) <= 20.2
    else:
        alerts = again.tick()  # it ran out while the computer restarted
        assert [alert.kind for alert in alerts] == [PACK_DONE] and alerts[0].late


def test_a_clock_set_forward_while_closed_ends_the_pack_no_later_than_the_wall_says(
    tmp_path: Path, clock: TimerClock
) -> None:
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    scheduler.start_pack(HEAT, 20)
    clock.advance(minutes=5)
    scheduler.tick()
    clock.change_wall(hours=1)  # closed, and the clock jumps an hour ahead
    again = reopen(tmp_path, clock)
    alerts = again.tick()
    assert [alert.kind for alert in alerts] == [PACK_DONE]
    assert alerts[0].late


def test_a_pack_that_ran_out_while_the_clock_was_set_back_says_when_it_ended(
    tmp_path: Path, clock: TimerClock
) -> None:
    scheduler = Scheduler(AppState.open(tmp_path / "data", now=clock.wall), clock)
    started = clock.wall()
    scheduler.start_pack(HEAT, 15)
    clock.advance(minutes=1)
    scheduler.tick()
    clock.advance(minutes=30)  # closed for half an hour
    clock.change_wall(minutes=-30)  # and the clock put back by as much
    alerts = reopen(tmp_path, clock).tick()
    assert [alert.kind for alert in alerts] == [PACK_DONE]
    assert alerts[0].late
    # It ended 15 real minutes after it began: 16 minutes before "now" on this wall.
    assert alerts[0].at == clock.wall() - timedelta(minutes=16)
    assert alerts[0].at != started + timedelta(minutes=15)  # the wall moved; real time did not


# --- an alert and its record, together ---------------------------------------------------


@pytest.mark.parametrize("renames_before_the_crash", [0, 1, 2])
def test_a_crash_while_a_heat_pack_ends_never_gives_two_alerts_or_two_records(
    tmp_path: Path, clock: TimerClock, renames_before_the_crash: int
) -> None:
    state = AppState.open(tmp_path / "data", now=clock.wall)
    state.store.partitioned(EVENTS, "time")
    state.store.table(TIMERS)
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(HEAT, 5)
    clock.advance(minutes=4, seconds=50)
    scheduler.tick()
    clock.advance(seconds=20)
    with renames_fail_after(renames_before_the_crash, Crash()), pytest.raises(Crash):
        scheduler.tick()  # the pack is done: the record and the timer's end are saved...

    again = reopen(tmp_path, clock)
    alerts = [alert.kind for alert in again.tick() + again.tick()]
    records = again.state.store.partitioned(EVENTS, "time").all()
    assert len(records) == 1 and records[0].data["kind"] == HEAT
    # Crashed before the change reached the disk: the pack ends now, alert and record.
    # After: the change is whole (finished from the log), and its skin check, never
    # answered, is asked again, late. Either way one alert and one record.
    assert alerts == [PACK_DONE]
    assert again.pack is None
    assert not (tmp_path / "data" / LOG_NAME).exists()


# --- a pause, after the clock was a year out ---------------------------------------------


def test_a_pause_made_while_the_clock_was_a_year_ahead_ends_by_the_next_morning(
    tmp_path: Path, clock: TimerClock
) -> None:
    clock.change_wall(days=365)  # the computer's clock is a year ahead (a flat battery)
    scheduler = engine_on(tmp_path, clock)
    scheduler.tick()
    scheduler.pause_breaks_until_tomorrow()  # "until tomorrow": a year and a day from now
    clock.advance(minutes=5)  # the app is closed, and the clock is put right meanwhile
    clock.change_wall(days=-365)
    again = reopen(tmp_path, clock)
    again.tick()
    assert wall(clock) == "2026-03-09 10:35" and again.cycle.phase == PAUSED
    until = again.paused_until()  # what the tray says: "Breaks paused until 08:00"
    assert until is not None and until.strftime("%Y-%m-%d %H:%M") == "2026-03-10 08:00"
    run_until(again, clock, BREAK_DUE, most_hours=24)  # it comes: breaks were not lost
    assert wall(clock) == "2026-03-10 08:30"


@given(
    minutes=st.integers(5, 20),
    ran=st.floats(0, 1200),
    back=st.floats(0, 3 * 86400),
    waited=st.floats(0, 3600),
)
def test_a_pack_resumed_after_the_clock_was_put_back_while_paused_starts_no_later_than_now(
    minutes: int, ran: float, back: float, waited: float
) -> None:
    started = TimerClock().wall()
    paused_at = started + timedelta(seconds=ran)
    paused = PackSession.start(ICE, minutes, started).pause(paused_at)
    now = paused_at - timedelta(seconds=back) + timedelta(seconds=waited)
    resumed = paused.resume(now, 0.0)
    assert resumed.started <= utc(now)  # it began before it went on again
    assert resumed.ends is not None and resumed.ends >= resumed.started  # what the alert says
    assert resumed.left(now) == paused.left(paused_at)  # the time left is all still there
