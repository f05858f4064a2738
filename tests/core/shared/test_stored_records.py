"""Records read back from a data file someone edited by hand: each is read or skipped
as damaged, never a traceback (the app reads some of them at every start)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import EntryError
from companion.core.journal.stored import stored_entry
from companion.core.shared.record_log import _event
from companion.core.shared.records import CheckRecord, RecordError, TimerEvent
from companion.core.timers.breaks import BreakCycle, BreakSettings
from tests.helpers.timer_records import read_pack, read_walk, reopened

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)
KEYS = [
    *("time", "pain_now", "pain_worst", "level", "side", "feelings", "walk_minutes"),
    *("sitting_minutes", "sleep", "done", "activities", "warning_signs", "note"),
    *("urgency", "leading", "patterns", "summary", "answers", "kind", "minutes"),
    *("details", "started", "ends", "paused_left", "stopped", "reached_limit"),
    *("phase", "due", "break_started", "break_ends", "paused_until", "postponed"),
    *("rounds", "enabled", "interval", "length", "notice", "start", "end", "days"),
    *("id", "score", "name", "rating", "pack", "planned"),
]
PLAUSIBLE = st.sampled_from(
    [
        *("2026-03-09T10:00:00+01:00", "2026-03-09T10:00:00", "1899-01-01T00:00:00+00:00"),
        *("calf", "none", "left", "both", "heat", "ice", "walk", "sciatic_nerve", "urgent"),
        *("ache", "sitting", "on_break", "sitting", "08:00", "25:99", "", " ", "²", "\u202e"),
        *(0, 1, 10, 11, -1, 20, 1200.5, 10**30, 0.1, True, None, [], {}),
    ]
)
JSON_VALUE = st.recursive(
    PLAUSIBLE | st.text(max_size=8) | st.integers() | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner),
    max_leaves=12,
)
RECORDS = st.dictionaries(st.sampled_from(KEYS), JSON_VALUE, max_size=12)


@settings(max_examples=200)
@given(RECORDS)
@example({"time": "2026-03-09T10:00:00+01:00", "patterns": [{"id": "sciatic_nerve", "score": "x"}]})
def test_any_stored_record_is_read_or_reported_as_damaged(data: dict[str, Any]) -> None:
    readers = [
        CheckRecord.from_dict,
        TimerEvent.from_dict,
        read_pack,
        read_walk,
        lambda found: reopened(found, NOW),
    ]
    for read in readers:
        with contextlib.suppress(RecordError):
            read(data)
    with contextlib.suppress(EntryError):
        stored_entry(data)
    _event(data)  # None when damaged
    BreakSettings.from_dict(data)  # damaged values fall back to defaults
    cycle = BreakCycle.from_dict(data)
    cycle.next_break(NOW, BreakSettings.from_dict(data))
