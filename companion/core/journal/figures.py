"""The journal's figures for a stretch of days: how many entries, and their averages.

The trend compares the last days with the same span before; the clinician's report
shows the same two periods as a table. Both read them from here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from companion.core.journal.entry import ZONE_DAYS, Entry, days_ago


def mean(values: Sequence[float]) -> float | None:
    """The average, or None when there is nothing to average."""
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class PeriodFigures:
    """The averages of some entries (None where no entry gave that figure)."""

    count: int
    level: float | None  # how far down the leg, as a depth (0 = no pain)
    pain: float | None
    worst: float | None
    walk: float | None  # minutes
    sitting: float | None  # minutes


def figures_of(entries: Sequence[Entry]) -> PeriodFigures:
    return PeriodFigures(
        count=len(entries),
        level=mean([e.depth for e in entries]),
        pain=mean([e.pain_now for e in entries]),
        worst=mean([e.pain_worst for e in entries if e.pain_worst is not None]),
        walk=mean([e.walk_minutes for e in entries if e.walk_minutes is not None]),
        sitting=mean([e.sitting_minutes for e in entries if e.sitting_minutes is not None]),
    )


def _time(entry: Entry) -> datetime:
    return entry.time


def between(entries: Sequence[Entry], start: datetime, end: datetime) -> Sequence[Entry]:
    """Entries with start < time <= end (entries sorted by time): found by halving, so a
    few weeks out of years of entries cost no pass over all of them."""
    return entries[bisect.bisect_right(entries, start, key=_time) : count_until(entries, end)]


def count_until(entries: Sequence[Entry], end: datetime) -> int:
    """How many entries (sorted by time) are at `end` or before."""
    return bisect.bisect_right(entries, end, key=_time)


@dataclass(frozen=True)
class Periods:
    """The last `days` days up to now, and the same span just before."""

    days: int
    recent: Sequence[Entry]
    earlier: Sequence[Entry]

    @property
    def recent_figures(self) -> PeriodFigures:
        return figures_of(self.recent)

    @property
    def earlier_figures(self) -> PeriodFigures:
        return figures_of(self.earlier)


def periods(entries: Sequence[Entry], now: datetime, days: int) -> Periods:
    """Split `entries` (sorted by time) into the last `days` days and the span before.

    Days on the calendar, as Home's "last 7 days" and the report's "First 7 days" count
    them: today and the `days - 1` days before it, each entry on its own day
    (`days_ago`). Counted as `days` times 24 hours back from now, one entry a day gave
    "Last 14 days: 15 entries" in the morning, reaching into the 15th day's evening.
    """
    # Found by halving, with room for an entry's own day to differ from now's calendar
    # (made in another zone); entries after now are in neither span.
    reach = timedelta(days=2 * days + ZONE_DAYS + 1)
    candidates = between(entries, now - reach, now)
    recent: list[Entry] = []
    earlier: list[Entry] = []
    for entry in candidates:
        ago = days_ago(entry.time, now)
        if ago < days:
            recent.append(entry)
        elif ago < 2 * days:
            earlier.append(entry)
    return Periods(days, recent, earlier)
