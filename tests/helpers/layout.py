"""Windows at a chosen size, hints that must show whole, and the room the app's own
boxes keep around their words: for the layout tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle

BOX_MARGIN_PX = 20  # the app's boxes keep 24 px at the sides, 20 below (Qt's: about 11)


def hint_width(field: QLineEdit) -> int:
    """The width a line edit's hint (placeholder) needs to show whole."""
    return field.fontMetrics().horizontalAdvance(field.placeholderText())


def sized(window: MainWindow, width: int, height: int) -> MainWindow:
    """`window` as a normal window of `width` x `height`, laid out."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(width, height)
    settle()
    return window


def window_at(
    make_window: Callable[..., MainWindow], state: AppState, page: str, size: tuple[int, int]
) -> MainWindow:
    """A new window on `page`, sized as `sized` does."""
    return sized(make_window(state, page=page), *size)
