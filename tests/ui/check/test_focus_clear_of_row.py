"""The control the keyboard is on is never left behind the pinned Back and Next row: at 175%
in an 800x600 window Shift+Tab from Back put the keyboard on "Why we ask this" hidden
behind the row. (How a question opens: test_seen_clear_of_row.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ChoiceInput
from companion.ui.check.page import CheckPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.keyboard import key
from tests.helpers.layout import window_at

QUESTIONS = ("age_band", "bladder_bowel_change", "both_legs", "clot_signs", "health_signs")


def on_view(page: CheckPage, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page.viewport(), QPoint(0, 0)), widget.size())


def assert_clear_of_row(page: CheckPage, where: str) -> None:
    """The keyboard's control shows whole between the view's top and the pinned row."""
    settle()
    focus = QApplication.focusWidget()
    assert focus is not None and page.pinned is not None
    if page.pinned.isAncestorOf(focus):
        return  # on the row itself, always in view
    seen = on_view(page, focus)
    row_top = page.pinned.geometry().top()
    assert seen.top() >= 0, (where, seen, row_top)
    assert seen.bottom() < row_top, (where, seen, row_top)


@pytest.mark.parametrize("size", [(800, 600), (1024, 600)])
def test_the_keyboard_is_never_behind_back_and_next(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    window = window_at(make_window, largest_text, "check", size)
    page = check_page(window)
    start(qtbot, page)
    for question_id in QUESTIONS:
        answer_until(qtbot, page, question_id, SAFE)
        settle()
        screen = question(page)
        assert page.pinned is not None
        # The arrows to the last answer, Tab on through the screen to the row.
        if isinstance(screen.input, ChoiceInput):
            for _ in range(len(screen.input.buttons) - 1):
                key(qtbot, Qt.Key.Key_Down)
                assert_clear_of_row(page, f"{question_id}: Down")
        for _ in range(12):
            if page.pinned.isAncestorOf(key(qtbot, Qt.Key.Key_Tab)):
                break
            assert_clear_of_row(page, f"{question_id}: Tab")
        assert QApplication.focusWidget() is screen.back_button
        # Back to the screen from Back.
        assert key(qtbot, Qt.Key.Key_Backtab) is screen.why_button
        assert_clear_of_row(page, f"{question_id}: Shift+Tab from Back")
