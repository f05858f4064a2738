"""Under 18, the check still asks every warning sign (shared/domain.md section 1: red flags
apply at any age), with the questions about the pain that its urgent signs read, stops at
once on an emergency answer, and only then says kindly that it is written for adults."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.screens import (
    AdultsOnlyScreen,
    EmergencyScreen,
    NoticeScreen,
    QuestionScreen,
)
from tests.helpers.check_ui import (
    MakeWindow,
    answer_shown,
    check_page,
    give,
    question,
    start,
)
from tests.helpers.qt import click

# A teenager with a gradual ache and no warning signs.
CALM_TEEN = {"health_signs": ["none"], "pain_regions": ["upper_thigh_left"], "onset": "gradual"}


def test_under_18_is_asked_the_warning_signs_then_told_kindly_it_is_for_adults(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "under_18")
    assert question(page).question.id == "saddle_numbness"  # a safety question, not the end
    asked = []
    while isinstance(page.view, QuestionScreen):
        asked.append(page.view.question.id)
        give(qtbot, page, CALM_TEEN.get(page.view.question.id, "no"))
    assert "clot_signs" in asked and "night_pain" in asked
    # Where it hurts and how it began, for the tear signs; nothing else about the pain.
    assert asked[-3:] == ["night_pain", "pain_regions", "onset"]
    screen = page.view
    assert isinstance(screen, AdultsOnlyScreen)
    assert screen.heading.text() == "This check is written for adults"
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "doctor or a physiotherapist" in texts and "call 112 now" in texts
    assert "Thank you for starting" not in texts  # they answered the safety questions
    assert returning_state.past_checks() == []  # nothing of an adult check is kept
    click(qtbot, screen.back_button)
    assert question(page).question.id == "onset"


def test_under_18_an_emergency_answer_shows_the_emergency_screen(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "under_18")
    give(qtbot, page, "yes")  # numbness around the genitals or back passage
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "112" in texts
    assert "Tell a parent, a carer or another adult you trust" in texts


def test_under_18_a_swollen_warm_calf_is_named_at_the_end_with_its_level(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "under_18")
    while not isinstance(page.view, AdultsOnlyScreen):
        if isinstance(page.view, NoticeScreen):
            click(qtbot, page.view.continue_button)  # the urgent notice, as for an adult
            continue
        asked = question(page).question.id
        give(qtbot, page, {**CALM_TEEN, "clot_signs": "yes"}.get(asked, "no"))
    screen = page.view
    assert screen.heading.text() == "Get medical help today"
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "A swollen, warm calf" in texts
    assert "Tell a parent, a carer or another adult you trust" in texts
    # A possible clot bars heat at any age (shared/domain.md section 1), and adult tips
    # are never given under 18.
    assert "please do not use heat" in texts


def test_under_18_a_pop_in_a_sprint_with_a_limp_is_urgent_and_tells_an_adult(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # A 15-year-old footballer: sudden pain sprinting, a pop, cannot walk normally. The
    # urgent tear rule reads the start questions, so they are asked under 18 too
    # (content/en/triage/rules.md, Order); an adult with this story gets "urgent".
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    story = {
        "age_band": "under_18",
        "health_signs": ["none"],
        "pain_regions": ["upper_thigh_right"],
        "onset": "sudden_sport",
        "felt_pop": "yes",
        "walk_normally": "no",
        "bruising": "small",
    }
    asked: list[str] = []
    while not isinstance(page.view, AdultsOnlyScreen):
        if isinstance(page.view, NoticeScreen):
            click(qtbot, page.view.continue_button)  # the urgent notice, as for an adult
            continue
        asked.append(question(page).question.id)
        answer_shown(qtbot, page, question(page), story)
    assert {"onset", "felt_pop", "walk_normally", "bruising"} <= set(asked)
    assert "feel" not in asked and "how_long" not in asked  # the adult pattern questions
    screen = page.view
    assert screen.heading.text() == "Get medical help today"
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "Tell a parent, a carer or another adult you trust" in texts
