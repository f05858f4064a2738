"""A time of day as a sentence names it after "at" or "until", and which day it names.

Spanish puts an article before the time, and the article follows the hour read out:
"a la 1:00" and "a la 1:30" (la una), but "a las 2:00", "a las 13:00", "a las 0:30".
The interface's sentences say "a %1" and "hasta %1"; this fills in "%1".

A time that is not today says its day too ("at 08:00 tomorrow", "at 08:00 on Friday");
`which_day` decides which, so the tray and the Breaks page never disagree. A time
already past says its day the same way ("yesterday at 18:05"): `which_day_before`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from companion.core.shared.messages import say

_FIRST_NUMBER = re.compile(r"\d+")


def shown_hour(shown: str) -> int | None:
    """The hour in a time as the locale writes it ("1:30", "13:05", "1:00 p. m."): its
    first number; None when it has none."""
    found = _FIRST_NUMBER.search(shown)
    return int(found.group()) if found else None


def time_phrase(language: str, shown: str) -> str:
    """`shown` (a time of day as the locale writes it, in a 12- or 24-hour clock) with
    the words `language` puts before it after "at": in Spanish "la 1:00", "las 13:00";
    in English the time alone."""
    one = shown_hour(shown) == 1  # read out as "one": 1:00, 1:30, 1:00 p. m. (not 13:00)
    return say(language, "time_of_day.hour_one" if one else "time_of_day.other_hours", time=shown)


# Which day a sentence names for a time: today (or a time already past), tomorrow, or
# later, by the name of its weekday.
TODAY = "today"
TOMORROW = "tomorrow"
LATER = "later"


# Which day a sentence names for a time already past: today, yesterday, or earlier, by
# the name of its weekday.
YESTERDAY = "yesterday"
EARLIER = "earlier"


@dataclass(frozen=True)
class WhichDay:
    day: str  # TODAY, TOMORROW or LATER; for a time past, TODAY, YESTERDAY or EARLIER
    weekday: int  # the day of the time on the wall: 1 for Monday up to 7 for Sunday


def _on_the_wall(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _named_day(
    moment: datetime, now: datetime, zone: tzinfo | None, ahead: bool, one: str, more: str
) -> WhichDay:
    """The one decision both ask: how many calendar days on the wall lie between `now`
    and `moment` (forward when `ahead`, else back); none or fewer is TODAY, one is `one`,
    more is `more`."""
    there = _on_the_wall(moment, zone)
    days = (there.date() - _on_the_wall(now, zone).date()).days
    days = days if ahead else -days
    day = TODAY if days <= 0 else one if days == 1 else more
    return WhichDay(day, there.isoweekday())


def which_day(moment: datetime, now: datetime, zone: tzinfo | None = None) -> WhichDay:
    """The day to name for `moment` (an aware time) seen at `now`, by the calendar of the
    wall clock in `zone` (None: this computer's zone). Each is read with the UTC offset in
    force at its own instant, so a clock change between them moves no day: "08:00
    tomorrow" stays tomorrow whichever offset `now` was given in."""
    return _named_day(moment, now, zone, True, TOMORROW, LATER)


def which_day_before(moment: datetime, now: datetime, zone: tzinfo | None = None) -> WhichDay:
    """The day to name for `moment`, a time already past, seen at `now`: read as
    `which_day` reads them. A time on a later day than `now`'s (a clock put back since)
    is named as today, not as a day to come."""
    return _named_day(moment, now, zone, False, YESTERDAY, EARLIER)
