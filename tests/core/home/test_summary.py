"""Home's summary of the journal: it reads the newest entries the way the journal does."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from companion.core.home.summary import summarize
from companion.core.journal.entry import LEVELS, Entry
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
