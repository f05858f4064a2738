"""The quiz walks question by question, gives kind feedback and counts first answers."""

from __future__ import annotations

import pytest

from companion.core.learn.cards import load_learn
from companion.core.learn.quiz import Question, Quiz, QuizError, QuizSession
from companion.core.shared.resources import resource_dir


def small_quiz() -> Quiz:
    return Quiz(
        ("a source",),
        (
            Question("q1", "Which?", ("a", "b", "c"), 1, "Yes!", "Not quite: it is b.", "card_a"),
            Question("q2", "And?", ("x", "y"), 0, "Right.", "It is x.", "card_b"),
        ),
    )


def test_right_and_wrong_answers_give_feedback_and_a_card() -> None:
    session = QuizSession(small_quiz())
    wrong = session.answer(0)
    assert not wrong.correct
    assert wrong.message == "Not quite: it is b."
    assert wrong.right_choice == "b"
    assert wrong.card == "card_a"
    again = session.answer(1)  # trying again is fine...
    assert again.correct and again.message == "Yes!"
    session.next()
    assert session.answer(0).correct
    session.next()
    assert session.finished
    assert session.score == 1  # ...but only the first answer counts


def test_cannot_skip_or_answer_out_of_turn() -> None:
    session = QuizSession(small_quiz())
    with pytest.raises(QuizError):
        session.next()
    with pytest.raises(QuizError):
        session.answer(3)
    session.answer(1)
    session.next()
    session.answer(1)
    session.next()
    with pytest.raises(QuizError):
        session.answer(0)


def test_picking_another_answer_takes_the_old_feedback_away() -> None:
    session = QuizSession(small_quiz())
    session.answer(1)
    session.pick(1)  # the same answer: its feedback stays
    assert session.feedback is not None and session.feedback.correct
    session.pick(2)
    assert session.feedback is None  # "Well done" no longer sits beside a wrong answer
    assert session.score == 1  # the first answer still counts
    with pytest.raises(QuizError):
        session.answer(5)
    session.next()  # answered once: the person may still go on
    assert session.index == 1


def test_restart_clears_everything() -> None:
    session = QuizSession(small_quiz())
    session.answer(1)
    session.next()
    session.restart()
    assert (session.index, session.score, session.feedback) == (0, 0, None)
    assert session.question.id == "q1"


def test_bundled_quiz_can_be_answered_all_right() -> None:
    quiz = load_learn(resource_dir("content") / "en").quiz
    session = QuizSession(quiz)
    while not session.finished:
        feedback = session.answer(session.question.correct)
        assert feedback.correct
        session.next()
    assert session.score == session.total == len(quiz.questions)
