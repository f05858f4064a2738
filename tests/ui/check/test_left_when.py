"""The offer to go on with a check left part-way says when it was left, in the words
of the day ("yesterday at 23:50"), so the person can judge whether the answers still
hold; once they go on or start over it is not said again."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.page import CheckPage
from tests.helpers.check_ui import MakeWindow, check_page, leave_a_check, question, start_screen
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text

LEFT = datetime(2026, 3, 9, 23, 50, tzinfo=timezone(timedelta(hours=1)))  # a Monday night


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(LEFT)


def reopened(make_window: MakeWindow, state: AppState, clock: FakeClock) -> CheckPage:
    again = AppState.open(state.data_dir, now=clock)
    return check_page(make_window(again, page="check"))


@pytest.mark.parametrize(
    ("later", "said"),
    [
        (timedelta(minutes=5), "You left this check today at 23:50."),
        (timedelta(minutes=20), "You left this check yesterday at 23:50."),  # past midnight
        (timedelta(days=1, hours=12), "You left this check on Monday at 23:50."),
    ],
)
def test_the_offer_says_when_the_check_was_left(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    later: timedelta,
    said: str,
) -> None:
    """Before, "Go on with my answers" gave no hint that the answers were from last night."""
    leave_a_check(qtbot, make_window, returning_state)
    clock.advance(seconds=later.total_seconds())
    reopened(make_window, returning_state, clock).window().close()  # a look, no more
    clock.advance(seconds=10)
    page = reopened(make_window, returning_state, clock)
    screen = start_screen(page)
    assert said in visible_text(screen)
    assert screen.start_button.text() == "Go on with my answers"
    # A screen reader says when, on reaching the button with Tab, not only on reading
    assert screen.start_button.accessibleDescription() == said

    click(qtbot, screen.start_button)  # gone on: back at the start, it is not said again
    assert question(page).question.id == "both_legs"
    page.go_back()
    while not hasattr(page.view, "start_button"):
        page.go_back()
    assert "You left this check" not in visible_text(page.view)


@pytest.mark.parametrize("largest_text", ["es"], indirect=True)
def test_the_offer_says_it_in_spanish(
    qtbot: QtBot,
    make_window: MakeWindow,
    largest_text: AppState,
    clock: FakeClock,
) -> None:
    leave_a_check(qtbot, make_window, largest_text)
    clock.advance(minutes=20)
    screen = start_screen(reopened(make_window, largest_text, clock))
    assert "Dejó esta revisión ayer a las 23:50." in visible_text(screen)
