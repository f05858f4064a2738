"""The mouse wheel scrolls the page past a number, time or date field without changing
it: only a field that has the keyboard takes the wheel. Before, scrolling Movement
breaks with the pointer passing over "A break every" changed it from 30 to 15 minutes
and saved it without a word; the journal form's date moved the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal.page import JournalPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from tests.helpers.qt import wheel_down
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]


def test_scrolling_past_a_break_setting_changes_nothing_until_it_has_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    panel = timers_panel(make_window, returning_state, "breaks")
    assert isinstance(panel, BreaksPanel)
    before = (panel.interval.value(), panel.start_time.time())
    wheel_down(panel.interval)
    wheel_down(panel.start_time)
    assert (panel.interval.value(), panel.start_time.time()) == before
    assert not panel.interval.hasFocus()  # the wheel did not take the keyboard either
    panel.interval.setFocus(Qt.FocusReason.TabFocusReason)
    wheel_down(panel.interval)  # chosen with the keyboard: the wheel steps it
    assert panel.interval.value() < before[0]


def test_scrolling_past_the_reminder_time_and_an_entrys_date_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    at = settings.reminder_time.time()
    wheel_down(settings.reminder_time)
    assert settings.reminder_time.time() == at
    window.show_page("journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = journal.new_entry()
    qtbot.waitExposed(form)
    when = form.when.dateTime()
    wheel_down(form.when)
    assert form.when.dateTime() == when
    form.reject()
