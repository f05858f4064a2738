"""The control the keyboard is on is never left behind the pinned Back and Next row, and a
new question shows its first words: at 175% in an 800x600 window Shift+Tab from Back put
the keyboard on "Why we ask this" hidden behind the row, and a question opened with its
first lines scrolled off the top (a self-check with its steps)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ChoiceInput
from companion.ui.check.page import CheckPage
from companion.ui.check.screens import NoticeScreen, QuestionScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NOTHING_CLOSE, SAFE
from tests.helpers.check_ui import answer_shown, answer_until, check_page, question, start
from tests.helpers.keyboard import key
from tests.helpers.layout import window_at
from tests.helpers.qt import click

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


@pytest.mark.parametrize("size", [(800, 600), (1024, 600)])
def test_each_question_opens_at_its_first_words(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    window = window_at(make_window, largest_text, "check", size)
    page = check_page(window)
    start(qtbot, page)
    asked = []
    for _ in range(60):  # the whole check, each question as it opens
        settle()
        screen = page.view
        if isinstance(screen, NoticeScreen):
            click(qtbot, screen.continue_button)
            continue
        if not isinstance(screen, QuestionScreen):
            break
        assert page.pinned is not None
        # A self-check's steps come first: they are done before the question is answered.
        heading = on_view(page, screen.self_test or screen.question_label)
        assert 0 <= heading.top() < page.pinned.geometry().top(), (screen.question.id, heading)
        asked.append(screen.question.id)
        answer_shown(qtbot, page, screen, NOTHING_CLOSE)
    assert len(asked) > 10
