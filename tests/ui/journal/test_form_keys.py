"""The journal form by keyboard: Enter presses the button it is on, and only that one;
Enter in a field and Esc save nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, stored
from tests.helpers.qt import click

ENTER_KEYS = [
    pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
    pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
]


def change_first_entry(qtbot: QtBot, page: JournalPage) -> JournalForm:
    page.rows[0].change_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.rows[0].change_button, Qt.Key.Key_Space)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    return form


def press_on(qtbot: QtBot, target: QWidget, name: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    target.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is target
    qtbot.keyClick(target, name, modifier)


@pytest.mark.parametrize(("enter", "modifier"), ENTER_KEYS)
def test_enter_presses_save_cancel_or_delete_when_it_is_on_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    enter: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    """The form has no default button (Ctrl+Enter saves from anywhere), and its buttons
    took only Space: Enter on Save, Cancel or Delete did nothing."""
    add_entries(returning_state, clock, ["calf", "calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    form = change_first_entry(qtbot, page)
    click(qtbot, form.picker.levels.buttons["buttock"])
    press_on(qtbot, form.when, enter, modifier)  # Enter in a field saves nothing
    assert form.isVisible()
    press_on(qtbot, form.cancel_button, enter, modifier)
    assert not form.isVisible()
    assert [d["level"] for d in stored(returning_state)] == ["calf", "calf"]

    form = change_first_entry(qtbot, page)
    click(qtbot, form.picker.levels.buttons["buttock"])
    press_on(qtbot, form.save_button, enter, modifier)
    qtbot.waitUntil(lambda: page.notice_text.text() == "Your change was saved.")
    assert [d["level"] for d in stored(returning_state)] == ["calf", "buttock"]

    form = change_first_entry(qtbot, page)
    press_on(qtbot, form.delete_button, enter, modifier)
    assert [d["level"] for d in stored(returning_state)] == ["calf"]


def test_esc_on_a_changed_entry_saves_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    form = change_first_entry(qtbot, page)
    click(qtbot, form.picker.levels.buttons["buttock"])
    press_on(qtbot, form.save_button, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not form.isVisible()
    assert [d["level"] for d in stored(returning_state)] == ["calf"]
