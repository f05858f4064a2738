"""Home's first layout is at the width it shows at: no scroll bar that comes with the
first layout and goes again before the first paint (Home then laid out its wrapped words
at 590 px, then again at 604), and still a scroll bar when the page does not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.home.page import HomePage
from companion.ui.shared.appearance import Appearance
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle


def shown_home(qtbot: QtBot, qapp: QApplication, state: AppState) -> HomePage:
    """Home in a window just shown, before the event loop has turned (the test screen
    is 800 px wide: the window fills it, as it would a small laptop's)."""
    window = MainWindow(state, Appearance(qapp, state.settings))
    qtbot.addWidget(window)
    window.show()  # the first layout
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    return home


def test_home_that_fits_gets_its_full_width_at_the_first_layout(
    qtbot: QtBot, qapp: QApplication, returning_state: AppState
) -> None:
    home = shown_home(qtbot, qapp, returning_state)
    body = home.widget()
    assert body is not None
    assert not home.verticalScrollBar().isVisible()
    assert home.viewport().width() == body.width() == home.width()
    settle()
    assert not home.verticalScrollBar().isVisible()
    assert home.viewport().width() == body.width() == home.width()


def test_home_that_does_not_fit_still_scrolls(
    qtbot: QtBot, qapp: QApplication, returning_state: AppState
) -> None:
    returning_state.settings.update(text_scale=175)
    home = shown_home(qtbot, qapp, returning_state)
    settle()
    bar = home.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert home.viewport().width() == home.width() - bar.width()
