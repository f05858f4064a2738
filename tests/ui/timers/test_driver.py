"""The driver in the Qt loop: it ticks only while something is on, and survives the
binding bug that drains None's reference count on Python 3.11."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.timers.driver import TimerDriver
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import let_time_pass


def test_ticks_only_while_a_timer_or_breaks_are_on(
    driver: TimerDriver, timer_clock: TimerClock
) -> None:
    driver.start()
    assert not driver.ticking
    driver.act(lambda s: s.start_pack(HEAT, 5))
    assert driver.ticking
    let_time_pass(driver, timer_clock, 5 * 60)
    assert driver.scheduler.pack is None and not driver.ticking
    driver.act(lambda s: s.update_break_settings(enabled=True))
    assert driver.ticking
    driver.act(lambda s: s.update_break_settings(enabled=False))
    assert not driver.ticking


def test_alerts_are_signalled_once(
    qtbot: QtBot, driver: TimerDriver, timer_clock: TimerClock
) -> None:
    seen: list[str] = []
    driver.alerted.connect(lambda alert: seen.append(alert.kind))
    driver.act(lambda s: s.start_pack(HEAT, 5))
    let_time_pass(driver, timer_clock, 10 * 60)
    assert seen == ["pack_done"]


def test_deleting_all_data_clears_running_timers(
    driver: TimerDriver, returning_state: AppState
) -> None:
    driver.act(lambda s: s.start_pack(HEAT, 5))
    with_changes: list[bool] = []
    driver.changed.connect(lambda: with_changes.append(True))
    returning_state.delete_all_data()
    assert driver.scheduler.pack is None and not driver.ticking and with_changes
