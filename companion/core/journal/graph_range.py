"""Which part of time the journal's graph shows, and which of the entries fall in it.

The graph is handed only the entries it draws: those dated ahead of today are split off
first (`entry.dated_entries`), so every place here is one drawn.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from companion.core.journal.series import DAY, midnight
from companion.core.shared.wall_clock import day_zone

# The graph's ranges by their buttons' keys: the days shown before the end, None for all.
RANGES: dict[str, int | None] = {"2w": 14, "3m": 91, "1y": 365, "all": None}
SHORT_JOURNAL_DAYS = 21  # a journal spanning up to this many days opens on 2 weeks


def day_start(moment: float, zone: tzinfo | None) -> float:
    """The midnight that starts the day of `moment` (seconds) in `zone`: a day's band on
    the graph runs from one midnight to the next, whatever the clock change."""
    return midnight(datetime.fromtimestamp(moment, zone).date(), zone)


def next_day_start(moment: float, zone: tzinfo | None) -> float:
    """The midnight that ends the day of `moment` in `zone`."""
    return midnight(datetime.fromtimestamp(moment, zone).date() + timedelta(days=1), zone)


def range_end(now: datetime, places: Sequence[float]) -> float:
    """Where the graph's dates end for entries at the sorted `places` (none dated ahead:
    `dated_entries`): the end of today, or of the last entry's day when it is placed
    later (made hours ago on a clock ahead), so never more than ZONE_DAYS ahead. An
    entry dated further ahead moved the end with it ("2 weeks" showed that far day and
    none of the real ones)."""
    latest = now.timestamp()
    return next_day_start(max(latest, places[-1]) if len(places) else latest, now.tzinfo)


def range_start(end: float, days: int, zone: tzinfo | None) -> float:
    """The midnight `days` whole days before `end` (a midnight)."""
    return midnight(datetime.fromtimestamp(end, zone).date() - timedelta(days=days), zone)


def range_dates(key: str, now: datetime, places: Sequence[float]) -> tuple[float, float]:
    """The dates a range (a key of `RANGES`) shows for entries at the sorted `places`:
    its days up to `range_end`; "all" from the first entry's day, 2 weeks at least."""
    zone, end = day_zone(now), range_end(now, places)
    days = RANGES[key]
    start = range_start(end, 14 if days is None else days, zone)
    if days is None and len(places):
        start = min(start, day_start(places[0], zone))
    return start, end


def count_between(times: Sequence[float], start: float, end: float) -> int:
    """How many of the sorted `times` fall from `start` to `end` (both included)."""
    return bisect.bisect_right(times, end) - bisect.bisect_left(times, start)


def opening_range(first: float | None, last: float | None, end: float, zone: tzinfo | None) -> str:
    """The range (a key of `RANGES`) the graph opens on, from the first and last entries'
    times: 2 weeks for a journal of up to 3 weeks, 3 months for a longer one, and wider
    when the newest entry is older than that (a journal taken up again after a break),
    so a journal with entries never opens on an empty graph."""
    if first is None or last is None:
        return "2w"
    keys = list(RANGES)
    start = keys.index("2w" if (last - first) / DAY <= SHORT_JOURNAL_DAYS else "3m")
    for key in keys[start:]:
        days = RANGES[key]
        if days is None or range_start(end, days, zone) <= last:
            return key
    return "all"
