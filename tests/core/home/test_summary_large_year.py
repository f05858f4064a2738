"""Home on a year of many entries: the newest ones counted right, the year sorted once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from companion.core.home.summary import summarize
from companion.core.journal.entry import LEVELS, Entry, counts_for, days_ago
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.collection import PartitionedCollection
from tests.helpers.clock import FakeClock

EVERY_MINUTES = 20  # 72 entries a day: a week is more than Home's first looks hold


def test_a_busy_year_shows_the_newest_entries_and_sorts_its_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home looked at the newest 16, 64, 256 then 1,024 entries, sorting the whole year's
    file again for each look: with 100,000 entries in a year the app took seconds to
    start."""
    clock = FakeClock()
    state = AppState.open(tmp_path / "data", now=clock)
    now = clock()
    # This year only (the clock is in March), stored out of order: newest in the middle.
    moments = [now - timedelta(minutes=EVERY_MINUTES * n + 3) for n in range(4000)]
    moments = [m for m in moments if m.year == now.year]
    half = len(moments) // 2
    moments = moments[half:] + moments[:half]
    entries = [
        Entry(time=m, pain_now=n % 11, level=LEVELS[3], side="left") for n, m in enumerate(moments)
    ]
    journal = state.store.partitioned(JOURNAL, "time")
    with state.store.transaction():
        journal.insert_many([entry.to_dict() for entry in entries])
    newest = max(entries, key=lambda entry: entry.time)
    sorts = 0
    in_order = PartitionedCollection._in_order

    def counting(self: PartitionedCollection, key: str, *, newest_first: bool) -> object:
        nonlocal sorts
        sorts += 1
        return in_order(self, key, newest_first=newest_first)

    monkeypatch.setattr(PartitionedCollection, "_in_order", counting)
    home = summarize(AppState.open(tmp_path / "data", now=clock))

    assert sorts == 1
    week = [entry for entry in entries if days_ago(entry.time, now) < 7]
    assert home.entries_this_week == len(week) > 256
    assert home.last_entry_pain == newest.pain_now
    assert home.last_entry_days_ago == 0
    assert home.entry_today == any(counts_for(entry.time, now.date()) for entry in entries)
    assert home.entries_ahead == 0 and not home.first_time
