"""Reading back what the features recorded for each other: the timers' events and the
finished checks (the shapes are in `records`)."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from companion.core.shared.app_state import CHECKS, AppState
from companion.core.shared.collection import PartitionedCollection
from companion.core.shared.records import (
    EVENT_KINDS,
    EVENTS,
    CheckRecord,
    RecordError,
    TimerEvent,
)


def _event(data: Mapping[str, Any]) -> TimerEvent | None:
    """A stored timer event (quickly when it is exactly as saved); None when damaged."""
    time_text, kind, minutes = data.get("time"), data.get("kind"), data.get("minutes")
    details = data.get("details", {})
    if (
        type(time_text) is str
        and kind in EVENT_KINDS
        and type(minutes) is float
        and minutes >= 0
        and type(details) is dict
    ):
        try:
            moment = datetime.fromisoformat(time_text)
        except ValueError:
            return None
        if moment.utcoffset() is not None:
            return TimerEvent(moment, str(kind), minutes, dict(details))
    try:
        return TimerEvent.from_dict(data)
    except (RecordError, TypeError, ValueError):
        return None


def load_events(state: AppState, files: Iterable[str] | None = None) -> list[TimerEvent]:
    """Every readable timer event, oldest first (damaged records are skipped); only those
    of the year `files` named (keys such as "2026") when given."""
    collection = state.store.partitioned(EVENTS, "time")
    assert isinstance(collection, PartitionedCollection)
    keys = collection.shard_keys() if files is None else files
    collecting = gc.isenabled()
    gc.disable()  # see JournalStore._read_files
    try:
        events = [
            event
            for key in keys
            for _id, data in collection.peek_shard(key)
            if (event := _event(data)) is not None
        ]
        events.sort(key=lambda event: event.time)
    finally:
        if collecting:
            gc.enable()
    return events


class EventLog:
    """The timer events, read again only when their number changed.

    Timers only ever add events, so the same count means nothing new; a save in the
    journal (which happens often) then costs no re-read of years of events.
    """

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._store: object | None = None
        self._seen: tuple[tuple[str, ...], int] | None = None
        self.events: list[TimerEvent] = []

    def refresh(self, since: datetime | None = None) -> list[TimerEvent]:
        """Every event; with `since`, only those of the years from `since` (and a day or
        two before it) to now, read first when the journal opens."""
        collection = self._state.store.partitioned(EVENTS, "time")
        assert isinstance(collection, PartitionedCollection)
        keys = collection.shard_keys()
        if since is not None:
            start = collection.shard_key_of(since - timedelta(days=2))
            keys = [key for key in keys if key >= start]
        seen = (tuple(keys), sum(collection.shard_count(key) for key in keys))
        if self._store is not self._state.store or seen != self._seen:
            self._store = self._state.store
            self._seen = seen
            self.events = load_events(self._state, keys)
        return self.events


def load_checks(state: AppState) -> list[CheckRecord]:
    """Every readable finished check, oldest first (in kiosk mode only this session's)."""
    if state.kiosk:
        latest = state.latest_check()
        return [latest] if latest else []
    checks = []
    for record in state.store.table(CHECKS).all():
        try:
            checks.append(CheckRecord.from_dict(record.data))
        except (RecordError, TypeError, ValueError):
            continue
    checks.sort(key=lambda check: check.time)
    return checks
