"""The heat safety check as a screen reader user meets it: answered with the keyboard
only, the reason not to start is said aloud when it appears, once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers import pack_panel as pack_module
from companion.ui.timers.driver import TimerDriver
from tests.helpers.accessibility import settle
from tests.helpers.keyboard import key
from tests.helpers.layout import sized
from tests.helpers.qt import announcements
from tests.helpers.timers_ui import heat_panel

MakeWindow = Callable[..., MainWindow]


def test_a_keyboard_answer_that_stops_heat_is_said_aloud_once(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard = announcements(monkeypatch, pack_module)
    _window, heat = heat_panel(make_window, returning_state)
    heat.begin_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # Next: safety check
    yes_numb = heat.questions[0].buttons[True]
    assert QApplication.focusWidget() is yes_numb
    key(qtbot, Qt.Key.Key_Space)  # numb skin: Yes
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # fresh injury: No
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # swollen or red: No
    assert not heat.start_button.isEnabled()
    assert len(heard) == 1
    assert heard[0].startswith("Please do not use heat now")
    assert "Numb skin cannot tell you when it is getting too hot" in heard[0]
    # Back to the first question: "No" lets heat start, and there is nothing to say.
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is yes_numb
    key(qtbot, Qt.Key.Key_Right)  # numb skin: No
    assert heat.start_button.isEnabled()
    assert len(heard) == 1
    key(qtbot, Qt.Key.Key_Left)  # numb skin: Yes again, said again
    assert not heat.start_button.isEnabled()
    assert len(heard) == 2 and heard[1] == heard[0]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_reason_not_to_start_scrolls_into_view_with_the_answer(
    qtbot: QtBot,
    make_window: MakeWindow,
    largest_text: AppState,
    driver: TimerDriver,
    size: tuple[int, int],
) -> None:
    """At 1024 x 600 and the largest text, "Please do not use heat now" showed below Back,
    out of sight: only the start button going grey said anything had happened."""
    window, heat = heat_panel(make_window, largest_text)
    sized(window, *size)
    heat.begin_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # Next: safety check
    key(qtbot, Qt.Key.Key_Right)  # numb skin: No
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # fresh injury: No
    key(qtbot, Qt.Key.Key_Tab)
    answer = QApplication.focusWidget()
    key(qtbot, Qt.Key.Key_Space)  # swollen or red: Yes
    settle()
    assert heat.stop_card.isVisible() and not heat.start_button.isEnabled()
    page = window.page("timers")
    view = page.viewport()
    card = QRect(heat.stop_card.mapTo(view, QPoint(0, 0)), heat.stop_card.size())
    heading = QRect(heat.stop_heading.mapTo(view, QPoint(0, 0)), heat.stop_heading.size())
    assert view.rect().contains(heading), (heading, view.rect())  # the reason is in sight
    assert card.top() < view.height()
    assert answer is not None and answer.visibleRegion().boundingRect().height() > 0
