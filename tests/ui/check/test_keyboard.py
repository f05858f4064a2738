"""The guided check by keyboard: where the keys lead, and what they keep."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EMERGENCY
from companion.ui.check import screens
from companion.ui.check.answers import BodyRegionInput
from companion.ui.check.screens import EmergencyScreen, ReviewScreen
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import answer_until, check_page, give, question, start, walk
from tests.helpers.keyboard import key
from tests.helpers.qt import announcements, click

MakeWindow = Callable[..., MainWindow]


def test_a_safety_answer_changed_to_yes_then_left_with_back_stops_at_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    review = page.view
    assert isinstance(review, ReviewScreen)
    click(qtbot, review.change_buttons["saddle_numbness"])
    screen = question(page)
    assert QApplication.focusWidget() is screen.input.buttons["no"]
    key(qtbot, Qt.Key.Key_Up)  # to "Yes"
    assert screen.input.value() == "yes"
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert isinstance(page.view, EmergencyScreen)
    assert [record.urgency for _id, record in returning_state.past_checks()] == [EMERGENCY]


@pytest.mark.parametrize(
    ("enter", "modifier"),
    [
        pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
        pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
    ],
)
def test_enter_on_a_show_or_hide_button_shows_or_hides_and_stays(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    enter: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    """Enter on an answer's choice confirms it and goes on; Enter on "Why we ask this"
    or the drawing's zoom pressed Next instead, and went on to the next question."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    screen = question(page)
    click(qtbot, screen.input.buttons[SAFE[screen.question.id]])
    screen.why_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, enter, modifier)
    assert page.view is screen and screen.why_label.isVisible()
    key(qtbot, enter, modifier)
    assert page.view is screen and not screen.why_label.isVisible()
    while not isinstance(question(page).input, BodyRegionInput):
        give(qtbot, page, SAFE[question(page).question.id])
    screen = question(page)
    assert isinstance(screen.input, BodyRegionInput)
    zoom = screen.input.zoom_button
    zoom.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, enter, modifier)
    assert page.view is screen and zoom.isChecked()
    assert not screen.error_label.isVisible()  # not "Please choose an answer to go on."


def test_the_zoomed_body_map_keeps_the_keyboard_on_places_in_view(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Zoomed in on the hips, the arrow keys went on down to the knee, calf and foot,
    which are out of view: the focus outline vanished and Space picked a foot unseen."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    answer = question(page).input
    assert isinstance(answer, BodyRegionInput)
    body = answer.map
    for _ in range(12):  # down the left leg to the foot, on the whole map
        key(qtbot, Qt.Key.Key_Down)
    assert "Left ankle or foot: not picked" in body.accessibleName()
    answer.zoom_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Space)  # zoom in on the hips
    assert answer.zoom_button.isChecked()
    body.setFocus(Qt.FocusReason.BacktabFocusReason)
    # The foot is out of view: the keyboard is on the lowest place shown, on its side.
    assert "Left thigh, upper half: not picked" in body.accessibleName()
    for _ in range(12):
        key(qtbot, Qt.Key.Key_Down)
        inside = body.element_rect(f"region_{body.regions[body.focused][0]}")
        assert inside.intersects(QRectF(body.rect())), body.accessibleName()
    key(qtbot, Qt.Key.Key_Space)
    assert answer.value() == ["upper_thigh_left"]
    key(qtbot, Qt.Key.Key_Up)
    assert "Left sitting bone: not picked" in body.accessibleName()


def test_the_self_check_steps_by_keyboard_are_heard_and_pick_no_answer(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Space on "Next step" at the third of four steps turned the button off under the
    keyboard, which Qt passed on to the first answer: the next Space picked "It brought
    on my usual pain, and lifting my head eased or changed it", unread. And each new
    step was shown but never heard."""
    heard = announcements(monkeypatch, screens)
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "slump_result", NERVE)
    screen = question(page)
    steps = screen.self_test
    assert steps is not None
    steps.next_step_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Space)
    assert steps.step_label.text() == "Step 4 of 4"
    assert QApplication.focusWidget() is steps.previous_button
    assert heard[0].startswith("Step 2 of 4. ") and steps.test.steps[1].text in heard[0]
    assert len(heard) == 3 and heard[-1].startswith("Step 4 of 4. ")
    key(qtbot, Qt.Key.Key_Space)  # once more: a step back, never an answer
    assert screen.input.value() is None
    assert steps.step_label.text() == "Step 3 of 4"
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Space)
    assert steps.step_label.text() == "Step 1 of 4"
    assert QApplication.focusWidget() is steps.next_step_button
    assert screen.input.value() is None
