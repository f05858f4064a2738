"""A hand-edited journal file may hold any time Python can read: year 1 or 9999, any
offset from -23:59 to +23:59, several entries at the very same instant. Each is either
left out as damage or drawn: the graph's days around it can always be worked out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import EntryError
from companion.core.journal.graph_range import day_start, next_day_start, range_end
from companion.core.journal.series import ChartSeries, DayBands
from companion.core.journal.stored import stored_entry

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
VIEWED_IN: tuple[tzinfo, ...] = (UTC, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Etc/GMT+12"))
OFFSETS = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


def record(moment: datetime) -> dict[str, object]:
    return {"time": moment.isoformat(), "pain_now": 3, "level": "calf", "side": "left"}


def draw_all(records: list[dict[str, object]], zone: tzinfo) -> None:
    """What the Journal page and the report work out for the entries that are read."""
    entries = []
    for data in records:
        try:
            entries.append(stored_entry(data))
        except EntryError:
            continue
    entries.sort(key=lambda entry: entry.timestamp)
    bands = DayBands(zone)
    ChartSeries(entries, bands).series()
    ChartSeries().update(entries, bands)
    for entry in entries:
        place = bands.entry_x(entry)
        assert day_start(place, zone) <= place < next_day_start(place, zone) + 1
        range_end(NOW.astimezone(zone), [place])


@pytest.mark.parametrize("zone", VIEWED_IN, ids=str)
def test_entries_on_the_last_day_python_knows_are_left_out_not_a_crash(zone: tzinfo) -> None:
    """An entry dated 9999-12-31 stopped `journal report` with an OverflowError (the
    graph looks for the day after it)."""
    times = ["9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59-12:00", "9999-12-30T12:00:00"]
    for text in times:
        with pytest.raises(EntryError):
            stored_entry({**record(NOW), "time": text})
    draw_all([{**record(NOW), "time": text} for text in times], zone)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.datetimes(
            min_value=datetime.min,
            max_value=datetime.max,
            timezones=OFFSETS,
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(VIEWED_IN),
)
@example([datetime.max.replace(tzinfo=timezone(timedelta(hours=14)))], 2, UTC)
@example([datetime(9999, 12, 31, 12, tzinfo=timezone(timedelta(hours=-12)))], 1, VIEWED_IN[1])
def test_any_stored_time_is_drawn_or_left_out(
    moments: list[datetime], copies: int, zone: tzinfo
) -> None:
    draw_all([record(moment) for moment in moments for _ in range(copies)], zone)
