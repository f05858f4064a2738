"""A strain with clot signs: no self-care tips on the screen, on paper or in the QR code.

The clinical review's case: a clear hamstring strain story, except the leg is swollen,
warm and red. Heat was barred, but the result still said to ice the leg and "keep
walking ... helps a muscle heal" (shared/domain.md section 1: a possible clot is
urgent; seed 001: it needs immediate medical attention).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from tests.helpers.answers import STRAIN
from tests.helpers.check_ui import MakeWindow, check_page, kiosk_state, panel_of, start, walk
from tests.helpers.clock import FakeClock
from tests.helpers.qr import decode
from tests.helpers.qt import click

CONTENT = load_triage()
WAITS = CONTENT.texts["self_care_waits"]
# The strain's own tips, as a person would spot them.
ICE = "ice wrapped in a towel"
KEEP_WALKING = "Keep walking as much as comfort allows"
TIPS = [a.text for a in CONTENT.advice]  # every tip and caution of every pattern
# The rest of a person's answers, which the story leaves out.
PLAIN = {
    **STRAIN,
    "pain_now": 3,
    "spreading_down": "no",
    "eases_with": ["none"],
    "stretching_effect": "not_tried",
    "back_stiff": "no",
    "stops_activities": "no",
}
CLOT = {**PLAIN, "clot_signs": "yes"}


def finished(qtbot: QtBot, page: CheckPage, answers: dict[str, Any]) -> ResultScreen:
    start(qtbot, page)
    walk(qtbot, page, answers)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    return result


def words_on_screen(result: ResultScreen) -> str:
    return "\n".join(w.text() for w in result.findChildren(QLabel) if w.isVisibleTo(result))


def buttons_on_screen(result: ResultScreen) -> list[str]:
    return [b.text() for b in result.findChildren(QPushButton) if b.isVisibleTo(result)]


def pdf_words(qtbot: QtBot, page: CheckPage, result: ResultScreen, target: Path) -> str:
    """Save the summary as a PDF through its dialog, and read its words back."""
    assert result.pdf_button is not None
    click(qtbot, result.pdf_button)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    if text.returncode != 0:
        pytest.skip("pdftotext is not installed")
    return " ".join(text.stdout.split())


def test_a_strain_with_clot_signs_offers_no_self_care_on_screen_or_paper(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    result = finished(qtbot, page, CLOT)
    assert result.leading_label.text() == "Hamstring muscle strain"
    assert result.urgency_heading.text() == "Get medical help today"
    screen = words_on_screen(result)
    assert WAITS in screen  # under "What to do now", kindly, in place of the tips
    assert "What can help" not in screen
    assert ICE not in screen and KEEP_WALKING not in screen
    assert not [tip for tip in TIPS if tip in screen]
    assert "heat is never used when a clot is possible" in screen  # still barred
    assert "Heat and break timers" not in buttons_on_screen(result)

    paper = pdf_words(qtbot, page, result, tmp_path / "summary.pdf")
    assert "Until a doctor has checked your leg, please do not use heat, ice" in paper
    assert "What can help" not in paper
    assert ICE not in paper and "Keep walking" not in paper


def test_a_plain_strain_still_shows_its_tips_on_screen_and_paper(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    result = finished(qtbot, page, PLAIN)
    assert result.urgency_heading.text() == "Self-care is a good place to start"
    screen = words_on_screen(result)
    assert WAITS not in screen
    assert "What can help" in screen and ICE in screen and KEEP_WALKING in screen
    assert "Heat and break timers" in buttons_on_screen(result)

    paper = pdf_words(qtbot, page, result, tmp_path / "summary.pdf")
    assert "What can help" in paper and ICE in paper and KEEP_WALKING in paper
    assert "Until a doctor has checked your leg" not in paper


def test_the_take_home_code_of_a_strain_with_clot_signs_holds_no_tips(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    page = check_page(make_window(kiosk_state(clock), page="check"))
    result = finished(qtbot, page, CLOT)
    panel = panel_of(qtbot, result)
    assert panel.qr is not None
    summary = decode(panel.qr)[0]  # what a phone reads from the code
    assert f"- {WAITS}" in summary.splitlines()  # under "What to do now:"
    assert "What can help:" not in summary
    assert ICE not in summary and "Keep walking" not in summary
    assert not [tip for tip in TIPS if tip in summary]


def test_the_take_home_code_of_a_plain_strain_keeps_its_tips(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    page = check_page(make_window(kiosk_state(clock), page="check"))
    result = finished(qtbot, page, PLAIN)
    panel = panel_of(qtbot, result)
    assert panel.qr is not None
    summary = decode(panel.qr)[0]
    assert "What can help:" in summary and ICE in summary
    assert WAITS not in summary


# The clinical review's tear story: a pop while sprinting, cannot walk normally, a large
# bruise. It was urgent, yet told to "keep walking as much as comfort allows" beside
# "do not wait to see if it settles" (domain.md section 1: a tear needs assessment within
# days; section 4's walking and loading are for a strain).
TEAR = {
    **PLAIN,
    "pain_regions": ["sitting_bone_right", "upper_thigh_right"],
    "felt_pop": "yes",
    "walk_normally": "no",
    "bruising": "large",
}


def test_a_likely_tendon_tear_offers_no_self_care_on_screen_paper_or_code(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    result = finished(qtbot, page, TEAR)
    assert result.urgency_heading.text() == "Get medical help today"
    screen = words_on_screen(result)
    assert "do not wait to see if it settles" in screen
    assert WAITS in screen
    assert "What can help" not in screen
    assert KEEP_WALKING not in screen and ICE not in screen
    assert not [tip for tip in TIPS if tip in screen]
    assert "Heat and break timers" not in buttons_on_screen(result)

    paper = pdf_words(qtbot, page, result, tmp_path / "summary.pdf")
    assert "Until a doctor has checked your leg, please do not use heat, ice" in paper
    assert "Keep walking" not in paper and "What can help" not in paper

    kiosk = check_page(make_window(kiosk_state(clock), page="check"))
    panel = panel_of(qtbot, finished(qtbot, kiosk, TEAR))
    assert panel.qr is not None
    summary = decode(panel.qr)[0]  # what a phone reads from the code
    assert f"- {WAITS}" in summary.splitlines()
    assert "Keep walking" not in summary and "What can help:" not in summary
