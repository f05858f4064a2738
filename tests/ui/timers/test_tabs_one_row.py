"""The Timers page's four tabs stay in one row at the largest text: in Spanish at 175%
in a 1024x600 window they took two ("Pausas para moverse" and "Prueba de marcha" went
below), and the long names now break onto more lines instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.records import WALK
from companion.ui.shell.main_window import MainWindow
from tests.helpers.keyboard import key
from tests.helpers.timers_ui import timers_at_largest_text


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_tabs_take_one_row_at_the_largest_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    with timers_at_largest_text(make_window, tmp_path / "data", language, size) as (page, _, _):
        bar = page.switch
        tabs = list(page.tabs.values())
        places = [tab.mapTo(bar, QPoint(0, 0)) for tab in tabs]
        assert len({place.y() for place in places}) == 1, [t.text() for t in tabs]
        for tab, place in zip(tabs, places, strict=True):
            assert place.x() >= 0 and place.x() + tab.width() <= bar.width(), tab.text()
            # Every word shown whole: no tab narrower than its words broken onto lines.
            assert tab.height() >= tab.heightForWidth(tab.width()), tab.text()
            assert tab.width() >= tab.minimumSizeHint().width(), tab.text()
            assert tab.isVisible()
        assert len({tab.height() for tab in tabs}) == 1  # one height, a tidy row
        # The keyboard reaches each of them along the row, and each is named.
        tabs[0].setFocus(Qt.FocusReason.TabFocusReason)
        for tab in tabs[1:]:
            assert key(qtbot, Qt.Key.Key_Right) is tab
            assert tab.accessibleName() == tab.text()
        assert page.current_panel() == WALK
