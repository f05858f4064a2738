"""The journal reads the years a first look needs first, and the rest after, with the same
result as reading everything at once."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import LEVELS, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.journal.trend import classify_trend
from companion.core.shared.app_state import JOURNAL, AppState

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 10, 30, tzinfo=ZONE)
FIRST_LOOK = timedelta(days=92)


def fill(folder: Path, moments: list[datetime]) -> AppState:
    state = AppState.open(folder, now=lambda: NOW)
    collection = state.store.partitioned(JOURNAL, "time")
    for number, when in enumerate(moments):
        entry = parse_entry(
            {
                "time": when.isoformat(),
                "pain_now": number % 11,
                "level": LEVELS[number % len(LEVELS)],
                "side": None if number % len(LEVELS) == 0 else "left",
            }
        )
        collection.insert(entry.to_dict())
    return AppState.open(folder, now=lambda: NOW)  # read from disk, as at start


def years_on_disk(state: AppState) -> list[str]:
    return sorted(path.stem for path in (state.store.data_dir / JOURNAL).glob("*.json"))


def test_a_first_look_reads_this_year_and_the_first_not_the_years_between(
    tmp_path: Path,
) -> None:
    daily = [NOW - timedelta(days=days) for days in range(6 * 365)]  # 2020 to 2026
    state = fill(tmp_path, daily)
    journal = JournalStore(state)
    journal.read_first(NOW - FIRST_LOOK, 14, newest=7)
    first_look = journal.loaded()
    years = {item.entry.time.year for item in first_look}
    # The oldest year, and the 3 months back from March 2026: not 2021 to 2024.
    assert years == {2020, 2025, 2026}
    assert not journal.complete
    everything = [item.entry for item in JournalStore(state).entries()]
    # The newest entries, the trend and the first entry are as with everything read.
    assert [item.entry for item in first_look[-7:]] == everything[-7:]
    assert first_look[0].entry == everything[0]
    assert classify_trend([i.entry for i in first_look], NOW) == classify_trend(everything, NOW)

    while not journal.read_more():
        pass
    assert journal.complete
    assert [item.entry for item in journal.loaded()] == everything
    assert journal.entries() == JournalStore(state).entries()


def test_a_save_after_the_first_look_reads_the_rest_and_lists_nothing_twice(
    tmp_path: Path,
) -> None:
    state = fill(tmp_path, [NOW - timedelta(days=days) for days in range(0, 3 * 365, 3)])
    journal = JournalStore(state)
    journal.read_first(NOW - FIRST_LOOK, 14)
    before = len(JournalStore(state).entries())
    # A back-dated entry in a year of its own: a new file, read as it is written.
    entry = parse_entry(
        {"time": "2019-06-01T09:00:00+01:00", "pain_now": 3, "level": LEVELS[2], "side": "left"}
    )
    journal.add(entry)
    assert journal.complete
    assert len(journal.loaded()) == before + 1
    assert not journal.read_more() or journal.complete
    assert len(journal.entries()) == before + 1
    assert journal.undo() is not None
    assert len(JournalStore(state).entries()) == before


@settings(max_examples=25, deadline=None)
@given(
    days_ago=st.lists(st.integers(0, 4 * 365), min_size=1, max_size=40),
    offsets=st.lists(st.integers(-12, 14), min_size=1, max_size=40),
)
def test_the_first_look_gives_the_same_trend_as_every_entry(
    tmp_path_factory: pytest.TempPathFactory, days_ago: list[int], offsets: list[int]
) -> None:
    """Whatever the years and time zones (a new year near midnight in another zone), the
    trend and the newest entries from the first look are those of the whole journal."""
    folder = tmp_path_factory.mktemp("journal")
    moments = [
        (NOW - timedelta(days=days, hours=days % 24)).astimezone(
            timezone(timedelta(hours=offsets[index % len(offsets)]))
        )
        for index, days in enumerate(days_ago)
    ]
    state = fill(folder, moments)
    journal = JournalStore(state)
    journal.read_first(NOW - FIRST_LOOK, 14, newest=7)
    seen = [item.entry for item in journal.loaded()]
    everything = [item.entry for item in JournalStore(state).entries()]
    assert classify_trend(seen, NOW) == classify_trend(everything, NOW)
    assert seen[-7:] == everything[-7:]
    assert seen[0] == everything[0]
    if len(years_on_disk(state)) <= 2:
        assert journal.complete
