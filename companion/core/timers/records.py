"""The timers table's records: their kinds, the phases of the break cycle, and the one
reading of the stored records that the scheduler and Home share.

The scheduler takes a record back only if `kept_records` keeps it, and builds its timers
from the fields read there; Home's Timers card (`status.stored_status`, read at start-up
before the scheduler starts) counts only those: so Home never says a timer runs, or a
skin check waits, for a record the scheduler drops a moment later. Kept apart from the
timers themselves so that Home reads this without loading the timers' texts or the
scheduler."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from companion.core.shared.collection import Record
from companion.core.shared.content import shown_value
from companion.core.shared.records import PACK_KINDS, WALK, RecordError
from companion.core.shared.records import parse_time as records_parse_time

OFF = "off"  # breaks are turned off
PAUSED = "paused"  # paused by the person until `paused_until`
OUTSIDE = "outside"  # outside the active hours or days
SITTING = "sitting"  # counting down to the next break
DUE = "due"  # the break is due; waiting for the person to start, postpone or skip it
ON_BREAK = "on_break"  # a break is running
PHASES = (OFF, PAUSED, OUTSIDE, SITTING, DUE, ON_BREAK)

BREAKS = "breaks"  # the `kind` of the break cycle's record in the timers table
# The `kind` of the record of a heat or ice session whose skin check waits for its
# answer (`finished.py`).
SKIN_CHECK = "skin_check"
TIMER_SETTINGS = "timer_settings"  # the table of one record: the break settings
# The table a timer record that could not be read is moved to, as it was found, so that
# nothing the person saved is lost: {"found": <the record>, "set_aside": <time>}.
UNREADABLE = "timers_unreadable"
# How many of those are kept, the newest: damage that comes back at every start (a
# sync tool bringing the same broken record again) must not grow the file for ever.
UNREADABLE_KEPT = 50
KNOWN_KINDS = (*PACK_KINDS, WALK, SKIN_CHECK, BREAKS)  # the kinds this version reads

# Hard limits, whatever the content files say: never longer than 20 minutes on the skin.
SHORTEST_MINUTES = 5
LONGEST_MINUTES = 20

# How long after the end the next start still asks a skin check. A night asleep on a
# heat pad, then a day before the app is opened again, fits in 24 hours; a burn from
# longer ago has been seen by then, and a question about it would only puzzle. A clock
# put back makes the end look later, never older: the check is then still asked (the
# cautious side).
ASK_HOURS = 24

# The times a timer may hold: no computer clock shows a time before 1970, and a time
# far from the calendar's end can still be moved by a clock change without overflowing.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class NoLongerAskedError(RecordError):
    """A skin check that reads well but ended too long ago (or too far ahead) to ask."""


def check_minutes(minutes: int) -> int:
    """Return `minutes` if a session may last that long, else raise ValueError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("a session lasts a whole number of minutes")
    if not SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES:
        raise ValueError(
            f"a session lasts {SHORTEST_MINUTES} to {LONGEST_MINUTES} minutes, not {minutes}"
        )
    return minutes


def parse_time(data: Mapping[str, Any], key: str) -> datetime:
    """A stored time, in UTC (timers compare instants, never local clock readings)."""
    moment = records_parse_time(data, key)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:
        moment = EARLIEST - timedelta(days=1)  # the first or the last day there is
    if not EARLIEST <= moment < LATEST:
        raise RecordError(f"{key!r} is not a time a timer can hold: {shown_value(data.get(key))}")
    return moment


def optional_time(data: Mapping[str, Any], key: str) -> datetime | None:
    return None if data.get(key) is None else parse_time(data, key)


def number(data: Mapping[str, Any], key: str, *, low: float, high: float) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise RecordError(
            f"{key!r} must be a number from {low} to {high}, not {shown_value(value)}"
        )
    return float(value)


def kind_and_minutes(data: Mapping[str, Any], kind_key: str, minutes_key: str) -> tuple[str, int]:
    """A stored session's kind (heat or ice) and its planned minutes, from these keys;
    RecordError naming the key when either is not one the app could have saved."""
    kind = data.get(kind_key)
    if kind not in PACK_KINDS:
        raise RecordError(f"'{kind_key}' must be heat or ice, not {shown_value(kind)}")
    minutes = data.get(minutes_key)
    try:
        check_minutes(minutes)  # type: ignore[arg-type]
    except ValueError as exc:
        raise RecordError(f"'{minutes_key}': {exc}") from None
    assert isinstance(minutes, int)
    return str(kind), minutes


class PackFields(NamedTuple):
    """A stored heat or ice session's kind, minutes, start, end (None while paused) and
    seconds left while paused (UTC times)."""

    kind: str
    minutes: int
    started: datetime
    ends: datetime | None
    paused_left: float


class WalkFields(NamedTuple):
    """A stored walking check's start and stop (None while it is timing), UTC."""

    started: datetime
    stopped: datetime | None
    reached_limit: bool


class SkinCheckFields(NamedTuple):
    """A waiting skin check's pack (heat or ice), minutes on, minutes planned and end (UTC)."""

    kind: str
    minutes: float
    planned: int
    ended: datetime


def pack_fields(data: Mapping[str, Any]) -> PackFields:
    """A stored heat or ice session's fields; RecordError naming what is damaged."""
    kind, minutes = kind_and_minutes(data, "kind", "minutes")
    ends = optional_time(data, "ends")
    paused_left = 0.0 if ends else number(data, "paused_left", low=0, high=minutes * 60)
    return PackFields(kind, minutes, parse_time(data, "started"), ends, paused_left)


def walk_fields(data: Mapping[str, Any]) -> WalkFields:
    """A stored walking check's fields; RecordError naming what is damaged."""
    started, stopped = parse_time(data, "started"), optional_time(data, "stopped")
    return WalkFields(started, stopped, data.get("reached_limit") is True)


def skin_check_fields(data: Mapping[str, Any], now: datetime) -> SkinCheckFields:
    """A waiting skin check's fields.

    RecordError when the record is damaged, or when the session ended more than
    `ASK_HOURS` before `now`, or as long after it (a date no clock change explains).
    """
    kind, planned = kind_and_minutes(data, "pack", "planned")
    minutes = number(data, "minutes", low=0, high=planned)
    ended = parse_time(data, "ended")
    if abs(now.astimezone(UTC) - ended) > timedelta(hours=ASK_HOURS):
        raise NoLongerAskedError(f"the skin check of {ended.isoformat()} is no longer asked")
    return SkinCheckFields(kind, minutes, planned, ended)


Fields = PackFields | WalkFields | SkinCheckFields | None


def _read(data: Mapping[str, Any], now: datetime) -> Fields:
    """The fields of the timer record `data`, of one of the `KNOWN_KINDS`, if the
    scheduler can take it back at `now` (None for the break cycle, which reads its own);
    RecordError saying what is wrong otherwise. Each kind is read by the same functions
    that build its timer (`PackSession.from_fields`, `WalkRun.from_fields`,
    `finished.asked_again`)."""
    kind = data.get("kind")
    if kind in PACK_KINDS:
        return pack_fields(data)
    if kind == WALK:
        return walk_fields(data)
    if kind == SKIN_CHECK:
        return skin_check_fields(data, now)
    return None  # a damaged break cycle starts afresh: never set aside


class KeptTimers(NamedTuple):
    """The timers table's records taken back, read once: the scheduler builds its timers
    from these fields and Home counts them, and neither reads the records again.

    Attributes:
        records: The records kept, by kind, in table order.
        dropped: The records to remove: a duplicate left by a crash, a pack other than
            the last, a skin check no longer asked.
        unreadable: The damaged records of a known kind: not acted on, moved aside
            (`UNREADABLE`) and told to the person, never removed silently.
        pack: The heat or ice session's fields, if one is kept.
        walk: The walking check's fields, if one is kept.
        skin_check: The waiting skin check's fields, if one is kept.
    """

    records: dict[str, Record]
    dropped: list[Record]
    unreadable: list[Record]
    pack: PackFields | None
    walk: WalkFields | None
    skin_check: SkinCheckFields | None


def kept_records(records: Iterable[Record], now: datetime) -> KeptTimers:
    """The timers table's records taken back at `now`, by kind, and those dropped.

    Kept, in table order: the first sound record of each kind; of the heat and ice
    sessions, only the last (one pack at a time); a skin check only when no session is
    on (a session started since: that skin check was seen to). Dropped: a second of a
    kind (left by a crash), a skin check no longer asked. Unreadable: a damaged record
    of a known kind. A record of a kind this version does not know (a newer version's
    timer) is in none of these: it is left in the table as it is, and not counted.
    """
    kept: dict[str, tuple[Record, Fields]] = {}
    dropped: list[Record] = []
    unreadable: list[Record] = []
    for record in records:
        kind = record.data.get("kind")
        if not isinstance(kind, str) or kind not in KNOWN_KINDS:
            continue  # not this version's: left as it is
        if kind in kept:
            dropped.append(record)  # a duplicate left by a crash
            continue
        try:
            kept[kind] = (record, _read(record.data, now))
        except NoLongerAskedError:
            dropped.append(record)
        except RecordError:
            unreadable.append(record)
    packs = [kind for kind in kept if kind in PACK_KINDS]
    for kind in packs[:-1] + ([SKIN_CHECK] if packs and SKIN_CHECK in kept else []):
        dropped.append(kept.pop(kind)[0])
    read = [fields for _record, fields in kept.values()]
    return KeptTimers(
        records={kind: record for kind, (record, _fields) in kept.items()},
        dropped=dropped,
        unreadable=unreadable,
        pack=next((f for f in read if isinstance(f, PackFields)), None),
        walk=next((f for f in read if isinstance(f, WalkFields)), None),
        skin_check=next((f for f in read if isinstance(f, SkinCheckFields)), None),
    )


def unreadable_kinds(unreadable: Iterable[Record]) -> tuple[bool, bool]:
    """Whether these unreadable records held (a heat or ice session or its skin check,
    a walking check): what the person is told was stopped."""
    kinds = {record.data.get("kind") for record in unreadable}
    return bool(kinds - {WALK}), WALK in kinds


def breaks_enabled(settings: Mapping[str, Any] | None) -> bool:
    """Whether the stored break settings turn breaks on (anything but `true` is off)."""
    return settings is not None and settings.get("enabled") is True
