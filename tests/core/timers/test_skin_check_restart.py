"""A skin check left unanswered when the app closes (a quit, a crash, a power cut after
"Time is up"): the next start asks it again, late, for up to a day. Clocks moved by
hand; a restart is a new AppState and Scheduler on the same data folder."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import HEAT, ICE, RecordError
from companion.core.timers.records import ASK_HOURS, SKIN_CHECK
from companion.core.timers.scheduler import PACK_DONE, Alert, Scheduler
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timer_records import reopened


def run(scheduler: Scheduler, clock: TimerClock, seconds: float, step: float = 5) -> list[Alert]:
    alerts: list[Alert] = []
    passed = 0.0
    while passed < seconds:
        clock.advance(seconds=step)
        passed += step
        alerts.extend(scheduler.tick())
    return alerts


def restart(folder: Path, clock: TimerClock) -> Scheduler:
    """The app starts again on the same data folder (the computer's clocks go on)."""
    return Scheduler(AppState.open(folder, now=clock.wall), clock)


def skin_records(scheduler: Scheduler) -> list[dict[str, Any]]:
    table = scheduler.state.store.table(TIMERS)
    return [r.data for r in table.all() if r.data.get("kind") == SKIN_CHECK]


def heat_ended_unanswered(state: AppState, clock: TimerClock) -> datetime:
    """15 minutes of heat run out with the app open; nobody presses "I have checked my
    skin" (asleep on the pad). When it ended."""
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(HEAT, 15)
    [alert] = run(scheduler, clock, 15 * 60)
    assert alert.kind == PACK_DONE and not alert.late
    return alert.at


def test_an_unanswered_skin_check_is_asked_again_after_a_restart(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    ended = heat_ended_unanswered(state, clock)
    clock.advance(hours=7)  # the app crashed, or the power went; back 7 hours later
    again = restart(tmp_path / "data", clock)
    [alert] = again.tick()
    assert (alert.kind, alert.timer, alert.at, alert.late) == (PACK_DONE, HEAT, ended, True)
    assert again.still_waiting(alert)
    assert again.finished is not None and again.finished.reopened
    assert again.finished.ended == ended and again.finished.minutes == 15
    assert again.tick() == []  # told once per start
    third = restart(tmp_path / "data", clock)  # closed again without an answer: asked again
    assert [a.at for a in third.tick()] == [ended]
    third.dismiss_finished()  # "I have checked my skin"
    assert skin_records(third) == []
    assert restart(tmp_path / "data", clock).tick() == []


def test_heat_that_ran_out_while_closed_is_asked_on_each_start_until_answered(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    start = clock.wall()
    Scheduler(state, clock).start_pack(ICE, 10)
    clock.advance(hours=3)
    first = restart(tmp_path / "data", clock)
    assert [(a.timer, a.late) for a in first.tick()] == [(ICE, True)]
    clock.advance(minutes=5)  # quit before the answer
    second = restart(tmp_path / "data", clock)
    assert [(a.timer, a.at) for a in second.tick()] == [(ICE, start + timedelta(minutes=10))]


def test_a_skin_check_is_asked_for_up_to_a_day_after_the_end(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    ended = heat_ended_unanswered(state, clock)
    clock.advance(hours=ASK_HOURS, minutes=-1)  # closed all night and all day
    again = restart(tmp_path / "data", clock)
    assert [a.at for a in again.tick()] == [ended]
    clock.advance(minutes=2)  # quit again without an answer: a day and a minute since
    later = restart(tmp_path / "data", clock)
    assert later.tick() == [] and later.finished is None
    assert skin_records(later) == []  # dropped, not kept for ever


def test_a_clock_put_back_or_moved_a_little_still_asks(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    ended = heat_ended_unanswered(state, clock)
    clock.change_wall(hours=-3)  # the end now looks 3 hours ahead
    again = restart(tmp_path / "data", clock)
    assert [a.at for a in again.tick()] == [ended]


def test_a_session_stopped_early_or_followed_by_another_is_not_asked_again(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(HEAT, 15)
    run(scheduler, clock, 5 * 60)
    scheduler.stop_pack()  # the person was there to press Stop
    assert restart(tmp_path / "data", clock).tick() == []
    scheduler = restart(tmp_path / "data", clock)
    scheduler.start_pack(HEAT, 5)
    run(scheduler, clock, 5 * 60)  # this one ran out: asked after a restart
    scheduler = restart(tmp_path / "data", clock)
    assert [a.timer for a in scheduler.tick()] == [HEAT]
    scheduler.start_pack(ICE, 15)  # a new session: the old skin check is done with
    assert skin_records(scheduler) == []
    again = restart(tmp_path / "data", clock)
    assert again.tick() == [] and again.pack is not None and again.pack.kind == ICE


def test_a_skin_check_beside_a_running_session_is_dropped(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    heat_ended_unanswered(state, clock)
    record = skin_records(Scheduler(state, clock))[0]
    scheduler = restart(tmp_path / "data", clock)
    scheduler.start_pack(ICE, 15)
    scheduler.state.store.table(TIMERS).insert(dict(record))  # as a crash could leave it
    again = restart(tmp_path / "data", clock)
    assert again.finished is None and again.tick() == []
    assert skin_records(again) == [] and again.pack is not None


BROKEN = {
    "no pack": {"kind": SKIN_CHECK, "minutes": 15, "planned": 15, "ended": "x"},
    "a pack of lava": {
        "kind": SKIN_CHECK,
        "pack": "lava",
        "minutes": 15,
        "planned": 15,
        "ended": "2026-03-09T10:45:00+00:00",
    },
    "90 minutes": {
        "kind": SKIN_CHECK,
        "pack": HEAT,
        "minutes": 90,
        "planned": 90,
        "ended": "2026-03-09T10:45:00+00:00",
    },
    "more than planned": {
        "kind": SKIN_CHECK,
        "pack": HEAT,
        "minutes": 16,
        "planned": 15,
        "ended": "2026-03-09T10:45:00+00:00",
    },
    "no time zone": {
        "kind": SKIN_CHECK,
        "pack": HEAT,
        "minutes": 15,
        "planned": 15,
        "ended": "2026-03-09T10:45:00",
    },
    "the end of time": {
        "kind": SKIN_CHECK,
        "pack": ICE,
        "minutes": 15,
        "planned": 15,
        "ended": "9999-12-31T23:59:59-05:00",
    },
    "planned as text": {
        "kind": SKIN_CHECK,
        "pack": ICE,
        "minutes": 15,
        "planned": "15",
        "ended": "2026-03-09T10:45:00+00:00",
    },
}


@pytest.mark.parametrize("record", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_skin_check_record_is_dropped_and_the_start_goes_on(
    state: AppState, clock: TimerClock, tmp_path: Path, record: dict[str, Any]
) -> None:
    Scheduler(state, clock).update_break_settings(enabled=True)
    state.store.table(TIMERS).insert(record)
    assert restart(tmp_path / "data", clock).finished is None  # dropped
    ended = heat_ended_unanswered(state, clock)  # and a real one after it is kept
    state.store.table(TIMERS).insert(record)
    again = restart(tmp_path / "data", clock)
    assert [a.at for a in again.tick() if a.kind == PACK_DONE] == [ended]
    assert len(skin_records(again)) == 1 and again.settings.enabled


def test_deleting_all_data_forgets_the_skin_check(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    heat_ended_unanswered(state, clock)
    scheduler = Scheduler(state, clock)
    assert scheduler.finished is not None
    state.delete_all_data()
    assert scheduler.finished is None and state.store.table(TIMERS).count() == 0
    assert restart(tmp_path / "data", clock).tick() == []


def test_the_kiosk_keeps_no_skin_check(clock: TimerClock) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock.wall)
    state.store.table(TIMERS).insert(
        {"kind": SKIN_CHECK, "pack": HEAT, "minutes": 15, "planned": 15, "ended": "x"}
    )
    scheduler = Scheduler(state, clock)
    assert scheduler.finished is None and scheduler.tick() == []


NOW = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from([HEAT, ICE, SKIN_CHECK, "2026-03-09T09:00:00+05:00", "0001-01-01T00:00:00Z"]),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=300)
@given(
    st.dictionaries(st.sampled_from(["kind", "pack", "minutes", "planned", "ended"]), VALUES),
    st.integers(min_value=-48 * 3600, max_value=48 * 3600),
)
def test_any_skin_check_record_is_read_within_its_limits_or_refused(
    data: dict[str, Any], offset: int
) -> None:
    now = NOW + timedelta(seconds=offset)
    with contextlib.suppress(RecordError):
        found = reopened(data, now)
        assert found.kind in (HEAT, ICE) and 0 <= found.minutes <= found.planned <= 20
        assert abs(found.ended - now) <= timedelta(hours=ASK_HOURS)
        assert found.late and found.reopened and not found.stopped_early


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("pack", "heat\x1b[2J", "not 'heat\\u001b[2J'"),
        ("minutes", "5\x1b[2J", "not '5\\u001b[2J'"),
    ],
)
def test_a_hand_edited_record_with_an_escape_code_is_named_in_the_one_escape_form(
    field: str, value: str, shown: str
) -> None:
    """A terminal escape typed into the record is shown as \\u001b, as every message
    shows it, never as Python's \\x1b."""
    data = {"pack": HEAT, "minutes": 5, "planned": 10, "ended": NOW.isoformat()}
    with pytest.raises(RecordError) as raised:
        reopened({**data, field: value}, NOW)
    assert shown in str(raised.value) and "\\x1b" not in str(raised.value)
