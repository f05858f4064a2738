"""Back and Next are always in view, under the question, whatever the text size and the
window: at 175% in a 1024x600 window they sat below the window's edge on a long
question, and only scrolling brought them up."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check.page import CheckPage
from companion.ui.shared.page_layout import tab_stops_as_laid_out
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.keyboard import key
from tests.helpers.pinned_row import QUESTIONS, started_check


def wholly_seen(widget: QWidget, page: CheckPage) -> bool:
    """Shown in full inside the page as it stands, without scrolling."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return (
        widget.isVisible()
        and page.rect().contains(QRect(top_left, widget.size()))
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


def heard(window: QWidget, target: QObject) -> bool:
    """`target` is in what a screen reader is told of the window."""
    waiting = [QAccessible.queryAccessibleInterface(window)]
    while waiting:
        node = waiting.pop()
        if node is None:
            continue
        if node.object() is target:
            return True
        waiting.extend(node.child(i) for i in range(node.childCount()))
    return False


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_back_and_next_show_without_scrolling_at_the_largest_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    largest_text: AppState,
    size: tuple[int, int],
    theme: Theme,
) -> None:
    largest_text.settings.update(theme=theme)
    page = started_check(qtbot, make_window, largest_text, size)
    for question_id in QUESTIONS:
        answer_until(qtbot, page, question_id, SAFE)
        settle()
        screen = question(page)
        for button in (screen.back_button, screen.next_button, screen.restart_button):
            assert wholly_seen(button, page), (question_id, button.text())
            assert heard(page.window(), button), button.text()
        # Still read after the question, in order, with their names.
        stops = tab_stops_as_laid_out(page)
        assert stops.index(screen.why_button) < stops.index(screen.back_button)
        assert stops.index(screen.back_button) < stops.index(screen.next_button)
        assert screen.back_button.accessibleName() in (
            "Back to the previous question",
            "Volver a la pregunta anterior",
        )


def test_tab_goes_from_the_question_to_back_and_next(
    qtbot: QtBot, make_window: Callable[..., MainWindow], largest_text: AppState
) -> None:
    window = make_window(largest_text, page="check")
    window.resize(1024, 600)
    page = check_page(window)
    start(qtbot, page)
    screen = question(page)
    screen.why_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert key(qtbot, Qt.Key.Key_Tab) is screen.back_button
    assert key(qtbot, Qt.Key.Key_Tab) is screen.next_button
