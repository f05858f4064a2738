"""A saved timer record this version cannot use is never destroyed without a word.

A record of a kind this version does not know (a newer version's timer) stays in the
timers table as it is. A damaged record of a known kind is not acted on: it is moved, as
found, to the `timers_unreadable` table, and the person is told once that the timer was
stopped (for heat or ice: take the pack off and check the skin, domain.md section 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import HEAT, ICE, WALK
from companion.core.timers.records import SKIN_CHECK, UNREADABLE, UNREADABLE_KEPT
from companion.core.timers.scheduler import Scheduler
from companion.core.timers.status import status_of, stored_status
from tests.helpers.timer_clock import TimerClock

NEWER = {"kind": "tens", "started": "2026-12-06T15:40:40+00:00", "level": 3}
DAMAGED_PACKS = {
    "times with no time zone": {
        "kind": HEAT,
        "minutes": 15,
        "started": "2026-12-06T15:40:40",
        "ends": "2026-12-06T15:55:40",
    },
    "a start no timer can hold": {
        "kind": ICE,
        "minutes": 15,
        "started": "0001-01-01T00:00:00+05:00",
        "ends": "2026-12-06T15:55:40+00:00",
    },
    "minutes out of range": {
        "kind": HEAT,
        "minutes": 90,
        "started": "2026-12-06T15:40:40+00:00",
        "ends": "2026-12-06T17:10:40+00:00",
    },
    "a damaged skin check": {"kind": SKIN_CHECK, "pack": HEAT, "ended": "soon"},
}


def timers_file(state: AppState) -> list[dict[str, Any]]:
    """The records of timers.json, as on disk."""
    tables = json.loads((state.data_dir / "timers.json").read_text("utf-8"))
    return list(tables["_default"].values())


def reopen(tmp_path: Path, clock: TimerClock) -> AppState:
    return AppState.open(tmp_path / "data", now=clock.wall)


def test_a_newer_versions_timer_is_left_in_the_file_and_not_counted(
    state: AppState, clock: TimerClock, tmp_path: Path
) -> None:
    state.store.table(TIMERS).insert(dict(NEWER))
    assert stored_status(state).running == 0
    scheduler = Scheduler(state, clock)
    scheduler.tick()
    scheduler.start_pack(HEAT, 15)
    clock.advance(minutes=16)
    scheduler.tick()  # the heat session ends: its record goes, the other one stays
    assert NEWER in timers_file(state)
    again = Scheduler(reopen(tmp_path, clock), clock)
    status = status_of(again)
    assert status.running == 0 and not status.pack_unreadable
    assert NEWER in timers_file(again.state)
    assert not (again.state.data_dir / f"{UNREADABLE}.json").exists()


@pytest.mark.parametrize("record", DAMAGED_PACKS.values(), ids=DAMAGED_PACKS.keys())
def test_a_damaged_heat_or_ice_record_is_kept_aside_and_told_once(
    state: AppState, clock: TimerClock, tmp_path: Path, record: dict[str, Any]
) -> None:
    state.store.table(TIMERS).insert(dict(record))
    assert stored_status(state).pack_unreadable  # Home, before the timers start
    scheduler = Scheduler(state, clock)
    assert scheduler.pack is None and scheduler.finished is None  # never acted on
    assert status_of(scheduler).pack_unreadable
    assert record not in timers_file(state)
    kept = [r.data["found"] for r in state.store.table(UNREADABLE).all()]
    assert kept == [record]  # kept as it was found
    again = reopen(tmp_path, clock)
    assert [r.data["found"] for r in again.store.table(UNREADABLE).all()] == [record]
    assert not stored_status(again).pack_unreadable  # told once, not at every start
    assert not status_of(Scheduler(again, clock)).pack_unreadable


def test_the_notice_goes_once_a_new_session_is_started(state: AppState, clock: TimerClock) -> None:
    state.store.table(TIMERS).insert(dict(DAMAGED_PACKS["times with no time zone"]))
    scheduler = Scheduler(state, clock)
    scheduler.start_pack(ICE, 10)
    assert not status_of(scheduler).pack_unreadable


def test_a_damaged_walking_check_is_kept_aside_and_told(state: AppState, clock: TimerClock) -> None:
    record = {"kind": WALK, "started": "2026-12-06T15:40:40"}
    state.store.table(TIMERS).insert(dict(record))
    scheduler = Scheduler(state, clock)
    status = status_of(scheduler)
    assert scheduler.walk is None and status.walk_unreadable and not status.pack_unreadable
    assert [r.data["found"] for r in state.store.table(UNREADABLE).all()] == [record]
    scheduler.start_walk()
    assert not status_of(scheduler).walk_unreadable


def test_a_skin_check_too_old_to_ask_is_dropped_quietly(state: AppState, clock: TimerClock) -> None:
    old = {"kind": SKIN_CHECK, "pack": HEAT, "minutes": 15, "planned": 15}
    old["ended"] = "2000-01-01T10:00:00+00:00"
    state.store.table(TIMERS).insert(old)
    status = status_of(Scheduler(state, clock))
    assert not status.pack_unreadable and not status.skin_check_waiting
    assert state.store.table(TIMERS).count() == 0
    assert state.store.table(UNREADABLE).count() == 0


def test_only_the_newest_set_aside_records_are_kept(state: AppState, clock: TimerClock) -> None:
    """Damage that comes back at every start (a sync tool bringing the same broken record
    again) never grows the file for ever: the newest `UNREADABLE_KEPT` stay."""
    aside = state.store.table(UNREADABLE)
    with state.store.transaction():
        for n in range(UNREADABLE_KEPT):
            aside.insert({"found": {"n": n}, "set_aside": "2026-01-01T10:00:00+00:00"})
    record = DAMAGED_PACKS["times with no time zone"]
    state.store.table(TIMERS).insert(dict(record))
    Scheduler(state, clock)
    kept = [r.data["found"] for r in state.store.table(UNREADABLE).all()]
    assert len(kept) == UNREADABLE_KEPT
    assert kept[0] == {"n": 1} and kept[-1] == record  # the oldest one dropped


def test_records_set_aside_at_this_start_are_all_kept(state: AppState, clock: TimerClock) -> None:
    """More damaged records at one start than are kept at most: the older ones give way,
    never one just set aside (nothing the person saved goes without ever being kept)."""
    aside = state.store.table(UNREADABLE)
    aside.insert({"found": {"n": 0}, "set_aside": "2026-01-01T10:00:00+00:00"})
    record = DAMAGED_PACKS["times with no time zone"]
    damaged = [{**record, "n": n} for n in range(UNREADABLE_KEPT + 5)]
    with state.store.transaction():
        for copy in damaged:
            state.store.table(TIMERS).insert(copy)
    Scheduler(state, clock)
    kept = [r.data["found"] for r in state.store.table(UNREADABLE).all()]
    assert kept == damaged  # the older record dropped, every new one kept
