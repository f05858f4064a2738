"""Heat and ice sessions: how long they may run, the safety check before, the state while on.

A session keeps its end as a wall-clock time (UTC inside the app), so it survives a
restart; the scheduler moves that end when the clock is changed by hand, so a clock
change never makes a session shorter or longer.

While the app is closed nobody watches the clock, so a running session also keeps a
checkpoint, renewed about once a minute: the time left then, with both clocks' readings.
On restart the time left is the checkpoint's, less the time that really passed (by the
monotonic clock when it still counts from the same start, else by the wall clock): never
more than was left, so never more than 20 minutes on the skin, whatever the wall clock
did while the app was closed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from companion.core.shared.content import shown_value
from companion.core.shared.records import PACK_KINDS, RecordError
from companion.core.timers.records import (
    PackFields,
    check_minutes,
    number,
    parse_time,
)


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{shown_value(moment)} has no time zone")
    return moment.astimezone(UTC)


def fixed(moment: datetime) -> datetime:
    """`moment` with its UTC offset as a fixed zone, so that adding minutes to it adds
    real minutes (with a named zone, Python adds wall-clock minutes across a change)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{shown_value(moment)} has no time zone")
    return moment.replace(tzinfo=timezone(offset))


def to_local(moment: datetime, zone: tzinfo | None) -> datetime:
    """The wall-clock reading in `zone` (None: this computer's zone) at the instant
    `moment`, with the UTC offset in force then."""
    return fixed(moment.astimezone(zone) if zone is not None else moment.astimezone())


def at_local(day: date, clock: time, zone: tzinfo | None) -> datetime:
    """The instant a wall clock in `zone` (None: this computer's zone) shows `clock` on
    `day`, with the offset in force on that day, not today's: after a clock change,
    "tomorrow at 8" is still 8 on the wall. A time the spring change skips counts as
    the same time after the change (02:30 is 03:30 when 02:00 becomes 03:00); a time the
    autumn change repeats is its first passing."""
    naive = datetime.combine(day, clock)
    if zone is None:
        return fixed(naive.astimezone())  # the system's own rules
    return fixed(naive.replace(tzinfo=zone, fold=0))


CHECKPOINT_SECONDS = 60.0  # how often a running session notes how much is left


@dataclass(frozen=True)
class Checkpoint:
    """A running session's time left at one moment, with both clocks' readings then."""

    wall: datetime  # UTC
    mono: float
    left: float

    def to_dict(self) -> dict[str, Any]:
        return {"wall": self.wall.isoformat(), "mono": self.mono, "left": self.left}

    @classmethod
    def from_dict(cls, data: Any, most: float) -> Checkpoint | None:
        if not isinstance(data, Mapping):
            return None
        try:
            wall = parse_time(data, "wall")
            mono = number(data, "mono", low=-1e15, high=1e15)
            left = number(data, "left", low=0, high=most)
        except RecordError:
            return None
        return cls(wall, mono, left)


@dataclass(frozen=True)
class PackSession:
    """A heat or ice session that is on (or paused).

    `ends` is when it will finish (UTC), or None while paused; `paused_left` is the
    number of seconds that were left when it was paused; `seen` is the newest
    checkpoint while it runs.
    """

    kind: str
    minutes: int
    started: datetime
    ends: datetime | None
    paused_left: float = 0.0
    seen: Checkpoint | None = None

    @classmethod
    def start(
        cls, kind: str, minutes: int, now: datetime, mono: float | None = None
    ) -> PackSession:
        if kind not in PACK_KINDS:
            raise ValueError(f"no such session kind: {shown_value(kind)}")
        check_minutes(minutes)
        now = utc(now)
        session = cls(kind, minutes, now, now + timedelta(minutes=minutes))
        return session if mono is None else session.checkpoint(now, mono)

    def checkpoint(self, now: datetime, mono: float) -> PackSession:
        """Note the time left now (a paused session needs none: its time stands still)."""
        if self.ends is None:
            return replace(self, seen=None)
        return replace(self, seen=Checkpoint(utc(now), mono, self.left(now)))

    def needs_checkpoint(self, mono: float) -> bool:
        return self.ends is not None and (
            self.seen is None or abs(mono - self.seen.mono) >= CHECKPOINT_SECONDS
        )

    @property
    def paused(self) -> bool:
        return self.ends is None

    @property
    def total(self) -> float:
        return self.minutes * 60.0

    def left(self, now: datetime) -> float:
        """Seconds still to go, never below 0 nor above the length chosen."""
        if self.ends is None:
            return max(0.0, min(self.total, self.paused_left))
        return max(0.0, min(self.total, (self.ends - utc(now)).total_seconds()))

    def is_over(self, now: datetime) -> bool:
        return self.ends is not None and utc(now) >= self.ends

    def pause(self, now: datetime) -> PackSession:
        if self.ends is None:
            return self
        return replace(self, ends=None, paused_left=self.left(now), seen=None)

    def resume(self, now: datetime, mono: float | None = None) -> PackSession:
        if self.ends is not None:
            return self
        resumed = replace(self, ends=utc(now) + timedelta(seconds=self.paused_left))
        return resumed if mono is None else resumed.checkpoint(now, mono)

    def shifted(self, seconds: float) -> PackSession:
        """The same session after the clock was moved by `seconds` (time left unchanged)."""
        delta = timedelta(seconds=seconds)
        ends = None if self.ends is None else self.ends + delta
        seen = None if self.seen is None else replace(self.seen, wall=self.seen.wall + delta)
        return replace(self, started=self.started + delta, ends=ends, seen=seen)

    def within_limits(self, now: datetime, mono: float | None = None) -> PackSession:
        """The session as it stands when the app opens again: never more time left than
        there really is, whatever the wall clock did while the app was closed.

        With a checkpoint, the time that passed since is counted on the monotonic clock
        (exact, even after the wall clock was put back), and never less than the wall
        clock says. When that clock started again (a restart of the computer: it counts
        from the start), at least the time since the restart passed. Without one (a
        session saved by an older version), never more than the chosen length.
        """
        if self.ends is None:
            return self
        now = utc(now)
        ends = min(self.ends, now + timedelta(seconds=self.total))
        if self.seen is not None:
            passed = max(0.0, (now - self.seen.wall).total_seconds())
            if mono is not None:
                restarted = mono < self.seen.mono
                passed = max(passed, mono if restarted else mono - self.seen.mono)
            # In the past when it ran out while the app was closed: the alert says when.
            ends = min(ends, now + timedelta(seconds=self.seen.left - passed))
        session = replace(self, ends=ends)
        return session if mono is None else session.checkpoint(now, mono)

    def applied_minutes(self, now: datetime) -> float:
        """Minutes the pack has been on so far (pauses not counted)."""
        return round((self.total - self.left(now)) / 60.0, 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "minutes": self.minutes,
            "started": self.started.isoformat(),
            "ends": None if self.ends is None else self.ends.isoformat(),
            "paused_left": self.paused_left,
            "seen": None if self.seen is None else self.seen.to_dict(),
        }

    @classmethod
    def from_fields(cls, fields: PackFields, data: Mapping[str, Any]) -> PackSession:
        """The session from its fields as `pack_fields` read them from `data`; only the
        checkpoint in `data` is read here."""
        kind, minutes, started, ends, paused_left = fields
        seen = Checkpoint.from_dict(data.get("seen"), minutes * 60.0) if ends else None
        return cls(kind, minutes, started, ends, paused_left, seen)


@dataclass(frozen=True)
class SafetyQuestion:
    """A yes/no question asked before a session; the answer `stop_if` means "do not start"."""

    id: str
    text: str
    stop_if: bool
    stop_text: str


def safety_stops(
    questions: Sequence[SafetyQuestion], answers: Mapping[str, bool | None]
) -> list[SafetyQuestion]:
    """The questions whose answer means the session must not start.

    Every question must be answered first: an unanswered question raises ValueError.
    """
    missing = [q.id for q in questions if answers.get(q.id) is None]
    if missing:
        raise ValueError(f"not answered yet: {', '.join(missing)}")
    return [q for q in questions if answers[q.id] == q.stop_if]
