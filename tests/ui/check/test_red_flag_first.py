"""A warning sign always comes first: on the result screen and in the printed summary,
whatever calm picture the rest of the answers paint (shared/domain.md section 1: the most
urgent level always wins)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.check.advice import compose
from companion.core.check.cases import load_cases, run_cases
from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.core.shared.resources import resource_dir
from companion.ui.check.page import CheckPage
from companion.ui.check.report import report_versions
from companion.ui.check.result import ResultScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.check_ui import start, walk
from tests.helpers.qt import click

CONTENT = load_triage()
CASES = load_cases(CONTENT, resource_dir("content") / "en" / "triage" / "cases.toml")
OUTCOMES = {outcome.case.id: outcome for outcome in run_cases(CONTENT, CASES)}
WITH_A_SIGN = sorted(case_id for case_id, o in OUTCOMES.items() if o.result.hits)
WHEN = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize("case_id", WITH_A_SIGN)
def test_every_printed_summary_names_the_sign_before_any_pattern(case_id: str) -> None:
    result = OUTCOMES[case_id].result
    guidance = compose(CONTENT, result, "112")
    assert guidance.signs  # the most urgent sign, always named
    for html in report_versions(CONTENT, result, guidance, WHEN):  # every level of detail
        first_sign = html.index(escape(guidance.signs[0].title))
        assert html.index("How urgent") < first_sign
        if result.scored:
            assert first_sign < html.index("What the answers point to")
        assert first_sign < html.index("What was reported")


def test_a_clear_strain_with_clot_signs_shows_the_clot_first_on_screen_and_paper(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    # A textbook hamstring strain, except the calf is swollen, warm and red.
    answers = {
        **OUTCOMES["trap-clear-strain-plus-clot-signs"].case.answers,
        # The rest of a person's answers, which the story leaves out.
        "pain_now": 3,
        "spreading_down": "no",
        "worse_with": ["fast_walking"],
        "eases_with": ["none"],
        "stretching_effect": "not_tried",
        "back_stiff": "no",
        "stops_activities": "no",
    }
    page = make_window(returning_state, page="check").page("check")
    assert isinstance(page, CheckPage)
    start(qtbot, page)
    walk(qtbot, page, answers)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    assert result.leading_label.text() == "Hamstring muscle strain"
    assert result.urgency_heading.text() == "Get medical help today"
    column = result.layout()
    cards = [column.itemAt(i).widget() for i in range(column.count())]
    shown = [card for card in cards if isinstance(card, QWidget)]
    urgency_card = shown[0]
    assert urgency_card.accessibleName().startswith("How urgent: Urgent")
    words = [w.text() for w in urgency_card.findChildren(QLabel)]
    assert any("A swollen, warm calf, or other signs of a blood clot" in w for w in words)
    pattern_card = next(c for c in shown if c.isAncestorOf(result.leading_label))
    assert shown.index(urgency_card) < shown.index(pattern_card)
    html = page.summary_html()
    assert html.index("A swollen, warm calf, or other signs of a blood clot") < html.index(
        "What the answers point to"
    )
    assert "heat is never used when a clot is possible" in html


def test_the_skipped_self_checks_note_names_a_leg_getting_more_numb(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    # The safety question asks about a leg "getting weaker or more numb"; the note that
    # says why the self-checks were left out named only "weaker".
    answers = {
        **OUTCOMES["trap-clear-strain-plus-clot-signs"].case.answers,
        "clot_signs": "no",
        "weakness_worsening": "yes",
        "pain_now": 3,
        "spreading_down": "no",
        "worse_with": ["fast_walking"],
        "eases_with": ["none"],
        "stretching_effect": "not_tried",
        "back_stiff": "no",
        "stops_activities": "no",
    }
    page = make_window(returning_state, page="check").page("check")
    assert isinstance(page, CheckPage)
    start(qtbot, page)
    walk(qtbot, page, answers)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    words = [w.text() for w in result.findChildren(QLabel) if w.isVisibleTo(result)]
    assert any("a leg that is getting weaker or more numb, or a bad fall" in w for w in words)
