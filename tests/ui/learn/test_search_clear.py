"""Learn's search box: its clear button is a finger's size and clears at a tap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn.page import LearnPage
from companion.ui.shared.theme import MIN_TOUCH_PX
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.learn_ui import visible_tiles


@pytest.mark.parametrize("scale", [100, 175])
def test_the_clear_button_is_a_finger_wide_and_tall_and_clears(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, scale: int
) -> None:
    """It was Qt's own 12 px mark at the field's right end, hard to hit with a finger."""
    returning_state.settings.update(text_scale=scale)
    window = make_window(returning_state, page="learn")
    window.resize(1024, 600)
    page = window.page("learn")
    assert isinstance(page, LearnPage)
    field = page.start.search_field
    QApplication.processEvents()
    qtbot.keyClicks(field, "heat")
    clears = [
        b
        for b in field.findChildren(QAbstractButton)
        if b.isVisible() and b.accessibleName() == "Clear the search"
    ]
    assert len(clears) == 1
    clear = clears[0]
    assert field.height() >= MIN_TOUCH_PX
    assert clear.width() >= MIN_TOUCH_PX and clear.height() >= MIN_TOUCH_PX, clear.size()
    assert field.rect().contains(clear.geometry()), (clear.geometry(), field.rect())
    # The typed words stop short of it: "heat" is not under the button.
    words_end = field.cursorRect().right()
    assert words_end < clear.x()
    # A tap near its edge, not only on the mark in its middle, clears.
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton, pos=QPoint(4, clear.height() // 2))
    assert field.text() == ""
    assert not clear.isVisible()
    assert field.hasFocus()  # ready to type again
    assert visible_tiles(page.start)  # the cards are back
