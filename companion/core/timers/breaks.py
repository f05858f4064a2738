"""Movement breaks: the settings, the active hours, and the cycle from sitting to a break.

The cycle is a small state machine moved on by `BreakCycle.tick` with the time now and
what the clock watch saw since the last tick (how long the computer slept). It never
raises more than one notice per tick, so waking from a long sleep brings no burst of
old reminders: a sleep at least as long as a break counts as the break.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from companion.core.shared.content import shown_value
from companion.core.timers.content import Movement
from companion.core.timers.pack import at_local, to_local, utc
from companion.core.timers.records import (
    DUE,
    OFF,
    ON_BREAK,
    OUTSIDE,
    PAUSED,
    PHASES,
    SITTING,
    breaks_enabled,
    optional_time,
)

INTERVAL_RANGE = (15, 90)  # minutes between breaks
LENGTH_RANGE = (1, 10)  # minutes a break lasts
NOTICE_RANGE = (0, 5)  # minutes of warning before a break; 0 for none
MAX_POSTPONES = 2  # in a row; then the break must be taken or skipped
POSTPONE_MINUTES = 5
ALL_DAYS = frozenset(range(7))  # Monday is 0, as in datetime.weekday()


# What a tick or an action can bring about.
SOON = "soon"  # a notice shortly before the break
NOW_DUE = "due"
TAKEN = "taken"
SKIPPED = "skipped"


def _clock_time(value: Any, default: time) -> time:
    if isinstance(value, str):
        try:
            return time.fromisoformat(value).replace(second=0, microsecond=0, tzinfo=None)
        except ValueError:
            return default
    return default


def _whole(value: Any, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return default
    return value


@dataclass(frozen=True)
class BreakSettings:
    """How breaks work for this person. Off until they turn breaks on."""

    enabled: bool = False
    interval: int = 30
    length: int = 3
    notice: int = 1
    start: time = time(8, 0)
    end: time = time(20, 0)
    days: frozenset[int] = ALL_DAYS

    def checked(self) -> BreakSettings:
        """Return self if every value is allowed, else raise ValueError saying which."""
        for name, value, (low, high) in (
            ("interval", self.interval, INTERVAL_RANGE),
            ("length", self.length, LENGTH_RANGE),
            ("notice", self.notice, NOTICE_RANGE),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(
                    f"{name} must be {low} to {high} minutes, not {shown_value(value)}"
                )
        if self.notice >= self.interval:
            raise ValueError("the notice must come after the last break")
        if not self.days or not self.days <= ALL_DAYS:
            raise ValueError("choose at least one day")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "interval": self.interval,
            "length": self.length,
            "notice": self.notice,
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "days": sorted(self.days),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BreakSettings:
        """Read stored settings; a damaged value falls back to its default."""
        base = cls()
        raw_days = data.get("days")
        days = base.days
        if isinstance(raw_days, list) and raw_days:
            found = {d for d in raw_days if isinstance(d, int) and not isinstance(d, bool)}
            if found and found <= ALL_DAYS:
                days = frozenset(found)
        result = cls(
            enabled=breaks_enabled(data),
            interval=_whole(data.get("interval"), *INTERVAL_RANGE, base.interval),
            length=_whole(data.get("length"), *LENGTH_RANGE, base.length),
            notice=_whole(data.get("notice"), *NOTICE_RANGE, base.notice),
            start=_clock_time(data.get("start"), base.start),
            end=_clock_time(data.get("end"), base.end),
            days=days,
        )
        if result.notice >= result.interval:
            result = replace(result, notice=base.notice)
        return result


def window_date(local: datetime, settings: BreakSettings) -> date | None:
    """The day whose active period `local` falls in, or None outside the active hours.

    When the hours cross midnight (22:00 to 02:00), 01:00 on Saturday belongs to
    Friday's period, so it is active when Friday is one of the days.
    """
    moment = local.time().replace(tzinfo=None)
    start, end = settings.start, settings.end
    day = local.date()
    if start == end:  # the whole day
        owner: date | None = day
    elif start < end:
        owner = day if start <= moment < end else None
    elif moment >= start:
        owner = day
    elif moment < end:
        owner = day - timedelta(days=1)
    else:
        owner = None
    if owner is None or owner.weekday() not in settings.days:
        return None
    return owner


def is_active(local: datetime, settings: BreakSettings) -> bool:
    return window_date(local, settings) is not None


def next_active_start(
    local: datetime, settings: BreakSettings, zone: tzinfo | None = None
) -> datetime | None:
    """When breaks next count: `local` itself inside the active hours, else the next start.

    `local` is the wall clock now; each day's start is found in `zone` (None: this
    computer's zone) with that day's UTC offset, so a clock change moves nothing.
    """
    if is_active(local, settings):
        return local
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if day.weekday() in settings.days:
            candidate = at_local(day, settings.start, zone)
            if candidate > local:
                return candidate
    return None


def tomorrow_start(
    local: datetime, settings: BreakSettings, zone: tzinfo | None = None
) -> datetime:
    """Where "pause until tomorrow" ends: the start of the next day's active period, on
    the wall clock of that day (see `next_active_start`)."""
    base = window_date(local, settings) or local.date()
    for offset in range(1, 8):
        day = base + timedelta(days=offset)
        if day.weekday() in settings.days:
            return at_local(day, settings.start, zone)
    return at_local(local.date() + timedelta(days=1), time(0, 0), zone)


@dataclass(frozen=True)
class BreakOutcome:
    """Something the cycle brought about: a notice, or a break to record."""

    kind: str  # SOON, NOW_DUE, TAKEN or SKIPPED
    at: datetime  # when it happened (a break's true end, even after a sleep)
    minutes: float = 0.0


@dataclass
class BreakCycle:
    """Where the person is in the cycle. All times are UTC."""

    phase: str = OFF
    due: datetime | None = None
    soon_told: bool = False
    postponed: int = 0
    break_started: datetime | None = None
    break_ends: datetime | None = None
    paused_until: datetime | None = None
    rounds: int = 0  # breaks taken or skipped so far; picks the next suggested movement

    # --- moving on -----------------------------------------------------------------
    def restart(self, now: datetime, settings: BreakSettings) -> None:
        """Start counting a full interval from `now`."""
        self.phase = SITTING
        self.due = utc(now) + timedelta(minutes=settings.interval)
        self.soon_told = False
        self.postponed = 0
        self.break_started = None
        self.break_ends = None

    def _stand_by(self, phase: str) -> None:
        self.phase = phase
        self.due = None
        self.soon_told = False
        self.postponed = 0

    def tick(
        self,
        settings: BreakSettings,
        local: datetime,
        *,
        asleep: float = 0.0,
        busy: bool = False,
    ) -> list[BreakOutcome]:
        """Move the cycle on to `local` (the wall clock now, with its time zone).

        `asleep` is how many seconds the computer slept just before this tick; `busy`
        is True while a heat, ice or walking timer runs (a due break then waits).
        """
        now = utc(local)
        out: list[BreakOutcome] = []
        if not settings.enabled:
            self._stand_by(OFF)
            self.paused_until = None
            return out
        if self.phase == ON_BREAK and self.break_ends is not None:
            if now < self.break_ends:
                return out  # a break under way runs to its end
            started = self.break_started or self.break_ends - timedelta(minutes=settings.length)
            minutes = round((self.break_ends - started).total_seconds() / 60.0, 1)
            out.append(BreakOutcome(TAKEN, self.break_ends, minutes))
            self.rounds += 1
            self.restart(now, settings)
        if self.paused_until is not None:
            if now < self.paused_until:
                self._stand_by(PAUSED)
                return out
            self.paused_until = None
            self.phase = OFF  # the pause is over: count from now
        if not is_active(local, settings):
            self._stand_by(OUTSIDE)
            return out
        if self.phase in (OFF, PAUSED, OUTSIDE) or self.due is None:
            self.restart(now, settings)
            return out
        if asleep >= settings.length * 60:
            self.restart(now, settings)  # the sleep was the break
            return out
        if busy or self.phase != SITTING:
            return out
        if now >= self.due:
            self.phase = DUE
            self.soon_told = True
            out.append(BreakOutcome(NOW_DUE, now))
        elif (
            settings.notice
            and not self.soon_told
            and now >= self.due - timedelta(minutes=settings.notice)
        ):
            self.soon_told = True
            out.append(BreakOutcome(SOON, now))
        return out

    # --- what the person does --------------------------------------------------------
    def take_break(self, now: datetime, settings: BreakSettings) -> None:
        now = utc(now)
        self.phase = ON_BREAK
        self.break_started = now
        self.break_ends = now + timedelta(minutes=settings.length)
        self.due = None
        self.postponed = 0
        self.paused_until = None

    def finish_break(self, now: datetime, settings: BreakSettings) -> BreakOutcome:
        """End a running break early; it still counts as taken."""
        if self.phase != ON_BREAK or self.break_started is None:
            raise ValueError("no break is running")
        now = utc(now)
        minutes = round(max(0.0, (now - self.break_started).total_seconds()) / 60.0, 1)
        self.rounds += 1
        self.restart(now, settings)
        return BreakOutcome(TAKEN, now, minutes)

    @property
    def can_postpone(self) -> bool:
        return self.phase in (SITTING, DUE) and self.postponed < MAX_POSTPONES

    def postpone(self, now: datetime) -> None:
        if self.phase not in (SITTING, DUE):
            raise ValueError("there is no break to postpone")
        if self.postponed >= MAX_POSTPONES:
            raise ValueError(f"a break can be put off only {MAX_POSTPONES} times in a row")
        self.phase = SITTING
        self.due = utc(now) + timedelta(minutes=POSTPONE_MINUTES)
        self.soon_told = True  # the next notice is the break itself
        self.postponed += 1

    def skip(self, now: datetime, settings: BreakSettings) -> BreakOutcome:
        if self.phase not in (SITTING, DUE):
            raise ValueError("there is no break to skip")
        self.rounds += 1
        self.restart(now, settings)
        return BreakOutcome(SKIPPED, utc(now))

    def pause_until(self, until: datetime) -> None:
        self.paused_until = utc(until)
        self._stand_by(PAUSED)
        self.break_started = None
        self.break_ends = None

    def resume(self, now: datetime, settings: BreakSettings) -> None:
        self.paused_until = None
        self.restart(now, settings)

    def shift(self, seconds: float) -> None:
        """The wall clock was moved by `seconds`: keep every wait the same length."""
        delta = timedelta(seconds=seconds)
        for name in ("due", "break_started", "break_ends", "paused_until"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, value + delta)

    def after_restart(
        self, local: datetime, settings: BreakSettings, zone: tzinfo | None = None
    ) -> None:
        """Make a cycle read back from disk fit the time now.

        The app was closed for a while: if the break fell due long ago, that time away
        counts as a break; a deadline further off than a whole interval (the clock was
        put back while the app was closed) is brought in, and so is a pause ending later
        than the longest pause there is, "until tomorrow" from now.
        """
        now = utc(local)
        grace = timedelta(minutes=settings.length)
        if self.paused_until is not None:
            latest = utc(tomorrow_start(local, settings, zone))
            self.paused_until = min(self.paused_until, latest)
        if self.phase == ON_BREAK and self.break_ends is not None:
            if self.break_ends - now > grace:
                self.break_ends = now + grace
            return
        if self.phase in (SITTING, DUE) and self.due is not None:
            if now - self.due > grace:
                self.restart(now, settings)
            elif self.due - now > timedelta(minutes=settings.interval):
                self.due = now + timedelta(minutes=settings.interval)

    def next_break(
        self, local: datetime, settings: BreakSettings, zone: tzinfo | None = None
    ) -> datetime | None:
        """When the next break is planned (UTC), or None when breaks are off or one is on."""
        now = utc(local)
        interval = timedelta(minutes=settings.interval)
        if not settings.enabled or self.phase == ON_BREAK:
            return None
        if self.phase in (SITTING, DUE) and self.due is not None:
            return max(self.due, now)
        after = local
        if self.paused_until is not None and self.paused_until > now:
            after = to_local(self.paused_until, zone)
        start = next_active_start(after, settings, zone)
        return None if start is None else utc(start) + interval

    # --- storage -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": "breaks"}
        for item in fields(self):
            value = getattr(self, item.name)
            data[item.name] = value.isoformat() if isinstance(value, datetime) else value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BreakCycle:
        """Read a stored cycle; anything damaged starts a fresh cycle instead of failing."""
        phase = data.get("phase")
        cycle = cls(phase=phase if phase in PHASES else OFF)
        try:
            cycle.due = optional_time(data, "due")
            cycle.break_started = optional_time(data, "break_started")
            cycle.break_ends = optional_time(data, "break_ends")
            cycle.paused_until = optional_time(data, "paused_until")
        except ValueError:
            return cls()
        cycle.soon_told = data.get("soon_told") is True
        cycle.postponed = _whole(data.get("postponed"), 0, MAX_POSTPONES, 0)
        cycle.rounds = _whole(data.get("rounds"), 0, 10**9, 0)
        if cycle.phase == ON_BREAK and cycle.break_ends is None:
            cycle.phase = OFF
        return cycle


def pick_movement(
    movements: Sequence[Movement], leading: str | None, rounds: int
) -> Movement | None:
    """The movement suggested for the next break: those fitting the person's last check
    result (or those for everyone, with no check yet), in turn."""
    fitting = [m for m in movements if leading in m.patterns] if leading else []
    if not fitting:
        fitting = [m for m in movements if m.for_everyone]
    if not fitting:
        return None
    return fitting[rounds % len(fitting)]


def today_bounds(local: datetime, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The start and end of the local calendar day, in UTC (a day with a clock change
    lasts 23 or 25 hours)."""
    day = local.date()
    start, end = (
        at_local(day, time(0, 0), zone),
        at_local(day + timedelta(days=1), time(0, 0), zone),
    )
    return start.astimezone(UTC), end.astimezone(UTC)
