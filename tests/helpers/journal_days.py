"""Journal days for the core's trend tests: the evening they are read, an entry on a
given day, a week drawing back up the leg."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from companion.core.journal.entry import Entry, parse_entry

NOW = datetime(2026, 3, 9, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def day(
    days_ago: float,
    level: str,
    pain: int = 4,
    walk: float | None = None,
    feelings: tuple[str, ...] = (),
    signs: tuple[str, ...] = (),
) -> Entry:
    return parse_entry(
        {
            "time": (NOW - timedelta(days=days_ago)).isoformat(),
            "pain_now": pain,
            "level": level,
            "side": "left",
            "walk_minutes": walk,
            "feelings": list(feelings),
            "warning_signs": list(signs),
        },
        now=NOW,
    )


# A week of daily entries drawing back up the leg, oldest first.
WEEK_UP = [
    "calf",
    "calf",
    "lower_thigh_knee",
    "lower_thigh_knee",
    "upper_thigh",
    "buttock",
    "buttock",
]
