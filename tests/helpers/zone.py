"""This computer's time zone, set by name for one test (`TZ`, then `time.tzset`, as a
system that changes zone does), and put back after it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest

# Setting a zone by name needs `time.tzset`, which Windows has not got.
NAMED_ZONES = pytest.mark.skipif(not hasattr(time, "tzset"), reason="zones set by name: Unix")


@contextmanager
def system_zone(monkeypatch: pytest.MonkeyPatch, name: str) -> Iterator[pytest.MonkeyPatch]:
    """The computer's zone is `name` inside; `monkeypatch.setenv("TZ", ...)` then changes
    it again, as a laptop that travels."""
    monkeypatch.setenv("TZ", name)
    time.tzset()
    try:
        yield monkeypatch
    finally:
        monkeypatch.undo()
        time.tzset()


def london_on_clocks_back(utc_hour: int, minute: int) -> datetime:
    """25 October 2026 at `utc_hour`:`minute` UTC as this computer's clock gives it (the
    app's own `now`); in London 01:00 to 02:00 comes twice that night."""
    return datetime(2026, 10, 25, utc_hour, minute, tzinfo=UTC).astimezone()
