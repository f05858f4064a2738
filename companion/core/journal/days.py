"""The journal's list: entries and finished checks, newest first, grouped by day.

A check's result says it was saved to the journal, so the list shows checks too, also
while there is no entry yet. Several entries on one day sit under that day's heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from companion.core.journal.entry import entry_day
from companion.core.journal.store import StoredEntry
from companion.core.shared.records import CheckRecord

ListItem = StoredEntry | CheckRecord


def item_time_key(item: ListItem) -> tuple[float, int]:
    if isinstance(item, StoredEntry):
        return item.entry.timestamp, 1  # an entry after a check at the same moment
    return item.time.timestamp(), 0


def item_day(item: ListItem) -> date:
    """The item's own local day (the day the person saw on their clock)."""
    return entry_day(item.entry.time if isinstance(item, StoredEntry) else item.time)


@dataclass(frozen=True)
class ListDay:
    day: date
    items: tuple[ListItem, ...]  # newest first


@dataclass(frozen=True)
class JournalList:
    days: tuple[ListDay, ...]
    more: bool  # older items are left out (a "Show more" button)

    @property
    def items(self) -> list[ListItem]:
        return [item for day in self.days for item in day.items]


def list_days(
    entries: Sequence[StoredEntry], checks: Sequence[CheckRecord], limit: int
) -> JournalList:
    """The newest `limit` entries and checks together, grouped by day, newest first;
    `entries` sorted by time (as the store keeps them)."""
    limit = max(0, limit)
    candidates: list[ListItem] = [*_newest(entries, limit), *checks]
    merged = sorted(candidates, key=item_time_key, reverse=True)
    shown = merged[:limit]
    days: list[ListDay] = []
    for item in shown:
        day = item_day(item)
        if days and days[-1].day == day:
            days[-1] = ListDay(day, (*days[-1].items, item))
        else:
            days.append(ListDay(day, (item,)))
    return JournalList(tuple(days), more=len(entries) + len(checks) > len(shown))


def _newest(entries: Sequence[StoredEntry], limit: int) -> Sequence[StoredEntry]:
    """The entries that can be among the newest `limit` items: the last `limit`, and any
    before them at the same moment as the first of those (the sort keeps such ties in
    the store's order), so years of entries are not sorted again after every save."""
    start = max(0, len(entries) - limit)
    if start and limit:
        boundary = entries[start].entry.timestamp
        while start and entries[start - 1].entry.timestamp == boundary:
            start -= 1
    return entries[start:]
