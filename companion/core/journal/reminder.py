"""The daily journal reminder: when it shows, decided without a clock of its own.

The reminder is off until the person chooses it (offered once, after the first entry).
Then it shows at the chosen local time, only on a day without an entry, at most once a
day; "In an hour" shows it again an hour later that same day, "Not today" ends it for the
day. It waits while heat, ice or a walk is running, and never shows in the kiosk.

Why it is built this way (the timers' lessons, see core/scheduler.py): the decision is
made from the wall clock each time the app looks (about once a minute, and on waking),
never from a countdown, so sleep, clock changes and restarts cannot make it fire twice
or not at all. "Shown today" is kept as the local calendar day it was shown on, so a
clock turned back after it showed, or the hour that repeats when clocks go back, cannot
show it again; a time skipped when clocks go forward shows at the first minute after.
After a sleep through the chosen time it shows on waking, if that is still the same day.
A snooze that would run past midnight ends with the day.

Everything here is pure: `now` is passed in (an aware datetime in the local zone).
`ReminderStore` keeps the state in the store so it survives a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from companion.core.shared.wall_clock import day_zone

if TYPE_CHECKING:
    from companion.core.shared.app_state import AppState

REMINDER_TABLE = "reminder"  # one record: the choice and when it last showed
DEFAULT_TIME = time(20, 0)
SNOOZE = timedelta(hours=1)
SCHEMA_VERSION = 1

# Why the reminder shows or not (for the UI's tests and for the log).
OFF = "off"
KIOSK = "kiosk"
ENTRY_TODAY = "entry_today"
NOT_TODAY = "not_today"
SHOWN_TODAY = "shown_today"
SNOOZED = "snoozed"
BEFORE_TIME = "before_time"
TIMER_RUNNING = "timer_running"
DUE = "due"


@dataclass(frozen=True)
class ReminderState:
    """The person's choice and what happened today; saved as it changes."""

    enabled: bool = False
    at: time = DEFAULT_TIME  # local wall time, minutes only
    offered: bool = False  # the "Remind me each day?" question was asked
    shown_on: date | None = None  # the local day it last showed
    snoozed_until: datetime | None = None  # "In an hour": shows again then, that day only
    declined_on: date | None = None  # "Not today"

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "enabled": self.enabled,
            "at": self.at.strftime("%H:%M"),
            "offered": self.offered,
            "shown_on": self.shown_on.isoformat() if self.shown_on else None,
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
            "declined_on": self.declined_on.isoformat() if self.declined_on else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReminderState:
        """Read a saved state; a damaged value falls back to its default, never raises."""

        def read(key: str, parse: Any, default: Any) -> Any:
            value = data.get(key)
            if value is None:
                return default
            try:
                return parse(value)
            except (TypeError, ValueError):
                return default

        def aware(text: str) -> datetime:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is None:
                raise ValueError("no time zone")
            return moment

        def flag(value: Any) -> bool:
            if not isinstance(value, bool):
                raise TypeError("not true or false")
            return value

        def clock(text: str) -> time:
            parsed = time.fromisoformat(text)
            return parsed.replace(second=0, microsecond=0, tzinfo=None)

        return cls(
            enabled=read("enabled", flag, False),
            at=read("at", clock, DEFAULT_TIME),
            offered=read("offered", flag, False),
            shown_on=read("shown_on", date.fromisoformat, None),
            snoozed_until=read("snoozed_until", aware, None),
            declined_on=read("declined_on", date.fromisoformat, None),
        )


@dataclass(frozen=True)
class ReminderPlan:
    show: bool
    reason: str  # one of the reasons above


def plan_reminder(
    state: ReminderState,
    now: datetime,
    *,
    has_entry_today: bool,
    timer_running: bool,
    kiosk: bool,
) -> ReminderPlan:
    """Should the reminder show now? Call it about once a minute and on waking.

    `has_entry_today`: an entry on `now`'s local day. `timer_running`: heat, ice or a
    walk is running (the reminder waits and shows after, the same day).
    """
    today = now.date()
    if kiosk:
        return ReminderPlan(False, KIOSK)
    if not state.enabled:
        return ReminderPlan(False, OFF)
    if has_entry_today:
        return ReminderPlan(False, ENTRY_TODAY)
    if state.declined_on == today:
        return ReminderPlan(False, NOT_TODAY)
    if state.shown_on == today:
        if state.snoozed_until is None:
            return ReminderPlan(False, SHOWN_TODAY)
        if now.astimezone(UTC) < state.snoozed_until.astimezone(UTC):
            return ReminderPlan(False, SNOOZED)
    elif _before_time(state.at, now):
        return ReminderPlan(False, BEFORE_TIME)
    if timer_running:
        return ReminderPlan(False, TIMER_RUNNING)
    return ReminderPlan(True, DUE)


def mark_shown(state: ReminderState, now: datetime) -> ReminderState:
    """The reminder was put on screen now."""
    return replace(state, shown_on=now.date(), snoozed_until=None)


def snooze(state: ReminderState, now: datetime) -> ReminderState:
    """ "In an hour": again an hour from now, if that is still today (else not today)."""
    later = (now.astimezone(UTC) + SNOOZE).astimezone(now.tzinfo)
    if later.date() != now.date():
        return not_today(state, now)
    return replace(state, shown_on=now.date(), snoozed_until=later)


def not_today(state: ReminderState, now: datetime) -> ReminderState:
    return replace(state, shown_on=now.date(), snoozed_until=None, declined_on=now.date())


def mark_offered(state: ReminderState) -> ReminderState:
    """The offer was put on screen: it is made once, answered or not (an offer left
    unanswered is not put in front of the person again after every entry; Settings
    still turns the reminder on)."""
    return replace(state, offered=True)


def choose(state: ReminderState, *, enabled: bool, at: time | None = None) -> ReminderState:
    """The person's answer to the offer, or a change in Settings."""
    chosen = (at or state.at).replace(second=0, microsecond=0, tzinfo=None)
    return replace(state, enabled=enabled, at=chosen, offered=True)


def should_offer(state: ReminderState, *, entry_count: int, kiosk: bool) -> bool:
    """Ask "Remind me each day at 20:00?" once, after the first entry, never in the kiosk."""
    return not kiosk and not state.offered and not state.enabled and entry_count >= 1


def _before_time(at: time, now: datetime) -> bool:
    """Whether `now` comes before the first instant of its day at `at`. Compared as
    instants: in the hour that repeats when clocks go back, the wall clock passes the
    chosen time twice, and a reminder kept waiting by a timer past the first would wait
    for the clock to come round again (an hour late).

    The day's zone, not `now`'s: the app's own clock gives a fixed offset (+00:00 after
    clocks go back at 02:00), in which the first 01:30 (01:30 at +01:00) never happened.
    """
    if now.tzinfo is None:  # not as documented, but never a reason to fail
        return now.time() < at
    first = _first_instant_at(now.date(), at, day_zone(now))
    return now.astimezone(UTC) < first.astimezone(UTC)


def _first_instant_at(day: date, at: time, zone: tzinfo | None) -> datetime:
    """The first moment on `day` whose local wall time is `at` or later.

    A time skipped when clocks go forward gives the first moment after the jump; a time
    that happens twice when clocks go back gives the first of the two. A zone of None is
    this computer's own (`datetime` reads a naive time as local, summer time and all).
    """
    naive = datetime.combine(day, at)
    # Both readings of the wall time: the same instant, two in the repeated hour, or
    # one each side of a skipped time (which side fold 0 takes differs: a named zone
    # takes the later, this computer's own the earlier).
    options = [naive.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)]
    real = [o for o in options if o.astimezone(zone).replace(tzinfo=None) == naive]
    if real:
        return min(real).astimezone(zone)
    # Skipped: walk back to the jump itself (always on a whole minute in real zones).
    # In UTC: arithmetic on a zone's datetime would move the wall clock, not time.
    step = timedelta(minutes=1)
    instant = max(options)
    while True:
        earlier = (instant - step).astimezone(zone)
        if earlier.date() != day or earlier.time().replace(tzinfo=None) < at:
            return instant.astimezone(zone)
        instant -= step


def _latest(a: datetime, b: datetime) -> datetime:
    """The later instant (comparing in UTC: one zone's datetimes compare by wall time)."""
    return max(a.astimezone(UTC), b.astimezone(UTC))


def next_due(state: ReminderState, now: datetime, zone: tzinfo) -> datetime | None:
    """When the reminder would next show if no entry is made and no timer runs.

    For a one-shot timer in the UI; the UI must still look again on waking, since a
    countdown does not survive a sleep.
    """
    if not state.enabled:
        return None
    local = now.astimezone(zone)
    today = local.date()
    snoozed = state.snoozed_until
    if state.shown_on == today and snoozed is not None and state.declined_on != today:
        return _latest(snoozed, local).astimezone(zone)
    done_today = state.shown_on == today or state.declined_on == today
    if not done_today:
        return _latest(_first_instant_at(today, state.at, zone), local).astimezone(zone)
    return _first_instant_at(today + timedelta(days=1), state.at, zone)


class ReminderStore:
    """The reminder's state in the data folder (nothing kept in the kiosk)."""

    def __init__(self, app: AppState) -> None:
        self._app = app
        self._id: str | None = None

    def load(self) -> ReminderState:
        if self._app.kiosk:
            return ReminderState()
        records = self._app.store.table(REMINDER_TABLE).latest(1)
        if not records:
            return ReminderState()
        self._id = records[0].id
        return ReminderState.from_dict(records[0].data)

    def save(self, state: ReminderState) -> None:
        if self._app.kiosk:
            return
        table = self._app.store.table(REMINDER_TABLE)
        if self._id is not None and table.get(self._id) is not None:
            self._id = table.update(self._id, state.to_dict())
        else:
            self._id = table.insert(state.to_dict())
