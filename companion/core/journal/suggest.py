"""What a new entry starts with: the last entry's ratings, the newest walking check, and
the activities named before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.core.journal.entry import Entry
from companion.core.journal.store import StoredEntry
from companion.core.shared.records import (
    WALK,
    TimerEvent,
)


def newest_walk(
    events: Sequence[TimerEvent], since: datetime | None, now: datetime
) -> TimerEvent | None:
    """The newest walking check after `since` (the last entry) and not after `now`."""
    for event in reversed(events):
        if event.kind != WALK or event.time > now:
            continue
        if since is not None and event.time <= since:
            return None
        return event
    return None


def remembered_activities(entries: Sequence[StoredEntry], limit: int = 12) -> list[str]:
    """Activity names used before, the most recent first, each once."""
    names: list[str] = []
    seen: set[str] = set()
    for item in reversed(entries):
        for activity in item.entry.activities:
            if activity.name.casefold() not in seen:
                seen.add(activity.name.casefold())
                names.append(activity.name)
        if len(names) >= limit:
            break
    return names[:limit]


@dataclass(frozen=True)
class Suggestion:
    """What a new entry's form starts with, and why.

    `from_last` is the previous entry whose values are offered (None for the first
    entry); `walk` is the walking check whose minutes were filled in.
    """

    values: dict[str, Any]
    from_last: Entry | None
    walk: TimerEvent | None


def suggest_entry(last: Entry | None, walk: TimerEvent | None, now: datetime) -> Suggestion:
    """Start values for a new entry: now, the last entry's ratings, the newest walk.

    What was done, warning signs and the note are never copied: they are about today.
    Walking minutes come only from a walking check made since the last entry.
    """
    values: dict[str, Any] = {"time": now.replace(second=0, microsecond=0)}
    if last is not None:
        values.update(
            pain_now=last.pain_now,
            pain_worst=last.pain_worst,
            level=last.level,
            side=last.side,
            feelings=last.feelings,
            sitting_minutes=last.sitting_minutes,
            sleep=last.sleep,
            activities=last.activities,
        )
    if walk is not None:
        values["walk_minutes"] = round(walk.minutes, 1)
    return Suggestion(values, last, walk)
