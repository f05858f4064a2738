"""Heat and ice sessions: how long they may run, the safety check before, the state while on.

A session keeps its end as a wall-clock time (UTC inside the app), so it survives a
restart; the scheduler moves that end when the clock is changed by hand, so a clock
change never makes a session shorter or longer.

While the app is closed nobody watches the clock, so a running session also keeps a
checkpoint, renewed about once a minute: the time left then, with both clocks' readings
and which computer, in which of its starts, read them (`Computer`). On restart the time
left is the checkpoint's, less the time that really passed: never more than was left, so
never more than 20 minutes on the skin, whatever the wall clock did while the app was
closed. The monotonic clock counts from the computer's start, so it says how much time
passed only on the computer that noted it; the data folder may be synced to another one,
where only the wall clock can say (`Checkpoint.passed`).
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
ID_LENGTH = 64  # the longest computer or start identity a record may hold


@dataclass(frozen=True)
class Computer:
    """Which computer reads the clocks (`machine`), and which of its starts (`boot`, None
    where the system does not say): the monotonic clock counts from that start. Both
    are opaque texts (`clocks.this_computer` keeps them as keyed hashes)."""

    machine: str
    boot: str | None


@dataclass(frozen=True)
class Checkpoint:
    """A running session's time left at one moment, with both clocks' readings then and
    the computer that read them (None in a record saved by an older version)."""

    wall: datetime  # UTC
    mono: float
    left: float
    computer: Computer | None = None

    def to_dict(self) -> dict[str, Any]:
        noted = {"wall": self.wall.isoformat(), "mono": self.mono, "left": self.left}
        if self.computer is not None:
            noted |= {"machine": self.computer.machine, "boot": self.computer.boot}
        return noted

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
        return cls(wall, mono, left, _computer(data))

    def passed(self, now: datetime, mono: float | None, here: Computer | None) -> float:
        """Seconds that passed from this note to `now` (UTC), read on `here` at
        monotonic reading `mono`: at least what the wall clock says, never below 0.

        On the computer that noted it, in the same start, the monotonic clock is exact
        (and still right when the wall clock was put back). After a restart it counts
        from the restart: at least that long passed. On another computer (a synced data
        folder) its reading says nothing about this one's: the wall clock alone. When
        either side is not known (a note from an older version), a monotonic reading
        below the note's is taken as a restart, as older versions did.
        """
        wall = max(0.0, (now - self.wall).total_seconds())
        there = self.computer
        if mono is None:
            return wall
        if there is not None and here is not None:
            if there.machine != here.machine:
                return wall
            if there.boot is not None and here.boot is not None and there.boot != here.boot:
                return max(wall, mono)
        restarted = mono < self.mono  # also on the same start: no such clock goes back
        return max(wall, mono if restarted else mono - self.mono)


def _computer(data: Mapping[str, Any]) -> Computer | None:
    """The computer a checkpoint names; None when it names none or a damaged one (then
    the note is read as an older version's)."""
    machine, boot = data.get("machine"), data.get("boot")
    if not isinstance(machine, str) or not 0 < len(machine) <= ID_LENGTH:
        return None
    if boot is not None and (not isinstance(boot, str) or not 0 < len(boot) <= ID_LENGTH):
        return None
    return Computer(machine, boot)


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
        cls,
        kind: str,
        minutes: int,
        now: datetime,
        mono: float | None = None,
        here: Computer | None = None,
    ) -> PackSession:
        if kind not in PACK_KINDS:
            raise ValueError(f"no such session kind: {shown_value(kind)}")
        check_minutes(minutes)
        now = utc(now)
        session = cls(kind, minutes, now, now + timedelta(minutes=minutes))
        return session if mono is None else session.checkpoint(now, mono, here)

    def checkpoint(self, now: datetime, mono: float, here: Computer | None = None) -> PackSession:
        """Note the time left now, as read on `here` (a paused session needs none: its
        time stands still)."""
        if self.ends is None:
            return replace(self, seen=None)
        return replace(self, seen=Checkpoint(utc(now), mono, self.left(now), here))

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

    def resume(
        self, now: datetime, mono: float | None = None, here: Computer | None = None
    ) -> PackSession:
        if self.ends is not None:
            return self
        now = utc(now)
        # The clock put back while it was paused left its start after now: bring it in.
        started = min(self.started, now)
        resumed = replace(self, started=started, ends=now + timedelta(seconds=self.paused_left))
        return resumed if mono is None else resumed.checkpoint(now, mono, here)

    def shifted(self, seconds: float) -> PackSession:
        """The same session after the clock was moved by `seconds` (time left unchanged)."""
        delta = timedelta(seconds=seconds)
        ends = None if self.ends is None else self.ends + delta
        seen = None if self.seen is None else replace(self.seen, wall=self.seen.wall + delta)
        return replace(self, started=self.started + delta, ends=ends, seen=seen)

    def within_limits(
        self, now: datetime, mono: float | None = None, here: Computer | None = None
    ) -> PackSession:
        """The session as it stands when the app opens again on `here`, its monotonic
        clock at `mono`: never more time left than there really is, whatever the wall
        clock did while the app was closed, nor more than the checkpoint said was left.

        With a checkpoint, the time that passed since is `Checkpoint.passed`. When that
        is more than the wall clock moved, the wall clock was put back meanwhile: the
        session's times move back with it, as they do while the app is open, so that its
        end (in the past when it ran out while the app was closed: the alert says when)
        is never before its start. Without one (a session saved by an older version),
        never more than the chosen length.
        """
        if self.ends is None:
            return self
        now = utc(now)
        session, left = self, self.total
        if self.seen is not None:
            passed = self.seen.passed(now, mono, here)
            # Never above 0: `passed` is at least what the wall clock moved.
            put_back = (now - self.seen.wall).total_seconds() - passed
            session, left = self.shifted(put_back), self.seen.left - passed
        assert session.ends is not None
        ends = min(session.ends, now + timedelta(seconds=min(self.total, left)))
        # Its start is never after its end, in a session an earlier version saved after a
        # resume with the clock put back while paused (its start after now, before
        # `resume` clamped it) too, and in one with no checkpoint whose clock went back
        # more than its length.
        session = replace(session, started=min(session.started, ends), ends=ends)
        return session if mono is None else session.checkpoint(now, mono, here)

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
