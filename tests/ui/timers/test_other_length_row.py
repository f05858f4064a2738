"""The heat panel's "How long?" row at the largest text on a small screen: "Other:" and
its minutes box stay together, and the box's limits ("5 to 20 min") read on the box's
middle line, not up at its top edge."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.pack_panel import PackPanel
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
