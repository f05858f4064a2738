"""The journal's list: entries and checks together, newest first, grouped by day; and
whether a day has an entry (what the reminder asks)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from companion.core.journal.days import list_days
from companion.core.journal.entry import parse_entry
from companion.core.journal.store import StoredEntry, has_entry_for
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import CheckRecord

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 21, 0, tzinfo=ZONE)


def stored(when: datetime, n: int = 0) -> StoredEntry:
    entry = parse_entry(
        {"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left"}, now=NOW
    )
    return StoredEntry(f"2026-{n}", entry)


def check(when: datetime) -> CheckRecord:
    return CheckRecord(when, "self_care", "sciatic_nerve", (), "A check.")


def test_checks_alone_make_a_list() -> None:
    listing = list_days([], [check(NOW - timedelta(days=2))], limit=7)
    assert [day.day for day in listing.days] == [date(2026, 3, 7)]
    assert not listing.more


def test_several_entries_of_a_day_share_its_group_newest_first() -> None:
    morning, evening = NOW.replace(hour=8), NOW.replace(hour=20)
    yesterday = NOW - timedelta(days=1)
    listing = list_days([stored(yesterday, 1), stored(morning, 2), stored(evening, 3)], [], 7)
    assert [len(day.items) for day in listing.days] == [2, 1]
    first = listing.days[0].items
    assert isinstance(first[0], StoredEntry) and first[0].entry.time == evening


def test_the_limit_leaves_out_the_oldest_and_says_so() -> None:
    entries = in_store_order([stored(NOW - timedelta(days=d), d) for d in range(10)])
    listing = list_days(entries, [check(NOW - timedelta(hours=1))], limit=7)
    assert len(listing.items) == 7 and listing.more
    assert isinstance(listing.items[0], StoredEntry)  # 21:00 entry, then the 20:00 check
    assert isinstance(listing.items[1], CheckRecord)


@given(st.lists(st.integers(min_value=0, max_value=60 * 24 * 30), max_size=40))
def test_every_item_once_in_time_order_each_under_its_own_day(minutes: list[int]) -> None:
    entries = in_store_order([stored(NOW - timedelta(minutes=m), i) for i, m in enumerate(minutes)])
    listing = list_days(entries, [], limit=len(entries))
    items = listing.items
    assert len(items) == len(entries)
    times = [item.entry.time for item in items if isinstance(item, StoredEntry)]
    assert times == sorted(times, reverse=True)
    for day in listing.days:
        assert all(isinstance(i, StoredEntry) and i.entry.time.date() == day.day for i in day.items)
    assert len({day.day for day in listing.days}) == len(listing.days)


def in_store_order(entries: list[StoredEntry]) -> list[StoredEntry]:
    """As the store keeps them: by time, then by id."""
    return sorted(entries, key=lambda item: (item.entry.time, item.id))


@given(
    st.lists(st.integers(min_value=0, max_value=60 * 24 * 4), max_size=30),
    st.lists(st.integers(min_value=0, max_value=60 * 24 * 4), max_size=5),
    st.integers(min_value=0, max_value=35),
    st.lists(st.sampled_from([-5, 0, 1, 9]), min_size=1, max_size=30),
)
def test_the_newest_shown_are_those_of_sorting_everything(
    entry_minutes: list[int], check_minutes: list[int], limit: int, offsets: list[int]
) -> None:
    """The list reads only the newest entries, yet shows what sorting every entry and
    check together would: with entries at the same moment (in other time zones too) and
    checks at the same moment as entries."""
    entries = in_store_order(
        [
            stored(
                (NOW - timedelta(minutes=m // 3 * 3)).astimezone(
                    timezone(timedelta(hours=offsets[i % len(offsets)]))
                ),
                i,
            )
            for i, m in enumerate(entry_minutes)
        ]
    )
    checks = sorted(
        (check(NOW - timedelta(minutes=m // 3 * 3)) for m in check_minutes), key=lambda c: c.time
    )
    everything = sorted(
        [*entries, *checks],
        key=lambda item: (
            (item.entry.time.timestamp(), 1)
            if isinstance(item, StoredEntry)
            else (item.time.timestamp(), 0)
        ),
        reverse=True,
    )
    listing = list_days(entries, checks, limit)
    assert listing.items == everything[:limit]
    assert listing.more == (len(everything) > limit)


def test_has_entry_for_reads_the_store_as_it_is(tmp_path: Path) -> None:
    state = AppState.open(tmp_path / "data", now=lambda: NOW)
    assert not has_entry_for(state, NOW.date())
    entry = stored(NOW.replace(hour=0, minute=5)).entry
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    assert has_entry_for(state, NOW.date())
    assert not has_entry_for(state, NOW.date() + timedelta(days=1))
    # A damaged record on that day is not an entry.
    state.store.partitioned(JOURNAL, "time").insert({"time": "2026-03-10T10:00:00+01:00"})
    assert not has_entry_for(state, date(2026, 3, 10))


def test_a_new_years_eve_entry_is_found_on_its_own_day(tmp_path: Path) -> None:
    """Only the year's file is read: an entry late on 31 December, in a zone ahead of
    UTC, is in that year's file and on that day, never on 1 January."""
    eve = datetime(2026, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=5)))
    state = AppState.open(tmp_path / "data", now=lambda: eve)
    entry = parse_entry(
        {"time": eve.isoformat(), "pain_now": 3, "level": "calf", "side": "left"}, now=eve
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    assert has_entry_for(state, date(2026, 12, 31))
    assert not has_entry_for(state, date(2027, 1, 1))
