"""What the journal's graph plots: each entry's figures over time, weekly averages for long
spans, and the days with heat, ice, breaks or a check.

Times are seconds since 1970 (what a plot's date axis counts); the graph only draws. An
entry is placed by its own wall clock (`DayBands`), on the day the list and Home give it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from companion.core.journal.entry import Entry
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE, CheckRecord, TimerEvent

DAY = 24 * 3600
WEEK = 7 * DAY
CHECK = "check"
MARKER_KINDS = (HEAT, ICE, BREAK_TAKEN, CHECK)  # the graph's marker rows, top to bottom
# What an entry says was done, as the marker it stands for.
DONE_MARKERS = {"heat": HEAT, "ice": ICE, "breaks": BREAK_TAKEN}
SERIES = ("level", "pain", "worst", "walk")
# Points further apart than this are not joined: a line across weeks with no entries
# would show figures nobody wrote down (two entries ten years apart drew a flat line
# through every day of the 2-week view). A week missing among weekly averages still joins.
LONGEST_JOIN = 14 * DAY

Series = tuple[list[float], list[float]]  # (times, values)
# What one update did to a series: its points from `low` to `high` (as they were) gave
# way to these times and values.
Splice = tuple[int, int, list[float], list[float]]


class DayBands:
    """Where a moment falls on the graph's date axis, whose days are bands from one
    midnight to the next in `zone` (None: this computer's zone).

    A moment is placed by its own wall clock: the date and time it was written with, at
    that time of day within that day's band. The list, Home and the point's own words
    name that day; placed by its instant instead, an entry made at 20:00 on Monday in
    New York sat in Tuesday's band when looked at in Madrid (02:00 there). A moment on
    the zone's own clock, on a day of 24 hours, is at its very instant. On the days the
    clocks change (23 or 25 hours) every moment is placed in proportion (18:00 three
    quarters of the way), so none falls outside its band and a day's points keep the
    order of their times of day.
    """

    def __init__(self, zone: tzinfo | None = None, offset: timedelta | None = None) -> None:
        """`offset`: the clock's offset when `zone` is None, so bands worked out for one
        computer zone are not mistaken for another's (see `key`)."""
        self.zone = zone
        self.key = (zone, offset)
        self._bands: dict[date, tuple[float, float, timedelta | None]] = {}
        self._midnights: dict[date, float] = {}

    def band(self, day: date) -> tuple[float, float]:
        """The midnights that start and end `day`."""
        start, length, _offset = self._bands.get(day) or self._band(day)
        return start, start + length

    def _midnight(self, day: date) -> float:
        found = self._midnights.get(day)
        if found is None:
            found = self._midnights[day] = midnight(day, self.zone)
        return found

    def _band(self, day: date) -> tuple[float, float, timedelta | None]:
        """`day`'s midnight, its length in seconds, and the zone's offset all day long
        (None on a day the clocks change)."""
        start = self._midnight(day)
        length = self._midnight(day + timedelta(days=1)) - start
        offset = timedelta(seconds=(day - _EPOCH_DAY).days * DAY - start)
        found = self._bands[day] = (start, length, offset if length == DAY else None)
        return found

    def x(self, moment: datetime, instant: float | None = None) -> float:
        """Where `moment` is drawn (`instant`: its timestamp, when already known)."""
        day = moment.date()
        start, length, offset = self._bands.get(day) or self._band(day)
        if offset is not None and moment.utcoffset() == offset:  # on the zone's clock
            return moment.timestamp() if instant is None else instant
        seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
        return start + seconds * length / DAY

    def entry_x(self, entry: Entry) -> float:
        """Where `entry` is drawn (`x`, with its timestamp worked out once)."""
        return self.x(entry.time, entry.timestamp)


_EPOCH_DAY = date(1970, 1, 1)


def midnight(day: date, zone: tzinfo | None) -> float:
    """The midnight that starts `day` in `zone` (None: this computer's zone), in seconds."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def chart_series(entries: Sequence[Entry], bands: DayBands | None = None) -> dict[str, Series]:
    """Each series of the graph from `entries` (sorted by time): how far down the leg
    (as a depth), pain now, worst pain and walking minutes; an entry without a figure
    leaves a gap in that series only. Each series runs left to right (`wall_order`), so
    its line never doubles back after a flight west or when the clocks go back."""
    return ChartSeries(entries, bands).series()


def daily_reach(entries: Sequence[Entry], bands: DayBands | None = None) -> Series:
    """How far down the leg, one point a day: the day's furthest reach, at the time of the
    entry that gave it (the first such entry), so several entries on a day draw one
    point rather than a zig-zag within the day."""
    ordered, xs = _placed(entries, bands or DayBands())  # each day's entries together
    _starts, times, depths = _daily_reach(ordered, xs, 0, len(ordered))
    return times, depths


def _daily_reach(
    entries: Sequence[Entry], xs: Sequence[float], start: int, end: int
) -> tuple[list[int], list[float], list[float]]:
    """`daily_reach` of entries[start:end] (placed at `xs`), with the index where each
    day's run starts."""
    starts: list[int] = []
    times: list[float] = []
    depths: list[float] = []
    last_day: date | None = None
    for index in range(start, end):
        entry = entries[index]
        day = entry.time.date()
        if day == last_day and times:
            if entry.depth > depths[-1]:
                times[-1], depths[-1] = xs[index], float(entry.depth)
            continue
        last_day = day
        starts.append(index)
        times.append(xs[index])
        depths.append(float(entry.depth))
    return starts, times, depths


def wall_order(entries: Iterable[Entry]) -> list[Entry]:
    """`entries` (sorted by time) in the graph's order, left to right: by the date and
    time on their own clocks, entries at the same such time by time.

    That is the order of their places (`DayBands`), which the order of time is not: New
    York on Monday 20:00 comes 13 hours after Tokyo on Tuesday 08:00, but on Monday's
    band, before it; so does 01:15 after 01:45 in the hour the clocks go back."""
    return sorted(entries, key=lambda e: e.time.replace(tzinfo=None))  # stable: then by time


def _placed(entries: Sequence[Entry], bands: DayBands) -> tuple[list[Entry], list[float]]:
    """`entries` (sorted by time) in `wall_order`, with their places: sorted by place,
    which is the same order (a place grows with the date and time on the entry's own
    clock) and quicker to sort (already in order unless someone flew west)."""
    x = bands.entry_x
    xs = [x(e) for e in entries]
    if all(map(operator.le, xs, itertools.islice(xs, 1, None))):
        return list(entries), xs
    order = sorted(range(len(xs)), key=xs.__getitem__)  # stable: one place stays by time
    return [entries[i] for i in order], [xs[i] for i in order]


def _days_entries(entries: Sequence[Entry], first: date, last: date) -> list[Entry]:
    """The entries (sorted by time) of the days from `first` to `last` on their own
    clocks; found by halving: a day on its own clock lies within a day either side of
    the same UTC day, so only those at either end need a look at their date."""
    midnight = datetime(first.year, first.month, first.day, tzinfo=UTC)
    ends = (
        midnight - timedelta(days=1),  # all from here on may be on `first` or after
        midnight + timedelta(days=2),  # all from here on are
        datetime(last.year, last.month, last.day, tzinfo=UTC) - timedelta(days=1),  # to here
        datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=2),
    )
    a, b, c, d = (bisect.bisect_left(entries, end, key=_time) for end in ends)
    c = max(b, c)  # `first` and `last` two days apart or less: every one is looked at
    head = [e for e in entries[a:b] if first <= e.time.date() <= last]
    tail = [e for e in entries[c:d] if first <= e.time.date() <= last]
    return head + list(entries[b:c]) + tail


def _time(entry: Entry) -> datetime:
    return entry.time


def _same_run(old: Iterable[Entry], new: Iterable[Entry], most: int) -> int:
    """How many entries at the start of `old` and `new` are the very same (at most
    `most`), compared without a Python step per entry."""
    differ = map(operator.is_not, old, new)
    return min(most, next(itertools.compress(itertools.count(), differ), most))


class ChartSeries:
    """The graph's series (see `chart_series`), kept up to date as the entries change.

    `update` compares the entries with those of the last call and works out again only
    the stretch between the first and the last entry that changed, widened to whole
    days (a save: one day), so a save costs no pass over years of entries in Python.
    The series are always those `chart_series` makes of the same entries from scratch.
    `entries` holds them in the graph's order (`wall_order`): entry i is at `times[i]`.
    """

    def __init__(self, entries: Sequence[Entry] = (), bands: DayBands | None = None) -> None:
        self.bands = bands or DayBands()
        self._clear()
        self.update(entries)

    def _clear(self) -> None:
        self._source: list[Entry] = []  # the entries as last given, by time
        # The same in the graph's order, left to right (see `wall_order`).
        self.entries: list[Entry] = []
        self.times: list[float] = []  # each entry's place on the date axis: the pain series' x
        self._pain: list[float] = []
        # Each day's run of entries: where it starts in `entries`, its point.
        self._runs: list[int] = []
        self._level: Series = ([], [])
        # The entries with a worst pain or a walk: their index in `entries`, their point.
        self._worst_at: list[int] = []
        self._worst: Series = ([], [])
        self._walk_at: list[int] = []
        self._walk: Series = ([], [])
        # Marker kind -> day -> the time of the first entry that day saying it was done.
        self.done: dict[str, dict[date, float]] = {kind: {} for kind in DONE_MARKERS.values()}
        # What the last `update` changed in each series (a graph then changes only that).
        self.changes: dict[str, Splice] = {}

    def series(self) -> dict[str, Series]:
        return {
            "level": self._level,
            "pain": (self.times, self._pain),
            "worst": self._worst,
            "walk": self._walk,
        }

    def update(self, entries: Sequence[Entry], bands: DayBands | None = None) -> bool:
        """Follow `entries` (sorted by time), placed on `bands` when given (the days of
        another time zone: every point is placed again); False when nothing changed."""
        if bands is not None and bands.key != self.bands.key:
            lengths = {name: len(times) for name, (times, _values) in self.series().items()}
            self.bands = bands
            self._clear()
            self.update(entries)
            self.changes = {
                name: (0, lengths[name], times, values)
                for name, (times, values) in self.series().items()
            }
            return True
        old = self._source
        n_old, n_new = len(old), len(entries)
        common = min(n_old, n_new)
        start = _same_run(old, entries, common)
        tail = _same_run(reversed(old), reversed(entries), common - start)
        if start == n_old == n_new:
            self.changes = {}
            return False
        self._source = list(entries)
        # The days whose entries changed; in the graph's order (by wall clock, see
        # `wall_order`) each day's entries stand together, so these days' stretch is
        # worked out again, from the first to the last.
        days = {e.time.date() for e in old[start : n_old - tail]}
        days.update(e.time.date() for e in entries[start : n_new - tail])
        first, last = min(days), max(days)
        start, old_end = self._days_stretch(first, last)
        window, times = _placed(_days_entries(entries, first, last), self.bands)
        n_old = len(self.entries)
        shift = len(window) - (old_end - start)
        self.entries[start:old_end] = window
        pains = [float(e.pain_now) for e in window]
        self.times[start:old_end] = times
        self._pain[start:old_end] = pains
        self.changes = {"pain": (start, old_end, times, pains)}
        self.changes["worst"] = self._splice(
            self._worst_at,
            self._worst,
            start,
            old_end,
            shift,
            [
                (start + i, times[i], float(e.pain_worst))
                for i, e in enumerate(window)
                if e.pain_worst is not None
            ],
        )
        self.changes["walk"] = self._splice(
            self._walk_at,
            self._walk,
            start,
            old_end,
            shift,
            [
                (start + i, times[i], e.walk_minutes)
                for i, e in enumerate(window)
                if e.walk_minutes is not None
            ],
        )
        self._update_runs(start, old_end, n_old, shift)
        self._update_done(days, start, start + len(window))
        return True

    def _days_stretch(self, first: date, last: date) -> tuple[int, int]:
        """Where the entries of the days from `first` to `last` stand in `entries`."""
        return (
            bisect.bisect_left(self.times, self.bands.band(first)[0]),
            bisect.bisect_left(self.times, self.bands.band(last)[1]),
        )

    def _update_runs(self, start: int, old_end: int, n_old: int, shift: int) -> None:
        """Work out again the days' runs from the one before `start` to the one holding
        the first unchanged entry after the change (entries may join either)."""
        runs = self._runs
        first = bisect.bisect_right(runs, start - 1) - 1 if start else 0
        begin = runs[first] if start else 0
        after = bisect.bisect_right(runs, old_end) if old_end < n_old else len(runs)
        end = (runs[after] if after < len(runs) else n_old) + shift
        starts, times, depths = _daily_reach(self.entries, self.times, begin, end)
        runs[first:after] = starts
        self._level[0][first:after] = times
        self._level[1][first:after] = depths
        self.changes["level"] = (first, after, times, depths)
        if shift:
            moved = first + len(starts)
            runs[moved:] = [index + shift for index in runs[moved:]]

    @staticmethod
    def _splice(
        at: list[int],
        series: Series,
        start: int,
        old_end: int,
        shift: int,
        points: list[tuple[int, float, float]],
    ) -> Splice:
        """Replace the points of entries[start:old_end] with `points` (index, x, y)."""
        low, high = bisect.bisect_left(at, start), bisect.bisect_left(at, old_end)
        times, values = [x for _index, x, _y in points], [y for _index, _x, y in points]
        at[low:high] = [index for index, _x, _y in points]
        series[0][low:high] = times
        series[1][low:high] = values
        if shift:
            moved = low + len(points)
            at[moved:] = [index + shift for index in at[moved:]]
        return low, high, times, values

    def _update_done(self, days: set[date], start: int, end: int) -> None:
        """The markers entries name on `days`, from entries[start:end] (those days' and
        any between)."""
        for found in self.done.values():
            for day in days:
                found.pop(day, None)
        entries = self.entries
        for index in range(start, end):
            entry = entries[index]
            if not entry.done:
                continue
            day = entry.time.date()
            if day not in days:
                continue
            for done in entry.done:
                kind = DONE_MARKERS.get(done)
                if kind is not None:
                    self.done[kind].setdefault(day, self.times[index])


DOT_LINES = 0.6  # a point's dot, in lines of text: 10 px or more at 100% (it was 7 px)


def dot_px(line: int, times: Sequence[float], start: float, end: float, width: float) -> int:
    """The size of the graph's dots, in pixels, over `width` pixels showing `start` to
    `end`: a share of a `line` of text (at least 10, so a lone entry is found), but no
    wider than the two closest of the sorted `times` in view are apart, down to 5: wider,
    a month of daily entries ran into one chain of beads, and in the report (drawn with
    thicker lines) each dot was as tall as two levels of the leg."""
    largest = max(10, round(line * DOT_LINES))
    shown = times[bisect.bisect_left(times, start) : bisect.bisect_right(times, end)]
    gap = min((b - a for a, b in itertools.pairwise(shown)), default=None)
    if gap is None or end <= start:
        return largest
    return max(5, min(largest, int(gap * width / (end - start))))


MARKER_LINES = 0.65  # a marker, in lines of text: 11 or 12 px at 100% (as it was: 11)
MARKER_LEAST = 7  # px: the least at which a triangle, square, circle and diamond differ


def marker_px(
    line: int, times: Iterable[Sequence[float]], start: float, end: float, width: float
) -> int:
    """The size of the graph's markers (heat, ice, breaks, checks), in pixels: `dot_px`'s
    rule for marker shapes, a little larger than the dots (at least 11, a share of a
    `line` of text), no wider than the two closest markers of a kind (each of `times`
    sorted) are apart in view, but never under 7, where their shapes, not only their
    colours, still tell them apart. They were 11 px at any text size: half the height of
    the largest text's line, and a chain of beads with a break each day in the report."""
    largest = max(11, round(line * MARKER_LINES))
    if end <= start:
        return largest
    gaps = [
        b - a
        for row in times
        for a, b in itertools.pairwise(
            row[bisect.bisect_left(row, start) : bisect.bisect_right(row, end)]
        )
    ]
    if not gaps:
        return largest
    return max(MARKER_LEAST, min(largest, int(min(gaps) * width / (end - start))))


def walk_ticks(top: float) -> list[tuple[float, str]]:
    """The walking plot's labels, from 0 up to the longest walk (`top` minutes): three or
    four, so a short plot has room."""
    step = next((s for s in (2, 5, 10, 15, 30, 60, 120, 300) if top / s <= 3), 600)
    return [(float(v), str(v)) for v in range(0, int(top) + 1, step)]


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
        # The last week's point no later than its last figure: past the graph's end else.
        [min(first + (week + 0.5) * WEEK, times[-1]) for week in weeks],
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

    def __init__(
        self,
        events: Sequence[TimerEvent],
        checks: Sequence[CheckRecord],
        check_line: Callable[[CheckRecord], str] = operator.attrgetter("summary"),
        bands: DayBands | None = None,
    ) -> None:
        """`check_line`: a check's line in the person's language (the words saved on the
        day unless told); `bands`: where a day's marker goes (its own clock's day)."""
        self.events = events
        self.checks = checks
        self.check_line = check_line
        self.bands = bands = bands or DayBands()
        self.days: dict[str, dict[date, float]] = {kind: {} for kind in MARKER_KINDS}
        self.events_by_day: dict[date, list[TimerEvent]] = {}
        for event in events:
            day = event.time.date()
            self.events_by_day.setdefault(day, []).append(event)
            if event.kind in self.days and day not in self.days[event.kind]:
                self.days[event.kind][day] = bands.x(event.time)
        self.checks_by_day: dict[date, list[CheckRecord]] = {}
        for check in checks:
            day = check.time.date()
            self.checks_by_day.setdefault(day, []).append(check)
            if day not in self.days[CHECK]:
                self.days[CHECK][day] = bands.x(check.time)

    def with_entries(self, entries: Sequence[Entry]) -> dict[str, list[float]]:
        """The marker times per kind, sorted, adding the days entries name."""
        return self.with_done(ChartSeries(entries, self.bands).done)

    def with_done(self, done: Mapping[str, Mapping[date, float]]) -> dict[str, list[float]]:
        """The marker times per kind, sorted, adding the days entries name (`done`, as
        `ChartSeries.done` keeps them); a timer's own record of a day comes first."""
        found = {kind: dict(days) for kind, days in self.days.items()}
        for kind, days in done.items():
            found[kind] = {**days, **found[kind]}
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
        checks = tuple(self.check_line(check) for check in self.checks_by_day.get(day, []))
        return DayMarkers(tuple(timed), tuple(noted), checks)
