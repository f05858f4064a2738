"""The entry form's date and time, written and typed as the person's locale writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored
from tests.helpers.qt import click

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def place(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("place", "typed", "chosen", "shown"),
    [
        ("en_US", "8:30 pm", time(20, 30), "Mon, Mar 9, 2026, 8:30\u202fPM"),
        ("en_US", "7:15am", time(7, 15), "Mon, Mar 9, 2026, 7:15\u202fAM"),
        ("en_US", "930p", time(21, 30), "Mon, Mar 9, 2026, 9:30\u202fPM"),
        ("es_MX", "8:30 p.m.", time(20, 30), "lun, 9 de mar de 2026, 8:30\u202fp.m."),
        ("es_ES", "20:30", time(20, 30), "lun, 9 de mar de 2026, 20:30"),
        ("en_GB", "21:05", time(21, 5), "Mon, 9 Mar 2026, 21:05"),
    ],
    indirect=["place"],
)
def test_the_entry_time_follows_the_locale_and_keeps_a_typed_time(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    place: str,
    typed: str,
    chosen: time,
    shown: str,
) -> None:
    """The entry's time was always a 24-hour "HH:mm", where every other time in the app
    follows the locale: in the United States "20:30" beside "8:30 PM" elsewhere, and
    "8:30 pm" typed there was not taken."""
    clock.advance(hours=12)  # 22:30: the evening's times are not yet to come
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_4)  # focus starts on "pain now"
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    when = form.when
    when.setFocus(Qt.FocusReason.MouseFocusReason)
    when.setSelectedSection(QDateTimeEdit.Section.HourSection)  # a double-click on the hour
    qtbot.keyClicks(when, typed)
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    assert when.text() == shown
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    [data] = stored(returning_state)
    saved = datetime.fromisoformat(data["time"])
    assert (saved.date(), saved.time()) == (clock().date(), chosen)


@pytest.mark.parametrize(
    ("place", "monday", "back", "on"),
    [
        ("en_GB", "Mon, 9 Mar 2026", "Sat, 28 Feb 2026", "Sun, 1 Mar 2026"),
        ("es_ES", "lun, 9 de mar de 2026", "sáb, 28 de feb de 2026", "dom, 1 de mar de 2026"),
    ],
    indirect=["place"],
)
def test_up_and_down_on_the_weekday_move_the_date_a_day(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    place: str,
    monday: str,
    back: str,
    on: str,
) -> None:
    """On the weekday ("Mon", "lun") Up and Down kept to one week, Monday to Sunday:
    on today's Monday Down did nothing, on a Sunday Up did nothing."""
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    when = form.when
    assert when.text().startswith(monday)
    when.setFocus()
    qtbot.keyClick(when, Qt.Key.Key_Home)  # the cursor on the weekday
    qtbot.keyClick(when, Qt.Key.Key_Down)
    assert when.date().day() == 8  # Sunday, the day before
    for _ in range(8):  # back over the week and the month
        qtbot.keyClick(when, Qt.Key.Key_Down)
    assert when.text().startswith(back)
    qtbot.keyClick(when, Qt.Key.Key_Up)
    assert when.text().startswith(on)
    for _ in range(8):
        qtbot.keyClick(when, Qt.Key.Key_Up)
    assert when.text().startswith(monday)
    qtbot.keyClick(when, Qt.Key.Key_Up)  # and never after now
    assert when.text().startswith(monday)
