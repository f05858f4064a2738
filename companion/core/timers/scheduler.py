"""The timers' scheduler: heat and ice sessions, the walking check and movement breaks.

Why it is built this way: break-reminder apps are known to go wrong after the computer
sleeps (breaks firing at once on waking, or the sleep not counted as a break). So:

* Every deadline is kept as a wall-clock time (UTC inside, stored with its offset), so
  timers survive closing and reopening the app.
* Each tick compares how far the wall clock moved with how far a monotonic clock moved.
  A difference means the clock was changed by hand (or by a time-zone or daylight-saving
  mistake): deadlines move by the same amount, so no timer gets shorter or longer. A
  long gap between ticks on the monotonic clock means the computer slept.
* The monotonic clock must keep counting while the computer sleeps (CLOCK_BOOTTIME on
  Linux); `SystemClock` picks such a clock where the system has one.
* A tick raises at most one alert per timer, for what is true now: a heat session that
  ended during a sleep is reported once, at its true end, and a sleep at least as long
  as a break counts as the break.

Nothing here imports Qt: the window calls `tick()` about once a second and shows the
alerts it returns. Tests drive it with a fake clock and never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import (
    BREAK_SKIPPED,
    BREAK_TAKEN,
    EVENTS,
    PACK_KINDS,
    WALK,
    TimerEvent,
)
from companion.core.timers.breaks import (
    SOON,
    TAKEN,
    BreakCycle,
    BreakOutcome,
    BreakSettings,
    pick_movement,
    today_bounds,
    tomorrow_start,
)
from companion.core.timers.clocks import Clock, ClockWatch, SystemClock
from companion.core.timers.content import Movement
from companion.core.timers.finished import (
    FinishedPack,
    asked_again,
    ran_out,
    skin_check_record,
    stopped,
)
from companion.core.timers.history import events_since
from companion.core.timers.pack import PackSession, fixed, to_local, utc
from companion.core.timers.records import (
    BREAKS,
    DUE,
    ON_BREAK,
    SITTING,
    SKIN_CHECK,
    TIMER_SETTINGS,
    UNREADABLE,
    UNREADABLE_KEPT,
    kept_records,
    unreadable_kinds,
)
from companion.core.timers.walk import WalkRun

LATE_AFTER = 60.0  # an alert this many seconds after the fact is "late"

# Alert kinds.
PACK_DONE = "pack_done"  # a heat or ice session ended: take it off, check the skin
WALK_LIMIT = "walk_limit"  # the walking check reached 30 minutes and stopped
BREAK_SOON = "break_soon"
BREAK_DUE = "break_due"
BREAK_OVER = "break_over"


@dataclass(frozen=True)
class Alert:
    """Something to tell the person now. `at` is when it really happened (local time);
    `late` is True when that was a while ago (the computer slept or the app was closed)."""

    kind: str
    timer: str  # heat, ice, walk or breaks
    at: datetime
    late: bool = False


class KioskError(RuntimeError):
    """Timers are explained in kiosk mode, never run."""


class Scheduler:
    """Runs the timers of one data folder and keeps their state in the `timers` table."""

    def __init__(self, state: AppState, clock: Clock | None = None) -> None:
        self.state = state
        self.clock: Clock = clock or SystemClock(state.now)
        self.watch = ClockWatch(self.clock)
        self.pack: PackSession | None = None
        self.finished: FinishedPack | None = None
        self.walk: WalkRun | None = None
        self.cycle = BreakCycle()
        self.settings = BreakSettings()
        self._ids: dict[str, str] = {}
        self._saved: dict[str, dict[str, Any]] = {}
        self.load()
        state.add_reset_listener(self.load)

    # --- storage ---------------------------------------------------------------------------
    @property
    def kiosk(self) -> bool:
        return self.state.kiosk

    def _table(self) -> Any:
        return self.state.store.table(TIMERS)

    def load(self) -> None:
        """Read running timers back (at start, and after all data was deleted)."""
        self.pack, self.finished, self.walk = None, None, None
        self._again: list[Alert] = []  # a skin check left unanswered when the app closed
        self.cycle, self.settings = BreakCycle(), BreakSettings()
        self._ids, self._saved = {}, {}
        # A heat or ice session (or its skin check), a walking check, whose saved record
        # could not be read at start: stopped, and the person is told until they start
        # one again (`TimerStatus`).
        self.pack_unreadable, self.walk_unreadable = False, False
        self.watch.reset()
        if self.kiosk:
            return
        local = self._wall()
        stored = self.state.store.table(TIMER_SETTINGS).latest(1)  # as stored_status reads it
        if stored:
            self.settings = BreakSettings.from_dict(stored[0].data)
        table = self._table()
        # The same records Home counted before the timers started (status.stored_status).
        kept = kept_records(table.all(), local)  # read once: built from its fields
        self.pack_unreadable, self.walk_unreadable = unreadable_kinds(kept.unreadable)
        with self.state.store.transaction():  # moved in one change: never lost, never twice
            aside = self.state.store.table(UNREADABLE)
            for record in kept.unreadable:
                copy = {"found": record.data, "set_aside": local.isoformat()}
                aside.insert(copy)
                table.remove(record.id)
            if kept.unreadable:  # the oldest dropped; all of those just set aside kept
                for old in aside.all()[: -max(UNREADABLE_KEPT, len(kept.unreadable))]:
                    aside.remove(old.id)
            for record in kept.dropped:
                table.remove(record.id)
        if kept.pack is not None:
            pack = PackSession.from_fields(kept.pack, kept.records[kept.pack.kind].data)
            self.pack = pack.within_limits(local, self.clock.monotonic(), self.clock.computer())
        if kept.walk is not None:
            self.walk = WalkRun.from_fields(kept.walk).within_limits(local)
        if BREAKS in kept.records:
            self.cycle = BreakCycle.from_dict(kept.records[BREAKS].data)
        if kept.skin_check is not None:
            found = asked_again(kept.skin_check)
            self.finished = replace(found, ended=self.local(found.ended))
        for kind, record in kept.records.items():
            self._ids[kind] = record.id
            self._saved[kind] = record.data
        if self.finished is not None:  # asked again on the first tick, as late
            self._again = [Alert(PACK_DONE, self.finished.kind, self.finished.ended, True)]
        if self.settings.enabled:
            if BREAKS not in self._ids:
                self.cycle.restart(local, self.settings)
            else:
                self.cycle.after_restart(local, self.settings, self.zone)
        self._save_all()

    def _put(self, kind: str, data: dict[str, Any] | None) -> None:
        """Keep the record of one timer in step (None removes it); unchanged data is not
        written again."""
        table = self._table()
        record_id = self._ids.get(kind)
        if data is None:
            if record_id is not None:
                table.remove(record_id)
            self._ids.pop(kind, None)
            self._saved.pop(kind, None)
            return
        if self._saved.get(kind) == data and record_id is not None:
            return
        if record_id is not None and table.get(record_id) is not None:
            self._ids[kind] = table.update(record_id, data)
        else:
            self._ids[kind] = table.insert(data)
        self._saved[kind] = data

    def _save_all(self) -> None:
        if self.kiosk:
            return
        for kind in PACK_KINDS:
            mine = self.pack is not None and self.pack.kind == kind
            self._put(kind, self.pack.to_dict() if mine and self.pack else None)
        self._put(WALK, self.walk.to_dict() if self.walk else None)
        self._put(BREAKS, self.cycle.to_dict() if self.settings.enabled else None)
        self._put(SKIN_CHECK, skin_check_record(self.finished))

    def _record(self, event: TimerEvent) -> None:
        if not self.kiosk:
            self.state.store.partitioned(EVENTS, "time").insert(event.to_dict())

    def _wall(self) -> datetime:
        """The wall clock now, with a fixed UTC offset (so minutes added are real ones)."""
        return fixed(self.clock.wall())

    @property
    def zone(self) -> tzinfo | None:
        return self.clock.zone

    def local(self, moment: datetime) -> datetime:
        """`moment` as the wall clock shows it then: with the UTC offset in force at that
        instant, not now's, so a time on the other side of a clock change reads right."""
        return to_local(moment, self.zone)

    def _guard(self) -> datetime:
        if self.kiosk:
            raise KioskError("timers are not run in kiosk mode")
        return self._wall()

    # --- the tick --------------------------------------------------------------------------
    def tick(self) -> list[Alert]:
        """Bring every timer up to now; return what to tell the person.

        Everything a tick records (a session's end and its record, a break taken, the
        timers' new state) is saved as one change: after a crash either all of it is on
        disk, and the alert is not raised again, or none of it, and the next tick raises
        it once.
        """
        if self.kiosk:
            return []
        with self.state.store.transaction():
            return self._tick()

    def _tick(self) -> list[Alert]:
        local, jump = self.watch.observe()
        now = utc(local)
        alerts = [alert for alert in self._again if self.still_waiting(alert)]
        self._again = []
        # A due break waits while a timer runs, and for one more tick after it ends, so
        # two alerts never arrive at once.
        busy = self.pack is not None or (self.walk is not None and self.walk.running)
        if jump.shift:
            if self.pack:
                self.pack = self.pack.shifted(jump.shift)
            if self.walk:
                self.walk = self.walk.shifted(jump.shift)
            self.cycle.shift(jump.shift)
        if self.pack is not None and self.pack.is_over(now):
            alerts.append(self._finish_pack(local))
        if self.walk is not None and self.walk.at_limit(now):
            self.walk = self.walk.stop(now)
            at = self.local(self.walk.limit_at)
            alerts.append(Alert(WALK_LIMIT, WALK, at, self._late(at, local)))
            self._moved(local)
        for outcome in self.cycle.tick(self.settings, local, asleep=jump.asleep, busy=busy):
            alerts.append(self._break_outcome(outcome, local))
        mono = self.clock.monotonic()
        if self.pack is not None and self.pack.needs_checkpoint(mono):
            self.pack = self.pack.checkpoint(now, mono, self.clock.computer())
        self._save_all()
        return alerts

    @staticmethod
    def _late(at: datetime, local: datetime) -> bool:
        return (utc(local) - utc(at)).total_seconds() > LATE_AFTER

    def _finish_pack(self, local: datetime) -> Alert:
        pack = self.pack
        assert pack is not None and pack.ends is not None
        end = self.local(pack.ends)
        self.finished, event = ran_out(pack, end, self._late(end, local))
        self._record(event)
        self.pack = None
        return Alert(PACK_DONE, pack.kind, end, self.finished.late)

    def _break_outcome(self, outcome: BreakOutcome, local: datetime) -> Alert:
        at = self.local(outcome.at)
        if outcome.kind == TAKEN:
            self._record(TimerEvent(at, BREAK_TAKEN, outcome.minutes))
            return Alert(BREAK_OVER, BREAKS, at, self._late(at, local))
        kind = BREAK_SOON if outcome.kind == SOON else BREAK_DUE
        return Alert(kind, BREAKS, at, False)

    def _moved(self, local: datetime) -> None:
        """The person just walked: the break clock starts again."""
        if self.settings.enabled and self.cycle.phase in (SITTING, DUE):
            self.cycle.restart(local, self.settings)

    # --- heat and ice ----------------------------------------------------------------------
    def start_pack(self, kind: str, minutes: int) -> PackSession:
        local = self._guard()
        if self.pack is not None:
            raise ValueError(f"a {self.pack.kind} session is already on")
        here = self.clock.computer()
        self.pack = PackSession.start(kind, minutes, local, self.clock.monotonic(), here)
        self.finished, self.pack_unreadable = None, False
        with self.state.store.transaction():  # the new session, and no skin check left
            self._save_all()
        return self.pack

    def _ran_out(self, local: datetime) -> bool:
        """Finish the session if its time ran out before the tick that would have ended
        it (a Stop or Pause pressed just after the end): it ran its full time, so it
        is recorded as done at its end, not as stopped early or paused at 00:00."""
        if self.pack is None or not self.pack.is_over(utc(local)):
            return False
        self._finish_pack(local)  # the panel shows the end; no alert window on top
        self._save_all()
        return True

    def pause_pack(self) -> None:
        local = self._guard()
        with self.state.store.transaction():  # a session that ran out: record and state
            if self.pack is not None and not self._ran_out(local):
                self.pack = self.pack.pause(local)
                self._save_all()

    def resume_pack(self) -> None:
        local = self._guard()
        if self.pack is not None:
            self.pack = self.pack.resume(local, self.clock.monotonic(), self.clock.computer())
            self._save_all()

    def stop_pack(self) -> FinishedPack | None:
        """Stop early. A session of a minute or more is still recorded (with the timer's
        new state, in one change). A stop at or after the planned end is no early stop:
        the session is recorded as finished."""
        with self.state.store.transaction():
            return self._stop_pack()

    def _stop_pack(self) -> FinishedPack | None:
        local = self._guard()
        pack = self.pack
        if pack is None:
            return None
        if self._ran_out(local):
            return self.finished
        self.finished, event = stopped(pack, local)
        if event is not None:
            self._record(event)
        self.pack = None
        self._save_all()
        return self.finished

    def dismiss_finished(self) -> None:
        self.finished = None
        self._save_all()

    def still_waiting(self, alert: Alert) -> bool:
        """Whether the person has yet to act on `alert`: a pack's skin not yet checked, a
        walking check's questions not yet answered, a break still due. Told only in the
        tray, such an alert is shown again when they click its message."""
        if alert.kind == PACK_DONE:  # this session, not one ended since
            done = self.finished
            return done is not None and (done.kind, done.ended) == (alert.timer, alert.at)
        if alert.kind == WALK_LIMIT:  # a walk that ran its 30 minutes, not one stopped early
            return self.walk is not None and self.walk.reached_limit and not self.walk.running
        return alert.kind == BREAK_DUE and self.settings.enabled and self.cycle.phase == DUE

    def held_break_notice(self, held: Alert) -> str | None:
        """The break notice to show for `held`, a break notice that waited behind a heat,
        ice or walk window or a box: BREAK_DUE when the break fell due meanwhile; the
        notice held (BREAK_SOON or BREAK_OVER) while the cycle still counts to the next
        break; None when the person has dealt with the break since."""
        if self.still_waiting(replace(held, kind=BREAK_DUE)):
            return BREAK_DUE
        counting = self.settings.enabled and self.cycle.phase == SITTING
        return held.kind if counting and held.kind in (BREAK_SOON, BREAK_OVER) else None

    def pack_left(self) -> float:
        return self.pack.left(self._wall()) if self.pack else 0.0

    def pack_ends(self) -> datetime | None:
        """When the session on will end, in local time; None if none is on or it is paused."""
        ends = self.pack.ends if self.pack else None
        return None if ends is None else self.local(ends)

    # --- walking check ---------------------------------------------------------------------
    def start_walk(self) -> WalkRun:
        local = self._guard()
        self.walk, self.walk_unreadable = WalkRun.start(local), False
        self._save_all()
        return self.walk

    def stop_walk(self) -> WalkRun | None:
        """The usual symptoms started: stop the stopwatch; the two questions come next."""
        local = self._guard()
        if self.walk is None:
            return None
        self.walk = self.walk.stop(local)
        self._moved(local)
        self._save_all()
        return self.walk

    def cancel_walk(self) -> None:
        self._guard()
        self.walk = None
        self._save_all()

    def save_walk(
        self, *, eased_by_sitting: bool | None, eased_by_bending: bool | None
    ) -> TimerEvent:
        local = self._guard()
        if self.walk is None:
            raise ValueError("no walking check to save")
        event = self.walk.event(
            local, eased_by_sitting=eased_by_sitting, eased_by_bending=eased_by_bending
        )
        self.walk = None
        with self.state.store.transaction():
            self._record(event)
            self._save_all()
        return event

    def walk_seconds(self) -> float:
        return self.walk.seconds(self._wall()) if self.walk else 0.0

    # --- movement breaks -------------------------------------------------------------------
    def update_break_settings(self, **changes: Any) -> BreakSettings:
        """Change break settings (ValueError on a value out of range) and save them."""
        local = self._guard()
        old = self.settings
        new = replace(old, **changes).checked()
        table = self.state.store.table(TIMER_SETTINGS)
        stored = table.latest(1)
        if stored:
            table.update(stored[0].id, new.to_dict())
        else:
            table.insert(new.to_dict())
        self.settings = new
        timing_changed = (old.interval, old.start, old.end, old.days) != (
            new.interval,
            new.start,
            new.end,
            new.days,
        )
        if not new.enabled:
            self.cycle = BreakCycle(rounds=self.cycle.rounds)
        elif (not old.enabled or timing_changed) and self.cycle.phase != ON_BREAK:
            self.cycle = BreakCycle(rounds=self.cycle.rounds)
            self.cycle.tick(new, local)  # starts counting, or waits for the active hours
        self._save_all()
        return new

    def take_break(self) -> None:
        self.cycle.take_break(self._guard(), self.settings)
        self._save_all()

    def finish_break(self) -> None:
        local = self._guard()
        outcome = self.cycle.finish_break(local, self.settings)
        with self.state.store.transaction():
            self._record(TimerEvent(local, BREAK_TAKEN, outcome.minutes))
            self._save_all()

    def postpone_break(self) -> None:
        self.cycle.postpone(self._guard())
        self._save_all()

    def skip_break(self) -> None:
        local = self._guard()
        self.cycle.skip(local, self.settings)
        with self.state.store.transaction():
            self._record(TimerEvent(local, BREAK_SKIPPED, 0.0))
            self._save_all()

    def pause_breaks(self, *, minutes: int = 60) -> datetime:
        local = self._guard()
        until = local + timedelta(minutes=minutes)
        self.cycle.pause_until(until)
        self._save_all()
        return until

    def pause_breaks_until_tomorrow(self) -> datetime:
        local = self._guard()
        until = tomorrow_start(local, self.settings, self.zone)
        self.cycle.pause_until(until)
        self._save_all()
        return until

    def resume_breaks(self) -> None:
        local = self._guard()
        self.cycle.resume(local, self.settings)
        self.cycle.tick(self.settings, local)  # outside the active hours it waits
        self._save_all()

    def next_break(self) -> datetime | None:
        """When the next break is planned, in local time; None if off or on a break."""
        local = self._wall()
        planned = self.cycle.next_break(local, self.settings, self.zone)
        return None if planned is None else self.local(planned)

    def paused_until(self) -> datetime | None:
        """Until when breaks are paused, in local time; None if they are not paused."""
        until = self.cycle.paused_until
        return None if until is None else self.local(until)

    def break_left(self) -> float:
        """Seconds left of the break under way."""
        ends = self.cycle.break_ends
        if self.cycle.phase != ON_BREAK or ends is None:
            return 0.0
        return max(0.0, (ends - utc(self._wall())).total_seconds())

    def movement(self, movements: tuple[Movement, ...]) -> Movement | None:
        """The movement suggested for the next break, fitting the last check result."""
        check = self.state.latest_check()
        leading = check.leading if check else None
        return pick_movement(movements, leading, self.cycle.rounds)

    # --- what was done ---------------------------------------------------------------------
    def events_since(self, since: datetime) -> list[TimerEvent]:
        """Timer events from `since` on, oldest first (damaged records are left out)."""
        return events_since(self.state.store, since)

    def today(self) -> list[TimerEvent]:
        start, _end = today_bounds(self._wall(), self.zone)
        return self.events_since(start)

    def counts_today(self) -> dict[str, int]:
        """How many of each event kind today (local calendar day)."""
        counts: dict[str, int] = {}
        for event in self.today():
            counts[event.kind] = counts.get(event.kind, 0) + 1
        return counts

    def last_session(self, kind: str, *, within_hours: int = 24) -> TimerEvent | None:
        since = self._wall() - timedelta(hours=within_hours)
        sessions = [e for e in self.events_since(since) if e.kind == kind]
        return sessions[-1] if sessions else None
