"""The Timers page's four tabs stay in one row at the largest text: in Spanish at 175%
in a 1024x600 window they took two ("Pausas para moverse" and "Prueba de marcha" went
below), and the long names now break onto more lines instead."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.records import WALK
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.page import TimersPage
from tests.helpers.clock import FakeClock
from tests.helpers.keyboard import key
from tests.helpers.layout import window_at
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import timers_state


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(qapp, request.param)
    yield request.param
    assert install_translators(qapp, "en")


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_tabs_take_one_row_at_the_largest_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    clock = FakeClock()
    timer_clock = TimerClock(clock)
    state, driver = timers_state(
        tmp_path / "data", clock, timer_clock, language=language, text_scale=175
    )
    try:
        window = window_at(make_window, state, "timers", size)
        page = window.page("timers")
        assert isinstance(page, TimersPage)
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
    finally:
        driver.stop()
