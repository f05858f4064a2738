"""The wall clock follows this computer's time zone when it changes under the running app
(a laptop that travels), as the C library would not by itself on Linux."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from companion.core.shared.wall_clock import in_local_zone, local_now
from tests.helpers.zone import NAMED_ZONES, system_zone

pytestmark = NAMED_ZONES

# 09:30 UTC on 9 March 2026: 10:30 in Madrid, 05:30 in New York (summer time from 8 March).
INSTANT = datetime(2026, 3, 9, 9, 30, tzinfo=UTC)


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    with system_zone(monkeypatch, "Europe/Madrid") as zone:
        yield zone


def test_a_time_zone_changed_while_the_app_runs_is_the_one_the_clock_shows(
    in_madrid: pytest.MonkeyPatch,
) -> None:
    assert in_local_zone(INSTANT).strftime("%H:%M %z") == "10:30 +0100"
    in_madrid.setenv("TZ", "America/New_York")  # the system's zone changes; nobody says so
    assert in_local_zone(INSTANT).strftime("%H:%M %z") == "05:30 -0400"
    assert INSTANT.astimezone().utcoffset() == timedelta(hours=-4)  # and for every reader


def test_local_now_is_now_in_the_local_zone(in_madrid: pytest.MonkeyPatch) -> None:
    before = datetime.now(UTC)
    now = local_now()
    assert before <= now <= datetime.now(UTC)
    assert now.utcoffset() in (timedelta(hours=1), timedelta(hours=2))
