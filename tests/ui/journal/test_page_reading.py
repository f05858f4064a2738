"""The Journal page at any size: it shows the newest entries, the trend and the graph's
first range from the years those need, then reads the other years while it shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def add_days(state: AppState, clock: FakeClock, levels: list[str]) -> None:
    """One entry a day, the last of them an hour ago."""
    collection = state.store.partitioned(JOURNAL, "time")
    for days_ago, level in zip(range(len(levels) - 1, -1, -1), levels, strict=True):
        when = clock() - timedelta(days=days_ago, hours=1)
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": 4, "level": level, "side": "left"}
        )
        collection.insert(entry.to_dict())


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def test_years_of_entries_show_the_newest_first_and_all_of_them_soon(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_days(returning_state, clock, ["calf", "buttock"] * 700)  # 1,400 days: 2022 to 2026
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    # The list and the graph's first range are there at once, whatever is read later.
    assert len(page.rows) == 7
    assert page.rows[0].item.entry.time == clock() - timedelta(hours=1)
    low = chart.visible_range()[0]
    in_view = int((chart.xs >= low).sum())
    assert in_view >= 90
    qtbot.waitUntil(lambda: len(chart.xs) == 1400)
    assert int((chart.xs >= low).sum()) == in_view
    assert chart.details.text() == f"{in_view} entries."  # those in view, not all 1,400


def test_a_save_while_a_trend_link_shows_keeps_the_page_working(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """The trend card is rebuilt after a save, its link's row of buttons included."""
    add_days(returning_state, clock, ["buttock"] * 14 + ["calf"] * 14)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.trend_card.warning_button.isVisibleTo(page)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")
    assert page.trend_card.title.text() == "The pain is reaching further down the leg"
    button = page.trend_card.warning_button
    qtbot.waitUntil(lambda: button.isVisibleTo(page))
