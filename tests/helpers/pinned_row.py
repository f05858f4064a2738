"""Where things show on a check page whose Back and Next are pinned below its scrolling
column: for the tests that nothing the person needs is left behind that row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.body_map import BodyMap
from companion.ui.check.page import CheckPage
from companion.ui.shared.page_layout import OptionText
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import check_page, start
from tests.helpers.layout import window_at

# Safety questions with short and long answers, asked of everyone first.
GAP = 12  # PINNED_GAP_PX: what the page leaves between a control and the row
QUESTIONS = ("age_band", "bladder_bowel_change", "both_legs", "clot_signs", "health_signs")


def started_check(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    state: AppState,
    size: tuple[int, int],
) -> CheckPage:
    """A new window of `size` on the check page, the check started."""
    page = check_page(window_at(make_window, state, "check", size))
    start(qtbot, page)
    return page


def on_view(page: CheckPage, widget: QWidget) -> QRect:
    """`widget`'s place in the page's view."""
    return QRect(widget.mapTo(page.viewport(), QPoint(0, 0)), widget.size())


def row_top(page: CheckPage) -> int:
    assert page.pinned is not None
    return page.pinned.geometry().top()


def shows_clear(page: CheckPage, widget: QWidget) -> bool:
    """`widget` whole between the view's top and the pinned row."""
    seen = on_view(page, widget)
    return seen.top() >= 0 and seen.bottom() < row_top(page)


def ring_on_view(page: CheckPage, body_map: BodyMap) -> QRect:
    """Where the body map's focus ring is drawn (around the place the keyboard is on)."""
    place = body_map.element_rect(f"region_{body_map.regions[body_map.focused][0]}")
    ring = place.toAlignedRect().adjusted(-5, -5, 5, 5)
    return ring.translated(body_map.mapTo(page.viewport(), QPoint(0, 0)))


def seen_part(page: CheckPage, focus: QWidget) -> QRect:
    """What a person must see of the control the keyboard is on: an answer's button with
    its words when that fits above the row; the body map's place in focus, with its ring;
    else the control."""
    if isinstance(focus, BodyMap):
        return ring_on_view(page, focus)
    seen = on_view(page, focus)
    parent = focus.parentWidget()
    words = [w for w in parent.findChildren(OptionText) if w.target is focus] if parent else []
    if words:
        whole = seen.united(on_view(page, words[0]))
        if whole.height() <= row_top(page) - 2 * GAP:
            return whole
    return seen


def focus_clear(page: CheckPage, where: str) -> QWidget:
    """The control the keyboard is on, which shows clear of the pinned row (or is on the
    row itself): all of it, or for an answer its words too, for the body map its place."""
    settle()
    focus = QApplication.focusWidget()
    assert focus is not None and page.pinned is not None
    seen = seen_part(page, focus)
    assert page.pinned.isAncestorOf(focus) or (seen.top() >= 0 and seen.bottom() < row_top(page)), (
        where,
        seen,
        row_top(page),
    )
    return focus
