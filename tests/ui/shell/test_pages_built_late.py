"""Start-up builds only the first page; the others are built the first time they are
shown. A page built late must look like one built at start: the current colours and text
size. (The language: test_every_page_of_the_app_is_spanish opens each page first from
Home, so each is built late there.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.theme import DARK, point_size
from companion.ui.shell.main_window import MainWindow
from tests.helpers.keyboard import pick

MakeWindow = Callable[..., MainWindow]
LATER_PAGES = ("check", "learn", "timers", "journal")


@pytest.mark.parametrize("name", LATER_PAGES)
def test_a_page_first_opened_after_a_settings_change_has_the_new_look(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, name: str
) -> None:
    returning_state.settings.update(theme=Theme.LIGHT, text_scale=100)
    window = make_window(returning_state)
    assert name not in window.pages  # start-up did not build it
    qtbot.mouseClick(window.nav.buttons["settings"], Qt.MouseButton.LeftButton)
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    qtbot.mouseClick(settings.theme_buttons[Theme.DARK], Qt.MouseButton.LeftButton)
    pick(qtbot, settings.text_size, 150)

    qtbot.mouseClick(window.nav.buttons[name], Qt.MouseButton.LeftButton)
    page = window.page(name)
    assert window.stack.currentWidget() is page
    words = [w for w in page.findChildren(QLabel) if w.isVisible() and w.text()]
    assert words, f"the {name} page shows no words"
    assert page.palette().window().color().name().upper() == DARK.window
    dark_words = {DARK.text, DARK.muted, DARK.accent, DARK.warning_text, DARK.danger}
    for label in words:
        colour = label.palette().windowText().color().name().upper()
        assert colour in dark_words, f"{label.text()!r} is drawn in {colour}"
    assert page.font().pointSizeF() == point_size(150)
    for label in words:  # headings are bigger, none smaller than the chosen size
        assert label.font().pointSizeF() >= point_size(150), label.text()
