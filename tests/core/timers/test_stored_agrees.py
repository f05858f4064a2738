"""Home reads the timers from the saved records at start-up (`stored_status`), 300 ms
before the scheduler starts and takes them back. Whatever the records hold, Home and
the scheduler must say the same: which timers run, whether break reminders are on and
whether a skin check waits. Once, 7 of 10 hand-made damaged skin checks made Home say
"Your skin check is still waiting" for a record the scheduler then dropped."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import HEAT, ICE, WALK
from companion.core.timers.records import BREAKS, SKIN_CHECK, TIMER_SETTINGS
from companion.core.timers.scheduler import Scheduler
from companion.core.timers.status import TimerStatus, status_of, stored_status
from tests.helpers.timer_clock import TimerClock

KINDS = [HEAT, ICE, WALK, BREAKS, SKIN_CHECK]
FIELDS = [
    "kind",
    "pack",
    "minutes",
    "planned",
    "ended",
    "started",
    "ends",
    "stopped",
    "paused_left",
    "seen",
    "phase",
    "enabled",
]

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)  # as JSON holds
JUNK = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        TEXT,
        st.sampled_from(["0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2026-13-01"]),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner),
    max_leaves=6,
)


def values(clock: TimerClock) -> st.SearchStrategy[Any]:
    """Values near the ones the app saves (times around now, minutes around the limits,
    a kind), and odd ones."""
    now = clock.wall()
    times = st.integers(-50 * 3600, 50 * 3600).map(
        lambda s: (now + timedelta(seconds=s)).isoformat()
    )
    return st.one_of(
        times,
        times.map(lambda text: text[:19]),  # no time zone
        st.integers(-1, 25),
        st.floats(-1, 1300),
        st.sampled_from(KINDS),
        JUNK,
    )


CLOCK = TimerClock()
RECORD = st.builds(
    lambda kind, rest: {"kind": kind, **rest} if kind is not None else rest,
    st.one_of(st.sampled_from(KINDS), st.none(), JUNK),
    st.dictionaries(st.sampled_from(FIELDS[1:]), values(CLOCK), max_size=8),
)


def said(status: TimerStatus) -> tuple[Any, ...]:
    """What Home's Timers card says: the timers running, break reminders, a skin check,
    a saved timer that could not be read."""
    return (
        status.running_timers,
        status.breaks_on,
        status.skin_check_waiting,
        status.pack_unreadable,
        status.walk_unreadable,
    )


def agree(records: list[dict[str, Any]], breaks_setting: dict[str, Any] | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        state = AppState.open(Path(folder) / "data", now=CLOCK.wall)
        for record in records:
            state.store.table(TIMERS).insert(record)
        if breaks_setting is not None:
            state.store.table(TIMER_SETTINGS).insert(breaks_setting)
        home = stored_status(state)  # at start-up, before the timers start
        assert said(home) == said(status_of(Scheduler(state, CLOCK)))


@settings(max_examples=250, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(RECORD, max_size=4),
    st.none() | st.fixed_dictionaries({"enabled": st.one_of(st.booleans(), JUNK)}),
)
def test_home_and_the_scheduler_agree_on_any_saved_records(
    records: list[dict[str, Any]], breaks_setting: dict[str, Any] | None
) -> None:
    agree(records, breaks_setting)


NOW = CLOCK.wall()
SOUND_SKIN = {"kind": SKIN_CHECK, "pack": HEAT, "minutes": 10, "planned": 10}


@pytest.mark.parametrize(
    "record",
    [
        SOUND_SKIN,  # no end
        {**SOUND_SKIN, "ended": "soon"},
        {**SOUND_SKIN, "ended": (NOW + timedelta(days=2)).isoformat()},
        {**SOUND_SKIN, "ended": (NOW - timedelta(hours=25)).isoformat()},
        {**SOUND_SKIN, "ended": NOW.isoformat()[:19]},  # no time zone
        {**SOUND_SKIN, "pack": 1, "minutes": "10", "ended": NOW.isoformat()},
        {**SOUND_SKIN, "pack": {"a": [1]}, "planned": {}, "ended": {"x": 1}},
        {"kind": HEAT, "minutes": 99, "started": "x"},
        {"kind": WALK, "started": None},
        # Stopped before it started: the scheduler once took it back as timing again.
        {
            "kind": WALK,
            "started": (NOW + timedelta(hours=1)).isoformat(),
            "stopped": (NOW - timedelta(hours=1)).isoformat(),
        },
        {"kind": BREAKS, "phase": "sitting"},  # break reminders are not turned on
    ],
)
def test_a_damaged_record_is_never_said_to_run_or_wait(record: dict[str, Any]) -> None:
    agree([record], None)
