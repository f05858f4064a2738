"""The focus ring shows for the keyboard, not after a click or a tap (`:focus-visible`):
a tapped tab keeps no thick orange ring, and the answer the check focuses on a new
question does not look chosen already; a key press brings the ring back at once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.check.reach import calm_answers
from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ChoiceInput
from companion.ui.check.page import CheckPage
from companion.ui.shared import focus_ring
from companion.ui.shared.focus_ring import RING_PROPERTY
from companion.ui.shared.theme import LIGHT
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import answer_until, check_page, give, question
from tests.helpers.check_ui import start as start_check
from tests.helpers.kiosk_pages import check, welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click
from tests.helpers.timers_ui import heat_panel

ROOT = Path(__file__).resolve().parents[3]

# The app as it starts: once its window is up it follows the input (not before, for
# start-up's sake). A click on a tab, then Tab and Shift+Tab back to it.
REAL_START = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from companion.app import start
from companion.cli.options import parse_options
running = start(parse_options(["--data-dir", sys.argv[1]]))
tab = running.window.nav.buttons["learn"]
def ring():
    return QApplication.focusWidget() is tab and bool(tab.property("focusRing"))
def use():
    if not running.app.property("companion_focus_ring"):
        return  # not yet: asked again in a moment
    poll.stop()
    QTest.mouseClick(tab, Qt.MouseButton.LeftButton)
    print("clicked", ring())
    QTest.keyClick(tab, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    print("keys", ring())
    running.lock.release()
    running.app.quit()
poll = QTimer()
poll.timeout.connect(use)
poll.start(20)
QTimer.singleShot(20_000, running.app.quit)  # never installed: the test fails
running.app.exec()
"""


def ring_pixels(widget: QWidget) -> int:
    """How many of the widget's pixels are drawn in the focus ring's colour."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    ring = QColor(LIGHT.focus)
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _near(image.pixelColor(x, y), ring)
    )


def _near(colour: QColor, ring: QColor) -> bool:
    return all(
        abs(a - b) <= 24
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (ring.red(), ring.green(), ring.blue()),
            strict=True,
        )
    )


def shows_ring(widget: QWidget) -> bool:
    """Whether the ring is drawn; on a button or choice, the property the style sheet
    draws it by agrees (a text field has its ring always)."""
    drawn = ring_pixels(widget) > 0
    if isinstance(widget, QAbstractButton):
        assert bool(widget.property(RING_PROPERTY)) is drawn, widget
    return drawn


def focused(expected: QWidget | None = None) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    if expected is not None:
        assert widget is expected, (widget, expected)
    return widget


def key(qtbot: QtBot, which: Qt.Key) -> QWidget:
    """Press a key where the focus is; returns where the focus is then."""
    qtbot.keyClick(focused(), which)
    return focused()


def first_answer_after_next(qtbot: QtBot, page: CheckPage) -> QAbstractButton:
    """Answer the question on screen with the mouse and click Next; the next question's
    first answer, which has the focus."""
    asked = question(page).question.id
    assert page.content is not None
    give(qtbot, page, calm_answers(page.content)[asked])
    answer = question(page).input
    assert isinstance(answer, ChoiceInput)
    first = next(iter(answer.buttons.values()))
    focused(first)
    return first


def test_a_clicked_tab_has_no_ring_and_the_keyboard_brings_it_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state)
    tab = window.nav.buttons["learn"]
    click(qtbot, tab)
    focused(tab)
    assert not shows_ring(tab)
    moved_on = key(qtbot, Qt.Key.Key_Tab)
    assert moved_on is not tab and shows_ring(moved_on)
    assert key(qtbot, Qt.Key.Key_Backtab) is tab
    assert shows_ring(tab)
    click(qtbot, tab)  # the mouse again, on the control that has the focus
    assert not shows_ring(tab)


def why_button(qtbot: QtBot, window: MainWindow) -> QAbstractButton:
    """The check's first question's "Why we ask this" button, the check started."""
    page = check_page(window)
    start_check(qtbot, page)
    screen = question(page)
    return next(b for b in screen.findChildren(QAbstractButton) if b.text() == "Why we ask this")


def test_a_clicked_button_has_no_ring(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    button = why_button(qtbot, make_window(returning_state, page="check"))
    click(qtbot, button)
    focused(button)
    assert not shows_ring(button)
    qtbot.keyClick(button, Qt.Key.Key_Shift)  # a modifier alone is not the keyboard
    assert not shows_ring(button)
    size = button.sizeHint()
    qtbot.keyClick(button, Qt.Key.Key_F20)  # any other key shows it at once, where it is
    assert shows_ring(focused(button))
    # As big with the ring as without: the row is not laid out again around it.
    assert button.sizeHint() == size
    assert shows_ring(key(qtbot, Qt.Key.Key_Tab))


def test_the_checks_next_question_shows_no_ring_after_the_mouse(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start_check(qtbot, page)
    first = first_answer_after_next(qtbot, page)
    assert not shows_ring(first)
    second = key(qtbot, Qt.Key.Key_Down)  # an arrow moves to the next answer
    assert second is not first and shows_ring(second)
    assert shows_ring(key(qtbot, Qt.Key.Key_Up))
    # After the mouse again, a Tab shows the ring on wherever it lands.
    first = first_answer_after_next(qtbot, page)
    assert not shows_ring(first)
    assert shows_ring(key(qtbot, Qt.Key.Key_Tab))


def test_the_check_keeps_the_ring_for_a_keyboard_user(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start_check(qtbot, page)
    screen = question(page)
    assert isinstance(screen.input, ChoiceInput)
    first = next(iter(screen.input.buttons.values()))
    focused(first)
    key(qtbot, Qt.Key.Key_Down)  # a choice made with the keys
    key(qtbot, Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Next, from the keyboard
    answer = question(page).input
    assert isinstance(answer, ChoiceInput) and question(page) is not screen
    assert shows_ring(focused(next(iter(answer.buttons.values()))))


def test_the_kiosk_shows_no_ring_after_a_tap_and_one_for_the_keys(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    window = make_kiosk().window
    click(qtbot, welcome(window).check_button)
    tab = window.tabs["check"]
    click(qtbot, tab)
    focused(tab)
    assert not shows_ring(tab)
    assert shows_ring(key(qtbot, Qt.Key.Key_Tab))
    page = check(window)
    start_check(qtbot, page)
    first = first_answer_after_next(qtbot, page)
    assert not shows_ring(first)
    assert shows_ring(key(qtbot, Qt.Key.Key_Down))


def test_the_heat_safety_checks_first_yes_shows_no_ring_after_a_click(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    driver: TimerDriver,
) -> None:
    _window, heat = heat_panel(make_window, returning_state)
    click(qtbot, heat.begin_button)
    yes_numb = heat.questions[0].buttons[True]
    focused(yes_numb)
    assert not shows_ring(yes_numb)
    assert shows_ring(key(qtbot, Qt.Key.Key_Tab))


def test_a_shortcut_after_the_mouse_shows_the_ring_where_it_takes_the_focus(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state)
    home = window.nav.buttons["home"]
    click(qtbot, home)
    assert not shows_ring(focused(home))
    qtbot.keyClick(home, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # the journal
    assert window.current_page() == "journal"
    assert shows_ring(focused(window.nav.buttons["journal"]))


def test_the_started_app_follows_the_input(tmp_path: Path) -> None:
    state = AppState.open(tmp_path / "data")
    state.settings.update(welcome_done=True, emergency_number="112")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", REAL_START, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["clicked False", "keys True"], done.stdout


def surface_share(button: QAbstractButton) -> float:
    """The share of the pixels inside the ring painted in the button's own background."""
    QApplication.processEvents()
    image = button.grab().toImage()
    inside = [
        image.pixelColor(x, y).name()
        for x in range(6, image.width() - 6)
        for y in range(6, image.height() - 6)
    ]
    return inside.count(LIGHT.surface.lower()) / len(inside)


def test_the_ring_is_the_only_mark_of_the_keyboard_on_a_button(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    # With the ring, the style's own focus box was painted too: a grey block behind the
    # words of "Why we ask this", as if they were selected.
    button = why_button(qtbot, make_window(returning_state, page="check"))
    unfocused = surface_share(button)
    qtbot.keyClick(button, Qt.Key.Key_Tab)  # Tab marks the window as keyboard-driven
    button.setFocus(Qt.FocusReason.BacktabFocusReason)  # and the focus comes back to it
    assert shows_ring(focused(button))
    assert surface_share(button) >= unfocused - 0.02  # the words on the button's own colour


def test_the_body_map_shows_its_ring_for_the_keys_not_after_clicks(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    # Reached with clicks, the map's place in focus had a thick outline, as if chosen.
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start_check(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    body = question(page).input.map  # type: ignore[attr-defined]
    body.setFocus(Qt.FocusReason.OtherFocusReason)
    assert body.hasFocus() and not focus_ring.shows_ring(body)
    qtbot.keyClick(body, Qt.Key.Key_Down)  # a key: the ring, at once
    assert focus_ring.shows_ring(body)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=body.rect().topLeft())
    assert body.hasFocus() and not focus_ring.shows_ring(body)
