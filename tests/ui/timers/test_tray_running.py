"""Heat (or ice) and a walking check running together: the tray's menu and tooltip list
both, in English and Spanish, and Home and the Timers page agree with them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT, WALK
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from companion.ui.timers.tray import TrayIcon, TrayMenu
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import let_time_pass, start_heat, timers_state

MakeWindow = Callable[..., MainWindow]
POPUP_ONLY = "This plugin does not support (raise|grabbing the keyboard)"  # offscreen menus


def start_heat_and_walk(qtbot: QtBot, window: MainWindow) -> TimersPage:
    """On the Timers page: 15 minutes of heat, then a walking check, as a person starts them."""
    window.show_page("timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    page.tabs[HEAT].click()
    start_heat(qtbot, heat)
    page.tabs[WALK].click()
    click(qtbot, page.panels[WALK].start_button)  # type: ignore[attr-defined]
    return page


def read_menu(qtbot: QtBot, menu: TrayMenu) -> list[str]:
    """Open the menu as a person does and read its lines that are not choices."""
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    lines = [a.text() for a in menu.actions() if a.isVisible() and not a.isEnabled()]
    menu.close()
    return lines


@pytest.mark.qt_log_ignore(POPUP_ONLY)
def test_the_tray_says_heat_and_the_walk_when_both_run(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
    timer_clock: TimerClock,
) -> None:
    window = make_window(returning_state)
    tray = TrayIcon(driver, window)
    page = start_heat_and_walk(qtbot, window)
    let_time_pass(driver, timer_clock, 60)

    shown = ["Movement breaks are off", "Heat: 14:00 left", "Walking check: 1:00"]
    assert read_menu(qtbot, tray.menu) == shown
    assert tray.icon.toolTip() == "\n".join(["Thigh Pain Companion", *shown])
    # The Timers page's tabs say the same two...
    tabs = [page.tabs[HEAT].text(), page.tabs[WALK].text()]
    assert tabs == ["Heat\n14:00", "Walking check\n1:00"]
    # ... and Home counts both.
    window.show_page("home")
    assert "2 running." in visible_text(window.page("home"))

    window.show_page("timers")
    page.tabs[HEAT].click()
    click(qtbot, page.panels[HEAT].pause_button)  # type: ignore[attr-defined]
    let_time_pass(driver, timer_clock, 30)
    assert read_menu(qtbot, tray.menu)[1:] == ["Heat: paused", "Walking check: 1:30"]
    click(qtbot, page.panels[HEAT].stop_button)  # type: ignore[attr-defined]
    assert read_menu(qtbot, tray.menu)[1:] == ["Walking check: 1:30"]
    assert tray.icon.toolTip().split("\n")[2:] == ["Walking check: 1:30"]


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


@pytest.mark.usefixtures("spanish")
@pytest.mark.qt_log_ignore(POPUP_ONLY)
def test_the_tray_says_both_in_spanish(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    timer_clock = TimerClock(clock)
    state, driver = timers_state(tmp_path / "data", clock, timer_clock, language="es")
    try:
        window = make_window(state)
        tray = TrayIcon(driver, window)
        start_heat_and_walk(qtbot, window)
        let_time_pass(driver, timer_clock, 60)
        lines = read_menu(qtbot, tray.menu)
        assert lines[1:] == ["Calor: quedan 14:00", "Prueba de marcha: 1:00"]
        assert tray.icon.toolTip().split("\n")[2:] == lines[1:]
        window.show_page("home")
        assert "2 en marcha." in visible_text(window.page("home"))
    finally:
        driver.stop()
