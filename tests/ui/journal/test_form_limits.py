"""Forms say their limits: every number field shows its range, and a number out of range
gets a message beside the field instead of being refused in silence."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import MAX_ENTRY_AGE_YEARS, MAX_WALK_MINUTES
from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.core.timers.breaks import INTERVAL_RANGE
from companion.ui.journal.page import JournalPage
from companion.ui.shared.fields import NumberField
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import open_form, stored
from tests.helpers.qt import click
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]


def breaks_panel(make_window: MakeWindow, state: AppState) -> BreaksPanel:
    panel = timers_panel(make_window, state, "breaks")
    assert isinstance(panel, BreaksPanel)
    return panel


def type_into(qtbot: QtBot, field: NumberField, text: str) -> None:
    field.spin.setFocus()
    field.spin.selectAll()
    qtbot.keyClicks(field.spin, text)


def test_every_timer_number_field_shows_its_range(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    panel = breaks_panel(make_window, returning_state)
    low, high = INTERVAL_RANGE
    fields = panel.findChildren(NumberField)
    assert len(fields) == 3
    for field in fields:
        assert field.limits.isVisible()
        assert field.limits.text() == f"{field.low} to {field.high} min"
        assert field.limits.text() in field.spin.accessibleDescription()
    assert panel.interval_field.limits.text() == f"{low} to {high} min"
    timers = panel.parentWidget()
    while not isinstance(timers, TimersPage):
        assert timers is not None
        timers = timers.parentWidget()
    heat = timers.panels[HEAT]
    assert isinstance(heat, PackPanel)
    assert heat.custom_field.limits.text() == f"{heat.texts.shortest} to {heat.texts.longest} min"


def test_a_break_interval_out_of_range_gets_a_message_under_it(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    panel = breaks_panel(make_window, returning_state)
    field = panel.interval_field
    kept = driver.scheduler.settings.interval
    assert not field.message.isVisible()
    type_into(qtbot, field, "10")
    assert field.message.isVisible() and "15 to 90" in field.message.text()
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    assert field.message.text() == f"10 is too few: it stays at {kept} min."
    assert driver.scheduler.settings.interval == kept  # refused, and said so
    # The message sits under the field, as wide as it, and has room for its words.
    settle()
    message, spin = field.message.geometry(), field.spin.parentWidget().geometry()
    assert message.top() > spin.bottom() and message.left() == spin.left()
    assert message.width() >= field.spin.width()
    assert message.height() >= field.message.heightForWidth(message.width())
    type_into(qtbot, field, "45")
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    assert driver.scheduler.settings.interval == 45 and not field.message.isVisible()


@pytest.mark.parametrize("typed", ["100", "999", "123456789"])
def test_a_number_typed_past_the_top_is_said_as_typed(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    typed: str,
) -> None:
    """Qt threw away the digit that went past the top: "100" in the breaks' 15 to 90 was
    said as "10 is too few", and "999" in the heat's 'Other' (5 to 20) was taken as 9
    minutes without a word."""
    panel = breaks_panel(make_window, returning_state)
    field, kept = panel.interval_field, driver.scheduler.settings.interval
    type_into(qtbot, field, typed)
    qtbot.keyClick(field.spin, Qt.Key.Key_Tab)
    assert field.message.text() == f"{typed} is too many: it stays at {kept} min."
    assert driver.scheduler.settings.interval == kept and field.value() == kept
    heat = panel.window().page("timers").panels[HEAT]  # type: ignore[attr-defined]
    assert isinstance(heat, PackPanel)
    other, before = heat.custom_field, heat.custom_field.value()
    type_into(qtbot, other, typed)
    qtbot.keyClick(other.spin, Qt.Key.Key_Tab)
    assert other.message.text() == f"{typed} is too many: it stays at {before} min."
    assert other.value() == before


def test_a_journal_number_out_of_range_gets_a_message_beside_it(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = open_form(qtbot, journal)
    limits = [w.text() for w in form.findChildren(QLabel) if w.isVisible()]
    assert f"0 to {MAX_WALK_MINUTES} minutes; leave it empty if not measured" in limits
    form.walk.setFocus()
    qtbot.keyClicks(form.walk, "700")
    qtbot.keyClick(form.walk, Qt.Key.Key_Tab)  # leaving the field checks it
    message = form.field_messages["walk_minutes"]
    assert message.isVisible() and str(MAX_WALK_MINUTES) in message.text()
    assert not form.field_messages["sitting_minutes"].isVisible()
    form.walk.setFocus()
    form.walk.selectAll()
    qtbot.keyClicks(form.walk, "25")
    qtbot.keyClick(form.walk, Qt.Key.Key_Tab)
    assert not message.isVisible()
    form.reject()


def test_the_entry_date_goes_back_no_further_than_an_import_may(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Stepping the year down with the arrow keys stops 20 years back, the earliest an
    import takes too, so the form never offers a date it would refuse on saving."""
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = open_form(qtbot, journal)
    click(qtbot, form.pain_now.buttons[3])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    form.when.setFocus()
    form.when.setCurrentSection(QDateTimeEdit.Section.YearSection)
    for _ in range(30):
        qtbot.keyClick(form.when, Qt.Key.Key_Down)
    earliest = clock().year - MAX_ENTRY_AGE_YEARS
    assert form.when.date().year() == earliest
    qtbot.keyClick(form.when, Qt.Key.Key_Down)  # and no further
    assert form.when.date().year() == earliest
    click(qtbot, form.save_button)
    assert not form.errors.isVisible()
    assert stored(returning_state)[0]["time"].startswith(str(earliest))  # type: ignore[attr-defined]
