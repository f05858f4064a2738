"""Movement breaks as a person meets them: turning them on, the notice, the break window,
postpone limits, skip counts, the suggested movement, the tray menu and closing to tray."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import HEAT, SCIATIC_NERVE, SPINAL_CANAL, CheckRecord
from companion.ui.timers.alert import AlertPresenter
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.hub import TimerHub
from companion.ui.timers.tray import TrayMenu
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import SystemLikeClock, TimerClock
from tests.helpers.timers_ui import (
    MakeWindow,
    NotedTray,
    breaks_page,
    find_button,
    has_button,
    let_time_pass,
    start_alerts,
    timers_state,
)


def hours_across_midnight(qtbot: QtBot, panel: BreaksPanel) -> None:
    """Active hours from 22:00 to 09:00, set with the arrow keys as a person would."""
    panel.end_time.setFocus()
    for _ in range(panel.end_time.time().hour() - 9):  # down to 09:00, an hour a press
        qtbot.keyClick(panel.end_time, Qt.Key.Key_Down)
    panel.start_time.setFocus()
    for _ in range(14):  # 08:00 up to 22:00: the hours now cross midnight
        qtbot.keyClick(panel.start_time, Qt.Key.Key_Up)


def test_breaks_are_off_until_turned_on(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
) -> None:
    _window, panel = breaks_page(make_window, returning_state)
    assert "Movement breaks are off" in visible_text(panel)
    assert not driver.ticking
    click(qtbot, panel.enabled_box)
    assert driver.ticking
    assert panel.enabled_box.isChecked()
    assert "Next break at 11:00" in visible_text(panel)
    assert returning_state.store.table(TIMERS).count() == 1  # Home counts it as running
    click(qtbot, panel.enabled_box)
    assert "Movement breaks are off" in visible_text(panel)
    assert returning_state.store.table(TIMERS).count() == 0


def test_notice_break_window_postpone_limit_and_skip(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, panel = breaks_page(make_window, returning_state)
    start_alerts(window)
    click(qtbot, panel.enabled_box)
    let_time_pass(driver, timer_clock, 29 * 60)
    dialog = window.timers.presenter.break_dialog
    assert dialog is not None and dialog.isVisible()
    assert "A movement break at 11:00" in visible_text(dialog)
    click(qtbot, find_button(dialog, "OK"))
    let_time_pass(driver, timer_clock, 60)
    assert dialog.isVisible() and "Time for a movement break" in visible_text(dialog)
    # The suggested movement: its name in bold, then how, with no words said twice.
    assert dialog.body_text().splitlines() == [
        "A short walk",
        "Get up slowly, then stroll at an easy pace for the whole break: to the window, "
        "the kitchen or down the hall and back.",
    ]
    assert "<b>A short walk</b>" in dialog.body.text()
    for _ in range(2):
        click(qtbot, find_button(dialog, "Postpone 5 minutes"))
        assert not dialog.isVisible()
        let_time_pass(driver, timer_clock, 5 * 60)
        assert dialog.isVisible()
    assert not has_button(dialog, "Postpone 5 minutes")
    assert "Postponed twice already." in visible_text(dialog)
    assert not find_button(panel, "Postpone 5 minutes").isEnabled()
    assert "Postponed 2 times in a row" in visible_text(panel)
    click(qtbot, find_button(dialog, "Skip this one"))
    assert not dialog.isVisible()
    assert "Today: 0 taken, 1 skipped." in visible_text(panel)


def test_a_break_counts_down_and_is_counted_as_taken(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, panel = breaks_page(make_window, returning_state)
    chimes: list[str] = []
    start_alerts(window, sound=lambda: chimes.append("chime"))
    driver.act(lambda s: s.update_break_settings(enabled=True, notice=0))
    let_time_pass(driver, timer_clock, 30 * 60)
    dialog = window.timers.presenter.break_dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, find_button(dialog, "Start a 3-minute break"))
    assert dialog.countdown.isVisible() and dialog.countdown.text() == "3:00"
    assert panel.break_countdown.isVisible()
    let_time_pass(driver, timer_clock, 60)
    assert dialog.countdown.text() == "2:00"
    let_time_pass(driver, timer_clock, 120)
    assert "Break over. Well done." in visible_text(dialog)
    assert chimes == ["chime", "chime"]  # due, then over
    click(qtbot, find_button(dialog, "Close"))
    assert "Today: 1 taken, 0 skipped." in visible_text(panel)
    assert "Next break at 11:33" in visible_text(panel)


def test_a_sleep_counts_as_the_break_and_closes_the_reminder(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window, panel = breaks_page(make_window, returning_state)
    start_alerts(window)
    driver.act(lambda s: s.update_break_settings(enabled=True))
    let_time_pass(driver, timer_clock, 30 * 60)
    dialog = window.timers.presenter.break_dialog
    assert dialog is not None and dialog.isVisible()
    timer_clock.advance(hours=1)  # the laptop lid was closed
    driver.tick()
    assert not dialog.isVisible()
    assert "Next break at 12:30" in visible_text(panel)


def test_the_suggestion_fits_the_last_check_result(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    now = timer_clock.wall()
    returning_state.save_check(
        CheckRecord(now, "self_care", SCIATIC_NERVE, ((SCIATIC_NERVE, 0.9),), "")
    )
    driver.act(lambda s: s.update_break_settings(enabled=True))
    _window, panel = breaks_page(make_window, returning_state)
    for _ in range(4):
        text = visible_text(panel)
        assert "Try this:" in text and "stretch" not in text.lower()
        driver.act(lambda s: s.take_break())
        driver.act(lambda s: s.finish_break())
    returning_state.save_check(
        CheckRecord(now, "self_care", SPINAL_CANAL, ((SPINAL_CANAL, 0.9),), "")
    )
    driver.tick()
    assert "lean" in visible_text(panel).lower()


def test_settings_change_and_bad_values_are_explained(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, panel = breaks_page(make_window, returning_state)
    click(qtbot, panel.enabled_box)
    interval = panel.interval
    assert isinstance(interval, QSpinBox)
    assert (interval.minimum(), interval.maximum()) == (15, 90)
    interval.setFocus()
    qtbot.keyClick(interval, Qt.Key.Key_Up)
    assert driver.scheduler.settings.interval == 35
    assert "Next break at 11:05" in visible_text(panel)
    panel.length.setFocus()
    qtbot.keyClick(panel.length, Qt.Key.Key_Up)
    assert driver.scheduler.settings.length == 4
    days = [b for b in panel.day_buttons]
    for day in days[:6]:
        click(qtbot, day)
    assert driver.scheduler.settings.days == frozenset({6})
    assert days[6].text() == "✓ Sun" and days[0].text() == "Mon"
    click(qtbot, days[6])  # the last day: refused, with a reason
    assert driver.scheduler.settings.days == frozenset({6})
    assert "Keep at least one day" in visible_text(panel)
    assert days[6].isChecked()


def test_active_hours_and_days_set_on_the_page_decide_when_breaks_come(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    _window, panel = breaks_page(make_window, returning_state)  # Monday 10:30
    click(qtbot, panel.enabled_box)
    panel.end_time.setFocus()
    for _ in range(11):  # 20:00 down to 09:00, one hour per key press
        qtbot.keyClick(panel.end_time, Qt.Key.Key_Down)
    assert driver.scheduler.settings.end.hour == 9
    assert "Outside your active hours" in visible_text(panel)
    assert "The next break will be at 08:30 tomorrow." in visible_text(panel)
    hours_across_midnight(qtbot, panel)
    assert driver.scheduler.settings.start.hour == 22
    assert "The next break will be at 22:30." in visible_text(panel)
    timer_clock.advance(hours=12, minutes=30)  # 23:00 (the computer slept)
    driver.tick()
    assert "Next break at 23:30" in visible_text(panel)
    timer_clock.advance(hours=2)  # 01:00 on Tuesday still belongs to Monday evening
    driver.tick()
    assert "Next break at 01:30" in visible_text(panel)
    click(qtbot, panel.day_buttons[0])  # no breaks on Mondays
    assert 0 not in driver.scheduler.settings.days
    assert "Outside your active hours" in visible_text(panel)
    assert "The next break will be at 22:30." in visible_text(panel)


def test_the_page_says_the_next_break_is_tomorrow_as_the_tray_does(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    """Late on Monday, in active hours that cross midnight, the next break is early on
    Tuesday: the tray said "Next break at 00:10 tomorrow", the page only "Next break at
    00:10", as if it came in ten hours' time. Both now say the same sentence."""
    window, panel = breaks_page(make_window, returning_state)  # Monday 10:30
    menu = TrayMenu(driver, window)
    click(qtbot, panel.enabled_box)
    hours_across_midnight(qtbot, panel)  # 22:00 to 09:00
    timer_clock.advance(hours=13, minutes=10)  # 23:40
    driver.tick()
    assert menu.next_break.text() == "Next break at 00:10 tomorrow"
    assert panel.status_heading.text() == menu.next_break.text()
    assert "Next break at 00:10 tomorrow" in visible_text(panel)


def test_pause_for_an_hour_and_until_tomorrow_from_the_page(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, panel = breaks_page(make_window, returning_state)
    click(qtbot, panel.enabled_box)
    click(qtbot, find_button(panel, "Pause for an hour"))
    assert "Breaks paused until 11:30" in visible_text(panel)
    click(qtbot, find_button(panel, "Resume breaks"))
    click(qtbot, find_button(panel, "Pause until tomorrow"))
    assert "Breaks paused until 08:00 tomorrow" in visible_text(panel)


def test_the_page_says_when_there_is_no_tray_and_closing_quits(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    window, panel = breaks_page(make_window, returning_state)
    window.start_timers()
    assert window.timers is not None and window.timers.tray is None  # offscreen: no tray
    click(qtbot, panel.enabled_box)
    assert "no system tray" in visible_text(panel)
    assert "Closing the window quits the app" in visible_text(panel)
    assert window.close()
    assert not window.isVisible()


def test_with_a_tray_closing_hides_the_window_and_quit_still_quits(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    class FakeTray:
        def __init__(self) -> None:
            self.told = 0

        def tell_still_running(self) -> None:
            self.told += 1

    window = make_window(returning_state)
    window.start_timers()
    assert window.timers is not None
    tray = FakeTray()
    window.timers = TimerHub(driver, window.timers.presenter, tray)  # type: ignore[arg-type]
    assert window.close()  # breaks off and no timer: closing really closes
    window.show()
    driver.act(lambda s: s.update_break_settings(enabled=True))
    assert not window.close()
    assert not window.isVisible() and tray.told == 1
    window.show()
    assert window.quit_app()
    assert not window.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_tray_menu_shows_the_next_break_and_pauses(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state)
    menu = TrayMenu(driver, window)
    assert menu.next_break.text() == "Movement breaks are off"
    assert not menu.pause_hour.isVisible()
    driver.act(lambda s: s.update_break_settings(enabled=True))
    assert menu.next_break.text() == "Next break at 11:00"
    menu.pause_hour.trigger()
    assert menu.next_break.text() == "Breaks paused until 11:30"
    assert menu.resume.isVisible() and not menu.pause_day.isVisible()
    menu.resume.trigger()
    menu.pause_day.trigger()
    assert menu.next_break.text() == "Breaks paused until 08:00 tomorrow"  # the day, too
    menu.resume.trigger()
    driver.act(lambda s: s.start_pack(HEAT, 15))
    assert [a.text() for a in menu.running if a.isVisible()] == ["Heat: 15:00 left"]
    let_time_pass(driver, timer_clock, 60)
    assert [a.text() for a in menu.running if a.isVisible()] == ["Heat: 14:00 left"]
    window.hide()
    menu.open_window.trigger()
    QApplication.processEvents()
    assert window.isVisible()


def test_the_tray_notice_says_when_the_break_comes_with_five_minutes_notice(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state)
    tray = NotedTray()
    AlertPresenter(driver, window, tray, sound=lambda: None)  # type: ignore[arg-type]
    window.hide()
    driver.act(lambda s: s.update_break_settings(enabled=True, notice=5))  # at 10:30
    let_time_pass(driver, timer_clock, 25 * 60)
    # Not "in a minute or so": it comes in five minutes.
    assert tray.messages == [("Movement break soon", "A movement break at 11:00")]


def test_tray_and_page_tell_times_after_a_clock_change_as_the_wall_will_show_them(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    london = ZoneInfo("Europe/London")  # clocks go back an hour on 25 October 2026
    evening = datetime(2026, 10, 24, 21, 0, tzinfo=london)
    clock = SystemLikeClock(FakeClock(evening.astimezone(UTC)), zone=london)
    state, driver = timers_state(tmp_path / "data", clock.wall, clock)
    window, panel = breaks_page(make_window, state)
    menu = TrayMenu(driver, window)
    driver.act(lambda s: s.update_break_settings(enabled=True, start=time(8, 0)))
    assert menu.next_break.text() == "Next break at 08:30 tomorrow"  # was 09:30: today's offset
    driver.act(lambda s: s.pause_breaks_until_tomorrow())
    assert menu.next_break.text() == "Breaks paused until 08:00 tomorrow"
    assert "Breaks paused until 08:00 tomorrow" in visible_text(panel)
    driver.act(lambda s: s.resume_breaks())
    clock.wall_clock.current = datetime(2026, 10, 25, 0, 55, tzinfo=UTC)  # 01:55, summer
    driver.act(lambda s: s.start_pack(HEAT, 15))
    window.page("timers").show_panel(HEAT)  # type: ignore[attr-defined]
    assert "Ends at 01:10." in visible_text(window.page("timers"))  # 01:10 in winter
    driver.stop()


def test_the_break_notice_fits_a_small_screen_at_the_largest_text_size(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    from companion.ui.shared.theme import apply_theme

    returning_state.settings.update(text_scale=175)
    try:
        window, _panel = breaks_page(make_window, returning_state)
        start_alerts(window)
        driver.act(lambda s: s.update_break_settings(enabled=True, notice=0))
        let_time_pass(driver, timer_clock, 30 * 60)
        dialog = window.timers.presenter.break_dialog
        assert dialog is not None and dialog.isVisible()
        QApplication.processEvents()
        screen = window.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        assert dialog.buttons_stacked  # three big buttons do not fit side by side
        for caption in ("Start a 3-minute break", "Postpone 5 minutes", "Skip this one"):
            shown = find_button(dialog, caption)
            assert shown.width() >= shown.sizeHint().width(), f"{caption!r} is cut off"
            right = shown.mapTo(dialog, shown.rect().bottomRight())
            assert dialog.rect().contains(right), f"{caption!r} sticks out"
        assert dialog.body.wordWrap() and dialog.body.width() < dialog.width()
        click(qtbot, find_button(dialog, "Start a 3-minute break"))
        QApplication.processEvents()  # the new buttons are shown by a queued call
        assert find_button(dialog, "Done, back to sitting").width() < dialog.width()
    finally:
        apply_theme(qapp, returning_state.settings.current.theme, 100)


def test_a_text_size_change_while_the_page_is_built_is_taken_in_its_stride(
    qtbot: QtBot, driver: TimerDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page fits its column of fields to the text size on every font change; one
    that came before the fields were made raised AttributeError (no field_column) and
    the breaks page was not built. The fields still end at one edge."""
    build_settings = BreaksPanel._settings_card

    def font_change_first(panel: BreaksPanel) -> QWidget:
        QApplication.sendEvent(panel, QEvent(QEvent.Type.FontChange))
        return build_settings(panel)

    monkeypatch.setattr(BreaksPanel, "_settings_card", font_change_first)
    panel = BreaksPanel(driver)
    qtbot.addWidget(panel)
    assert len({field.minimumWidth() for field in panel.field_column}) == 1
