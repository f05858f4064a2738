"""Helpers for the guided check's UI tests: the Check page, answering its questions with
the mouse, a finished check, its history, a check left part-way, a kiosk result card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.check.reach import calm_answers
from companion.core.shared.app_state import AppState
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import KioskConfig
from companion.ui.check.answers import BodyRegionInput, ChoiceInput, ScaleInput, SeveralInput
from companion.ui.check.handoff_panel import HandoffPanel
from companion.ui.check.history_view import CheckHistoryList
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import NoticeScreen, QuestionScreen, ReviewScreen, StartScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import SAFE
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]


def check_page(window: MainWindow) -> CheckPage:
    page = window.page("check")
    assert isinstance(page, CheckPage)
    return page


def question(page: CheckPage) -> QuestionScreen:
    assert isinstance(page.view, QuestionScreen), type(page.view)
    return page.view


def give(qtbot: QtBot, page: CheckPage, value: Any) -> None:
    """Answer the question on screen with the mouse, then press Next."""
    screen = question(page)
    answer = screen.input
    if isinstance(answer, ChoiceInput):
        click(qtbot, answer.buttons[value])
    elif isinstance(answer, SeveralInput):
        for item in value:
            click(qtbot, answer.boxes[item])
    elif isinstance(answer, ScaleInput):
        click(qtbot, answer.buttons[value])
    elif isinstance(answer, BodyRegionInput):
        for region in value:
            centre = answer.map.element_rect(f"region_{region}").center().toPoint()
            qtbot.mouseClick(answer.map, Qt.MouseButton.LeftButton, pos=centre)
    assert answer.value() == value
    click(qtbot, screen.next_button)


def walk(qtbot: QtBot, page: CheckPage, answers: dict[str, Any]) -> None:
    """Answer every question asked; skip the self-checks not in `answers`."""
    for _ in range(60):
        view = page.view
        if isinstance(view, NoticeScreen):
            click(qtbot, view.continue_button)
            continue
        if not isinstance(view, QuestionScreen):
            return
        answer_shown(qtbot, page, view, answers)
    raise AssertionError("the check did not end")


def answer_shown(
    qtbot: QtBot, page: CheckPage, view: QuestionScreen, answers: dict[str, Any]
) -> None:
    """Answer the question on screen from `answers`; a self-check it does not mention is
    skipped, any other question gets the check's own calm answer."""
    if view.question.id in answers:
        give(qtbot, page, answers[view.question.id])
    elif view.skip_button is not None:
        click(qtbot, view.skip_button)
    else:
        assert page.content is not None
        give(qtbot, page, calm_answers(page.content)[view.question.id])


def answer_until(qtbot: QtBot, page: CheckPage, question_id: str, answers: dict[str, Any]) -> None:
    """Answer with the mouse until `question_id` is on screen."""
    for _ in range(40):
        if question(page).question.id == question_id:
            return
        asked = question(page).question.id
        assert page.content is not None
        give(qtbot, page, answers.get(asked, calm_answers(page.content)[asked]))
    raise AssertionError(f"{question_id} was never asked")


def start(qtbot: QtBot, page: CheckPage) -> None:
    assert isinstance(page.view, StartScreen)
    click(qtbot, page.view.start_button)


def finish(qtbot: QtBot, page: Any, answers: dict[str, Any]) -> ResultScreen:
    walk(qtbot, page, answers)
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.result_button)
    assert isinstance(page.view, ResultScreen)
    return page.view


def history(page: Any) -> CheckHistoryList:
    assert isinstance(page.view, StartScreen)
    assert isinstance(page.view.history, CheckHistoryList)
    return page.view.history


def start_screen(window_page: object) -> StartScreen:
    view = getattr(window_page, "view", None)
    assert isinstance(view, StartScreen), type(view)
    return view


def leave_a_check(qtbot: QtBot, make_window: MakeWindow, state: AppState) -> None:
    """Three answers given at 23:50, then the app quit."""
    window = make_window(state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "both_legs", SAFE)
    window.quit_app()


BOTH = frozenset({"qr", "print"})


def kiosk_state(clock: FakeClock, handoff: frozenset[str] = BOTH, **clinic: str) -> AppState:
    phone = clinic.get("phone")
    config = KioskConfig(
        emergency_number="112",
        clinic_name=clinic.get("name", "Test clinic"),
        clinic_phone=None if phone is None else ClinicWords.plain(phone),
        handoff=handoff,
    )
    return AppState.open_kiosk(config, now=clock)


def panel_of(qtbot: QtBot, result: ResultScreen) -> HandoffPanel:
    panels = result.findChildren(HandoffPanel)
    assert len(panels) == 1
    panel = panels[0]
    assert panel.isVisible()
    if panel.qr is not None:  # the card lays itself out once it knows its width
        qr = panel.qr
        qtbot.waitUntil(lambda: qr.height() >= qr.minimumSizeHint().height())
    return panel
