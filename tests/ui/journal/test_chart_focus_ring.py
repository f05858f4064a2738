"""The graph shows the keyboard's focus ring, as every control does: with the graph in
focus nothing showed it, though Left and Right moved through the entries."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.theme import LIGHT
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page


def _edges_in(view: object, colour: str) -> int:
    """How many of the graph's four edge middles are in `colour`."""
    image = view.viewport().grab().toImage()  # type: ignore[attr-defined]
    w, h = image.width(), image.height()
    middles = [QPoint(1, h // 2), QPoint(w - 2, h // 2), QPoint(w // 2, 1), QPoint(w // 2, h - 2)]
    return sum(image.pixelColor(p).name() == QColor(colour).name() for p in middles)


def test_the_graph_shows_its_ring_for_the_keys_not_after_a_click(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "lower_thigh_knee", "upper_thigh", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    view = chart.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().center()
    )
    settle()
    assert view.hasFocus() and _edges_in(view, LIGHT.focus) == 0  # clicked: no ring
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a key: the ring, all round
    settle()
    assert _edges_in(view, LIGHT.focus) == 4
    chart.range_buttons.buttons["2w"].setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert _edges_in(view, LIGHT.focus) == 0  # gone with the focus
