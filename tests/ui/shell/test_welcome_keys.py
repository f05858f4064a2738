"""The first-run welcome by keyboard alone: Enter presses the button the keyboard is on,
and Tab goes in reading order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared import page_layout
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle, spoken_name
from tests.helpers.keyboard import key, pick
from tests.helpers.qt import announcements

MakeWindow = Callable[..., MainWindow]


def test_enter_on_back_goes_back_and_enter_on_later_leaves_the_number_unset(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    """With a number picked, "Start using the app" is the dialog's default button; Enter
    on Back (or on "Set the number later") must not press it instead."""
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.step_label.text() == "Step 2 of 2"
    pick(qtbot, dialog.number_field.combo, "999")
    assert dialog.next_button.isEnabled()
    dialog.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.step_label.text() == "Step 1 of 2"
    assert not state.settings.current.welcome_done
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)  # on again, the number kept
    dialog.later_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.later_button, Qt.Key.Key_Return)
    assert state.settings.current.welcome_done
    assert state.settings.current.emergency_number is None  # "later", as the button says


def test_start_looks_unavailable_until_a_number_is_chosen(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    """The button "Start using the app" does nothing before a number is chosen: it must
    not wear the filled colour of a button ready to press."""
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    accent = QColor(window.appearance.palette.accent)

    def fill(button: QWidget) -> QColor:
        return button.grab().toImage().pixelColor(8, button.height() // 2)

    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert not dialog.next_button.isEnabled()
    assert fill(dialog.next_button) != accent
    pick(qtbot, dialog.number_field.combo, "999")
    assert dialog.next_button.isEnabled()
    assert fill(dialog.next_button) == accent


def test_tab_on_the_first_step_follows_the_reading_order(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    """Language, then the words under it, then Continue: Tab went from Continue to the
    words and only then up to the language above them."""
    window = make_window(state)
    dialog = window.show_welcome()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.next_button  # Enter continues at once
    assert key(qtbot, Qt.Key.Key_Tab) is dialog.language_choice.combo
    words = key(qtbot, Qt.Key.Key_Tab)
    assert words.isAncestorOf(dialog.intro_text)
    assert key(qtbot, Qt.Key.Key_Tab) is dialog.next_button
    assert key(qtbot, Qt.Key.Key_Backtab) is words


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "What this app is and is not"), ("es", "Qué es y qué no es esta aplicación")],
)
def test_the_words_tab_stop_says_what_it_holds_not_the_dialogs_name_again(
    qtbot: QtBot,
    make_window: MakeWindow,
    qapp: QApplication,
    tmp_path: Path,
    language: str,
    said: str,
) -> None:
    """Orca said "Welcome to Thigh Pain Companion" as the dialog opened, then the same
    words again at the Tab stop on the text below the language (it was named with the
    text's title, which is the dialog's own name); that stop now says what it holds."""
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path / language, language=language)
        dialog = make_window(state).show_welcome()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        key(qtbot, Qt.Key.Key_Tab)  # the language
        words = key(qtbot, Qt.Key.Key_Tab)
    finally:
        install_translators(qapp, "en")
    assert words.isAncestorOf(dialog.intro_text)
    assert spoken_name(words) == said
    assert spoken_name(words) != spoken_name(dialog)


def test_a_wrong_number_is_seen_and_heard_after_tab_at_the_largest_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In Spanish at 175% the typed number is the last thing in its step's view: Tab out
    of "+44 999" to Back left the words saying why below the fold (at 424 px in a 403 px
    view), and no screen reader heard them, so "Start using the app" was simply grey.
    They now scroll into view and are said."""
    heard = announcements(monkeypatch, page_layout)
    assert install_translators(qapp, "es")
    try:
        state = AppState.open(tmp_path / "es", language="es")
        state.settings.update(text_scale=175)
        dialog = make_window(state).show_welcome()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        key(qtbot, Qt.Key.Key_Return)
        field = dialog.number_field
        pick(qtbot, field.combo, "other")
        assert key(qtbot, Qt.Key.Key_Tab) is field.other
        qtbot.keyClicks(field.other, "+44 999")
        assert key(qtbot, Qt.Key.Key_Tab) is dialog.back_button
        settle()  # as a person then sees it
    finally:
        install_translators(qapp, "en")
    said = "Un número de emergencias solo tiene cifras, como 112 o 911."
    assert field.error.text() == said and heard == [said]
    scroll = dialog.steps.currentWidget()
    assert isinstance(scroll, QScrollArea)
    view = scroll.viewport()
    top = field.error.mapTo(view, QPoint(0, 0)).y()
    assert top >= 0 and top + field.error.height() <= view.height(), (top, view.height())
    assert not dialog.next_button.isEnabled()
