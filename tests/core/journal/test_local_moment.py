"""A time picked in the entry form, in the hour that repeats when clocks go back
(Europe/London, 25 October 2026: 01:00 to 02:00 comes twice, +01:00 then +00:00)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from companion.core.journal.entry import local_moment
from tests.helpers.zone import NAMED_ZONES, system_zone
from tests.helpers.zone import london_on_clocks_back as as_made_here

pytestmark = NAMED_ZONES


@pytest.fixture
def in_london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with system_zone(monkeypatch, "Europe/London"):
        yield


def test_a_time_picked_in_the_repeated_hour_is_the_latest_not_in_the_future(
    in_london: None,
) -> None:
    """At 01:45 the second time (winter time), 01:10 means 35 minutes ago, not an hour
    and 35; at 01:45 the first time, 01:10 can only be the first."""
    second = as_made_here(1, 45)
    wall = datetime(2026, 10, 25, 1, 10)
    assert local_moment(wall, second).isoformat() == "2026-10-25T01:10:00+00:00"
    first = as_made_here(0, 45)
    assert local_moment(wall, first).isoformat() == "2026-10-25T01:10:00+01:00"
    # Away from the change, the offset in force on that date (summer time in July).
    july = local_moment(datetime(2026, 7, 1, 9, 0), second)
    assert july.isoformat() == "2026-07-01T09:00:00+01:00"
