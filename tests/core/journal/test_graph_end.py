"""The graph's dates end today, or a day or two later for an entry made hours ago on a
clock ahead, never at an entry dated further ahead (a clock that ran ahead; year 9998)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import LATEST_YEAR, ZONE_DAYS, Entry, dated_entries
from companion.core.journal.graph_range import range_end

DAY = 86400.0


@settings(max_examples=200)
@given(
    st.datetimes(datetime(1990, 1, 1), datetime(2100, 1, 1)),
    st.integers(-12 * 60, 14 * 60),
    st.floats(0, datetime(LATEST_YEAR, 12, 31).timestamp()),
)
def test_the_graph_ends_at_most_a_zone_ahead(naive: datetime, minutes: int, last: float) -> None:
    """The graph is handed the entries `dated_entries` keeps (as the journal page does):
    its end is then at most a zone ahead, wherever the entry is dated."""
    now = naive.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    made = Entry(time=datetime.fromtimestamp(last, now.tzinfo), pain_now=3, level="calf")
    end = range_end(now, [e.timestamp for e in dated_entries([made], now.date()).current])
    assert now.timestamp() < end <= now.timestamp() + (ZONE_DAYS + 1) * DAY
    if now.timestamp() < last < now.timestamp() + DAY:  # a point hours ahead stays in view
        assert last < end
