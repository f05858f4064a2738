"""Home's summary of the journal: it reads the newest entries the way the journal does."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.home.summary import summarize
from companion.core.journal.entry import LEVELS, Entry, entry_day
from companion.core.journal.store import has_entry_for
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.clock import FakeClock


def test_records_the_journal_cannot_read_do_not_stop_home(tmp_path: Path) -> None:
    # A hand-edited year file: times at the very ends of the calendar (converting them
    # to local time used to crash the start of the app), a time without a zone, and
    # a record that is no entry at all. Home skips them, as the journal page does.
    clock = FakeClock()
    AppState.open(tmp_path / "data", now=clock)
    today = clock().replace(hour=9)
    readable = Entry(time=today, pain_now=3, level=LEVELS[2], side="left").to_dict()
    year_file = tmp_path / "data" / JOURNAL / f"{today.year}.json"
    year_file.parent.mkdir(exist_ok=True)
    records = {
        "1": readable,
        "2": {"time": "0001-01-01T00:00:00+14:00", "pain_now": 9, "level": LEVELS[5]},
        "3": {"time": "0001-01-01", "pain_now": 9},
        "4": {"time": (today + timedelta(minutes=5)).replace(tzinfo=None).isoformat()},
        "5": {"time": "9999-12-31T23:59:59-14:00", "pain_now": 9},
    }
    year_file.write_text(json.dumps({"_default": records}), "utf-8")

    home = summarize(AppState.open(tmp_path / "data", now=clock))

    assert home.last_entry_days_ago == 0 and home.entry_today
    assert home.last_entry_pain == 3  # the readable entry, not a record around it
    assert home.entries_this_week == 1
    assert not home.first_time


def test_a_week_of_many_entries_a_day_is_counted_whole(tmp_path: Path) -> None:
    clock = FakeClock()
    state = AppState.open(tmp_path / "data", now=clock)
    journal = state.store.partitioned(JOURNAL, "time")
    for hours in range(0, 6 * 24, 4):  # 36 entries over six days, more than Home reads first
        moment = clock() - timedelta(hours=hours)
        journal.insert(
            Entry(time=moment, pain_now=hours % 11, level=LEVELS[3], side="right").to_dict()
        )
    home = summarize(state)
    assert home.entries_this_week == 36
    assert home.last_entry_pain == 0


# Offsets people's clocks are set to, in quarter hours: UTC-12 to UTC+14.
offsets = st.integers(-48, 56).map(lambda quarters: timezone(timedelta(minutes=15 * quarters)))


@settings(max_examples=150, deadline=None)
@given(
    made=st.lists(
        st.tuples(st.integers(0, 5 * 24 * 60), offsets), min_size=1, max_size=4
    ),  # minutes before now, and the zone the entry was made in
    read_in=offsets,
)
def test_home_and_the_reminder_agree_on_todays_entry_and_the_last_pain_in_any_zones(
    made: list[tuple[int, timezone]], read_in: timezone
) -> None:
    # 31 December: already the new year in some zones, and the next year's file.
    now = datetime(2026, 12, 31, 20, 0, tzinfo=UTC).astimezone(read_in)
    with tempfile.TemporaryDirectory() as folder:
        state = AppState.open(Path(folder) / "data", now=lambda: now)
        journal = state.store.partitioned(JOURNAL, "time")
        for pain, (minutes, zone) in enumerate(made):
            moment = (now - timedelta(minutes=minutes)).astimezone(zone)
            entry = Entry(time=moment, pain_now=pain, level=LEVELS[3], side="left")
            journal.insert(entry.to_dict())
        home = summarize(state)
        # "Pain then" is the pain of the entry made last (of two made at once, either).
        assert home.last_entry_pain is not None
        assert made[home.last_entry_pain][0] == min(minutes for minutes, _zone in made)
        assert home.entry_today == has_entry_for(state, now.date())
        assert (home.last_entry_days_ago == 0) == home.entry_today
        days = {entry_day((now - timedelta(minutes=m)).astimezone(z)) for m, z in made}
        assert home.entry_today == (max(days) >= now.date())


def test_an_entry_dated_days_ahead_by_a_wrong_clock_is_not_todays(tmp_path: Path) -> None:
    """Made while the computer's clock was 10 days ahead, then the clock was put right:
    the entry counted as today's for 10 days, so Home said "up to date" and the
    reminder stayed silent. A day ahead (a clock in a zone ahead) still counts."""
    clock = FakeClock(datetime(2026, 3, 9, 20, 0, tzinfo=timezone(timedelta(hours=1))))
    state = AppState.open(tmp_path / "data", now=clock)
    journal = state.store.partitioned(JOURNAL, "time")
    ahead = clock() + timedelta(days=10)
    journal.insert(Entry(time=ahead, pain_now=4, level=LEVELS[3], side="right").to_dict())
    assert not summarize(state).entry_today
    assert not has_entry_for(state, clock().date())
    tokyo = timezone(timedelta(hours=14))
    tomorrow_there = (clock() - timedelta(hours=1)).astimezone(tokyo)
    assert entry_day(tomorrow_there) > clock().date()
    journal.insert(Entry(time=tomorrow_there, pain_now=2, level=LEVELS[3], side="right").to_dict())
    assert summarize(state).entry_today
    assert has_entry_for(state, clock().date())
