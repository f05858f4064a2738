"""The question before all data is deleted: the app's own box, its red answer, and the
keyboard keeping the data unless "Delete everything" is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.settings import Theme
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.theme import LIGHT
from companion.ui.shell.main_window import MainWindow
from tests.helpers.layout import BOX_MARGIN_PX
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]


def red_pixels(widget: QWidget) -> int:
    """How many of the widget's pixels are the theme's red (the danger colour)."""
    image = widget.grab().toImage()
    red = QColor(LIGHT.danger)
    near = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - red.red()) + abs(c.green() - red.green()) + abs(c.blue() - red.blue())
                < 60
            ):
                near += 1
    return near


def open_question(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> tuple[SettingsPage, QWidget]:
    state.settings.update(theme=Theme.LIGHT)
    window = make_window(state, page="settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    click(qtbot, page.delete_button)
    box = page.confirm_box
    assert box is not None
    qtbot.waitExposed(box)
    return page, box


def test_delete_everything_is_red_like_the_journals_delete_in_a_box_like_the_others(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """It was Qt's ready-made box: a plain "Delete everything" and 11 px margins."""
    _page, box = open_question(qtbot, make_window, returning_state)
    answers = {b.text(): b for b in box.findChildren(QPushButton) if b.isVisible()}
    delete, keep = answers["Delete everything"], answers["Keep my data"]
    assert delete.accessibleName() == "Delete everything"
    assert keep.accessibleName() == "Keep my data"
    assert red_pixels(delete) > 100, "the destructive answer is not red"
    assert red_pixels(keep) == 0
    for button in (delete, keep):
        corner = button.mapTo(box, QPoint(button.width(), button.height()))
        assert box.height() - corner.y() >= BOX_MARGIN_PX, (corner, box.size())
    shown = [w for w in box.findChildren(QWidget) if w.isVisible() and w.parentWidget() is not None]
    left = min(w.mapTo(box, QPoint(0, 0)).x() for w in shown)
    assert left >= 24, f"the box's words start {left} px from its edge"


def test_enter_and_esc_keep_the_data(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    journal = returning_state.store.partitioned(JOURNAL, "time")
    journal.insert({"time": returning_state.now().isoformat(), "pain_now": 5})
    for pressed in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        page, box = open_question(qtbot, make_window, returning_state)
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        focus = QApplication.focusWidget()
        assert isinstance(focus, QPushButton) and focus.text() == "Keep my data"
        qtbot.keyClick(focus, pressed)
        assert not box.isVisible()
        assert page.status.text() == "Nothing was deleted."
        assert journal.count() == 1
