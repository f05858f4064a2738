"""Showing what an answer means never moves the control the person is aiming at: the
place of each control is compared before and after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries
from tests.helpers.qt import click
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]


def place(widget: QWidget) -> QPoint:
    """Where `widget` is in its window, once the layouts have settled."""
    settle()
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_answering_the_heat_safety_check_never_moves_start(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    """With the mouse, as a person aims: answered with the keys, the page scrolls the
    advice into view instead (test_safety_check_speech)."""
    heat = timers_panel(make_window, returning_state, HEAT)
    assert isinstance(heat, PackPanel)
    click(qtbot, heat.begin_button)
    start = place(heat.start_button)
    questions = {q.question_id: place(q) for q in heat.questions}
    for question in heat.questions:
        click(qtbot, question.buttons[False])
        assert place(heat.start_button) == start
    assert heat.start_button.isEnabled()
    click(qtbot, heat.questions[0].buttons[True])  # a reason not to start: the advice shows
    assert heat.stop_card.isVisible() and not heat.start_button.isEnabled()
    assert place(heat.start_button) == start
    assert {q.question_id: place(q) for q in heat.questions} == questions


def test_turning_breaks_on_leaves_the_switch_where_it_was(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    breaks = timers_panel(make_window, returning_state, "breaks")
    assert isinstance(breaks, BreaksPanel)
    switch = place(breaks.enabled_box)
    breaks.enabled_box.click()
    assert driver.scheduler.settings.enabled
    assert place(breaks.enabled_box) == switch
    breaks.enabled_box.click()  # and off again, from the same place
    assert not driver.scheduler.settings.enabled and place(breaks.enabled_box) == switch
    # One switch: no second button turns breaks on.
    texts = [b.accessibleName() for b in breaks.findChildren(QAbstractButton)]
    assert [t for t in texts if "move" in t.lower() or "turn on" in t.lower()] == [
        breaks.enabled_box.accessibleName()
    ]


def test_ticking_a_warning_sign_leaves_the_other_signs_where_they_were(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = journal.new_entry()
    qtbot.waitExposed(form)
    signs = list(form.signs.values())
    before = [place(box) for box in signs]
    signs[0].click()  # the check's advice for it appears
    assert form.safety.isVisible()
    assert [place(box) for box in signs] == before
    form.reject()


def test_the_notice_after_a_change_does_not_push_the_list(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    first_delete = place(journal.rows[0].delete_button)
    add_button = place(journal.add_button)
    journal.rows[0].delete_button.click()
    assert "was deleted" in journal.notice_text.text() and journal.undo_button.isVisible()
    assert place(journal.rows[0].delete_button) == first_delete
    assert place(journal.add_button) == add_button
