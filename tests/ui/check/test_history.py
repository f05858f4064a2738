"""Taking a mistake back, past checks, Home's way in, the kiosk without a number, under 18,
a possible tear and the zoomed body map: driven as a person would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.home.summary import summarize
from companion.core.learn.order import Reason
from companion.core.shared.app_state import AppState
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.record_log import load_checks
from companion.core.shared.records import EMERGENCY, SCIATIC_NERVE, URGENT
from companion.ui.check.answers import BodyRegionInput
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import (
    EmergencyScreen,
    QuestionScreen,
    ReviewScreen,
    StartScreen,
)
from companion.ui.home.page import HomePage
from companion.ui.learn.page import LearnPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import (
    MakeWindow,
    answer_until,
    check_page,
    finish,
    give,
    history,
    question,
    start,
    walk,
)
from tests.helpers.keyboard import key, pick
from tests.helpers.qt import click


def learn_reason(window: MainWindow) -> Reason | None:
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    return learn.start.order.reason if learn.start.order else None


# --- Take a mistake back --------------------------------------------------------------------


def test_an_emergency_answered_by_mistake_is_taken_back_everywhere(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    learn_reason(window)  # Learn is open and listening
    page = check_page(window)
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    give(qtbot, page, "yes")  # saddle numbness, by mistake
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    assert summarize(returning_state).last_check_summary is not None
    assert learn_reason(window) == Reason.URGENCY
    click(qtbot, screen.back_button)  # "I answered by mistake: go back"
    assert summarize(returning_state).last_check_summary is None
    assert learn_reason(window) == Reason.START
    assert load_checks(returning_state) == []  # no marker on the journal's graph
    window.show_page("home")
    home = window.page("home")
    assert isinstance(home, HomePage)
    texts = [w.text() for w in home.findChildren(QLabel)]
    assert not any("emergency help now" in text for text in texts)
    # The person answers again and finishes: one result is kept, the right one.
    window.show_page("check")
    give(qtbot, page, "no")
    result = finish(qtbot, page, NERVE)
    assert result.leading_label.text() == "Irritated sciatic nerve"
    checks = returning_state.past_checks()
    assert [c.leading for _id, c in checks] == [SCIATIC_NERVE]


def test_a_change_on_the_review_screen_replaces_the_saved_result(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    result = finish(qtbot, page, NERVE)
    assert len(returning_state.past_checks()) == 1
    click(qtbot, result.change_button)  # back to the review
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.change_buttons["night_pain"])
    give(qtbot, page, "yes")
    # The old result no longer matches the answers: it is gone at once.
    assert returning_state.past_checks() == []
    click(qtbot, page.view.continue_button)  # type: ignore[attr-defined]
    assert isinstance(page.view, ReviewScreen)
    click(qtbot, page.view.result_button)
    (only,) = returning_state.past_checks()
    assert only[1].urgency == URGENT


# --- Past checks ------------------------------------------------------------------------------


def test_a_past_check_opens_read_only_prints_and_is_deleted_with_undo(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: Any, tmp_path: Path
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    finish(qtbot, page, NERVE)
    clock.advance(days=2)
    click(qtbot, page.view.restart_button)  # type: ignore[attr-defined]
    start(qtbot, page)
    assert question(page).question.id == "saddle_numbness"  # age remembered
    finish(qtbot, page, SAFE | {k: v for k, v in NERVE.items() if k not in SAFE})
    click(qtbot, page.view.restart_button)  # type: ignore[attr-defined]
    rows = history(page).rows
    assert len(rows) == 2
    assert rows[0].check.time > rows[1].check.time  # newest first
    assert rows[1].detail_label.text() == "Self-care · Irritated sciatic nerve"
    assert rows[1].open_button.accessibleName().startswith("Open the check of ")

    # Open the older one: read-only, with its own date, to print or save.
    click(qtbot, rows[1].open_button)
    past = page.view
    assert isinstance(past, ResultScreen) and past.past_card is not None
    assert past.leading_label.text() == "Irritated sciatic nerve"
    buttons = [b.text() for b in past.findChildren(QPushButton)]
    assert "Change my answers" not in buttons and "Start over" not in buttons
    assert {"Print a summary", "Save as PDF", "Back to the check"} <= set(buttons)
    texts = [w.text() for w in past.past_card.findChildren(QLabel)]
    assert any(text.startswith("Done on ") and "Read only" in text for text in texts)
    target = tmp_path / "past.pdf"
    assert page.save_pdf(target)
    assert os.name != "posix" or target.stat().st_mode & 0o777 == 0o600  # the person's only
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    if words.returncode == 0:
        assert "Irritated sciatic nerve" in words.stdout
    click(qtbot, past.close_button)

    # Delete it, then take the delete back.
    older = history(page).rows[1]
    click(qtbot, older.delete_button)
    assert len(returning_state.past_checks()) == 1
    listing = history(page)
    assert listing.undo_bar.isVisible() and listing.undo_button.hasFocus()
    assert listing.undo_label.text().startswith("Deleted the check of ")
    click(qtbot, listing.undo_button)
    assert len(returning_state.past_checks()) == 2
    assert not history(page).undo_bar.isVisible()
    # Undo puts it back in its place in time: the newest check is still the newest.
    latest = returning_state.latest_check()
    assert latest is not None and latest.time == clock()


def test_the_kiosk_has_no_history(qtbot: QtBot, make_window: MakeWindow, clock: Any) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock)
    page = check_page(make_window(state, page="check"))
    assert isinstance(page.view, StartScreen) and page.view.history is None


# --- Home's way in ------------------------------------------------------------------------------


def test_homes_button_opens_the_first_question_after_the_first_check(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="home")
    home = window.page("home")
    assert isinstance(home, HomePage)
    click(qtbot, home.primary_action)  # "Start the guided check", the very first time
    assert window.current_page() == "check"
    page = check_page(window)
    assert isinstance(page.view, StartScreen)  # the start screen explains, once
    start(qtbot, page)
    finish(qtbot, page, NERVE)
    window.show_page("home")
    home.refresh()
    secondary = next(
        b for b in home.findChildren(QPushButton) if b.text() == "Take the guided check again"
    )
    click(qtbot, secondary)
    assert window.current_page() == "check"
    # Straight to the first question; age is remembered, so that is the first safety one.
    assert question(page).question.id == "saddle_numbness"


# --- A kiosk without a number -----------------------------------------------------------------


def test_a_kiosk_without_a_number_says_to_tell_the_staff_never_settings(
    qtbot: QtBot, make_window: MakeWindow, clock: Any
) -> None:
    state = AppState.open_kiosk(KioskConfig(), now=clock)
    page = check_page(make_window(state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_50_69")
    give(qtbot, page, "yes")
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    assert screen.call_label.text() == (
        "Tell the front desk or a member of staff now. Say that you need emergency help."
    )
    assert screen.settings_button is None
    texts = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "Settings" not in texts
    # Still said, after the staff.
    assert "Call your local emergency number or go to an emergency department now" in texts


def test_a_kiosk_uses_the_clinics_own_words(
    qtbot: QtBot, make_window: MakeWindow, clock: Any
) -> None:
    config = KioskConfig(
        emergency_help=ClinicWords.plain("Press the red button by the door, or tell the desk.")
    )
    state = AppState.open_kiosk(config, now=clock)
    page = check_page(make_window(state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_18_49")
    give(qtbot, page, "no")
    give(qtbot, page, "yes")  # bladder
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    assert screen.call_label.text() == "Press the red button by the door, or tell the desk."
    assert state.latest_check() is not None and state.latest_check().urgency == EMERGENCY


# --- A possible tear ---------------------------------------------------------------------------


def test_after_a_possible_tear_the_self_checks_are_left_out_and_the_screen_says_why(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    tear = {
        **NERVE,
        "onset": "sudden_other",
        "felt_pop": "not_sure",
        "walk_normally": "no",
        "bruising": "large",
    }
    walk(qtbot, page, tear)
    review = page.view
    assert isinstance(review, ReviewScreen)
    assert "slump_result" not in review.change_buttons
    note = review.skipped_labels["selftests"]
    assert note.isVisible() and "a possible tear of a tendon" in note.text()
    click(qtbot, review.result_button)
    result = page.view
    assert isinstance(result, ResultScreen)
    texts = [w.text() for w in result.findChildren(QLabel)]
    assert any("We left out the self-checks" in text for text in texts)
    assert result.urgency_heading.text() == "Get medical help today"


# --- The zoomed body map ------------------------------------------------------------------------


def test_the_hips_zoom_makes_the_sitting_bones_a_touch_target(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    answer = question(page).input
    assert isinstance(answer, BodyRegionInput)
    body = answer.map
    assert body.element_rect("region_sitting_bone_left").height() < 44
    click(qtbot, answer.zoom_button)
    qtbot.waitUntil(lambda: body.width() >= 330)
    rect = body.element_rect("region_sitting_bone_left")
    assert rect.height() >= 44
    assert body.accessibleName().startswith("Body map of the hips")
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert answer.value() == ["sitting_bone_left"]
    assert answer.list.boxes["sitting_bone_left"].isChecked()
    click(qtbot, answer.zoom_button)
    assert answer.zoom_button.text() == "Zoom in on the hips"
    assert isinstance(page.view, QuestionScreen)


def test_a_past_emergency_stop_names_no_pattern_on_screen_or_paper(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """The check stops at saddle numbness before any question about the pain; opened
    again, and in its PDF, it said 'Partly fits: Narrowed spinal canal' ('closest:
    Narrowed spinal canal'), from the age alone, under 'Please stop the check'."""
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_50_69")
    give(qtbot, page, "yes")  # saddle numbness
    emergency = page.view
    assert isinstance(emergency, EmergencyScreen)
    click(qtbot, emergency.restart_button)
    row = history(page).rows[0]
    # The list and its summary say it stopped, not "Emergency · Mixed picture".
    assert row.detail_label.text() == "Emergency"
    assert "Mixed" not in row.accessibleName() and "pattern" not in row.check.summary
    assert row.check.summary.startswith("Stopped early at a sign that needs help")
    click(qtbot, row.open_button)
    past = page.view
    assert isinstance(past, ResultScreen)
    shown = [w.text() for w in past.findChildren(QLabel) if w.isVisibleTo(past)]
    assert "Get help now" in shown
    assert not [text for text in shown if "spinal canal" in text or "Mixed" in text]
    assert past.scores_section is None
    summary = page.summary_html()
    assert "Call 112" in summary
    assert "spinal canal" not in summary and "point to" not in summary


def test_a_past_check_where_nothing_stood_out_is_listed_as_its_result_says(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Every question answered, and no pattern gained a point: the result said "Mixed
    picture ... The list below shows what pointed where" with no list below it, and
    the list of past checks and Home said "Mixed picture" and "No single pattern
    leads", as if some had come close."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    unclear = SAFE | {
        "pain_regions": ["sitting_bone_left"],
        "leg_vs_back": "no_back_pain",
        "feel": ["none"],
        "pain_now": 3,
        "onset": "not_sure",
        "felt_pop": "not_sure",
        "walk_normally": "yes",
        "bruising": "not_sure",
        "how_long": "under_3_days",
        "spreading_down": "no",
        "worse_with": ["none"],
        "eases_with": ["none"],
        "stretching_effect": "better",
        "back_stiff": "no",
        "thigh_tender": "little",
        "stops_activities": "yes",
    }
    result = finish(qtbot, page, unclear)
    assert result.leading_label.text() == "No pattern fits yet"
    meaning = result.finding_label.text()
    assert meaning.startswith("Your answers did not point to any of the patterns.")
    shown = [w.text() for w in result.findChildren(QLabel) if w.isVisibleTo(result)]
    said = " ".join(shown)
    assert "list below" not in said and "Also looked at" not in said
    assert "Partly fits" not in said and "Mixed picture" not in said
    click(qtbot, result.restart_button)
    (row,) = history(page).rows
    assert row.detail_label.text() == "See a clinician soon · No pattern fits yet"
    assert row.accessibleName().endswith(", No pattern fits yet")
    window.show_page("home")
    home = window.page("home")
    assert isinstance(home, HomePage)
    texts = [w.text() for w in home.findChildren(QLabel) if w.isVisibleTo(home)]
    assert any(text.endswith("\nNo pattern fits yet; see a clinician soon.") for text in texts)
    assert not any("No single pattern leads" in text for text in texts)


def test_a_past_emergency_stop_rules_out_only_what_was_asked(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Stopped at a bladder change, the check said a fall with weaker bones had not been
    reported, though the question about a fall never came."""
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_70_plus")
    give(qtbot, page, "no")  # saddle numbness
    give(qtbot, page, "yes")  # a new bladder or bowel change
    emergency = page.view
    assert isinstance(emergency, EmergencyScreen)
    click(qtbot, emergency.restart_button)
    click(qtbot, history(page).rows[0].open_button)
    past = page.view
    assert isinstance(past, ResultScreen)
    click(qtbot, past.ruled_out_section.toggle)
    body = past.ruled_out_section.body
    shown = " ".join(w.text() for w in body.findChildren(QLabel) if w.isVisibleTo(past))
    assert "Numbness around the genitals or back passage" in shown
    assert "fall" not in shown


def test_a_check_edited_by_hand_is_listed_at_the_urgency_its_answers_call_for(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    finish(qtbot, page, NERVE)  # saved as self-care
    (check_id, saved), *_ = returning_state.past_checks()
    data = saved.to_dict()
    data["answers"] |= {"bladder_bowel_change": "yes", "no_such": {"a": [1]}}
    returning_state.store.table("checks").update(check_id, data)  # as if edited by hand
    click(qtbot, page.view.restart_button)
    (row,) = history(page).rows
    assert row.detail_label.text().startswith("Emergency · ")


def test_the_age_remembered_from_the_last_check_opens_to_change_from_the_review(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    finish(qtbot, page, {**NERVE, "age_band": "age_50_69"})
    click(qtbot, page.view.restart_button)
    start(qtbot, page)
    assert question(page).question.id == "saddle_numbness"  # the age is not asked again
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.change_buttons["age_band"])
    screen = question(page)
    assert screen.question.id == "age_band"
    assert screen.where_label.text() == "Part 1 of 7: About you"
    assert screen.input.value() == "age_50_69"
    give(qtbot, page, "age_70_plus")
    assert isinstance(page.view, ReviewScreen)
    click(qtbot, page.view.result_button)
    assert isinstance(page.view, ResultScreen)
    assert page.session.answers["age_band"] == "age_70_plus"


@pytest.mark.parametrize("changed", ["age_band", "night_pain"])
def test_back_from_a_question_opened_from_the_review_returns_to_the_review(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, changed: str
) -> None:
    """Back from the age, opened to change, went to the start screen, where "Start the
    check" then wiped every answer; from a later question it went to the one before."""
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    answers = dict(page.session.answers)
    click(qtbot, review.change_buttons[changed])
    assert question(page).question.id == changed
    click(qtbot, question(page).back_button)
    assert isinstance(page.view, ReviewScreen)
    assert page.session.answers == answers


def test_back_to_the_start_screen_offers_to_go_on_with_the_answers(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Back from the first question showed "Start the check", which wiped every answer
    given so far; now the person can go on with them, or start over on purpose."""
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", NERVE)
    answers = dict(page.session.answers)
    while isinstance(page.view, QuestionScreen):
        click(qtbot, question(page).back_button)
    screen = page.view
    assert isinstance(screen, StartScreen)
    assert screen.start_button.text() == "Go on with my answers"
    click(qtbot, screen.start_button)
    assert question(page).question.id == "age_band"
    assert page.session.answers == answers
    click(qtbot, question(page).back_button)
    screen = page.view
    assert isinstance(screen, StartScreen)
    click(qtbot, screen.start_again_button)  # "Start over": a clean check
    assert question(page).question.id == "age_band" and page.session.answers == {}
    click(qtbot, question(page).back_button)
    assert page.view.start_button.text() == "Start the check"  # type: ignore[attr-defined]


def test_a_number_set_from_the_emergency_screen_shows_on_it_on_coming_back(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    state.settings.update(welcome_done=True)
    window = make_window(state, page="check")
    page = check_page(window)
    start(qtbot, page)
    for value in ("age_50_69", "no", "yes"):  # new trouble with the bladder or bowel
        give(qtbot, page, value)
    screen = page.view
    assert isinstance(screen, EmergencyScreen) and screen.settings_button is not None
    click(qtbot, screen.settings_button)
    combo = window.page("settings").emergency.combo  # type: ignore[attr-defined]
    pick(qtbot, combo, "112")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert state.settings.current.emergency_number == "112"
    click(qtbot, window.nav.buttons["check"])
    screen = page.view
    assert isinstance(screen, EmergencyScreen)
    assert screen.call_label.text().startswith("Call 112 or go to an emergency department now")
    assert screen.settings_button is None
    click(qtbot, screen.back_button)  # the answers are still there to change
    assert question(page).question.id == "bladder_bowel_change"
    assert question(page).input.value() == "yes"


def test_alt_left_on_a_past_check_goes_back_to_its_row_in_the_list(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: Any
) -> None:
    """Alt+Left, "back" everywhere else in the check, did nothing on a past check; and its
    own Back button left the keyboard on Start at the top, not on the check just read."""
    returning_state.settings.update(text_scale=175)
    window = make_window(returning_state, page="check")
    window.resize(1024, 600)
    page = check_page(window)
    for _ in range(3):
        start(qtbot, page)
        finish(qtbot, page, NERVE)
        clock.advance(days=1)
        click(qtbot, page.view.restart_button)  # type: ignore[attr-defined]
    oldest = history(page).rows[2]
    oldest_id = oldest.check.id
    oldest.open_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)
    assert isinstance(page.view, ResultScreen) and page.view.past_card is not None
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    row = history(page).rows[2]
    assert row.check.id == oldest_id
    assert row.open_button.hasFocus()
    shown = page.viewport().rect()
    top_left = row.open_button.mapTo(page.viewport(), row.open_button.rect().topLeft())
    bottom_right = row.open_button.mapTo(page.viewport(), row.open_button.rect().bottomRight())
    assert shown.contains(top_left) and shown.contains(bottom_right)  # in view, not below it
    click(qtbot, row.open_button)  # the button does the same
    click(qtbot, page.view.close_button)  # type: ignore[attr-defined]
    assert history(page).rows[2].open_button.hasFocus()
