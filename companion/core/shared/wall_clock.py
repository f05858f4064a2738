"""The wall clock the app reads: now, in this computer's time zone as it is now.

A running program on Linux keeps the time zone it started in: the C library reads it
once, and Python asks again only when told to (`time.tzset`). A laptop that travels
(Madrid to New York, the zone set by hand or found by the system) would go on showing
Madrid's times: heat "Ends at 18:15" while the wall says 12:05, journal records and the
daily reminder in Madrid's hours. So the zone is read again each time the clock is read;
it costs a few microseconds (Windows and macOS notice a change by themselves).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, tzinfo


def in_local_zone(moment: datetime) -> datetime:
    """`moment` as this computer's wall clock shows it, in the zone it is set to now."""
    if hasattr(time, "tzset"):  # not on Windows
        time.tzset()
    return moment.astimezone()


def local_now() -> datetime:
    return in_local_zone(datetime.now(UTC))


def day_zone(now: datetime) -> tzinfo | None:
    """The zone whose midnights divide the days around `now`, for dates months apart.

    `now`'s own zone is a fixed offset (winter's +01:00, say): a summer day's midnight
    in it is 01:00 on the summer clock, so an entry at 00:30 in July fell on the day
    before. When `now` is this computer's wall clock, None: the computer's own zone,
    summer time and all (what `datetime` takes for local time). Otherwise (a clock set
    by hand, as in tests) `now`'s own.
    """
    return None if now.astimezone().utcoffset() == now.utcoffset() else now.tzinfo
