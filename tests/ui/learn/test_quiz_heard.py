"""The quiz heard by Tab, in English and Spanish: every stop named, no two alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.learn_ui import open_learn
from tests.helpers.qt import click
from tests.helpers.screen_reader import heard_by_tab, naming_problems, untranslated


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[None]:
    yield
    assert install_translators(qapp, "en")


def quiz_end_heard(
    qtbot: QtBot, qapp: QApplication, data: Path, clock: FakeClock, code: str
) -> list[str]:
    """Open the quiz in `code`'s language, answer every question by keyboard (Space
    picks, Enter checks, Enter goes on), then Tab round its end: what each stop says."""
    assert install_translators(qapp, code)
    state = AppState.open(data / code, now=clock, language=code)
    state.settings.update(welcome_done=True, emergency_number="112")
    page = open_learn(qtbot, state)
    click(qtbot, page.start.quiz_tile)
    quiz = page.quiz
    assert quiz is not None
    for _ in range(quiz.session.total):
        first = quiz.choice_buttons[0]
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Space)
        qtbot.keyClick(first, Qt.Key.Key_Return)
        assert quiz.next_button.hasFocus()
        qtbot.keyClick(quiz.next_button, Qt.Key.Key_Return)
    assert quiz.end_card.isVisible()
    return heard_by_tab(quiz.again_button, qtbot)


@pytest.mark.usefixtures("speak")
def test_the_quiz_end_has_no_two_stops_alike(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    english = quiz_end_heard(qtbot, qapp, tmp_path, clock, "en")
    spanish = quiz_end_heard(qtbot, qapp, tmp_path, clock, "es")
    assert len(english) >= 3  # "Try again", where to go after, the way back at the top
    assert naming_problems(english) == [], english
    assert naming_problems(spanish) == [], spanish
    assert untranslated(english, spanish) == []
