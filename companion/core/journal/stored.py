"""Entries read back from the journal's files: quickly when exactly as saved, through the full
parser otherwise, so years of entries load fast and a damaged one is still caught."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from companion.core.journal.entry import (
    DONE,
    EARLIEST_YEAR,
    FEELINGS,
    LATEST_YEAR,
    LEVELS,
    MAX_ACTIVITIES,
    MAX_ACTIVITY_NAME,
    MAX_NOTE,
    MAX_PAIN,
    MAX_SITTING_MINUTES,
    MAX_WALK_MINUTES,
    NO_PAIN,
    SIDES,
    SLEEP,
    WARNING_SIGNS,
    Activity,
    Entry,
    parse_entry,
)

_LEVEL_INDEX = {level: i for i, level in enumerate(LEVELS)}
_FEELING_INDEX = {feeling: i for i, feeling in enumerate(FEELINGS)}
_DONE_INDEX = {done: i for i, done in enumerate(DONE)}
_SIGN_INDEX = {sign: i for i, sign in enumerate(WARNING_SIGNS)}


def _canonical_ids(value: Any, index: dict[str, int]) -> tuple[str, ...] | None:
    """The ids as a tuple if `value` is a list of known ids in the app's order, else None."""
    if type(value) is not list:
        return None
    last = -1
    for item in value:
        position = index.get(item) if type(item) is str else None
        if position is None or position <= last:
            return None
        last = position
    return tuple(value)


def stored_entry(data: Mapping[str, Any]) -> Entry:
    """Read a stored record quickly: a record exactly as `Entry.to_dict` wrote it is
    taken as it is; anything else goes through `parse_entry` (same result, slower).

    Raises:
        EntryError: the record is not a valid entry.
    """
    return _trusted_entry(data) or parse_entry(data, strict=False)


def _trusted_text(text: str, limit: int) -> bool:
    """True for one line of text exactly as the checks would leave it (or empty)."""
    return not text or (len(text) <= limit and text.isprintable() and text == text.strip())


def _trusted_activities(value: Any) -> tuple[Activity, ...] | None:
    if type(value) is not list or len(value) > MAX_ACTIVITIES:
        return None
    found = []
    seen = set()
    for item in value:
        if type(item) is not dict or len(item) != 2:
            return None
        name, rating = item.get("name"), item.get("rating")
        if type(name) is not str or type(rating) is not int or not 0 <= rating <= MAX_PAIN:
            return None
        if not name or not _trusted_text(name, MAX_ACTIVITY_NAME) or "  " in name:
            return None
        key = name.casefold()
        if key in seen:
            return None
        seen.add(key)
        found.append(Activity(name, rating))
    return tuple(found)


def _trusted_entry(data: Mapping[str, Any]) -> Entry | None:
    time_text = data.get("time")
    if type(time_text) is not str:
        return None
    try:
        moment = datetime.fromisoformat(time_text)
    except ValueError:
        return None
    if moment.utcoffset() is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        return None
    pain = data.get("pain_now")
    worst = data.get("pain_worst")
    level = data.get("level")
    side = data.get("side")
    if type(pain) is not int or not 0 <= pain <= MAX_PAIN:
        return None
    if worst is not None and (type(worst) is not int or not pain <= worst <= MAX_PAIN):
        return None
    if type(level) is not str or level not in _LEVEL_INDEX:
        return None
    if (side is not None) if level == NO_PAIN else (side not in SIDES):
        return None
    walk = data.get("walk_minutes")
    if walk is not None:
        if type(walk) not in (int, float) or not 0 <= walk <= MAX_WALK_MINUTES:
            return None
        walk = float(walk)
        if round(walk, 1) != walk:
            return None
    sitting = data.get("sitting_minutes")
    if sitting is not None and (
        type(sitting) is not int or not 0 <= sitting <= MAX_SITTING_MINUTES
    ):
        return None
    sleep = data.get("sleep")
    if sleep is not None and sleep not in SLEEP:
        return None
    feelings = _canonical_ids(data.get("feelings", []), _FEELING_INDEX)
    done = _canonical_ids(data.get("done", []), _DONE_INDEX)
    signs = _canonical_ids(data.get("warning_signs", []), _SIGN_INDEX)
    if feelings is None or done is None or signs is None:
        return None
    activities = _trusted_activities(data.get("activities", []))
    note = data.get("note", "")
    if activities is None or type(note) is not str or not _trusted_text(note, MAX_NOTE):
        return None
    return Entry(
        time=moment,
        pain_now=pain,
        level=level,
        side=side,
        pain_worst=worst,
        feelings=feelings,
        walk_minutes=walk,
        sitting_minutes=sitting,
        sleep=sleep,
        done=done,
        activities=activities,
        warning_signs=signs,
        note=note,
    )
