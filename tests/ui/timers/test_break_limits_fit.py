"""The breaks' settings at the largest text on a small screen: each field's limits
("15 to 90 min") read on one line, under the field when there is no room beside it,
never one word a line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.fields import NumberField
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 600), (800, 520)])
def test_each_fields_limits_read_on_one_line(
    make_window: MakeWindow, largest_text: AppState, qtbot: QtBot, width: int, height: int
) -> None:
    panel = timers_panel(make_window, largest_text, "breaks")
    window = panel.window()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    settle()
    fields = panel.findChildren(NumberField)
    assert len(fields) == 3
    for field in fields:
        limits = field.limits
        line = limits.fontMetrics()
        assert line.horizontalAdvance(limits.text()) <= limits.contentsRect().width(), limits.text()
        assert limits.height() < 2 * line.height(), f"{limits.text()!r}: {limits.height()}"
        assert field.rect().contains(limits.geometry())  # inside its field, not cut off
