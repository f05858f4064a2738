"""The heat panel's "How long?" row at the largest text on a small screen: "Other:" and
its minutes box stay together, and the box's limits ("5 to 20 min") read on the box's
middle line, not up at its top edge."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.page_layout import tab_stops_as_laid_out
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.pack_panel import PackPanel
from tests.helpers.accessibility import settle, tab_through
from tests.helpers.layout import sized
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]


def on_window(widget: QWidget) -> QRect:
    """`widget`'s place in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 600), (800, 520)])
def test_other_and_its_box_share_a_line(
    make_window: MakeWindow, largest_text: AppState, width: int, height: int
) -> None:
    """Spanish at 175% in 1024 x 600: "Otro:" ended one line, its "15 min" box began
    the next."""
    panel = timers_panel(make_window, largest_text, "heat")
    assert isinstance(panel, PackPanel)
    sized(panel.window(), width, height)  # type: ignore[arg-type]
    radio, box = on_window(panel.custom_radio), on_window(panel.custom_minutes)
    pair = panel.custom_field.parentWidget()
    room = pair.width() if pair is not None else 0
    fits = panel.custom_radio.sizeHint().width() + 20 + panel.custom_field.minimumSizeHint().width()
    if room >= fits:
        assert radio.right() < box.left()  # the box beside its radio, to its right
        assert radio.top() < box.bottom() and box.top() < radio.bottom()  # on one line
        assert abs(radio.center().y() - box.center().y()) <= 2
    else:  # a line too narrow for both (800 px, Spanish): the box right under its radio
        assert (width, largest_text.settings.current.language) == (800, "es")
        assert box.left() == radio.left() and 0 <= box.top() - radio.bottom() <= 20
    # Either way the page is not pushed wider than its window.
    assert on_window(panel).right() < panel.window().width()


@pytest.mark.parametrize("scale", [100, 175])
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 600)])
def test_limits_read_on_the_box_middle(
    make_window: MakeWindow,
    returning_state: AppState,
    scale: int,
    width: int,
    height: int,
) -> None:
    """The limits sat at the top of the 48 px box, about 15 px above its number."""
    returning_state.settings.update(text_scale=scale)
    panel = timers_panel(make_window, returning_state, "heat")
    assert isinstance(panel, PackPanel)
    sized(panel.window(), width, height)  # type: ignore[arg-type]
    limits, box = on_window(panel.custom_field.limits), on_window(panel.custom_minutes)
    if limits.top() > box.bottom():  # no room beside the box: under it, whole
        return
    assert abs(limits.center().y() - box.center().y()) <= 2, (limits, box)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 600)])
def test_a_number_out_of_range_is_said_across_the_fields_width(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState, width: int, height: int
) -> None:
    """Beside the box, "3 es muy poco: se queda en 15 min." had what width was left: a
    column of one word a line, one of them broken ("qued / a"), at 1024 x 600."""
    panel = timers_panel(make_window, largest_text, "heat")
    assert isinstance(panel, PackPanel)
    sized(panel.window(), width, height)  # type: ignore[arg-type]
    field = panel.custom_field
    field.spin.lineEdit().selectAll()
    qtbot.keyClicks(field.spin.lineEdit(), "3")
    qtbot.keyClick(field.spin.lineEdit(), Qt.Key.Key_Tab)
    settle()
    message, box = on_window(field.message), on_window(panel.custom_minutes)
    assert field.message.text() and field.message.isVisible()
    assert message.top() > box.bottom()  # under the box, not squeezed beside it
    assert message.width() >= box.width()
    metrics = field.message.fontMetrics()
    longest = max(metrics.horizontalAdvance(w) for w in field.message.text().split())
    assert message.width() >= longest  # no word broken


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 520)])
def test_tab_reaches_other_then_its_box_then_next(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState, width: int, height: int
) -> None:
    """'Other:' sits in a row of its own making (no layout): the laid-out Tab order left
    it out, so with 'Other' chosen Tab went to its box, to 'Next: safety check', and only
    then back up to 'Other:'. Beside its box or under it (800 px in Spanish)."""
    panel = timers_panel(make_window, largest_text, "heat")
    assert isinstance(panel, PackPanel)
    sized(panel.window(), width, height)  # type: ignore[arg-type]
    wanted = [panel.custom_radio, panel.custom_minutes, panel.begin_button]
    stops = tab_stops_as_laid_out(panel)
    assert [stop for stop in stops if stop in wanted] == wanted
    qtbot.mouseClick(panel.custom_radio, Qt.MouseButton.LeftButton)
    assert panel.custom_radio.isChecked()
    order = tab_through(panel.window().page("timers").tabs["heat"], qtbot)  # type: ignore[attr-defined]
    assert [stop for stop in order if stop in wanted] == wanted


def test_the_box_goes_back_beside_other_when_the_window_widens(
    make_window: MakeWindow, largest_text: AppState
) -> None:
    """Under its 'Other:' in a narrow window, the box comes back beside it in a wide one
    (a row asks it for both side by side, whichever way they lie now)."""
    panel = timers_panel(make_window, largest_text, "heat")
    assert isinstance(panel, PackPanel)
    for width, height in [(800, 520), (1280, 800)]:
        sized(panel.window(), width, height)  # type: ignore[arg-type]
    radio, box = on_window(panel.custom_radio), on_window(panel.custom_minutes)
    assert radio.right() < box.left() and abs(radio.center().y() - box.center().y()) <= 2
