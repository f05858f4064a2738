"""A time of day after "at": Spanish says "a la 1:00" but "a las 2:00" and "a las 13:00";
and the day such a sentence names: today, tomorrow or a weekday."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from companion.core.shared.time_phrase import (
    EARLIER,
    LATER,
    TODAY,
    TOMORROW,
    YESTERDAY,
    WhichDay,
    shown_hour,
    time_phrase,
    which_day,
    which_day_before,
)


def twelve_hour(hour: int, minute: int) -> str:
    """As a 12-hour Spanish locale writes it ("h:mm a"): 0:30 is "12:30 a. m."."""
    return f"{(hour % 12) or 12}:{minute:02d} {'a. m.' if hour < 12 else 'p. m.'}"


@pytest.mark.parametrize("hour", range(24))
@pytest.mark.parametrize("minute", [0, 30])
def test_spanish_says_la_only_for_an_hour_read_as_one(hour: int, minute: int) -> None:
    day = f"{hour}:{minute:02d}"
    assert time_phrase("es", day) == (f"la {day}" if hour == 1 else f"las {day}")
    twelve = twelve_hour(hour, minute)
    read_as_one = hour in (1, 13)  # 1:00 a. m. and 1:00 p. m.
    assert time_phrase("es", twelve) == (f"la {twelve}" if read_as_one else f"las {twelve}")
    padded = f"{hour:02d}:{minute:02d}"  # a locale that writes 01:00
    assert time_phrase("es", padded).startswith("la " if hour == 1 else "las ")


@pytest.mark.parametrize("hour", range(24))
def test_english_keeps_the_time_alone(hour: int) -> None:
    assert time_phrase("en", f"{hour}:00") == f"{hour}:00"
    assert time_phrase("en", twelve_hour(hour, 5)) == twelve_hour(hour, 5)


def test_the_hour_is_the_first_number_shown() -> None:
    assert shown_hour("1:30") == 1
    assert shown_hour("13:05") == 13
    assert shown_hour("p. m. 1:05") == 1  # a locale that puts the half of the day first
    assert shown_hour("–") is None
    assert time_phrase("es", "–") == "las –"


# --- Which day a time names: today, tomorrow or a weekday -------------------------------

# Zones with clock changes: an hour back and forward, half an hour (Lord Howe), and
# Samoa, whose wall calendar skipped 30 December 2011 altogether.
ZONES = [ZoneInfo(name) for name in ("Europe/London", "America/New_York", "Australia/Lord_Howe")]
ZONES.append(ZoneInfo("Pacific/Apia"))
RANK = {TODAY: 0, TOMORROW: 1, LATER: 2}


def as_given(now: datetime, how: str) -> datetime:
    """`now` as a caller may hold it: in the zone, in UTC, or with the offset in force now
    as a fixed zone (as `datetime.now().astimezone()` gives it)."""
    if how == "utc":
        return now.astimezone(UTC)
    if how == "fixed":
        offset = now.utcoffset()
        assert offset is not None
        return now.astimezone(timezone(offset))
    return now


def real(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """`at` on `day` on the wall in `zone`, or None when the wall never shows it (a time
    a clock change skips)."""
    wall = datetime.combine(day, at, tzinfo=zone)
    back = wall.astimezone(UTC).astimezone(zone)
    return wall if (back.date(), back.time()) == (day, at) else None


nows = st.datetimes(
    min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31), allow_imaginary=False
)


def on_the_wall(now: datetime, zone: ZoneInfo) -> datetime:
    """`now` in `zone` as a clock there really shows it: a time the wall never shows (in
    a clock change's gap, or on the 30 December 2011 Samoa skipped) is read as the moment
    it names, later that night or the next day."""
    return now.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


# Drawn about once in 700 runs, these failed a run that was right: 12:00 on the day Samoa
# skipped, read as that day, though the moment it names is 12:00 on 31 December.
@example(now=datetime(2011, 12, 30, 12), zone=ZONES[3], ahead=1, at=time(12), how="utc")
@example(now=datetime(2011, 12, 30, 12), zone=ZONES[3], ahead=2, at=time(12), how="fixed")
@example(now=datetime(2011, 12, 29, 12), zone=ZONES[3], ahead=2, at=time(12), how="utc")
@given(
    now=nows,
    zone=st.sampled_from(ZONES),
    ahead=st.integers(min_value=-3, max_value=9),
    at=st.times(),
    how=st.sampled_from(["zone", "utc", "fixed"]),
)
def test_a_time_names_the_day_the_wall_calendar_gives_it(
    now: datetime, zone: ZoneInfo, ahead: int, at: time, how: str
) -> None:
    """Midnight passed or not, a clock change between now and then or not, and whatever
    offset `now` is held in: a time on the wall tomorrow is "tomorrow", after that its
    weekday, and today or earlier is "today"."""
    here = on_the_wall(now, zone)
    day = here.date() + timedelta(days=ahead)
    moment = real(day, at, zone)
    assume(moment is not None)
    assert moment is not None
    which = which_day(moment, as_given(here, how), zone)
    assert which.day == (TODAY if ahead <= 0 else TOMORROW if ahead == 1 else LATER)
    assert which.weekday == day.isoweekday()


@given(
    now=nows,
    zone=st.sampled_from(ZONES),
    first=st.integers(min_value=0, max_value=8 * 24 * 60),
    more=st.integers(min_value=0, max_value=3 * 24 * 60),
    how=st.sampled_from(["zone", "utc", "fixed"]),
)
def test_a_later_time_never_names_an_earlier_day(
    now: datetime, zone: ZoneInfo, first: int, more: int, how: str
) -> None:
    here = now.replace(tzinfo=zone)
    sooner = here.astimezone(UTC) + timedelta(minutes=first)
    later = sooner + timedelta(minutes=more)
    given_now = as_given(here, how)
    assert (
        RANK[which_day(sooner, given_now, zone).day] <= RANK[which_day(later, given_now, zone).day]
    )


def test_one_minute_past_midnight_is_tomorrow_and_a_clock_change_moves_no_day() -> None:
    london = ZoneInfo("Europe/London")  # clocks go back an hour at 02:00 on 25 October 2026
    evening = datetime(2026, 10, 24, 23, 59, tzinfo=london)  # a Saturday, summer time
    assert which_day(evening + timedelta(minutes=1), evening, london) == WhichDay(TOMORROW, 7)
    eight = datetime(2026, 10, 25, 8, 0, tzinfo=london)  # winter time
    assert which_day(eight, as_given(evening, "fixed"), london) == WhichDay(TOMORROW, 7)
    assert which_day(eight + timedelta(days=1), evening, london) == WhichDay(LATER, 1)
    assert which_day(evening - timedelta(hours=1), evening, london) == WhichDay(TODAY, 6)


def test_a_past_time_is_today_yesterday_or_earlier_by_the_wall_calendar() -> None:
    """Ten minutes before midnight, seen twenty minutes later, was yesterday; a clock
    put back since does not make it a day to come."""
    zone = timezone(timedelta(hours=1))
    left = datetime(2026, 3, 9, 23, 50, tzinfo=zone)  # a Monday
    assert which_day_before(left, left + timedelta(minutes=5), zone) == WhichDay(TODAY, 1)
    assert which_day_before(left, left + timedelta(minutes=20), zone) == WhichDay(YESTERDAY, 1)
    later = left + timedelta(days=1, hours=1)
    assert which_day_before(left, later, zone) == WhichDay(EARLIER, 1)
    assert which_day_before(left, left - timedelta(hours=1), zone).day == TODAY
    tokyo = ZoneInfo("Asia/Tokyo")  # on Tokyo's wall both are Tuesday morning
    assert which_day_before(left, left + timedelta(hours=1), tokyo) == WhichDay(TODAY, 2)


@pytest.mark.parametrize("hours", [0.25, 1, 3, 23, 24, 25, 47, 49, 72])
def test_a_past_time_and_a_time_to_come_are_one_decision_across_a_clock_change(
    hours: float,
) -> None:
    """Seen from the other end, the same two instants are as many days apart: "yesterday"
    exactly when "tomorrow", across the night Madrid's clocks go forward."""
    madrid = ZoneInfo("Europe/Madrid")
    start = datetime(2026, 3, 28, 23, 50, tzinfo=madrid)
    end = start + timedelta(hours=hours)
    ahead = which_day(end, start, madrid)
    back = which_day_before(start, end, madrid)
    names = {TODAY: TODAY, TOMORROW: YESTERDAY, LATER: EARLIER}
    assert back.day == names[ahead.day]
    assert back.weekday == 6  # start's own day, Saturday
