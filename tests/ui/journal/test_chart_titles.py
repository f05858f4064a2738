"""The graph's titles on a small screen at the largest text: every word shows, inside
the graph and above its own plot, in each shipped language (Spanish runs longer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal.chart import PainDistanceChart
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries, journal_page

MakeWindow = Callable[..., MainWindow]


def title_problems(chart: PainDistanceChart) -> list[str]:
    """Titles whose words run past the graph's right edge or past their own box, or
    that reach down into their plot."""
    view_width = chart.view.viewport().width()
    problems = []
    for plot in (chart.level_plot, chart.pain_plot, chart.walk_plot, chart.marker_plot):
        title = plot.titleLabel
        words = title.item.mapRectToScene(title.item.boundingRect())
        ideal = title.item.document().idealWidth()
        plot_top = plot.vb.sceneBoundingRect().top()
        if words.right() > view_width or ideal > title.size().width() + 1:
            problems.append(f"{title.text!r} needs {ideal:.0f}, has {title.size().width():.0f}")
        if words.bottom() > plot_top + 1:
            problems.append(f"{title.text!r} reaches {words.bottom():.0f}, plot at {plot_top}")
    return problems


def plot_heights(chart: PainDistanceChart) -> list[float]:
    plots = (chart.level_plot, chart.pain_plot, chart.walk_plot, chart.marker_plot)
    return [plot.vb.height() for plot in plots]


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (800, 520)])
def test_the_graph_titles_show_every_word_at_the_largest_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    largest_text: AppState,
    clock: FakeClock,
    width: int,
    height: int,
) -> None:
    add_entries(largest_text, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(largest_text, page="journal")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    settle()
    chart = journal_page(window).chart
    assert chart is not None
    wide = plot_heights(chart)
    window.resize(width, height)
    settle()
    assert title_problems(chart) == []
    # The graph grows by the titles' extra lines: each plot keeps its height, and so
    # room for its labels (the pain plot's 0, 5 and 10).
    line = chart.fontMetrics().height()
    for was, now in zip(wide, plot_heights(chart), strict=True):
        assert now >= was - line / 2, (wide, plot_heights(chart))
    window.resize(1280, 800)  # wider again: the titles take the room back
    settle()
    assert title_problems(chart) == []
    assert chart.walk_plot.titleLabel.size().height() < 2 * line  # one line again


def test_the_graph_titles_use_the_graph_s_whole_width_on_a_small_screen(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState, clock: FakeClock
) -> None:
    # On an 800x600 screen at 175% in Spanish the titles had only the plot's 180 of the
    # graph's 372 px (the axis's labels took the rest) and broke into 4 or 5 lines each:
    # 545 px of titles above 4 plots. Across the whole graph they take 2 or 3 lines.
    add_entries(largest_text, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(largest_text, page="journal")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(800, 600)
    settle()
    chart = journal_page(window).chart
    assert chart is not None
    line = chart.fontMetrics().height()
    view_width = chart.view.viewport().width()
    for plot in (chart.level_plot, chart.pain_plot, chart.walk_plot, chart.marker_plot):
        title = plot.titleLabel
        assert title.size().width() >= 0.9 * view_width, (title.text, title.size().width())
        assert title.size().height() < 3.5 * line, (title.text, title.size().height(), line)
    assert title_problems(chart) == []
