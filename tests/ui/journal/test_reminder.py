"""The daily journal reminder as a person meets it: offered after the first entry, changed
in Settings, shown in the window (and the tray) at the chosen time on a day without an
entry, with Add entry, In an hour and Not today. Time is moved by hand; no test sleeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.journal.reminder import ReminderState, ReminderStore
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import HEAT
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.reminder import reminder_for
from companion.ui.shell import reminder as reminder_module
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import hub
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.tray import TrayIcon
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import save_an_entry
from tests.helpers.qt import announcements, click, delete_all_my_data
from tests.helpers.timers_ui import ManualTimer
from tests.helpers.zone import NAMED_ZONES, system_zone

MakeWindow = Callable[..., MainWindow]


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def add_entry_at(state: AppState, when: datetime) -> None:
    entry = parse_entry({"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left"})
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


# --- the offer -----------------------------------------------------------------------


def test_the_first_entry_offers_a_daily_reminder_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    assert not page.reminder_offer.isVisible()
    save_an_entry(qtbot, page)
    offer = page.reminder_offer
    assert offer.isVisible()
    assert offer.heading.text() == "Remind me each day at 20:00?"
    # The time is changed with the keyboard, and the question follows it.
    offer.time.setFocus()
    offer.time.setCurrentSection(offer.time.sectionAt(0))
    qtbot.keyClick(offer.time.lineEdit(), Qt.Key.Key_Down)
    assert offer.heading.text() == "Remind me each day at 19:00?"
    assert offer.yes_button.accessibleName() == "Yes, remind me each day at 19:00"
    click(qtbot, offer.yes_button)
    assert not offer.isVisible()
    assert "each day at 19:00" in page.notice_text.text()
    saved = ReminderStore(returning_state).load()
    assert saved.enabled and saved.at == time(19, 0) and saved.offered
    save_an_entry(qtbot, page)  # a second entry does not ask again
    assert not offer.isVisible()


@pytest.mark.parametrize("answer", ["no thanks", "none"])
def test_the_offer_is_made_once_declined_or_left_unanswered(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, answer: str
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    save_an_entry(qtbot, page)
    assert page.reminder_offer.isVisible()
    if answer == "no thanks":
        click(qtbot, page.reminder_offer.no_button)
        assert "turn one on in Settings" in page.notice_text.text()
    # else the person reads it and goes on
    saved = ReminderStore(returning_state).load()
    assert saved.offered and not saved.enabled
    # After a restart (a new window on the same folder), another entry: not offered again.
    reopened = AppState.open(returning_state.data_dir, now=returning_state.now)
    again = journal_page(make_window(reopened, page="journal"))
    save_an_entry(qtbot, again)
    assert not again.reminder_offer.isVisible()
    assert not ReminderStore(reopened).load().enabled  # and nothing was turned on


# --- Settings ------------------------------------------------------------------------


def test_settings_turn_the_reminder_on_and_change_its_time(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    assert page.reminder_card.isVisible()
    assert not page.reminder_on.isChecked() and not page.reminder_time.isEnabled()
    click(qtbot, page.reminder_on)
    assert reminder_for(returning_state).current.enabled
    assert page.reminder_time.isEnabled()
    page.reminder_time.setTime(QTime(7, 30))
    assert ReminderStore(returning_state).load().at == time(7, 30)
    assert page.status.text() == "Saved."
    click(qtbot, page.reminder_on)
    assert not ReminderStore(returning_state).load().enabled


@pytest.mark.parametrize(
    ("place", "typed", "chosen"),
    [
        ("en_US", "8:30 PM", time(20, 30)),
        ("en_US", "7:15am", time(7, 15)),
        ("en_US", "930p", time(21, 30)),
        ("es_MX", "8:30 p.m.", time(20, 30)),
        ("es_MX", "6:45 a. m.", time(6, 45)),
        ("en_GB", "21:05", time(21, 5)),
    ],
)
def test_a_reminder_time_typed_as_people_write_it_is_kept(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    place: str,
    typed: str,
    chosen: time,
) -> None:
    """Where the clock has 12 hours (the United States, Mexico), the field showed
    "8:00 PM" with a narrow space no keyboard types: "8:30 PM" typed and Tab left it at
    8:00 PM, and "8:30 p.m." in Mexico the same, without a word."""
    before = QLocale()
    QLocale.setDefault(QLocale(place))
    try:
        window = make_window(returning_state, page="settings")
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        click(qtbot, page.reminder_on)
        field = page.reminder_time
        field.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the hour
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert ReminderStore(returning_state).load().at == chosen
        assert field.time() == QTime(chosen.hour, chosen.minute)
    finally:
        QLocale.setDefault(before)


def test_the_offer_and_settings_show_one_choice(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    window.show_page("journal")
    journal = journal_page(window)
    save_an_entry(qtbot, journal)
    click(qtbot, journal.reminder_offer.yes_button)
    assert settings.reminder_on.isChecked()
    assert settings.reminder_time.time() == QTime(20, 0)


# --- the notice in the window ----------------------------------------------------------


@pytest.fixture
def reminding(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> Callable[..., tuple[MainWindow, ManualTimer]]:
    """A window with the reminder on at 20:00 and the timers started, as the app does."""

    def build(page: str = "home") -> tuple[MainWindow, ManualTimer]:
        reminder_for(returning_state).choose(enabled=True, at=time(20, 0))
        window = make_window(returning_state, page=page)
        pollers: list[ManualTimer] = []

        def factory(_parent: object) -> ManualTimer:
            pollers.append(ManualTimer())
            return pollers[-1]

        window.start_timers(timer_factory=factory)
        assert window.reminder is not None
        return window, pollers[0]

    return build


def at_evening(clock: FakeClock, hour: int = 20, minute: int = 0) -> None:
    now = clock()
    clock.current = now.replace(hour=hour, minute=minute, second=0)


def test_the_reminder_shows_at_its_time_once_and_opens_a_new_entry(
    qtbot: QtBot, reminding: Callable[..., tuple[MainWindow, ManualTimer]], clock: FakeClock
) -> None:
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    assert not notice.isVisible()
    at_evening(clock, 19, 59)
    poller.timeout.emit()
    assert not notice.isVisible()
    at_evening(clock, 20, 0)
    poller.timeout.emit()
    assert notice.isVisible()
    assert notice.heading.text() == "Time for today's journal entry"
    assert [b.text() for b in (notice.add_button, notice.later_button, notice.skip_button)] == [
        "Add entry",
        "In an hour",
        "Not today",
    ]
    click(qtbot, notice.add_button)
    assert not notice.isVisible()
    page = journal_page(window)
    assert window.current_page() == "journal" and isinstance(page.form, JournalForm)
    page.form.reject()
    # Shown today: never again today, even after a restart of the poll or the app.
    clock.advance(hours=2)
    poller.timeout.emit()
    assert not notice.isVisible()
    assert ReminderStore(window.state).load().shown_on == clock().date()


def test_in_an_hour_shows_it_again_an_hour_later(
    qtbot: QtBot, reminding: Callable[..., tuple[MainWindow, ManualTimer]], clock: FakeClock
) -> None:
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    at_evening(clock)
    poller.timeout.emit()
    click(qtbot, notice.later_button)
    assert not notice.isVisible()
    clock.advance(minutes=59)
    poller.timeout.emit()
    assert not notice.isVisible()
    clock.advance(minutes=1)
    poller.timeout.emit()
    assert notice.isVisible()
    click(qtbot, notice.skip_button)  # Not today
    clock.advance(hours=1)
    poller.timeout.emit()
    assert not notice.isVisible()
    # The next evening it is back.
    clock.advance(days=1)
    at_evening(clock)
    poller.timeout.emit()
    assert notice.isVisible()


@NAMED_ZONES
def test_in_an_hour_on_the_night_clocks_go_forward_says_the_time_the_clock_will_show(
    qtbot: QtBot,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 01:30 in New York on 8 March 2026 the clocks jump from 02:00 to 03:00: an hour
    later the clock reads 03:30, and a screen reader must not say 02:30."""
    with system_zone(monkeypatch, "America/New_York"):
        heard = announcements(monkeypatch, reminder_module)
        clock.current = datetime(2026, 3, 8, 0, 50, tzinfo=timezone(timedelta(hours=-5)))
        window, poller = reminding()
        reminder_for(window.state).choose(enabled=True, at=time(1, 30))
        clock.advance(minutes=40)  # 01:30, half an hour before the clocks jump
        poller.timeout.emit()
        notice = window.reminder.notice  # type: ignore[union-attr]
        assert notice.isVisible(), window.reminder.last_reason  # type: ignore[union-attr]
        click(qtbot, notice.later_button)
    said = heard[-1]
    assert "3:30" in said and "2:30" not in said, said


def test_no_reminder_on_a_day_with_an_entry(
    qtbot: QtBot,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
    returning_state: AppState,
) -> None:
    add_entry_at(returning_state, clock() - timedelta(hours=1))  # this morning
    window, poller = reminding()
    at_evening(clock)
    poller.timeout.emit()
    assert not window.reminder.notice.isVisible()  # type: ignore[union-attr]
    assert window.reminder.last_reason == "entry_today"  # type: ignore[union-attr]


def test_an_entry_made_while_the_notice_shows_ends_it(
    qtbot: QtBot,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
    returning_state: AppState,
) -> None:
    window, poller = reminding(page="journal")
    at_evening(clock)
    poller.timeout.emit()
    notice = window.reminder.notice  # type: ignore[union-attr]
    assert notice.isVisible()
    save_an_entry(qtbot, journal_page(window))
    poller.timeout.emit()
    assert not notice.isVisible()


def test_the_reminder_waits_while_heat_runs_and_comes_after(
    qtbot: QtBot,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
    driver: TimerDriver,
    timer_clock: object,
) -> None:
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    at_evening(clock, 19, 55)
    driver.act(lambda s: s.start_pack(HEAT, 15))
    at_evening(clock, 20, 5)
    driver.tick()  # the timers' tick also asks
    assert not notice.isVisible()
    assert window.reminder.last_reason == "timer_running"  # type: ignore[union-attr]
    driver.act(lambda s: s.stop_pack())
    driver.act(lambda s: s.dismiss_finished())
    at_evening(clock, 20, 11)
    driver.tick()
    poller.timeout.emit()
    assert notice.isVisible()


def test_a_sleep_through_the_time_shows_it_on_waking(
    qtbot: QtBot, reminding: Callable[..., tuple[MainWindow, ManualTimer]], clock: FakeClock
) -> None:
    window, _poller = reminding()
    at_evening(clock, 21, 40)  # the laptop slept from 19:00; nothing fired meanwhile
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # type: ignore[union-attr]
    assert window.reminder.notice.isVisible()  # type: ignore[union-attr]


def test_a_clock_turned_back_does_not_show_it_twice(
    qtbot: QtBot, reminding: Callable[..., tuple[MainWindow, ManualTimer]], clock: FakeClock
) -> None:
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    at_evening(clock)
    poller.timeout.emit()
    click(qtbot, notice.skip_button)
    at_evening(clock, 19, 30)  # the clock is set back half an hour, then passes 20:00
    poller.timeout.emit()
    at_evening(clock, 20, 1)
    poller.timeout.emit()
    assert not notice.isVisible()


def test_deleting_all_data_ends_the_notice_and_nothing_of_it_is_saved_again(
    qtbot: QtBot,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
    returning_state: AppState,
) -> None:
    # The notice stayed after "Delete all my data" turned the reminder off, and its "In an
    # hour" then wrote reminder.json back into the emptied folder.
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    at_evening(clock)
    poller.timeout.emit()
    assert notice.isVisible()
    delete_all_my_data(qtbot, window)
    assert not notice.isVisible()
    clock.advance(hours=1)
    poller.timeout.emit()
    assert not notice.isVisible()
    folder = returning_state.data_dir
    assert sorted(p.name for p in folder.iterdir()) == ["store.json"]
    reopened = AppState.open(folder, now=returning_state.now)
    assert ReminderStore(reopened).load() == ReminderState()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise")
def test_the_tray_says_it_too_and_its_message_brings_the_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    reminding: Callable[..., tuple[MainWindow, ManualTimer]],
    clock: FakeClock,
) -> None:
    monkeypatch.setattr(hub.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(TrayIcon, "notify", lambda _self, title, text: said.append((title, text)))
    window, poller = reminding()
    assert window.timers is not None and window.timers.tray is not None
    window.hide()  # in the tray, as after closing the window with breaks on
    at_evening(clock)
    poller.timeout.emit()
    assert said == [
        (
            "Time for today's journal entry",
            "No entry yet today. Click here to add one or to choose a later time.",
        )
    ]
    window.timers.tray.icon.messageClicked.emit()
    assert window.isVisible()
    assert window.reminder.notice.isVisible()  # type: ignore[union-attr]
    window.timers.tray.hide()


def test_never_in_the_kiosk(make_kiosk: Callable[..., object], clock: FakeClock) -> None:
    kiosk = make_kiosk()
    state = kiosk.window.state  # type: ignore[attr-defined]
    reminder_for(state).choose(enabled=True, at=time(20, 0))
    assert ReminderStore(state).load().enabled is False  # nothing kept in the kiosk
    at_evening(clock)
    from companion.ui.shell.reminder import ReminderNotice

    assert not kiosk.window.findChildren(ReminderNotice)  # type: ignore[attr-defined]


def test_enter_on_the_notices_buttons_presses_them(
    qtbot: QtBot, reminding: Callable[..., tuple[MainWindow, ManualTimer]], clock: FakeClock
) -> None:
    """The notice sits above the pages, on no page: Enter on its buttons did nothing."""
    window, poller = reminding()
    notice = window.reminder.notice  # type: ignore[union-attr]
    at_evening(clock)
    poller.timeout.emit()
    notice.later_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice.later_button, Qt.Key.Key_Return)  # In an hour
    assert not notice.isVisible()
    clock.advance(hours=1)
    poller.timeout.emit()
    assert notice.isVisible()
    notice.skip_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice.skip_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert not notice.isVisible()  # Not today
    clock.advance(hours=1)
    poller.timeout.emit()
    assert not notice.isVisible()
