"""The one timer status that the Timers page, the tray, the alerts and Home read."""

from __future__ import annotations

from companion.core.home.summary import summarize
from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT, WALK
from companion.core.timers.records import OFF, SITTING
from companion.core.timers.scheduler import Scheduler
from companion.core.timers.status import status_of, stored_status
from tests.helpers.timer_clock import TimerClock


def test_nothing_on_is_nothing_running_and_no_break_phase(scheduler: Scheduler) -> None:
    status = status_of(scheduler)
    assert not status.anything_on and status.running == 0 and status.break_phase == OFF


def test_break_reminders_alone_are_on_but_not_counted_as_running(
    scheduler: Scheduler, state: AppState
) -> None:
    scheduler.update_break_settings(enabled=True)
    status = status_of(scheduler)
    assert status.anything_on and status.breaks_on and status.break_phase == SITTING
    assert status.running == 0
    home = summarize(state).timers  # Home once said "1 running." here
    assert home.running == 0 and home.breaks_on


def test_a_pack_and_a_walk_each_count_as_running_also_on_home(
    scheduler: Scheduler, state: AppState
) -> None:
    scheduler.start_pack(HEAT, 10)
    scheduler.start_walk()
    status = status_of(scheduler)
    assert status.running == 2 and status.pack_kind == HEAT and status.walking
    assert status.running_timers == (HEAT, WALK)  # what the tray lists, one line each
    assert stored_status(state).running == 2
    scheduler.pause_pack()  # a paused pack is still on the skin, still listed
    assert status_of(scheduler).running_timers == (HEAT, WALK)
    scheduler.stop_walk()  # stopped: it waits for its answers, and no longer runs
    assert status_of(scheduler).running == 1 and status_of(scheduler).anything_on
    assert summarize(state).timers.running == 1


def test_turning_breaks_off_puts_the_phase_off_whatever_the_cycle_held(
    scheduler: Scheduler,
) -> None:
    scheduler.update_break_settings(enabled=True)
    scheduler.update_break_settings(enabled=False)
    assert status_of(scheduler).break_phase == OFF
    assert not status_of(scheduler).anything_on


def test_a_skin_check_waiting_is_told_until_it_is_answered_also_on_home(
    scheduler: Scheduler, clock: TimerClock, state: AppState
) -> None:
    scheduler.start_pack(HEAT, 5)
    assert not status_of(scheduler).skin_check_waiting  # running: nothing to check yet
    clock.advance(seconds=5 * 60 + 1)
    scheduler.tick()
    assert status_of(scheduler).skin_check_waiting and status_of(scheduler).running == 0
    assert stored_status(state).skin_check_waiting  # read from the saved record
    scheduler.dismiss_finished()  # "I have checked my skin"
    assert not status_of(scheduler).skin_check_waiting
    assert not stored_status(state).skin_check_waiting


def test_a_skin_check_stopped_early_does_not_wait(scheduler: Scheduler, state: AppState) -> None:
    scheduler.start_pack(HEAT, 5)
    scheduler.stop_pack()  # the person was there to press Stop
    assert not status_of(scheduler).skin_check_waiting
    assert not stored_status(state).skin_check_waiting
