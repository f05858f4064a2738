"""A guided check left part-way is not lost: its answers are kept as they are given,
and after a restart the start screen offers to go on from where the person was."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import (
    MakeWindow,
    answer_until,
    check_page,
    question,
    start,
    start_screen,
    walk,
)
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

HOME_CHECK = "Start the guided check"  # Home's button before a first check is saved


def test_answers_given_before_quitting_are_offered_back_where_the_person_was(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Before, quitting (or a logout) half-way through threw every answer away."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)  # the 11 safety questions answered
    click(qtbot, window.nav.buttons["journal"])
    click(qtbot, window.nav.buttons["check"])
    assert question(page).question.id == "pain_regions"  # a page switch loses nothing
    window.quit_app()

    clock.advance(hours=20)
    again = AppState.open(returning_state.data_dir, now=clock)
    page = check_page(make_window(again, page="check"))
    screen = start_screen(page)
    assert screen.start_button.text() == "Go on with my answers"
    click(qtbot, screen.start_button)
    assert question(page).question.id == "pain_regions"
    assert {q: page.session.answers[q] for q in SAFE} == SAFE
    walk(qtbot, page, NERVE)  # on to the result: saved as a check, nothing left over
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    assert len(again.past_checks()) == 1

    third = AppState.open(returning_state.data_dir, now=clock)
    page = check_page(make_window(third, page="check"))
    assert start_screen(page).start_button.text() == "Start the check"


def test_starting_over_or_two_days_away_offers_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    answer_until(qtbot, page, "both_legs", SAFE)

    clock.advance(days=2, minutes=1)  # how the leg is may have changed since
    later = AppState.open(returning_state.data_dir, now=clock)
    page = check_page(make_window(later, page="check"))
    assert start_screen(page).start_button.text() == "Start the check"

    start(qtbot, page)
    answer_until(qtbot, page, "both_legs", SAFE)
    again = AppState.open(returning_state.data_dir, now=clock)
    page = check_page(make_window(again, page="check"))
    click(qtbot, start_screen(page).start_again_button)  # "Start over"
    assert question(page).question.id == "age_band" and page.session.answers == {}
    third = AppState.open(returning_state.data_dir, now=clock)
    assert start_screen(check_page(make_window(third, page="check"))).start_button.text() == (
        "Start the check"
    )


def test_homes_check_button_after_a_restart_goes_on_with_the_answers_held(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Home's button started the check afresh, wiping answers the start screen held."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    window.quit_app()

    again = AppState.open(returning_state.data_dir, now=clock)
    window = make_window(again, page="home")
    home_button = next(
        b for b in window.pages["home"].findChildren(QPushButton) if b.text() == HOME_CHECK
    )
    click(qtbot, home_button)
    page = check_page(window)
    assert question(page).question.id == "pain_regions"
    assert {q: page.session.answers[q] for q in SAFE} == SAFE


def test_a_look_at_the_offer_keeps_the_place_and_does_not_make_the_answers_new(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Opening the app (the start screen only) wrote the answers again as if just given:
    the place was lost (the next restart went on from the first question not answered)
    and a look a day kept two-day-old answers on offer for ever."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "both_legs", SAFE)
    page.go_back()  # the place is where the person was, not the first question left
    assert question(page).question.id != "both_legs"
    place = question(page).question.id
    window.quit_app()

    for _look in range(2):
        clock.advance(hours=20)
        state = AppState.open(returning_state.data_dir, now=clock)
        page = check_page(make_window(state, page="check"))
        assert start_screen(page).start_button.text() == "Go on with my answers"
        page.window().close()  # a look, no more

    state = AppState.open(returning_state.data_dir, now=clock)
    page = check_page(make_window(state, page="check"))
    click(qtbot, start_screen(page).start_button)
    assert question(page).question.id == place

    clock.advance(hours=8, minutes=1)  # two days and a minute since the last answer
    state = AppState.open(returning_state.data_dir, now=clock)
    assert start_screen(check_page(make_window(state, page="check"))).start_button.text() == (
        "Start the check"
    )
