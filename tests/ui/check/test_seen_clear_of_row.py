"""What a question screen shows when something opens or moves, with Back and Next pinned
below it, at the largest text (English and Spanish): the problem with an answer, the
words of "Why we ask this", and the control the keyboard is on (when a question opens,
and after the window changes size) all show clear of the pinned row."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check import question_focus
from companion.ui.check.answers import BodyRegionInput, ChoiceInput, SeveralInput
from companion.ui.check.screens import NoticeScreen, QuestionScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NOTHING_CLOSE
from tests.helpers.check_ui import answer_shown, answer_until, check_page, question, start
from tests.helpers.keyboard import key
from tests.helpers.layout import sized, window_at
from tests.helpers.pinned_row import (
    focus_clear,
    on_view,
    ring_on_view,
    row_top,
    shows_clear,
    started_check,
)
from tests.helpers.qt import announcements, click

SIZES = [(800, 600), (1024, 600)]
GAP = 12  # PINNED_GAP_PX: what the page leaves between a control and the row


@pytest.mark.parametrize("size", SIZES)
def test_please_choose_an_answer_shows_by_the_answers_and_is_heard(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Next with no answer on "onset" (Spanish, 175%, 800x600): the words were put
    under the last answer at y 954, below the window, and nothing was said."""
    heard = announcements(monkeypatch, question_focus)
    page = started_check(qtbot, make_window, largest_text, size)
    answer_until(qtbot, page, "onset", NOTHING_CLOSE)
    screen = question(page)
    for press in ("mouse", "Enter"):
        if press == "mouse":
            click(qtbot, screen.next_button)
        else:
            key(qtbot, Qt.Key.Key_Return)
        settle()
        assert question(page) is screen  # not gone on
        assert screen.error_label.isVisible()
        assert shows_clear(page, screen.error_label), (press, on_view(page, screen.error_label))
        focus = focus_clear(page, press)
        assert screen.input.isAncestorOf(focus)  # on an answer, just under the words
        assert heard[-1] == screen.error_label.text()
    assert len(heard) == 2


@pytest.mark.parametrize("size", SIZES)
def test_why_we_ask_this_opens_in_view(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    """Pressing "Why we ask this" seemed to do nothing: its words opened behind the row."""
    page = started_check(qtbot, make_window, largest_text, size)
    for question_id in ("age_band", "both_legs", "onset"):
        answer_until(qtbot, page, question_id, NOTHING_CLOSE)
        settle()
        screen = question(page)
        room = row_top(page) - 2 * GAP
        for press in ("mouse", "Space"):
            if press == "mouse":
                click(qtbot, screen.why_button)
            else:
                screen.why_button.setFocus(Qt.FocusReason.TabFocusReason)
                key(qtbot, Qt.Key.Key_Space)
            settle()
            words, opener = on_view(page, screen.why_label), on_view(page, screen.why_button)
            assert screen.why_label.isVisible()
            assert opener.top() >= 0, (question_id, press, opener)  # the button stays
            if opener.height() + words.height() <= room:  # both fit: the words whole
                assert words.bottom() < row_top(page), (question_id, press, words)
            else:  # as much as fits, from their start
                assert words.top() < row_top(page) - GAP, (question_id, press, words)
            key(qtbot, Qt.Key.Key_Space) if press == "Space" else click(qtbot, screen.why_button)
            assert not screen.why_label.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_each_question_opens_with_the_keyboard_in_view(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    """The keyboard's control is never behind the row when a question opens (WCAG 2.2
    "focus not obscured"): the question's first words were kept in view even when that
    left the answer hidden. They show when both fit; otherwise the view goes only as far
    past them as the answer needs. A self-check opens on "Next step", by its steps."""
    page = started_check(qtbot, make_window, largest_text, size)
    asked = []
    for _ in range(60):
        settle()
        screen = page.view
        if isinstance(screen, NoticeScreen):
            click(qtbot, screen.continue_button)
            continue
        if not isinstance(screen, QuestionScreen):
            break
        focus = QApplication.focusWidget()
        assert focus is not None and screen.isAncestorOf(focus), screen.question.id
        if screen.self_test is not None:
            assert focus is screen.self_test.next_step_button
        seen = on_view(page, focus)
        floor = row_top(page) - GAP
        heading = on_view(page, screen.self_test or screen.question_label)
        if seen.height() > floor - GAP:  # taller than the room (the body map)
            assert shows_clear(page, screen.question_label), (screen.question.id, heading)
            focus_clear(page, screen.question.id)  # its place in focus
        else:
            focus_clear(page, screen.question.id)
            # The first words, or else the answer as low as it may go: no further past them.
            low = seen.bottom() + 1 == floor
            assert heading.top() >= 0 or low, (screen.question.id, heading, seen)
        asked.append(screen.question.id)
        answer_shown(qtbot, page, screen, NOTHING_CLOSE)
    assert len(asked) > 10


def test_after_a_resize_the_keyboard_is_brought_back_into_view(
    qtbot: QtBot, make_window: Callable[..., MainWindow], largest_text: AppState
) -> None:
    """The keyboard on the last answer of "onset" at 1024x600, the window made 800x600:
    the words wrapped anew, and the answer ended below the window."""
    window = window_at(make_window, largest_text, "check", (1024, 600))
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "onset", NOTHING_CLOSE)
    settle()
    screen = question(page)
    assert isinstance(screen.input, ChoiceInput)
    for _ in range(len(screen.input.buttons) - 1):
        key(qtbot, Qt.Key.Key_Down)
    focus_clear(page, "1024x600")
    for size in ((800, 600), (1024, 600), (800, 600)):
        sized(window, *size)
        focus_clear(page, f"resized to {size}")


@pytest.mark.parametrize("size", SIZES)
def test_the_body_map_opens_with_its_question(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    """At 175% the map is taller than the view: it opened at its own top, with "Where do
    you feel it?" scrolled off above. Now the question shows, then as much of the map as
    fits, the place the keyboard is on never behind the row as the arrows move it."""
    page = started_check(qtbot, make_window, largest_text, size)
    answer_until(qtbot, page, "pain_regions", NOTHING_CLOSE)
    settle()
    screen = question(page)
    assert isinstance(screen.input, BodyRegionInput)
    body_map = screen.input.map
    assert QApplication.focusWidget() is body_map
    assert on_view(page, body_map).height() > row_top(page)  # taller than the room
    assert shows_clear(page, screen.question_label), on_view(page, screen.question_label)
    assert on_view(page, screen.question_label).top() <= 2 * GAP  # no room wasted above
    focus_clear(page, "opened")
    places = len(body_map.regions)
    for arrow in [Qt.Key.Key_Down] * places + [Qt.Key.Key_Up] * places:
        key(qtbot, arrow)
        focus_clear(page, f"{arrow.name} to {body_map.regions[body_map.focused][0]}")
    assert ring_on_view(page, body_map).top() >= 0


@pytest.mark.parametrize("size", SIZES)
def test_the_whole_answer_the_keyboard_is_on_shows_clear_of_the_row(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
) -> None:
    """The focus ring sat on a long answer's button, clear of the row, while its words
    ran on under Back and Next ("onset" and the self-checks' results, Spanish, 175%):
    the button and its words both show, as a question opens and as the keyboard moves."""
    page = started_check(qtbot, make_window, largest_text, size)
    for _ in range(60):
        settle()
        screen = page.view
        if isinstance(screen, NoticeScreen):
            click(qtbot, screen.continue_button)
            continue
        if not isinstance(screen, QuestionScreen):
            break
        where = screen.question.id
        if isinstance(screen.input, ChoiceInput | SeveralInput):
            for _ in range(12):  # a self-check opens on "Next step": Tab to the answers
                if screen.input.isAncestorOf(focus_clear(page, f"{where}: opened")):
                    break
                key(qtbot, Qt.Key.Key_Tab)
            stops = screen.input.buttons if isinstance(screen.input, ChoiceInput) else {}
            for _ in range(len(stops) - 1):
                focus_clear(page, f"{where}: {key(qtbot, Qt.Key.Key_Down).accessibleName()}")
            if isinstance(screen.input, SeveralInput):
                for _ in range(len(screen.input.boxes) - 1):
                    focus_clear(page, f"{where}: {key(qtbot, Qt.Key.Key_Tab).accessibleName()}")
        answer_shown(qtbot, page, screen, NOTHING_CLOSE)


def test_a_question_opened_behind_another_window_opens_the_same(
    qtbot: QtBot, make_window: Callable[..., MainWindow], largest_text: AppState
) -> None:
    """Next clicked while another window is in front (as the app's first window can be
    under a desktop that has not made it active yet): the app had no keyboard control
    to show, so the body map opened low, below the whole of its question."""
    page = started_check(qtbot, make_window, largest_text, (1024, 600))
    answer_until(qtbot, page, "night_pain", NOTHING_CLOSE)
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    screen = question(page)
    click(qtbot, screen.input.buttons["no"])
    click(qtbot, screen.next_button)
    settle()
    screen = question(page)
    assert screen.question.id == "pain_regions"
    assert 0 <= on_view(page, screen.question_label).top() <= 2 * GAP
    window = page.window()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert QApplication.focusWidget() is screen.input.map
    focus_clear(page, "back in front")


@pytest.mark.parametrize("size", [(1180, 760), (1366, 768), (1024, 700)])
def test_at_the_usual_text_the_body_map_opens_with_its_step_in_view(
    qtbot: QtBot, make_window: Callable[..., MainWindow], state: AppState, size: tuple[int, int]
) -> None:
    """The page stays at its top as every question's does, the place the keyboard is on
    in view: it scrolled to show the whole map (98 px in a 1180 x 760 window), the title
    and "Part 3 of 7" gone and the step's bar cut in half."""
    page = started_check(qtbot, make_window, state, size)
    answer_until(qtbot, page, "pain_regions", NOTHING_CLOSE)
    settle()
    screen = question(page)
    assert isinstance(screen.input, BodyRegionInput)
    assert QApplication.focusWidget() is screen.input.map
    assert on_view(page, screen.where_label).top() >= 0, on_view(page, screen.where_label)
    assert shows_clear(page, screen.progress_bar) and shows_clear(page, screen.question_label)
    focus_clear(page, "opened")
