"""An entry form left open past midnight: its time can reach the new day, and no later
than now. Time is moved by hand; the app's once-a-minute look is fired by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal.form import JournalForm
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored, window_with_timers
from tests.helpers.qt import click

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def british() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))  # "Mon, 9 Mar 2026, 23:55"
    yield
    QLocale.setDefault(before)


def type_time(qtbot: QtBot, form: JournalForm, hour: str, minute: str) -> None:
    """Type the time, then go to the next day with Up on the weekday, as a person
    clicking on each part."""
    when = form.when
    when.setFocus(Qt.FocusReason.MouseFocusReason)
    for section, typed in (
        (QDateTimeEdit.Section.HourSection, hour),
        (QDateTimeEdit.Section.MinuteSection, minute),
    ):
        when.setSelectedSection(section)
        qtbot.keyClicks(when, typed)
    when.setSelectedSection(QDateTimeEdit.Section.DaySection)  # the weekday comes first
    qtbot.keyClick(when, Qt.Key.Key_Up)
    qtbot.keyClick(when, Qt.Key.Key_Tab)


def form_open_at_five_to_midnight(
    qtbot: QtBot,
    make_window: MakeWindow,
    state: AppState,
    clock: FakeClock,
    *,
    in_the_time: bool = False,
) -> tuple[JournalForm, list[object]]:
    """The form opened at 23:55, filled in, and left until 00:05 (`in_the_time`: with the
    focus left in its time field)."""
    clock.advance(hours=13, minutes=25)  # 23:55 on Monday 9 March
    window, poller = window_with_timers(make_window, state)
    form = open_form(qtbot, journal_page(window))
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_4)  # focus starts on "pain now"
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    assert form.when.text() == "Mon, 9 Mar 2026, 23:55"
    if in_the_time:
        form.when.setFocus(Qt.FocusReason.MouseFocusReason)
    clock.advance(minutes=10)  # 00:05 on Tuesday
    return form, [poller]


def saved_time(state: AppState) -> tuple[int, int, int]:
    [data] = stored(state)
    saved = datetime.fromisoformat(data["time"])
    return saved.day, saved.hour, saved.minute


def test_after_the_minutes_look_the_time_can_be_set_on_the_new_day(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Before, the field stopped at 23:55 on Monday, when the form opened: 00:03 on
    Tuesday could not be set, and saving kept Monday."""
    form, [poller] = form_open_at_five_to_midnight(
        qtbot, make_window, returning_state, clock, in_the_time=True
    )
    poller.timeout.emit()  # type: ignore[attr-defined]
    type_time(qtbot, form, "00", "03")
    assert form.when.text() == "Tue, 10 Mar 2026, 00:03"
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert saved_time(returning_state) == (10, 0, 3)


def test_reaching_the_time_field_lets_it_reach_now_but_no_later(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """No look at the clock came round yet (the computer just woke): going to the field
    is enough. A time still to come (00:09 while it is 00:05) is not taken."""
    form, _pollers = form_open_at_five_to_midnight(qtbot, make_window, returning_state, clock)
    type_time(qtbot, form, "00", "09")
    assert form.when.text() != "Tue, 10 Mar 2026, 00:09"
    type_time(qtbot, form, "00", "05")
    assert form.when.text() == "Tue, 10 Mar 2026, 00:05"
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert saved_time(returning_state) == (10, 0, 5)
