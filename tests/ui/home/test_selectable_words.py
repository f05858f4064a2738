"""Home's words can be selected with the mouse and copied, as any label's in the app can,
and Copy goes to the words just selected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def home_label(window: MainWindow, words: str) -> QLabel:
    home = window.page("home")
    found = [w for w in home.findChildren(QLabel) if w.isVisible() and w.text() == words]
    assert found, f"no label on Home says {words!r}"
    return found[0]


def test_a_double_click_on_homes_words_selects_one_to_copy(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="home")
    words = home_label(window, "When to get help right away")
    spot = QPoint(8, words.height() // 2)
    qtbot.mouseDClick(words, Qt.MouseButton.LeftButton, pos=spot)
    assert words.selectedText() == "When"
    qtbot.keyClick(words, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "When"


def test_words_dragged_over_are_selected(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="home")
    words = home_label(window, "When to get help right away")
    start, end = QPoint(1, words.height() // 2), QPoint(words.width() - 2, words.height() // 2)
    qtbot.mousePress(words, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(words, end)
    qtbot.mouseRelease(words, Qt.MouseButton.LeftButton, pos=end)
    assert words.selectedText() == "When to get help right away"
    # Copy goes where the keyboard is: the words just selected, not the last button used.
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "When to get help right away"
