"""What the journal's graph plots: each entry's figures over time, weekly averages for long
spans, and the days with heat, ice, breaks or a check.

Times are seconds since 1970 (what a plot's date axis counts); the graph only draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from companion.core.journal.entry import Entry
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE, CheckRecord, TimerEvent

DAY = 24 * 3600
WEEK = 7 * DAY
CHECK = "check"
MARKER_KINDS = (HEAT, ICE, BREAK_TAKEN, CHECK)  # the graph's marker rows, top to bottom
# What an entry says was done, as the marker it stands for.
DONE_MARKERS = {"heat": HEAT, "ice": ICE, "breaks": BREAK_TAKEN}
SERIES = ("level", "pain", "worst", "walk")

Series = tuple[list[float], list[float]]  # (times, values)


def chart_series(entries: Sequence[Entry]) -> dict[str, Series]:
    """Each series of the graph from `entries` (sorted by time): how far down the leg
    (as a depth), pain now, worst pain and walking minutes; an entry without a figure
    leaves a gap in that series only."""
    times = [e.timestamp for e in entries]
    worst = [e for e in entries if e.pain_worst is not None]
    walks = [e for e in entries if e.walk_minutes is not None]
    return {
        "level": daily_reach(entries),
        "pain": (times, [float(e.pain_now) for e in entries]),
        "worst": ([e.timestamp for e in worst], [float(e.pain_worst or 0) for e in worst]),
        "walk": ([e.timestamp for e in walks], [e.walk_minutes or 0.0 for e in walks]),
    }


def daily_reach(entries: Sequence[Entry]) -> Series:
    """How far down the leg, one point a day: the day's furthest reach, at the time of the
    entry that gave it (the first such entry), so several entries on a day draw one
    point rather than a zig-zag within the day."""
    times: list[float] = []
    depths: list[float] = []
    last_day: date | None = None
    for entry in entries:
        day = entry.time.date()
        if day == last_day and times:
            if entry.depth > depths[-1]:
                times[-1], depths[-1] = entry.timestamp, float(entry.depth)
            continue
        last_day = day
        times.append(entry.timestamp)
        depths.append(float(entry.depth))
    return times, depths


def day_start(moment: float, zone: tzinfo | None) -> float:
    """The midnight that starts the day of `moment` (seconds) in `zone`: a day's band on
    the graph runs from one midnight to the next, whatever the clock change."""
    day = datetime.fromtimestamp(moment, zone).date()
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def next_day_start(moment: float, zone: tzinfo | None) -> float:
    """The midnight that ends the day of `moment` in `zone`."""
    day = datetime.fromtimestamp(moment, zone).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def range_end(now: datetime, last_entry: datetime | None) -> float:
    """Where the graph's dates end: the end of today, or of the last entry's day when an
    entry is dated later (never days into the future)."""
    latest = max(now, last_entry) if last_entry is not None else now
    return next_day_start(latest.timestamp(), now.tzinfo)


def range_start(end: float, days: int, zone: tzinfo | None) -> float:
    """The midnight `days` whole days before `end` (a midnight)."""
    day = datetime.fromtimestamp(end, zone).date() - timedelta(days=days)
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def weekly_means(series: Series) -> Series:
    """A series as weekly averages: one point in the middle of each week that has data,
    weeks counted from the first point."""
    times, values = series
    if not times:
        return [], []
    first = times[0]
    sums: dict[int, float] = {}
    counts: dict[int, int] = {}
    for time, value in zip(times, values, strict=True):
        week = int((time - first) // WEEK)
        sums[week] = sums.get(week, 0.0) + value
        counts[week] = counts.get(week, 0) + 1
    weeks = sorted(sums)
    return (
        [first + (week + 0.5) * WEEK for week in weeks],
        [sums[week] / counts[week] for week in weeks],
    )


@dataclass(frozen=True)
class TimedMarker:
    """Timer sessions of one kind on one day."""

    kind: str
    count: int
    minutes: float


@dataclass(frozen=True)
class DayMarkers:
    """What a day's markers stand for."""

    timed: tuple[TimedMarker, ...]  # heat, ice and breaks the timers recorded
    noted: tuple[str, ...]  # kinds an entry says were done, with no timer record
    checks: tuple[str, ...]  # the summary of each check done that day


class MarkerDays:
    """Which days had heat, ice, breaks or a check, gathered once per set of events.

    Each kind maps a day to the time of its first event, so a day with ten breaks is one
    marker. Days where an entry says heat, ice or breaks were used count too
    (`with_entries`).
    """

    def __init__(self, events: Sequence[TimerEvent], checks: Sequence[CheckRecord]) -> None:
        self.events = events
        self.checks = checks
        self.days: dict[str, dict[date, float]] = {kind: {} for kind in MARKER_KINDS}
        self.events_by_day: dict[date, list[TimerEvent]] = {}
        for event in events:
            day = event.time.date()
            self.events_by_day.setdefault(day, []).append(event)
            if event.kind in self.days:
                self.days[event.kind].setdefault(day, event.time.timestamp())
        self.checks_by_day: dict[date, list[CheckRecord]] = {}
        for check in checks:
            day = check.time.date()
            self.checks_by_day.setdefault(day, []).append(check)
            self.days[CHECK].setdefault(day, check.time.timestamp())

    def with_entries(self, entries: Sequence[Entry]) -> dict[str, list[float]]:
        """The marker times per kind, sorted, adding the days entries name."""
        found = {kind: dict(days) for kind, days in self.days.items()}
        for entry in entries:
            if not entry.done:
                continue
            day = entry.time.date()
            for done in entry.done:
                kind = DONE_MARKERS.get(done)
                if kind is not None and day not in found[kind]:
                    found[kind][day] = entry.timestamp
        return {kind: sorted(days.values()) for kind, days in found.items()}

    def on_day(self, day: date, entries: Sequence[Entry]) -> DayMarkers:
        """The markers of one day; `entries` are that day's entries."""
        timed: list[TimedMarker] = []
        noted: list[str] = []
        for kind in (HEAT, ICE, BREAK_TAKEN):
            sessions = [e for e in self.events_by_day.get(day, []) if e.kind == kind]
            if sessions:
                timed.append(TimedMarker(kind, len(sessions), sum(e.minutes for e in sessions)))
            elif any(DONE_MARKERS.get(d) == kind for e in entries for d in e.done):
                noted.append(kind)
        checks = tuple(check.summary for check in self.checks_by_day.get(day, []))
        return DayMarkers(tuple(timed), tuple(noted), checks)
