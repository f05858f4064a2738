"""Entries dated days after today (written while the computer's clock ran ahead, then put
right) are not the last entry, nor this week's: Home counts them apart."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.home.summary import HomeSummary, summarize
from companion.core.journal.entry import LATEST_YEAR, ZONE_DAYS, Entry
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.clock import FakeClock

MADRID_WINTER = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 20, 0, tzinfo=MADRID_WINTER)
LAST_DAY = date(LATEST_YEAR, 12, 31)

moments = st.times().map(lambda t: t.replace(microsecond=0))
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


def at(day: date, moment: time, zone: timezone) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone)


past = st.builds(
    at,
    st.integers(0, 40).map(lambda ago: NOW.date() - timedelta(days=ago)),
    moments,
    offsets,
)
ahead = st.builds(
    at,
    st.dates(NOW.date() + timedelta(days=ZONE_DAYS + 1), LAST_DAY),
    moments,
    offsets,
)


def home_with(times: list[datetime], pains: list[int]) -> HomeSummary:
    folder = Path(tempfile.mkdtemp()) / "data"
    state = AppState.open(folder, now=FakeClock(NOW))
    journal = state.store.partitioned(JOURNAL, "time")
    for when, pain in zip(times, pains, strict=True):
        journal.insert(Entry(time=when, pain_now=pain, level="calf", side="left").to_dict())
    return summarize(state)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(past, st.integers(0, 10)), max_size=20),
    st.lists(st.tuples(ahead, st.integers(0, 10)), min_size=1, max_size=20),
)
def test_entries_dated_ahead_change_nothing_but_their_own_count(
    made: list[tuple[datetime, int]], later: list[tuple[datetime, int]]
) -> None:
    without = home_with([t for t, _ in made], [p for _, p in made])
    both = made + later
    with_ahead = home_with([t for t, _ in both], [p for _, p in both])
    # "Last entry today", its pain and "this week" were the dated-ahead entry's.
    assert with_ahead.last_entry_days_ago == without.last_entry_days_ago
    assert with_ahead.last_entry_pain == without.last_entry_pain
    assert with_ahead.entries_this_week == without.entries_this_week
    assert with_ahead.entry_today == without.entry_today
    assert not with_ahead.first_time
    assert with_ahead.entries_ahead == len(later)
    assert without.entries_ahead == 0


def test_an_entry_two_days_ahead_is_still_todays() -> None:
    """Made hours ago on a clock ahead (the far side of the date line): not counted apart."""
    tomorrow = at(NOW.date() + timedelta(days=ZONE_DAYS), time(1, 0), timezone(timedelta(hours=14)))
    home = home_with([tomorrow], [4])
    assert home.entries_ahead == 0
    assert home.entry_today and home.last_entry_days_ago == 0
