"""The past checks' urgency icons grow with the text, as the words beside them do."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.screens import EmergencyScreen
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import MakeWindow, check_page, give, history, start
from tests.helpers.qt import click


def icon_side(page: object) -> int:
    row = history(page).rows[0]
    (icon,) = [w for w in row.children() if hasattr(w, "pixmap") and not w.pixmap().isNull()]
    pixmap = icon.pixmap()
    return round(pixmap.height() / pixmap.devicePixelRatio())


def test_the_past_check_icon_grows_with_the_text(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # At 175% the icon stayed 28 px beside a date 38 px tall and details 30 px a line.
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    give(qtbot, page, "age_50_69")
    give(qtbot, page, "yes")  # saddle numbness: the check stops there, and is kept
    assert isinstance(page.view, EmergencyScreen)
    click(qtbot, page.view.restart_button)
    normal = icon_side(page)
    returning_state.settings.update(text_scale=175)  # as Settings does
    settle()
    row = history(page).rows[0]
    assert icon_side(page) >= 1.5 * normal, (icon_side(page), normal)
    assert icon_side(page) >= 0.75 * row.date_label.fontMetrics().height()
