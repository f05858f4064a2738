"""Heat and ice sessions: how long they may run, the safety check before, the state while on.

A session keeps its end as a wall-clock time (UTC inside the app), so it survives a
restart; the scheduler moves that end when the clock is changed by hand, so a clock
change never makes a session shorter or longer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from companion.core.records import HEAT, ICE, RecordError
from companion.core.records import parse_time as records_parse_time

PACK_KINDS = (HEAT, ICE)
# Hard limits, whatever the content files say: never longer than 20 minutes on the skin.
SHORTEST_MINUTES = 5
LONGEST_MINUTES = 20


def check_minutes(minutes: int) -> int:
    """Return `minutes` if a session may last that long, else raise ValueError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("a session lasts a whole number of minutes")
    if not SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES:
        raise ValueError(
            f"a session lasts {SHORTEST_MINUTES} to {LONGEST_MINUTES} minutes, not {minutes}"
        )
    return minutes


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone")
    return moment.astimezone(UTC)


def parse_time(data: Mapping[str, Any], key: str) -> datetime:
    """A stored time, in UTC (timers compare instants, never local clock readings)."""
    return records_parse_time(data, key).astimezone(UTC)


def optional_time(data: Mapping[str, Any], key: str) -> datetime | None:
    return None if data.get(key) is None else parse_time(data, key)


def number(data: Mapping[str, Any], key: str, *, low: float, high: float) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise RecordError(f"{key!r} must be a number from {low} to {high}, not {value!r}")
    return float(value)


@dataclass(frozen=True)
class PackSession:
    """A heat or ice session that is on (or paused).

    `ends` is when it will finish (UTC), or None while paused; `paused_left` is the
    number of seconds that were left when it was paused.
    """

    kind: str
    minutes: int
    started: datetime
    ends: datetime | None
    paused_left: float = 0.0

    @classmethod
    def start(cls, kind: str, minutes: int, now: datetime) -> PackSession:
        if kind not in PACK_KINDS:
            raise ValueError(f"no such session kind: {kind!r}")
        check_minutes(minutes)
        now = utc(now)
        return cls(kind, minutes, now, now + timedelta(minutes=minutes))

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
        return replace(self, ends=None, paused_left=self.left(now))

    def resume(self, now: datetime) -> PackSession:
        if self.ends is not None:
            return self
        return replace(self, ends=utc(now) + timedelta(seconds=self.paused_left))

    def shifted(self, seconds: float) -> PackSession:
        """The same session after the clock was moved by `seconds` (time left unchanged)."""
        delta = timedelta(seconds=seconds)
        ends = None if self.ends is None else self.ends + delta
        return replace(self, started=self.started + delta, ends=ends)

    def within_limits(self, now: datetime) -> PackSession:
        """Never more than the chosen length left, even if the clock went back while the
        app was closed."""
        if self.ends is not None and self.left(now) >= self.total:
            return replace(self, ends=utc(now) + timedelta(seconds=self.total))
        return self

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
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PackSession:
        kind = data.get("kind")
        if kind not in PACK_KINDS:
            raise RecordError(f"'kind' must be heat or ice, not {kind!r}")
        minutes = data.get("minutes")
        try:
            check_minutes(minutes)  # type: ignore[arg-type]
        except ValueError as exc:
            raise RecordError(f"'minutes': {exc}") from None
        assert isinstance(minutes, int)
        ends = optional_time(data, "ends")
        paused_left = 0.0 if ends else number(data, "paused_left", low=0, high=minutes * 60)
        return cls(str(kind), minutes, parse_time(data, "started"), ends, paused_left)


@dataclass(frozen=True)
class FinishedPack:
    """A session that has just ended, kept until the person has read the skin check.

    `late` is True when it ended while the computer slept or the app was closed.
    """

    kind: str
    minutes: float
    planned: int
    ended: datetime
    stopped_early: bool
    late: bool


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
