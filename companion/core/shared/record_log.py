"""Reading back what the features recorded for each other: the timers' events and the
finished checks (the shapes are in `records`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from companion.core.shared.app_state import CHECKS, AppState
from companion.core.shared.collector import collector_paused
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
    keys = collection.shard_keys() if files is None else files
    with collector_paused():  # see JournalStore._read_files
        events = [
            event
            for key in keys
            for _id, data in collection.peek_shard(key)
            if (event := _event(data)) is not None
        ]
        events.sort(key=lambda event: event.time)
    return events


class EventLog:
    """The timer events, each year's read again only when its number of events changed.

    Timers only ever add events, so the same count means nothing new; a save in the
    journal (which happens often) then costs no re-read of years of events, and asking
    for the last weeks (what seems to help) and for every year (the graph) reads each
    year once.
    """

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._store: object | None = None
        self._years: dict[str, tuple[int, list[TimerEvent]]] = {}  # count when read, events
        self._joined: dict[tuple[str, ...], tuple[tuple[int, ...], list[TimerEvent]]] = {}
        self.events: list[TimerEvent] = []

    def refresh(self, since: datetime | None = None) -> list[TimerEvent]:
        """Every event, oldest first; with `since`, only those of the years from `since`
        (and a day or two before it) to now. The same list as last time while nothing
        was added to those years."""
        collection = self._state.store.partitioned(EVENTS, "time")
        if self._store is not self._state.store:  # the data folder was reset
            self._store = self._state.store
            self._years.clear()
            self._joined.clear()
        keys = tuple(collection.shard_keys())
        if since is not None:
            start = collection.shard_key_of(since - timedelta(days=2))
            keys = tuple(key for key in keys if key >= start)
        counts = tuple(collection.shard_count(key) for key in keys)
        joined = self._joined.get(keys)
        if joined is None or joined[0] != counts:
            for key, count in zip(keys, counts, strict=True):
                if key not in self._years or self._years[key][0] != count:
                    self._years[key] = (count, load_events(self._state, [key]))
            # A year's file may hold moments just past New Year on another clock.
            events = sorted(
                (event for key in keys for event in self._years[key][1]),
                key=lambda event: event.time,
            )
            joined = (counts, events)
            self._joined[keys] = joined
        self.events = joined[1]
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
