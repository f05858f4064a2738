"""Where the graph draws an entry: on its own day (the day its words, the list and Home
name), whatever zone it was made in and whichever zone the graph is looked at in, also
on the days the clocks change (23 or 25 hours, or 23.5 on Lord Howe Island)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import Entry, entry_day, parse_entry
from companion.core.journal.series import DayBands, chart_series, daily_reach, wall_order

MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")
VIEWED_IN = (UTC, MADRID, NEW_YORK, ZoneInfo("Asia/Tokyo"), ZoneInfo("Australia/Lord_Howe"))
# Instants a few days either side of a clock change somewhere among VIEWED_IN.
CHANGES = (
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),  # New York springs forward
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # Madrid springs forward
    datetime(2026, 4, 4, 15, 0, tzinfo=UTC),  # Lord Howe: back half an hour
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # Madrid falls back
    datetime(2026, 11, 1, 6, 0, tzinfo=UTC),  # New York falls back
)
NOW = datetime(2026, 12, 31, tzinfo=UTC)


@st.composite
def moments(draw: st.DrawFn) -> datetime:
    """A moment near a clock change, on a fixed clock anywhere from UTC-11 to UTC+14, or
    on the wall clock of a zone the graph may be looked at in (summer time and all)."""
    instant = draw(st.sampled_from(CHANGES)) + timedelta(
        minutes=draw(st.integers(min_value=-3 * 24 * 4, max_value=3 * 24 * 4)) * 15
    )
    clock = draw(
        st.one_of(
            st.sampled_from(VIEWED_IN),
            st.integers(min_value=-11 * 4, max_value=14 * 4).map(
                lambda q: timezone(timedelta(minutes=15 * q))
            ),
        )
    )
    return instant.astimezone(clock)


def entry_at(moment: datetime) -> Entry:
    data = {"time": moment.isoformat(), "pain_now": 3, "level": "calf", "side": "left"}
    return parse_entry(data, now=NOW)


def band(day: object, zone: tzinfo) -> tuple[float, float]:
    assert isinstance(day, type(NOW.date()))
    start = datetime.combine(day, time(), zone).timestamp()
    return start, datetime.combine(day + timedelta(days=1), time(), zone).timestamp()


def wall(moment: datetime) -> timedelta:
    return moment.replace(tzinfo=None) - datetime.combine(moment.date(), time())


@settings(max_examples=300, deadline=None)
@given(st.lists(moments(), min_size=1, max_size=20), st.sampled_from(VIEWED_IN))
def test_every_point_lies_in_its_own_days_band_in_the_order_of_its_day(
    times: list[datetime], zone: tzinfo
) -> None:
    entries = sorted(map(entry_at, times), key=lambda e: e.time)
    xs = chart_series(entries, DayBands(zone))["pain"][0]
    entries = wall_order(entries)  # the order of the points, left to right
    for entry, x in zip(entries, xs, strict=True):
        start, end = band(entry_day(entry.time), zone)
        assert start <= x < end, (entry.time, zone)
        if end - start == 86400 and entry.time.astimezone(zone).utcoffset() == (
            entry.time.utcoffset()
        ):
            assert x == entry.timestamp  # on the zone's own clock: at its very instant
    # A day's points keep the order of their times of day, as their words give them.
    placed = sorted(zip(entries, xs, strict=True), key=lambda pair: entry_day(pair[0].time))
    for _day, group in itertools.groupby(placed, key=lambda pair: entry_day(pair[0].time)):
        for (a, xa), (b, xb) in itertools.combinations(list(group), 2):
            if wall(a.time) < wall(b.time):
                assert xa < xb
            elif wall(a.time) == wall(b.time):
                assert xa == xb
    # One reach point a day, in that day's band.
    reach_x, _depths = daily_reach(entries, DayBands(zone))
    days = {entry_day(e.time) for e in entries}
    assert all(any(band(d, zone)[0] <= x < band(d, zone)[1] for d in days) for x in reach_x)


def test_the_repeated_hour_and_the_missing_hour_stay_in_their_day() -> None:
    """Madrid: 29 March 2026 has 23 hours, 25 October 25 hours."""
    bands = DayBands(MADRID)
    for day, hours in ((datetime(2026, 3, 29), 23), (datetime(2026, 10, 25), 25)):
        start, end = bands.band(day.date())
        assert end - start == hours * 3600
        # 23:59 written on any clock: still that day, before the next midnight.
        late = day.replace(hour=23, minute=59, tzinfo=timezone(timedelta(hours=-5)))
        assert start < bands.x(late) < end
    first = datetime(2026, 10, 25, 2, 30, tzinfo=MADRID)  # summer time, +02:00
    second = first.replace(fold=1)  # an hour later, winter time, +01:00
    assert first.utcoffset() != second.utcoffset()
    assert bands.x(first) == bands.x(second)  # both say 02:30: one place
