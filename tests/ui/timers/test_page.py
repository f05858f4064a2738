"""The heat and ice timers as a person meets them: length, safety check, countdown,
pause, stop, the end alert and the skin check; kiosk; restart; no timer left behind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import HEAT, ICE
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import (
    TimerDriver,
    driver_for,
)
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from companion.ui.timers.widgets import COUNTDOWN_FACTOR
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, delete_all_my_data, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import (
    ManualTimer,
    NotedTray,
    answer,
    events,
    find_button,
    has_button,
    has_driver,
    heat_panel,
    heat_then_restart,
    let_time_pass,
    open_timers,
    start_alerts,
)

MakeWindow = Callable[..., MainWindow]


def test_heat_runs_from_safety_check_to_countdown_pause_and_stop(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    _window, page = open_timers(make_window, returning_state)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    click(qtbot, heat.preset_buttons[20])
    click(qtbot, find_button(page, "Next: safety check"))
    assert "Safety check" in visible_text(page)
    start = find_button(page, "Start heat for 20 minutes")
    assert not start.isEnabled()  # nothing answered yet
    answer(qtbot, heat, {})
    assert start.isEnabled()
    click(qtbot, start)
    assert driver.ticking
    assert heat.countdown.isVisible() and heat.countdown.text() == "20:00"
    assert "Ends at" in visible_text(page)
    app_size = QApplication.font().pointSizeF()
    assert heat.countdown.font().pointSizeF() >= app_size * (COUNTDOWN_FACTOR - 0.1)
    assert page.tabs[HEAT].text() == "Heat\n20:00"

    let_time_pass(driver, timer_clock, 65)
    assert heat.countdown.text() == "18:55"
    click(qtbot, find_button(page, "Pause"))
    let_time_pass(driver, timer_clock, 600)
    assert heat.countdown.text() == "18:55"
    assert "Paused" in visible_text(page)
    click(qtbot, find_button(page, "Resume"))
    let_time_pass(driver, timer_clock, 120)
    assert heat.countdown.text() == "16:55"
    click(qtbot, find_button(page, "Stop"))
    assert "Stopped at 10:43 after 3.1 minutes." in visible_text(page), visible_text(page)
    assert "Check your skin now" in visible_text(page)
    assert "Saved to your journal." in visible_text(page)
    [event] = events(returning_state)
    assert (event.kind, event.minutes) == (HEAT, 3.1)
    click(qtbot, find_button(page, "I have checked my skin"))
    assert has_button(page, "Next: safety check")
    assert "Sessions today: 1." in visible_text(page)


def test_numb_skin_means_no_heat(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    click(qtbot, find_button(page, "Next: safety check"))
    answer(qtbot, heat, {"numb_skin": True})
    assert "Please do not use heat now" in visible_text(page)
    assert "cannot tell you when it is getting too hot" in visible_text(page)
    assert not find_button(page, "Start heat for 15 minutes").isEnabled()
    assert not has_button(page, "Go to the ice timer")
    answer(qtbot, heat, {"numb_skin": False})
    assert "Please do not use heat now" not in visible_text(page)
    assert find_button(page, "Start heat for 15 minutes").isEnabled()


def test_a_fresh_injury_means_no_heat_and_points_to_ice(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    click(qtbot, find_button(page, "Next: safety check"))
    answer(qtbot, heat, {"fresh_injury": True})
    assert "first 3 days" in visible_text(page)
    assert not find_button(page, "Start heat for 15 minutes").isEnabled()
    click(qtbot, find_button(page, "Go to the ice timer"))
    assert page.current_panel() == ICE
    assert driver.scheduler.pack is None


def test_the_safety_check_shows_the_reminders(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    click(qtbot, find_button(page, "Next: safety check"))
    text = visible_text(page)
    for reminder in ("cloth layer", "Stay awake", "too hot", "Check your skin"):
        assert reminder in text


def test_a_custom_length_stays_within_5_to_20_minutes(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    spin = heat.findChild(QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (5, 20)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "45")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() <= 20
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "8")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert heat.custom_radio.isChecked() and heat.chosen_minutes() == 8
    click(qtbot, find_button(page, "Next: safety check"))
    assert has_button(page, "Start heat for 8 minutes")


def test_heat_end_alert_reaches_the_person_with_a_sound_and_a_skin_check(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, page = open_timers(make_window, returning_state)
    chimes: list[str] = []
    start_alerts(window, sound=lambda: chimes.append("chime"))
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    click(qtbot, find_button(page, "Next: safety check"))
    answer(qtbot, heat, {})
    click(qtbot, find_button(page, "Start heat for 15 minutes"))
    window.show_page("journal")  # the person is elsewhere in the app
    let_time_pass(driver, timer_clock, 15 * 60)
    dialog = window.timers.presenter.pack_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "Time is up: take the heat off" in visible_text(dialog)
    assert "Check your skin now" in visible_text(dialog)
    assert chimes == ["chime"]
    click(qtbot, find_button(dialog, "Open Timers"))
    assert window.current_page() == "timers" and page.current_panel() == HEAT
    assert "Check your skin now" in visible_text(page)
    let_time_pass(driver, timer_clock, 300)
    assert chimes == ["chime"]  # one alert, never repeated
    assert [e.minutes for e in events(returning_state)] == [15.0]


def test_no_sound_when_sound_is_off(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    returning_state.settings.update(sound=False)
    window, _page = open_timers(make_window, returning_state)
    chimes: list[str] = []
    start_alerts(window, sound=lambda: chimes.append("chime"))
    driver.act(lambda s: s.start_pack(ICE, 5))
    let_time_pass(driver, timer_clock, 5 * 60)
    dialog = window.timers.presenter.pack_dialog
    assert dialog is not None and dialog.isVisible()
    assert "take the ice off" in visible_text(dialog)
    assert chimes == []
    click(qtbot, find_button(dialog, "I have checked my skin"))
    assert not dialog.isVisible()


def test_a_hidden_window_gets_a_tray_notification_instead(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    from companion.ui.timers.alert import AlertPresenter

    window = make_window(returning_state)
    tray = NotedTray()
    presenter = AlertPresenter(driver, window, tray, sound=lambda: None)  # type: ignore[arg-type]
    window.hide()
    driver.act(lambda s: s.start_pack(HEAT, 5))
    let_time_pass(driver, timer_clock, 5 * 60)
    assert [title for title, _text in tray.messages] == ["Time is up: take the heat off"]
    assert "Check your skin" in tray.messages[0][1]
    assert presenter.pack_dialog is None


def test_deleting_all_data_closes_the_alerts_of_what_it_deleted(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    # The heat alert stayed open saying "Saved to your journal." for a session deleted
    # with everything else, and the walking check's alert offered to save a walk gone too.
    window, page = open_timers(make_window, returning_state)
    start_alerts(window)
    driver.act(lambda s: s.start_pack(HEAT, 5))
    page.show_panel("walk")
    click(qtbot, find_button(page, "Start walking"))
    let_time_pass(driver, timer_clock, 31 * 60)
    heat_alert = window.timers.presenter.pack_dialog
    walk_alert = window.timers.presenter.walk_dialog
    assert heat_alert is not None and heat_alert.isVisible()
    assert "Saved to your journal." in visible_text(heat_alert)
    assert walk_alert is not None and walk_alert.isVisible()
    delete_all_my_data(qtbot, window)
    assert not heat_alert.isVisible() and not walk_alert.isVisible()
    let_time_pass(driver, timer_clock, 60)
    assert not heat_alert.isVisible() and not walk_alert.isVisible()
    reopened = AppState.open(returning_state.data_dir, now=returning_state.now)
    assert events(reopened) == [] and reopened.store.table(TIMERS).count() == 0


def test_ice_reminds_of_the_towel_and_the_spacing(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    _window, page = open_timers(make_window, returning_state)
    click(qtbot, page.tabs[ICE])
    ice = page.panels[ICE]
    assert isinstance(ice, PackPanel)
    assert "up to 20 minutes" in visible_text(page)
    click(qtbot, find_button(page, "Next: safety check"))
    assert "towel" in visible_text(page) and "2 to 3 hours" in visible_text(page)
    answer(qtbot, ice, {})
    click(qtbot, find_button(page, "Start ice for 15 minutes"))
    assert ice.countdown.text() == "15:00"
    let_time_pass(driver, timer_clock, 15 * 60)
    assert "take the ice off" in visible_text(page)
    click(qtbot, find_button(page, "I have checked my skin"))
    assert "wait until about" in visible_text(page)


def test_one_pack_at_a_time(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    driver.act(lambda s: s.start_pack(HEAT, 15))
    click(qtbot, page.tabs[ICE])
    assert "Heat is on now" in visible_text(page)
    assert not find_button(page, "Next: safety check").isEnabled()


def test_a_running_heat_timer_is_shown_after_a_restart(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    again, second = heat_then_restart(
        tmp_path / "data", clock, timer_clock, 20, timedelta(minutes=4)
    )
    window = make_window(again)
    assert "1 running." in visible_text(window.page("home"))
    window.show_page("timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    assert page.current_panel() == HEAT
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    assert heat.countdown.text() == "16:00"
    second.stop()


def test_after_a_restart_heat_counts_down_and_ends_at_its_true_end(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    # heat from 10:30 to 10:45; the app is closed for ten minutes
    again, second = heat_then_restart(
        tmp_path / "data", clock, timer_clock, 15, timedelta(minutes=10)
    )
    window, heat = heat_panel(make_window, again)
    chimes: list[str] = []
    start_alerts(window, sound=lambda: chimes.append("chime"))
    assert heat.countdown.text() == "5:00" and "Ends at 10:45." in visible_text(heat)
    assert "Keep this window open until the time is up" in visible_text(heat)  # no tray
    let_time_pass(second, timer_clock, 5 * 60)
    dialog = window.timers.presenter.pack_dialog
    assert dialog is not None and dialog.isVisible()
    assert "It ended at 10:45. Saved to your journal." in visible_text(dialog)
    assert chimes == ["chime"]
    assert [(e.time.strftime("%H:%M"), e.minutes) for e in events(again)] == [("10:45", 15.0)]
    second.stop()


def test_heat_that_ended_while_the_app_was_closed_is_shown_once_at_its_true_end(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    # heat from 10:30 to 10:45; the app stays closed until 12:30
    again, second = heat_then_restart(tmp_path / "data", clock, timer_clock, 15, timedelta(hours=2))
    window = make_window(again, page="home")
    window.start_timers()  # as the app does just after its first paint
    assert window.timers is not None
    dialog = window.timers.presenter.pack_dialog
    assert dialog is not None and dialog.isVisible()
    late = "It ended at 10:45, while the computer was asleep or the app was closed."
    assert late in visible_text(dialog) and "Check your skin now" in visible_text(dialog)
    click(qtbot, find_button(dialog, "Open Timers"))
    page = window.page("timers")
    assert isinstance(page, TimersPage) and page.current_panel() == HEAT
    assert late in visible_text(page)
    assert [(e.time.strftime("%H:%M"), e.minutes) for e in events(again)] == [("10:45", 15.0)]
    click(qtbot, find_button(page, "I have checked my skin"))
    let_time_pass(second, timer_clock, 60)
    assert not dialog.isVisible() and len(events(again)) == 1  # no second alert, no copy
    second.stop()
    third = AppState.open(tmp_path / "data", now=clock)  # and none on the next start
    assert driver_for(third, clock=timer_clock, timer_factory=ManualTimer).scheduler.tick() == []


def test_home_stops_counting_a_heat_timer_that_ended_while_the_app_was_closed(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    # closed until long after the heat ended
    again, second = heat_then_restart(tmp_path / "data", clock, timer_clock, 15, timedelta(hours=2))
    window = make_window(again, page="home")
    assert "1 running." in visible_text(window.page("home"))  # as saved, before it ticks
    window.start_timers()  # the end alert comes: Home no longer counts it
    assert "None running." in visible_text(window.page("home"))
    second.stop()


def test_home_shown_while_heat_ends_stops_counting_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state, page="timers")
    window.start_timers()
    driver.act(lambda s: s.start_pack(HEAT, 5))
    window.show_page("home")
    assert "1 running." in visible_text(window.page("home"))
    let_time_pass(driver, timer_clock, 5 * 60, step=30)
    assert "None running." in visible_text(window.page("home"))


def test_kiosk_explains_the_timers_and_runs_none(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock)
    page = TimersPage(state)
    qtbot.addWidget(page)
    page.show()
    text = visible_text(page)
    assert "explained only" in text and "cloth layer" in text and "towel" in text
    assert not has_button(page, "Next: safety check")
    assert not has_driver(state)
    assert state.store.table(TIMERS).count() == 0


def test_no_timer_is_left_running_when_pages_close(
    qtbot: QtBot,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    page = TimersPage(returning_state)
    qtbot.addWidget(page)
    page.show()
    driver.act(lambda s: s.start_pack(HEAT, 15))
    driver.act(lambda s: s.start_walk())
    driver.act(lambda s: s.update_break_settings(enabled=True))
    page.show_panel("breaks")
    assert [t for t in page.findChildren(QTimer) if t.isActive()] == []
    page.close()
    with qtbot.waitSignal(page.destroyed):
        page.deleteLater()
    let_time_pass(driver, timer_clock, 60)  # the driver carries on without the page
    assert driver.scheduler.pack is not None
    assert [t for t in QApplication.instance().findChildren(QTimer) if t.isActive()] == []


def test_the_engine_stops_when_its_window_goes(qtbot: QtBot, returning_state: AppState) -> None:
    import gc

    from companion.ui.timers.hub import attach_timers

    host = QWidget()
    qtbot.addWidget(host)
    hub = attach_timers(host, returning_state, use_tray=False)
    made = hub.driver
    made.act(lambda s: s.start_pack(HEAT, 15))
    assert made.ticking
    gone: list[bool] = []
    host.destroyed.connect(lambda: gone.append(True))
    host.close()
    host.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone
    assert not made.ticking
    del hub, host
    gc.collect()


def test_a_window_that_outlives_its_engine_closes_without_an_error(
    qtbot: QtBot, returning_state: AppState
) -> None:
    # On quitting, Qt may take the engine (and its tick timer) down before the window;
    # the window going must then not reach for the timer that is gone. (It did, and a
    # traceback was printed on the way out after the Journal page had been opened.)
    import shiboken6

    from companion.ui.timers.hub import attach_timers

    host = QWidget()
    qtbot.addWidget(host)
    hub = attach_timers(host, returning_state, use_tray=False)
    hub.driver.act(lambda s: s.start_pack(HEAT, 15))
    shiboken6.delete(hub.driver)
    gone: list[bool] = []
    host.destroyed.connect(lambda: gone.append(True))
    host.close()
    host.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone  # and pytest-qt fails the test if the closing raised


def test_every_timer_control_is_named_and_big_enough(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    _window, page = open_timers(make_window, returning_state)
    for name in ("heat", "ice", "breaks", "walk"):
        page.show_panel(name)
        QApplication.processEvents()
        controls = page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox)
        for control in controls:
            if not control.isVisible():
                continue
            label = control.accessibleName() or getattr(control, "text", lambda: "")()
            assert label.strip(), f"unnamed {type(control).__name__} on {name}"
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert control.height() >= 40, f"{label!r} is {control.height()} px tall"
    radios = [r for r in page.findChildren(QRadioButton) if r.isVisible()]
    assert all(r.accessibleName() for r in radios)
