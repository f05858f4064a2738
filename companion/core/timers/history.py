"""What the timers recorded: the heat, ice, break and walk events, read back newest first."""

from __future__ import annotations

from datetime import datetime

from companion.core.shared.records import EVENTS, RecordError, TimerEvent
from companion.core.shared.store import Store
from companion.core.timers.pack import utc


def events_since(store: Store, since: datetime) -> list[TimerEvent]:
    """Timer events from `since` on, oldest first (damaged records are left out). Reads
    the newest few, then more, until it reaches one older than `since`."""
    since = utc(since)
    collection = store.partitioned(EVENTS, "time")
    wanted = 32
    while True:
        records = collection.latest(wanted)
        found: list[TimerEvent] = []
        reached_older = False
        for record in records:
            try:
                event = TimerEvent.from_dict(record.data)
            except RecordError:
                continue
            if utc(event.time) < since:
                reached_older = True
                continue
            found.append(event)
        if reached_older or len(records) < wanted:
            return sorted(found, key=lambda e: utc(e.time))
        wanted *= 4
