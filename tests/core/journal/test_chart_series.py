"""The graph's series after a save, an edit, a delete, an undo or an import: updated in
place, yet always what building them afresh gives (and what the graph showed before it
was updated in place: the reference below is the old way, a pass over every entry), with
each point on its own day's band in the zone the graph is looked at in."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import LEVELS, Entry, parse_entry
from companion.core.journal.series import (
    DONE_MARKERS,
    ChartSeries,
    DayBands,
    MarkerDays,
    chart_series,
    wall_order,
)
from companion.core.shared.records import HEAT, TimerEvent

START = datetime(2024, 12, 20, 6, 0, tzinfo=UTC)
NOW = START + timedelta(days=900)


ZONES = (UTC, ZoneInfo("Europe/Madrid"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo"))


def placed(moment: datetime, zone: tzinfo = UTC) -> float:
    """Where the graph draws `moment`: at its own wall-clock time on its own day's band
    in `zone` (in proportion on a day of 23 or 25 hours), at its very instant when its
    clock is the zone's on a day of 24 hours."""
    day = moment.date()
    start = datetime.combine(day, time(), zone).timestamp()
    length = datetime.combine(day + timedelta(days=1), time(), zone).timestamp() - start
    wall = moment.replace(tzinfo=None)
    if length == 24 * 3600 and moment.astimezone(zone).replace(tzinfo=None) == wall:
        return moment.timestamp()
    return start + (wall - datetime.combine(day, time())).total_seconds() * length / 86400


def reference_series(
    entries: list[Entry], zone: tzinfo = UTC
) -> dict[str, tuple[list[float], list[float]]]:
    """The graph's series as they were made before: every entry, every time (left to
    right: by their own clocks)."""
    entries = wall_order(entries)
    level_x: list[float] = []
    level_y: list[float] = []
    last_day: date | None = None
    for e in entries:
        if e.time.date() == last_day and level_x:
            if e.depth > level_y[-1]:
                level_x[-1], level_y[-1] = placed(e.time, zone), float(e.depth)
            continue
        last_day = e.time.date()
        level_x.append(placed(e.time, zone))
        level_y.append(float(e.depth))
    worst = [e for e in entries if e.pain_worst is not None]
    walks = [e for e in entries if e.walk_minutes is not None]
    return {
        "level": (level_x, level_y),
        "pain": ([placed(e.time, zone) for e in entries], [float(e.pain_now) for e in entries]),
        "worst": ([placed(e.time, zone) for e in worst], [float(e.pain_worst or 0) for e in worst]),
        "walk": ([placed(e.time, zone) for e in walks], [e.walk_minutes or 0.0 for e in walks]),
    }


def reference_markers(
    events: list[TimerEvent], entries: list[Entry], zone: tzinfo = UTC
) -> dict[str, list[float]]:
    found: dict[str, dict[date, float]] = {}
    for event in events:
        found.setdefault(event.kind, {}).setdefault(event.time.date(), placed(event.time, zone))
    for e in wall_order(entries):  # a day's first entry on the graph, its leftmost
        for done in e.done:
            kind = DONE_MARKERS.get(done)
            if kind is not None:
                found.setdefault(kind, {}).setdefault(e.time.date(), placed(e.time, zone))
    return {kind: sorted(days.values()) for kind, days in found.items() if days}


def make(minutes: int, offset: int, depth: int, worst: int, walk: int, done: int) -> Entry:
    level = LEVELS[depth]
    pain = 0 if depth == 0 else 1 + depth
    return parse_entry(
        {
            "time": (START + timedelta(minutes=minutes))
            .astimezone(timezone(timedelta(hours=offset)))
            .isoformat(),
            "pain_now": pain,
            "pain_worst": pain + worst if worst >= 0 else None,
            "level": level,
            "side": None if depth == 0 else "left",
            "walk_minutes": float(walk) if walk >= 0 else None,
            "done": [["heat"], ["ice", "breaks"], [], ["exercises"]][done],
        },
        now=NOW,
    )


# Entries hours apart over twelve days (so days hold several entries and their
# order changes), in time zones either side of UTC (a day on its own clock can then
# sit between another day's entries), some at the very same moment.
entry_values = st.builds(
    make,
    minutes=st.integers(min_value=0, max_value=60 * 24 * 12).map(lambda m: m // 30 * 30),
    offset=st.sampled_from([-11, -5, 0, 1, 13]),
    depth=st.integers(min_value=0, max_value=len(LEVELS) - 1),
    worst=st.integers(min_value=-1, max_value=3),
    walk=st.integers(min_value=-1, max_value=40),
    done=st.integers(min_value=0, max_value=3),
)


@st.composite
def histories(draw: st.DrawFn) -> list[list[Entry]]:
    """A journal as it changes: saves, edits (also to another day), deletes, undos (the
    very entry put back) and imports of several at once; each state sorted by time."""
    entries: list[Entry] = sorted(draw(st.lists(entry_values, max_size=24)), key=lambda e: e.time)
    states = [list(entries)]
    removed: list[Entry] = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        action = draw(st.sampled_from(["add", "edit", "delete", "undo", "import"]))
        if action in ("edit", "delete") and entries:
            index = draw(st.integers(min_value=0, max_value=len(entries) - 1))
            removed.append(entries.pop(index))
            if action == "edit":
                entries.append(draw(entry_values))
        elif action == "undo" and removed:
            entries.append(removed.pop())
        elif action == "import":
            entries.extend(draw(st.lists(entry_values, min_size=1, max_size=12)))
        else:
            entries.append(draw(entry_values))
        # As the store keeps them: by time, entries at the same moment in a stable order.
        entries.sort(key=lambda e: e.time)
        states.append(list(entries))
    return states


@settings(max_examples=300, deadline=None)
@given(histories(), st.lists(st.sampled_from(ZONES), min_size=9, max_size=9))
def test_series_updated_in_place_equal_those_built_afresh(
    states: list[list[Entry]], zones: list[tzinfo]
) -> None:
    """Also when the graph is looked at in another time zone between two saves (a
    laptop that travels): every point is placed again."""
    series = ChartSeries(bands=DayBands(UTC))
    events = [TimerEvent(START + timedelta(days=1, hours=2), HEAT, 20.0)]
    # A graph's copy of the points, changed only where `changes` says.
    drawn: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in series.series()}
    for entries, zone in zip(states, zones, strict=False):
        bands = series.bands if series.bands.zone is zone else DayBands(zone)
        series.update(entries, bands)
        for name, (low, high, times, values) in series.changes.items():
            drawn[name][0][low:high] = times
            drawn[name][1][low:high] = values
        assert drawn == reference_series(entries, zone)
        assert series.series() == reference_series(entries, zone)
        assert series.series() == chart_series(entries, DayBands(zone))
        assert series.entries == wall_order(entries)
        shown = MarkerDays(events, [], bands=bands).with_done(series.done)
        assert {kind: times for kind, times in shown.items() if times} == reference_markers(
            events, entries, zone
        )


def test_an_unchanged_journal_is_not_worked_out_again() -> None:
    entries = [make(60 * h, 1, h % 7, 1, 10, h % 4) for h in range(0, 200, 7)]
    series = ChartSeries(entries, DayBands(UTC))
    assert not series.update(list(entries))
    assert not series.update(list(entries), DayBands(UTC))  # the same days: nothing to do
    assert series.update(entries[:-1])
    assert series.series() == reference_series(entries[:-1])


@settings(max_examples=300, deadline=None)
@given(histories(), st.lists(st.sampled_from(ZONES), min_size=9, max_size=9))
def test_every_series_runs_left_to_right_with_each_entry_once(
    states: list[list[Entry]], zones: list[tzinfo]
) -> None:
    """Entries sorted by time are not sorted by place after a flight west (Tokyo's
    Tuesday 08:00, then New York's Monday 20:00) or in the hour the clocks go back: the
    graph's line doubled back. Its series run left to right, each entry once."""
    series = ChartSeries(bands=DayBands(UTC))
    for entries, zone in zip(states, zones, strict=False):
        series.update(entries, series.bands if series.bands.zone is zone else DayBands(zone))
        for name, (times, _values) in series.series().items():
            assert times == sorted(times), name
        assert sorted(map(id, series.entries)) == sorted(map(id, entries))
        assert len(series.entries) == len(entries)
        assert series.times == [series.bands.entry_x(e) for e in series.entries]
