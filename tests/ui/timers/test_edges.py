"""The heat and ice panels at their edges: two kinds at once, a check left open."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT, ICE
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from tests.helpers.qt import click, visible_text
from tests.helpers.timers_ui import answer, has_button, open_timers

MakeWindow = Callable[..., MainWindow]


def test_a_heat_check_left_open_while_ice_starts_no_longer_offers_to_start(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    _window, page = open_timers(make_window, returning_state)
    heat, ice = page.panels[HEAT], page.panels[ICE]
    assert isinstance(heat, PackPanel) and isinstance(ice, PackPanel)
    click(qtbot, heat.begin_button)
    answer(qtbot, heat, {})  # all "no": "Start heat for 15 minutes" is ready
    assert heat.start_button.isEnabled()
    click(qtbot, page.tabs[ICE])
    click(qtbot, ice.begin_button)
    answer(qtbot, ice, {})
    click(qtbot, ice.start_button)
    click(qtbot, page.tabs[HEAT])
    # Before, the heat check still showed an active "Start heat for 15 minutes", and
    # pressing it did nothing but raise "a ice session is already on".
    assert not has_button(heat, "Start heat for 15 minutes")
    assert "Ice is on now. One at a time, please." in visible_text(heat)
    assert not heat.begin_button.isEnabled()
    assert driver.scheduler.pack is not None and driver.scheduler.pack.kind == ICE
