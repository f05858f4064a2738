"""`Scheduler.still_waiting`: whether an alert told only in the tray still needs the
person when they come back (and so is shown again), for heat, the walking check and
movement breaks. A clock moved by hand; no test sleeps."""

from __future__ import annotations

from companion.core.shared.records import HEAT, ICE
from companion.core.timers.records import DUE
from companion.core.timers.scheduler import (
    BREAK_DUE,
    BREAK_OVER,
    BREAK_SOON,
    PACK_DONE,
    WALK_LIMIT,
    Alert,
    Scheduler,
)
from tests.helpers.timer_clock import TimerClock


def run(scheduler: Scheduler, clock: TimerClock, seconds: float, step: float = 5) -> list[Alert]:
    """Let time pass with the app awake, ticking every `step` seconds."""
    alerts: list[Alert] = []
    passed = 0.0
    while passed < seconds:
        clock.advance(seconds=step)
        passed += step
        alerts.extend(scheduler.tick())
    return alerts


def one(alerts: list[Alert], kind: str) -> Alert:
    [alert] = [a for a in alerts if a.kind == kind]
    return alert


# --- heat and ice ----------------------------------------------------------------------------
def test_a_pack_waits_until_the_skin_is_checked(scheduler: Scheduler, clock: TimerClock) -> None:
    scheduler.start_pack(HEAT, 5)
    ended = one(run(scheduler, clock, 5 * 60), PACK_DONE)
    assert scheduler.still_waiting(ended)
    run(scheduler, clock, 10 * 60)  # ten minutes on, nobody has looked yet
    assert scheduler.still_waiting(ended)
    scheduler.dismiss_finished()  # "I have checked my skin"
    assert not scheduler.still_waiting(ended)


def test_an_old_heat_alert_is_not_the_session_stopped_since(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    """Heat ended (told in the tray), the skin checked on the page, then ice started and
    stopped early: the ice's own "check your skin" waits, the heat's old alert does not
    (its click would show "Time is up: take the heat off" again)."""
    scheduler.start_pack(HEAT, 5)
    heat = one(run(scheduler, clock, 5 * 60), PACK_DONE)
    scheduler.dismiss_finished()
    scheduler.start_pack(ICE, 10)
    run(scheduler, clock, 3 * 60)
    assert scheduler.stop_pack() is not None
    assert scheduler.finished is not None and scheduler.finished.kind == ICE
    assert not scheduler.still_waiting(heat)


def test_an_old_heat_alert_is_not_a_later_heat_session(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_pack(HEAT, 5)
    first = one(run(scheduler, clock, 5 * 60), PACK_DONE)
    scheduler.dismiss_finished()
    scheduler.start_pack(HEAT, 5)
    second = one(run(scheduler, clock, 5 * 60), PACK_DONE)
    assert scheduler.still_waiting(second)
    assert not scheduler.still_waiting(first)


# --- the walking check -----------------------------------------------------------------------
def test_a_walk_at_its_limit_waits_until_its_questions_are_answered(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_walk()
    limit = one(run(scheduler, clock, 30 * 60), WALK_LIMIT)
    assert scheduler.still_waiting(limit)
    scheduler.save_walk(eased_by_sitting=True, eased_by_bending=None)
    assert not scheduler.still_waiting(limit)


def test_a_walk_at_its_limit_no_longer_waits_once_cancelled(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    scheduler.start_walk()
    limit = one(run(scheduler, clock, 30 * 60), WALK_LIMIT)
    scheduler.cancel_walk()
    assert not scheduler.still_waiting(limit)


def test_an_old_walk_limit_is_not_a_later_walk(scheduler: Scheduler, clock: TimerClock) -> None:
    """The 30-minute check was answered, a new one started: while it runs, and once
    stopped early (7 minutes, questions to answer), the old "30 minutes: the check is
    done" does not wait."""
    scheduler.start_walk()
    limit = one(run(scheduler, clock, 30 * 60), WALK_LIMIT)
    scheduler.save_walk(eased_by_sitting=None, eased_by_bending=None)
    scheduler.start_walk()
    run(scheduler, clock, 7 * 60)
    assert not scheduler.still_waiting(limit)
    scheduler.stop_walk()
    assert scheduler.walk is not None and not scheduler.walk.running
    assert not scheduler.still_waiting(limit)


# --- movement breaks -------------------------------------------------------------------------
def due_break(scheduler: Scheduler, clock: TimerClock) -> Alert:
    scheduler.update_break_settings(enabled=True, notice=0)
    alert = one(run(scheduler, clock, 30 * 60), BREAK_DUE)
    assert scheduler.cycle.phase == DUE
    return alert


def test_a_due_break_waits_while_it_is_still_due(scheduler: Scheduler, clock: TimerClock) -> None:
    due = due_break(scheduler, clock)
    assert scheduler.still_waiting(due)
    run(scheduler, clock, 10 * 60)
    assert scheduler.still_waiting(due)


def test_a_due_break_no_longer_waits_once_taken(scheduler: Scheduler, clock: TimerClock) -> None:
    due = due_break(scheduler, clock)
    scheduler.take_break()
    assert not scheduler.still_waiting(due)


def test_a_due_break_no_longer_waits_once_postponed_skipped_or_paused(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    due = due_break(scheduler, clock)
    scheduler.postpone_break()
    assert not scheduler.still_waiting(due)
    run(scheduler, clock, 10 * 60)  # due again after the 10 minutes: it waits again
    assert scheduler.still_waiting(due)
    scheduler.skip_break()
    assert not scheduler.still_waiting(due)
    run(scheduler, clock, 30 * 60)
    assert scheduler.still_waiting(due)
    scheduler.pause_breaks()
    assert not scheduler.still_waiting(due)


def test_a_due_break_no_longer_waits_once_reminders_are_off(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    due = due_break(scheduler, clock)
    scheduler.update_break_settings(enabled=False)
    assert not scheduler.still_waiting(due)


# --- a break notice held behind another window --------------------------------------------
def test_a_held_break_notice_is_shown_as_it_stands_when_the_way_is_clear(
    scheduler: Scheduler, clock: TimerClock
) -> None:
    """A "break soon" or "break over" notice waits while a heat, ice or walk window is
    open; when it closes, the scheduler says what to show: the notice held while the
    next break is still being counted down, "due" if it fell due meanwhile, nothing
    once the person has dealt with the break (the widget decides none of it)."""
    scheduler.update_break_settings(enabled=True, notice=1)
    soon = one(run(scheduler, clock, 29 * 60 + 5), BREAK_SOON)
    assert scheduler.held_break_notice(soon) == BREAK_SOON  # still counting down
    run(scheduler, clock, 60)  # the break fell due while the heat window was open
    assert scheduler.held_break_notice(soon) == BREAK_DUE
    scheduler.take_break()
    assert scheduler.held_break_notice(soon) is None  # on the break already
    over = one(run(scheduler, clock, 3 * 60 + 5), BREAK_OVER)
    assert scheduler.held_break_notice(over) == BREAK_OVER  # counting to the next one
    scheduler.update_break_settings(enabled=False)
    assert scheduler.held_break_notice(over) is None
