"""The graph draws only what lies in its dates: an entry dated ahead (a clock that ran
ahead, then was put right) is split off before the graph gets the entries
(`dated_entries`), so no line runs past the last point shown toward it, and the count
below the graph counts the points drawn in the range."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import LEVELS, Entry, dated_entries
from companion.core.journal.graph_range import RANGES, count_between, range_dates
from companion.core.journal.series import LONGEST_JOIN, DayBands, chart_series, weekly_means
from companion.core.shared.wall_clock import day_zone

DAY = 86400.0
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
# Days from now: most near today, some dated far ahead (a clock years out).
days_from_now = st.one_of(st.floats(-40, 10), st.floats(-800, 800), st.floats(10, 3000))
entries_made = st.lists(st.tuples(days_from_now, offsets, st.integers(0, 10)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(datetime(2000, 1, 1), datetime(2090, 1, 1)),
    offsets,
    entries_made,
    st.sampled_from(list(RANGES)),
)
def test_no_line_leaves_the_range_and_the_count_is_what_is_drawn(
    naive: datetime,
    zone: timezone,
    made: list[tuple[float, timezone, int]],
    key: str,
) -> None:
    now = naive.replace(tzinfo=zone)
    entries = sorted(
        (
            Entry(
                time=(now + timedelta(days=d)).astimezone(own),
                pain_now=p,
                level=LEVELS[p % len(LEVELS)],
                pain_worst=p if p % 2 else None,
                walk_minutes=p * 3.0 if p % 3 else None,
            )
            for d, own, p in made
        ),
        key=lambda entry: entry.timestamp,
    )
    dated = dated_entries(entries, now.date())  # as the journal page hands them over
    series = chart_series(dated.current, DayBands(day_zone(now), now.utcoffset()))
    places = series["pain"][0]  # one point an entry, left to right
    start, end = range_dates(key, now, places)
    assert start < end
    for times, values in series.values():
        for points in (times, weekly_means((times, values))[0]):
            for a, b in itertools.pairwise(points):
                if b - a <= LONGEST_JOIN and b >= start:  # a segment drawn into the range
                    # Both ends before the range's end. Its left end may lie before the
                    # start: a line in from an earlier entry, one drag away, is the trend
                    # going on; cut off, the first point in view looked like the first one.
                    assert a <= b < end
            assert all(x < end for x in points)
    assert count_between(places, start, end) == sum(start <= x <= end for x in places)
