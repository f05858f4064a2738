"""The control the keyboard is on is never left behind the pinned Back and Next row: at 175%
in an 800x600 window Shift+Tab from Back put the keyboard on "Why we ask this" hidden
behind the row. (How a question opens: test_seen_clear_of_row.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ChoiceInput
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import answer_until, question
from tests.helpers.keyboard import key
from tests.helpers.pinned_row import QUESTIONS, focus_clear, started_check


@pytest.mark.parametrize("size", [(800, 600), (1024, 600)])
def test_the_keyboard_is_never_behind_back_and_next(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    page = started_check(qtbot, make_window, largest_text, size)
    for question_id in QUESTIONS:
        answer_until(qtbot, page, question_id, SAFE)
        settle()
        screen = question(page)
        assert page.pinned is not None
        # The arrows to the last answer, Tab on through the screen to the row.
        if isinstance(screen.input, ChoiceInput):
            for _ in range(len(screen.input.buttons) - 1):
                key(qtbot, Qt.Key.Key_Down)
                focus_clear(page, f"{question_id}: Down")
        for _ in range(12):
            if page.pinned.isAncestorOf(key(qtbot, Qt.Key.Key_Tab)):
                break
            focus_clear(page, f"{question_id}: Tab")
        assert QApplication.focusWidget() is screen.back_button
        # Back to the screen from Back.
        assert key(qtbot, Qt.Key.Key_Backtab) is screen.why_button
        focus_clear(page, f"{question_id}: Shift+Tab from Back")
