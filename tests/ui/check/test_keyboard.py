"""The guided check by keyboard: where the keys lead, and what they keep."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EMERGENCY
from companion.ui.check.screens import EmergencyScreen, ReviewScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE
from tests.helpers.qt import click
from tests.ui.check.test_page import check_page, question, start, walk
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
