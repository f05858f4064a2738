"""The quiz: answer, read kind feedback, follow it to the card, and finish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import companion.ui.learn.quiz_view as quiz_module
from companion.core.learn.cards import load_learn
from companion.core.shared.app_state import AppState
from companion.core.shared.content import language_dir
from companion.ui.learn.page import LearnPage
from companion.ui.learn.quiz_view import QuizView
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.learn_ui import open_learn
from tests.helpers.qt import announcements, click


def open_quiz(qtbot: QtBot, state: AppState) -> tuple[LearnPage, QuizView]:
    page = open_learn(qtbot, state)
    click(qtbot, page.start.quiz_tile)
    assert page.quiz is not None and page.currentWidget() is page.quiz
    return page, page.quiz


def test_a_wrong_answer_gets_kind_feedback_and_a_card(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page, quiz = open_quiz(qtbot, returning_state)
    question = quiz.session.question
    assert quiz.progress.text() == f"Question 1 of {quiz.session.total}"
    assert quiz.question_label.text() == question.text
    click(qtbot, quiz.check_button)  # nothing picked yet: a gentle hint, no feedback
    assert quiz.pick_first.isVisible()
    assert not quiz.feedback_card.isVisible()
    wrong = next(i for i in range(len(question.choices)) if i != question.correct)
    click(qtbot, quiz.choice_buttons[wrong])
    assert not quiz.pick_first.isVisible()
    click(qtbot, quiz.check_button)
    assert quiz.verdict.text() == "✗ Not quite"
    assert quiz.feedback_text.text() == question.wrong
    # The feedback leads to the card, and back to the same question.
    click(qtbot, quiz.read_button)
    assert page.currentWidget() is page.card_view
    assert page.card_view.card is not None and page.card_view.card.id == question.card
    assert page.card_view.back_button.text() == "← Back to the quiz"
    click(qtbot, page.card_view.back_button)
    assert page.currentWidget() is quiz
    assert quiz.question_label.text() == question.text
    click(qtbot, quiz.choice_buttons[question.correct])
    click(qtbot, quiz.check_button)
    assert quiz.verdict.text() == "✓ Well done"


def test_the_whole_quiz_by_keyboard(qtbot: QtBot, returning_state: AppState) -> None:
    _, quiz = open_quiz(qtbot, returning_state)
    total = quiz.session.total
    for number in range(1, total + 1):
        assert quiz.progress.text() == f"Question {number} of {total}"
        right = quiz.session.question.correct
        first = quiz.choice_buttons[0]
        qtbot.waitUntil(first.hasFocus)
        for index in range(right):  # arrow keys move between the choices
            qtbot.keyClick(quiz.choice_buttons[index], Qt.Key.Key_Down)
            assert quiz.choice_buttons[index + 1].hasFocus()
        qtbot.keyClick(quiz.choice_buttons[right], Qt.Key.Key_Space)
        assert quiz.choice_buttons[right].isChecked()
        quiz.check_button.setFocus()
        qtbot.keyClick(quiz.check_button, Qt.Key.Key_Space)
        assert quiz.verdict.text() == "✓ Well done"
        assert quiz.next_button.hasFocus()
        qtbot.keyClick(quiz.next_button, Qt.Key.Key_Space)
    assert quiz.end_card.isVisible()
    assert quiz.end_heading.text() == f"You got {total} of {total} right the first time."


def test_first_answers_count_and_try_again_restarts(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page, quiz = open_quiz(qtbot, returning_state)
    total = quiz.session.total
    for _ in range(total):
        question = quiz.session.question
        wrong = next(i for i in range(len(question.choices)) if i != question.correct)
        click(qtbot, quiz.choice_buttons[wrong])
        click(qtbot, quiz.check_button)
        click(qtbot, quiz.choice_buttons[question.correct])
        click(qtbot, quiz.check_button)
        click(qtbot, quiz.next_button)
    assert quiz.end_heading.text() == f"You got 0 of {total} right the first time."
    assert "learning works" in quiz.end_text.text()
    click(qtbot, quiz.again_button)
    assert quiz.progress.text() == f"Question 1 of {total}"
    click(qtbot, quiz.back_button)
    assert page.currentWidget() is page.start


def test_changing_the_answer_after_checking_hides_the_old_feedback(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """Arrowing on after "Check my answer" chooses another answer: "Well done" must not
    stay beside it, and Enter checks the new one."""
    _, quiz = open_quiz(qtbot, returning_state)
    question = quiz.session.question
    right = question.correct
    quiz.choice_buttons[right].setFocus()
    quiz.choice_buttons[right].click()
    qtbot.keyClick(quiz.choice_buttons[right], Qt.Key.Key_Return)
    assert quiz.feedback_card.isVisible() and quiz.verdict.text() == "✓ Well done"
    wrong = next(i for i in range(len(question.choices)) if i != right)
    quiz.choice_buttons[wrong].setFocus()
    qtbot.keyClick(quiz.choice_buttons[wrong], Qt.Key.Key_Space)
    assert quiz.group.checkedId() == wrong
    assert not quiz.feedback_card.isVisible()
    qtbot.keyClick(quiz.choice_buttons[wrong], Qt.Key.Key_Return)  # checks the new answer
    assert quiz.feedback_card.isVisible() and quiz.verdict.text() == "✗ Not quite"
    assert quiz.session.index == 0 and quiz.session.score == 1  # the first answer counts


def test_a_screen_reader_hears_the_feedback(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking an answer moves the keyboard to "Next question", so a screen reader said
    only that button: the verdict and what is true were shown and never heard."""
    heard = announcements(monkeypatch, quiz_module)
    _, quiz = open_quiz(qtbot, returning_state)
    question = quiz.session.question
    wrong = next(i for i in range(len(question.choices)) if i != question.correct)
    quiz.choice_buttons[wrong].setFocus()
    qtbot.keyClick(quiz.choice_buttons[wrong], Qt.Key.Key_Space)
    qtbot.keyClick(quiz.choice_buttons[wrong], Qt.Key.Key_Return)
    assert quiz.feedback_card.isVisible()
    right = question.choices[question.correct]
    assert heard == [f"✗ Not quite. The right answer: {right}. {question.wrong}"]
    quiz.choice_buttons[question.correct].setFocus()
    qtbot.keyClick(quiz.choice_buttons[question.correct], Qt.Key.Key_Space)
    qtbot.keyClick(quiz.choice_buttons[question.correct], Qt.Key.Key_Return)
    assert heard[-1] == f"✓ Well done. {question.right}"


def test_a_screen_reader_hears_the_score_at_the_end(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "See my result" moves the keyboard to "Try again", so a screen reader said only
    that button: "You got 1 of 5 right" was shown and never heard."""
    heard = announcements(monkeypatch, quiz_module)
    _, quiz = open_quiz(qtbot, returning_state)
    total = quiz.session.total
    for number in range(total):
        question = quiz.session.question
        wrong = next(i for i in range(len(question.choices)) if i != question.correct)
        answer = question.correct if number == 0 else wrong
        quiz.choice_buttons[answer].setFocus()
        qtbot.keyClick(quiz.choice_buttons[answer], Qt.Key.Key_Space)
        qtbot.keyClick(quiz.choice_buttons[answer], Qt.Key.Key_Return)
        qtbot.keyClick(quiz.next_button, Qt.Key.Key_Return)
    assert quiz.end_card.isVisible()
    said = f"You got 1 of {total} right the first time. {quiz.end_text.text()}"
    assert heard[-1] == said
    assert quiz.end_card.accessibleName() == said


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_quiz_opened_again_goes_on_where_it_was_left(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Leaving the quiz for the cards and opening it again keeps the answers (nothing is
    saved past closing the app). The keyboard goes where the person was: "Next question"
    after feedback; at the end "Try again", with the score said again. Before, a
    finished quiz opened with the focus on "Back to Learn" and the score unsaid."""
    assert install_translators(qapp, language)
    try:
        heard = announcements(monkeypatch, quiz_module)
        state = AppState.open(tmp_path, language=language)
        state.settings.update(welcome_done=True, emergency_number="112")
        page, quiz = open_quiz(qtbot, state)
        with qtbot.waitActive(page):
            page.activateWindow()
        right = quiz.session.question.correct
        quiz.choice_buttons[right].setFocus()
        qtbot.keyClick(quiz.choice_buttons[right], Qt.Key.Key_Space)
        qtbot.keyClick(quiz.choice_buttons[right], Qt.Key.Key_Return)  # feedback shown
        qtbot.keyClick(quiz.next_button, Qt.Key.Key_Escape)  # back to the cards
        assert page.currentWidget() is page.start
        page.start.quiz_tile.setFocus()
        qtbot.keyClick(page.start.quiz_tile, Qt.Key.Key_Return)
        assert quiz.feedback_card.isVisible() and quiz.next_button.hasFocus()
        while not quiz.session.finished:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            if quiz.question_card.isVisible() and not quiz.feedback_card.isVisible():
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the first
        total = quiz.session.total
        assert quiz.again_button.hasFocus()
        qtbot.keyClick(quiz.again_button, Qt.Key.Key_Escape)
        page.start.quiz_tile.setFocus()
        qtbot.keyClick(page.start.quiz_tile, Qt.Key.Key_Return)
        assert quiz.end_card.isVisible()
        assert quiz.again_button.hasFocus()
        assert f" {total} " in heard[-1] and heard[-1] == quiz.end_card.accessibleName()
        assert heard.count(heard[-1]) == 2  # at the end, and again on coming back
        qtbot.keyClick(quiz.again_button, Qt.Key.Key_Space)
        assert quiz.session.index == 0 and quiz.choice_buttons[0].hasFocus()
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_feedback_shows_on_a_small_screen_at_large_text(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    language: str,
) -> None:
    """At 1024x600 and 175% text the feedback opened below the page's edge: a click on
    "Check my answer" seemed to do nothing but tick the right answer, and the keyboard
    went to "Next question", out of sight. Each verdict and its button now show."""
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path, language=language)
        state.settings.update(welcome_done=True, emergency_number="112", text_scale=175)
        window = make_window(state, "learn")
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 600)
        settle()
        learn = window.page("learn")
        assert isinstance(learn, LearnPage)
        click(qtbot, learn.start.quiz_tile)
        quiz = learn.quiz
        assert quiz is not None
        while not quiz.session.finished:
            click(qtbot, quiz.choice_buttons[0])
            click(qtbot, quiz.check_button)
            assert in_sight(quiz, quiz.verdict) and in_sight(quiz, quiz.next_button)
            click(qtbot, quiz.next_button)
        assert in_sight(quiz, quiz.end_heading) and in_sight(quiz, quiz.again_button)
    finally:
        install_translators(qapp, "en")


def in_sight(quiz: QuizView, widget: QWidget) -> bool:
    """Whether all of `widget` shows in the quiz's scrolled view."""
    top = widget.mapTo(quiz.viewport(), QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= quiz.viewport().height()


@pytest.mark.parametrize(
    ("language", "intro", "score"),
    [
        (
            "en",
            "{n} short questions. Take your time: nothing is saved, and your score is only"
            " for you.",
            "You got 0 of {n} right the first time.",
        ),
        (
            "es",
            "{n} preguntas cortas. Tómese su tiempo: no se guarda nada y su resultado es solo"
            " para usted.",
            "Acertó 0 de {n} a la primera.",
        ),
    ],
)
def test_the_quiz_does_not_promise_what_its_end_breaks(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str, intro: str, score: str
) -> None:
    """The start said "nothing is saved or marked" ("no se guarda ni se puntúa nada"),
    and the end said "You got 1 of 8 right": there is a score, only not kept. The count is
    the quiz's in the content the app loads."""
    questions = len(load_learn(language_dir(None, language)).quiz.questions)
    assert questions > 1  # the words below are the plural's
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path, language=language)
        state.settings.update(welcome_done=True, emergency_number="112")
        page, quiz = open_quiz(qtbot, state)
        assert page.currentWidget() is quiz and quiz.intro_label.text() == intro.format(n=questions)
        for _ in range(quiz.session.total):  # a wrong first answer to each, then on
            question = quiz.session.question
            wrong = next(i for i in range(len(question.choices)) if i != question.correct)
            click(qtbot, quiz.choice_buttons[wrong])
            click(qtbot, quiz.check_button)
            click(qtbot, quiz.next_button)
        assert quiz.end_heading.text() == score.format(n=questions)
    finally:
        install_translators(qapp, "en")
