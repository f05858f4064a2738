"""The guided check by keyboard: where the keys lead, and what they keep."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EMERGENCY
from companion.ui.check.answers import BodyRegionInput
from companion.ui.check.screens import EmergencyScreen, ReviewScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.qt import click
from tests.ui.check.test_page import check_page, give, question, start, walk
from tests.ui.keyboard import key

MakeWindow = Callable[..., MainWindow]


def test_a_safety_answer_changed_to_yes_then_left_with_back_stops_at_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.change_buttons["saddle_numbness"])
    screen = question(page)
    assert QApplication.focusWidget() is screen.input.buttons["no"]
    key(qtbot, Qt.Key.Key_Up)  # to "Yes"
    assert screen.input.value() == "yes"
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert isinstance(page.view, EmergencyScreen)
    assert [record.urgency for _id, record in returning_state.past_checks()] == [EMERGENCY]


@pytest.mark.parametrize(
    ("enter", "modifier"),
    [
        pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
        pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
    ],
)
def test_enter_on_a_show_or_hide_button_shows_or_hides_and_stays(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    enter: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    """Enter on an answer's choice confirms it and goes on; Enter on "Why we ask this"
    or the drawing's zoom pressed Next instead, and went on to the next question."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    screen = question(page)
    click(qtbot, screen.input.buttons[SAFE[screen.question.id]])
    screen.why_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, enter, modifier)
    assert page.view is screen and screen.why_label.isVisible()
    key(qtbot, enter, modifier)
    assert page.view is screen and not screen.why_label.isVisible()
    while not isinstance(question(page).input, BodyRegionInput):
        give(qtbot, page, SAFE[question(page).question.id])
    screen = question(page)
    assert isinstance(screen.input, BodyRegionInput)
    zoom = screen.input.zoom_button
    zoom.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, enter, modifier)
    assert page.view is screen and zoom.isChecked()
    assert not screen.error_label.isVisible()  # not "Please choose an answer to go on."
