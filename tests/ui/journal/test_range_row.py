"""The graph's "Show:" row at the largest text on a small screen: when its buttons go on
to a second line, "Show:" reads with the first line, not between the two."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget

from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page
from tests.helpers.layout import sized


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_show_reads_with_the_first_line_of_buttons(
    make_window: MakeWindow, largest_text: AppState, clock: FakeClock
) -> None:
    """Spanish at 175% in 1024 x 600: "Mostrar:" sat centred between two lines of
    buttons."""
    add_entries(largest_text, clock, ["calf"] * 20)
    window = sized(make_window(largest_text, page="journal"), 1024, 600)
    chart = journal_page(window).chart
    assert chart is not None
    buttons = [on_window(button) for button in chart.range_buttons.buttons.values()]
    words = on_window(
        next(w for w in chart.findChildren(QLabel) if w.text() in ("Show:", "Mostrar:"))
    )
    first = buttons[0]
    assert abs(words.center().y() - first.center().y()) <= 2, (words, first)
    for button in buttons:
        assert words.right() < button.left()  # the buttons all to the right of it


def test_at_the_usual_size_the_buttons_share_one_line_with_show(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"] * 20)
    window = sized(make_window(returning_state, page="journal"), 1280, 800)
    chart = journal_page(window).chart
    assert chart is not None
    buttons = [on_window(button) for button in chart.range_buttons.buttons.values()]
    words = on_window(
        next(w for w in chart.findChildren(QLabel) if w.text() in ("Show:", "Mostrar:"))
    )
    assert {button.top() for button in buttons} == {buttons[0].top()}
    assert abs(words.center().y() - buttons[0].center().y()) <= 2
