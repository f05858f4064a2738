"""The Check page, driven with the mouse and keyboard as a person would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.home.summary import summarize
from companion.core.shared.app_state import AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import EMERGENCY, SCIATIC_NERVE, URGENT
from companion.ui.check.answers import BodyRegionInput, ChoiceInput, ScaleInput, SeveralInput
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import (
    EmergencyScreen,
    NoticeScreen,
    QuestionScreen,
    ReviewScreen,
    StartScreen,
)
from tests.helpers.accessibility import role, spoken_name
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import MakeWindow, answer_until, check_page, give, question, start, walk
from tests.helpers.qt import click


def test_clicking_through_the_check_reaches_a_saved_result(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    assert question(page).where_label.text() == "Part 1 of 7: About you"
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.result_button)
    result = page.view
    assert isinstance(result, ResultScreen)
    assert result.leading_label.text() == "Irritated sciatic nerve"
    assert result.urgency_heading.text() == "Self-care is a good place to start"
    words = [w.text() for w in result.findChildren(QLabel)]
    assert "Self-care" in words  # the level in words beside its icon, not colour alone
    assert "Do not stretch your hamstrings" in result.avoid_label.text()
    assert result.saved_label.text().startswith("Saved to your journal")
    saved = returning_state.latest_check()
    assert saved is not None
    assert saved.leading == SCIATIC_NERVE
    assert saved.answers["slump_result"] == "head_changes"
    assert summarize(returning_state).last_check_summary == saved.summary
    assert saved.summary.startswith("Fits the irritated nerve pattern best")


def test_the_progress_goes_by_part_and_only_forward(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    screen = question(page)
    assert screen.progress_bar.value() == 0
    assert screen.progress_bar.accessibleName() == "Progress: Part 1 of 7: About you"
    values = [screen.progress_bar.value()]
    parts = [screen.where_label.text()]
    for _ in range(40):
        view = page.view
        if not isinstance(view, QuestionScreen) or view.question.id == "pain_now":
            break
        give(qtbot, page, NERVE[view.question.id])
        values.append(question(page).progress_bar.value())
        parts.append(question(page).where_label.text())
    assert values == sorted(values) and len(set(values)) == len(values)
    # No question count that could jump: only the part, which moves on in order.
    assert parts[1] == "Part 2 of 7: Safety first"
    assert parts[-1] == "Part 4 of 7: How it feels"
    assert not any("Question" in w.text() for w in question(page).findChildren(QLabel))


def test_an_emergency_answer_stops_at_once_with_the_number_and_what_to_say(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    give(qtbot, page, "yes")
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    # The shared emergency action, in large type; the sign in the shared words.
    assert screen.call_label.text() == (
        "Call 112 or go to an emergency department now. Do not wait to see if it passes."
    )
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Numbness around the genitals or back passage" in texts
    assert "What to say when you call" in texts
    assert texts.count("Call 112 or go to an emergency department now") == 1  # said once
    assert screen.settings_button is None
    assert not screen.findChildren(QuestionScreen)
    saved = returning_state.latest_check()
    assert saved is not None and saved.urgency == EMERGENCY
    # Enter moves nothing on; going back lets a mistaken answer be changed.
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.view is screen
    click(qtbot, screen.back_button)
    assert question(page).question.id == "saddle_numbness"
    assert question(page).input.value() == "yes"


def test_without_a_number_the_emergency_screen_says_so_and_links_to_settings(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    state.settings.update(welcome_done=True)
    window = make_window(state, page="check")
    page = check_page(window)
    start(qtbot, page)
    give(qtbot, page, "age_50_69")
    give(qtbot, page, "no")
    give(qtbot, page, "yes")
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    assert screen.call_label.text().startswith(
        "Call your local emergency number or go to an emergency department now"
    )
    assert screen.settings_button is not None
    click(qtbot, screen.settings_button)
    assert window.current_page() == "settings"


def test_an_urgent_answer_shows_the_advice_and_lets_the_person_continue(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    for value in ("age_18_49", "no", "no"):
        give(qtbot, page, value)
    give(qtbot, page, "yes")  # nerve symptoms in both legs: first, how they behave
    assert question(page).question.id == "both_legs_pattern"
    give(qtbot, page, "not_sure")
    notice = page.view
    assert isinstance(notice, NoticeScreen)
    assert notice.continue_button.hasFocus()
    texts = [w.text() for w in notice.findChildren(QLabel)]
    assert "Nerve symptoms in both legs (possible)" in texts
    assert "Contact a doctor or urgent care today." in " ".join(texts)
    click(qtbot, notice.continue_button)
    assert question(page).question.id == "weakness_worsening"
    walk(qtbot, page, {**NERVE, "both_legs": "yes", "both_legs_pattern": "not_sure"})
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    saved = returning_state.latest_check()
    assert saved is not None and saved.urgency == URGENT


def test_next_without_an_answer_asks_for_one(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    screen = question(page)
    click(qtbot, screen.next_button)
    assert page.view is screen
    assert screen.error_label.isVisible()
    assert screen.error_label.text() == "Please choose an answer to go on."


def test_why_we_ask_this_opens_and_closes(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    screen = question(page)
    assert not screen.why_label.isVisible()
    assert role(screen.why_button) == QAccessible.Role.Button  # not a tick box
    click(qtbot, screen.why_button)
    assert screen.why_label.isVisible()
    assert "squeezed bundle of nerves" in screen.why_label.text()
    assert spoken_name(screen.why_button) == "Hide why we ask this"
    click(qtbot, screen.why_button)
    assert not screen.why_label.isVisible()
    assert spoken_name(screen.why_button) == "Why we ask this"


def test_the_keyboard_answers_goes_on_and_goes_back(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    first = question(page).input
    assert isinstance(first, ChoiceInput)
    assert first.buttons["yes"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # to "No"
    assert first.buttons["no"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert first.value() == "no"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert question(page).question.id == "bladder_bowel_change"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert question(page).question.id == "saddle_numbness"
    assert question(page).input.value() == "no"
    # Backspace never goes back.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert question(page).question.id == "saddle_numbness"


def test_number_keys_pick_on_the_0_to_10_scale(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "pain_now", NERVE)
    scale = question(page).input
    assert isinstance(scale, ScaleInput)
    assert scale.buttons[0].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
    assert scale.value() == 7
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert scale.value() == 10
    assert scale.buttons[10].accessibleName() == "10, Worst pain you can imagine"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert question(page).question.id == "onset"


def test_the_body_map_works_with_mouse_keyboard_and_list(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    answer = question(page).input
    assert isinstance(answer, BodyRegionInput)
    body = answer.map
    assert body.hasFocus()
    assert body.accessibleName() == "Body map, seen from behind. Lower back: not picked."
    assert answer.zoom_button.accessibleName() == "Zoom in on the hips"
    qtbot.keyClick(body, Qt.Key.Key_Down)  # left buttock
    qtbot.keyClick(body, Qt.Key.Key_Right)  # right buttock
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert answer.value() == ["buttock_right"]
    assert answer.list.boxes["buttock_right"].isChecked()
    assert "Right buttock: picked" in body.accessibleName()
    centre = body.element_rect("region_calf_left").center().toPoint()
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=centre)
    assert answer.value() == ["buttock_right", "calf_left"]
    assert "Picked: Right buttock, Left calf" in body.accessibleDescription()
    click(qtbot, answer.list.boxes["calf_left"])  # the list un-picks it on the map too
    assert body.selected == ["buttock_right"]
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # outside the body
    assert body.selected == ["buttock_right"]


def test_none_of_these_clears_the_other_choices(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "health_signs", SAFE)
    several = question(page).input
    assert isinstance(several, SeveralInput)
    click(qtbot, several.boxes["fever"])
    click(qtbot, several.boxes["none"])
    assert several.value() == ["none"]
    click(qtbot, several.boxes["weight_loss"])
    assert several.value() == ["weight_loss"]


def test_self_checks_show_each_step_with_a_drawing_and_can_be_skipped(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "slump_result", NERVE)
    steps = question(page).self_test
    assert steps is not None
    assert steps.drawing.name == "selftest_slump_1"
    assert steps.step_label.text() == "Step 1 of 4"
    assert not steps.previous_button.isEnabled()
    click(qtbot, steps.next_step_button)
    assert steps.drawing.name == "selftest_slump_2"
    assert "chin" in steps.drawing.accessibleName()
    texts = [w.text() for w in question(page).findChildren(QLabel)]
    assert any("Stop if it hurts more" in text for text in texts)
    skip = question(page).skip_button
    assert skip is not None
    click(qtbot, skip)
    assert question(page).question.id == "position_result"
    assert page.session.answers["slump_result"] == "skipped"


def test_any_answer_can_be_changed_from_the_review(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    change = review.change_buttons["leg_vs_back"]
    assert change.accessibleName().startswith("Change: Which is worse")
    click(qtbot, change)
    assert question(page).input.value() == "leg_worse"
    give(qtbot, page, "back_worse")
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.result_button)
    assert isinstance(page.view, ResultScreen)
    assert page.session.answers["leg_vs_back"] == "back_worse"


def test_result_links_go_to_learn_timers_and_journal(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    with qtbot.waitSignal(page.page_requested) as signal:
        click(qtbot, result.timers_button)
    assert signal.args == ["timers"]
    assert window.current_page() == "timers"


def test_start_over_clears_the_answers(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    click(qtbot, question(page).restart_button)
    assert isinstance(page.view, StartScreen)
    assert page.session.answers == {}


def test_the_summary_saves_as_a_one_page_pdf(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen) and result.pdf_button is not None
    click(qtbot, result.pdf_button)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "summary.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True)
    if info.returncode == 0:
        assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE), info.stdout
    assert result.message_label.text() == f"Saved the summary to {target}"
    html = page.summary_html()
    for words in (
        "What was reported",
        "What was ruled out",
        "Warning signs asked about and answered no:",
        "What to avoid",
        "When to get help",
    ):
        assert words in html
    assert ".;" not in html and "Avoid: Avoid" not in html


def test_a_pdf_that_cannot_be_written_says_so(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    assert not page.save_pdf(tmp_path / "no-such-folder" / "summary.pdf")
    result = page.view
    assert isinstance(result, ResultScreen)
    assert result.message_label.text().startswith("The PDF could not be saved")
    assert "[Errno" not in result.message_label.text()  # in words, not the system's code
    # Never among the app's own files (saved as a year of the journal, it wrote over it).
    inside = returning_state.data_dir / "checks.json"
    kept = inside.read_bytes()
    assert not page.save_pdf(inside)
    assert "inside the app's own data folder" in result.message_label.text()
    assert inside.read_bytes() == kept


def test_kiosk_mode_keeps_the_result_in_memory_and_offers_no_pdf(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: Any
) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock)
    state.settings.update(welcome_done=True, emergency_number="112")
    page = check_page(make_window(state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    assert result.pdf_button is None
    assert "Nothing is saved" in result.saved_label.text()
    assert not page.save_pdf(tmp_path / "summary.pdf")
    assert not (tmp_path / "summary.pdf").exists()
    saved = state.latest_check()
    assert saved is not None and saved.leading == SCIATIC_NERVE
    assert state.store.table("checks").count() == 0


def test_clicking_the_words_of_an_option_picks_it(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    answer = question(page).input
    assert isinstance(answer, ChoiceInput)
    words = next(w for w in answer.findChildren(QLabel) if w.text() == "Not sure")
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert answer.value() == "not_sure"
    assert answer.buttons["not_sure"].accessibleName() == "Not sure"


def test_result_details_open_and_close_with_mouse_and_keyboard(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    # Urgency, what to do now, the leading pattern and what to avoid are shown at once.
    assert result.urgency_heading.isVisible() and result.avoid_label.isVisible()
    shown = [w.text() for w in result.findChildren(QLabel) if w.isVisible()]
    assert "What to do now" in shown
    assert any("The slump check brought on your usual pain" in text for text in shown)
    # The rest waits behind labelled, closed sections.
    names = [section.toggle.accessibleName() for section in result.sections]
    assert names == [
        "Show: How each pattern scored",
        "Show: What your answers made less likely",
        "Show: When to get help",
    ]
    # Heard as a button whose name says what a press does, never as a tick box.
    assert {role(section.toggle) for section in result.sections} == {QAccessible.Role.Button}
    assert not any(section.body.isVisible() for section in result.sections)
    help_section = result.if_then_section
    click(qtbot, help_section.toggle)
    assert help_section.body.isVisible()
    assert help_section.toggle.accessibleName() == "Hide: When to get help"
    then = [w.text() for w in help_section.body.findChildren(QLabel) if w.isVisible()]
    # The shared signs, under each level's shared heading, most urgent first.
    headings = [
        "Call 112 or go to an emergency department now if you have:",
        "Contact a doctor or urgent care the same day if you have:",
        "Book a visit with your doctor or a physiotherapist if:",
    ]
    assert [w for w in then if w in headings] == headings
    assert any("Shooting or burning pain below the knee" in w for w in then)
    assert any("not a good sign if the leg gets weaker or more numb" in w for w in then)
    click(qtbot, help_section.toggle)
    assert not help_section.body.isVisible()
    # Keyboard: Tab reaches a section's button; Space and Enter open and close it.
    scores = result.scores_section
    result.learn_button.setFocus()
    for _ in range(12):
        if scores.toggle.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert scores.toggle.hasFocus()
    qtbot.keyClick(scores.toggle, Qt.Key.Key_Space)
    assert scores.body.isVisible()
    heads = [w.text() for w in scores.body.findChildren(QLabel)]
    assert "1. Irritated sciatic nerve (leads): 14 points towards it" in heads
    qtbot.keyClick(scores.toggle, Qt.Key.Key_Return)
    assert not scores.body.isVisible()
    qtbot.keyClick(scores.toggle, Qt.Key.Key_Return)
    assert scores.body.isVisible()
