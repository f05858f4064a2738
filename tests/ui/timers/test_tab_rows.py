"""The Timers page's tabs while heat runs, at the largest text in a 1024x600 window: the
time left shows on the heat tab (and is heard with it), and the tabs stay in one row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from companion.core.shared.records import HEAT, WALK
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from companion.ui.timers.walk_panel import WalkPanel
from tests.helpers.accessibility import settle
from tests.helpers.qt import click
from tests.helpers.timers_ui import let_time_pass, start_heat, timers_at_largest_text


def rows_of(page: TimersPage) -> int:
    return len({tab.mapTo(page, QPoint(0, 0)).y() for tab in page.tabs.values()})


def painted(tab: QAbstractButton) -> str:
    """The words as the tab paints them (its `text()` is the words unbroken)."""
    return QAbstractButton.text(tab)


def test_the_running_time_keeps_the_tabs_in_one_row_at_the_largest_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    language: str,
) -> None:
    # In Spanish at 175% the heat tab read "Calor · 15:00", 225 px wide: the four tabs
    # took three rows (154 px) where they took two before heat started.
    with timers_at_largest_text(make_window, tmp_path / "data", language, (1024, 600)) as (
        page,
        driver,
        timer_clock,
    ):
        assert rows_of(page) == 1
        heat = page.panels[HEAT]
        assert isinstance(heat, PackPanel)
        click(qtbot, heat.preset_buttons[15])
        start_heat(qtbot, heat)
        settle()
        tab = page.tabs[HEAT]
        name = "Calor" if language == "es" else "Heat"
        for left in ("15:00", "14:00"):
            assert rows_of(page) == 1, [painted(t) for t in page.tabs.values()]
            assert painted(tab).split("\n") == [name, left]  # the time under the name
            assert tab.height() >= tab.heightForWidth(tab.width())  # both lines shown
            assert tab.accessibleName() == f"{name}, {left}"  # and heard
            let_time_pass(driver, timer_clock, 60)
            settle()
        # The walk's tab, too, keeps its name together above the time walked.
        click(qtbot, page.tabs[WALK])
        walk = page.panels[WALK]
        assert isinstance(walk, WalkPanel)
        click(qtbot, walk.start_button)
        let_time_pass(driver, timer_clock, 60)
        settle()
        assert rows_of(page) == 1, [painted(t) for t in page.tabs.values()]
        walk_name = "Prueba de marcha" if language == "es" else "Walking check"
        *walk_lines, walked = painted(page.tabs[WALK]).split("\n")
        assert (" ".join(walk_lines), walked) == (walk_name, "1:00")  # its words whole


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_a_paused_timer_keeps_the_tabs_in_one_row_at_the_largest_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    # In Spanish at 175% the paused heat tab read "Calor / en pausa", 171 px wide where
    # the running one ("Calor / 14:57") is 121: the tabs took three rows at 1024x600.
    with timers_at_largest_text(make_window, tmp_path / "data", language, size) as (
        page,
        driver,
        timer_clock,
    ):
        heat = page.panels[HEAT]
        assert isinstance(heat, PackPanel)
        click(qtbot, heat.preset_buttons[15])
        start_heat(qtbot, heat)
        let_time_pass(driver, timer_clock, 60)
        click(qtbot, heat.pause_button)
        settle()
        tab = page.tabs[HEAT]
        name, paused = ("Calor", "en pausa") if language == "es" else ("Heat", "paused")
        assert rows_of(page) == 1, [(painted(t), t.width()) for t in page.tabs.values()]
        lines = painted(tab).split("\n")
        assert " ".join(lines) == f"{name} {paused}"  # every word whole, in order
        assert tab.height() >= tab.heightForWidth(tab.width())  # both lines shown
        metrics = tab.fontMetrics()
        assert tab.width() > max(metrics.horizontalAdvance(line) for line in lines)
        assert tab.accessibleName() == f"{name}, {paused}"  # and heard
