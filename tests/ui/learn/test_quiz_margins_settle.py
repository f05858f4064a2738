"""The quiz's feedback in a 796x796 window: a page 600 px wide that fits only with the
narrow margins. Its margins were decided on the width each resize event gave, and a
scroll area is also told of its viewport's resizes, 14 px narrower with the scroll bar:
the page chased its own scroll bar for ever and the window froze."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication

from companion.core.shared.app_state import AppState
from companion.ui.learn.page import LearnPage
from companion.ui.learn.quiz_view import QuizView
from companion.ui.shell.main_window import MainWindow

CHASED = 200  # resize events in one settling: far more than a page needs


def test_the_quiz_feedback_settles_in_a_small_window(
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = {"resizes": 0}
    resize = QuizView.resizeEvent

    def counting(view: QuizView, event: QResizeEvent) -> None:
        counted["resizes"] += 1
        if counted["resizes"] < CHASED:  # past it, stop: a chase ends, and is seen
            resize(view, event)

    monkeypatch.setattr(QuizView, "resizeEvent", counting)
    window = make_window(returning_state, page="learn")
    window.resize(796, 796)
    page = window.page("learn")
    assert isinstance(page, LearnPage)
    page.open_quiz()
    quiz = page.quiz
    assert quiz is not None
    most = 0
    for _ in range(quiz.session.total):
        quiz.choice_buttons[0].click()
        counted["resizes"] = 0
        quiz.check_button.click()
        for _ in range(6):
            QApplication.processEvents()
        most = max(most, counted["resizes"])
        quiz.next_button.click()
        for _ in range(6):
            QApplication.processEvents()

    assert most < CHASED, "the quiz's page chased its own scroll bar"
