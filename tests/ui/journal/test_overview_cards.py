"""The Journal page's new cards as a person reads them: the early trend's figures, what
seems to help, the saved checks in the list (also before any entry), entries by day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import CheckRecord
from companion.ui.journal.check_row import CheckRow
from companion.ui.journal.entry_row import EntryRow
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def add(
    state: AppState, when: datetime, level: str, pain: int = 4, done: tuple[str, ...] = ()
) -> None:
    entry = parse_entry(
        {
            "time": when.isoformat(),
            "pain_now": pain,
            "level": level,
            "side": None if level == "none" else "left",
            "done": list(done),
        }
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


def a_check(clock: FakeClock) -> CheckRecord:
    return CheckRecord(
        clock() - timedelta(hours=2),
        "self_care",
        "sciatic_nerve",
        (("sciatic_nerve", 0.9),),
        "Fits the sciatic nerve pattern best; self-care is reasonable.",
    )


def test_the_early_trend_names_the_first_and_latest_days(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    levels = ["calf", "calf", "lower_thigh_knee", "buttock", "buttock"]
    for days_ago, level in zip(range(4, -1, -1), levels, strict=True):
        add(returning_state, clock() - timedelta(days=days_ago, hours=1), level)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.trend.early and page.trend.kind == "retreating"
    assert page.numbers_label.isVisible()
    assert page.numbers_label.text() == (
        "First 2 days: on average as far down as: Calf. "
        "Latest 2 days: on average as far down as: Buttock."
    )
    assert "14 days" not in page.numbers_label.text()


def test_the_early_trend_after_a_gap_speaks_of_the_days_since(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Three months of daily entries, two months with none, then five new days: the early
    direction is about the new days, not "after about three weeks of entries", which the
    person had long ago."""
    for days_ago in range(150, 60, -1):
        add(returning_state, clock() - timedelta(days=days_ago, hours=1), "calf")
    levels = ["calf", "calf", "lower_thigh_knee", "buttock", "buttock"]
    for days_ago, level in zip(range(4, -1, -1), levels, strict=True):
        add(returning_state, clock() - timedelta(days=days_ago, hours=1), level)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.trend.early and page.trend.kind == "retreating"
    text = page.trend_card.text.text()
    assert text.startswith("This is an early look at 5 days of entries since you started")
    assert "After about three weeks of new entries" in text
    assert "three weeks of entries," not in text


def test_what_seems_to_help_shows_each_pattern_with_its_counts(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    # Ice every other day; the day after ice the pain reaches only the buttock.
    for days_ago in range(12, -1, -1):
        after_ice = days_ago % 2 == 1
        add(
            returning_state,
            clock() - timedelta(days=days_ago, hours=1),
            "buttock" if after_ice else "calf",
            3 if after_ice else 6,
            ("ice",) if days_ago % 2 == 0 else (),
        )
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.insights_card.isVisible()
    [text] = page.insights_card.texts
    assert text.startswith("The day after using ice, the pain seems a little better")
    assert "(6 days after using ice, 6 days without)" in text
    assert "pain 3.0 out of 10" in text
    assert page.insights_card.about.isVisible()
    assert page.insights_card.about.text().startswith("These are patterns in your own entries")
    assert "What seems to help" in page.insights_card.accessibleName()


def test_what_seems_to_help_says_none_yet_with_few_entries(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add(returning_state, clock() - timedelta(hours=1), "calf", done=("heat",))
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.insights_card.isVisible()
    assert page.insights_card.texts == [page.insight_content.texts["none_yet"]]
    assert not page.insights_card.about.isVisible()


def test_a_saved_check_shows_in_the_list_before_any_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.empty_card.heading.text() == "Your journal is empty"
    assert not page.list_card.isVisible()
    returning_state.save_check(a_check(clock))  # as the check's result page saves it
    assert page.empty_card.heading.text() == "No entries yet"
    assert "Your check results are listed below" in page.empty_card.text.text()
    assert page.list_card.isVisible()
    [row] = page.list_card.findChildren(CheckRow)
    assert row.isVisible()
    assert row.when.text() == "Guided check, 08:30"
    # Said in the app's words for the saved pattern, not the words saved with it.
    assert row.summary.text() == "Fits the irritated nerve pattern best; self-care is a good start."
    assert "Guided check of" in row.accessibleName()
    click(qtbot, page.first_entry_button)  # the first entry is still one click away
    assert page.form is not None


def test_entries_of_one_day_sit_under_that_days_heading(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add(returning_state, clock() - timedelta(days=1), "calf")
    add(returning_state, clock() - timedelta(hours=3), "calf")  # this morning, 07:30
    add(returning_state, clock() - timedelta(hours=1), "buttock")  # 09:30
    returning_state.save_check(a_check(clock))  # 08:30
    page = journal_page(make_window(returning_state, page="journal"))
    days = page.listing.days
    assert [len(day.items) for day in days] == [3, 1]
    shown = [
        w.when.text()
        for w in page.list_card.findChildren(EntryRow) + page.list_card.findChildren(CheckRow)
        if w.isVisible()
    ]
    assert sorted(shown) == sorted(["09:30", "07:30", "10:30", "Guided check, 08:30"])
    # A screen reader still hears the whole date with each entry.
    assert all("2026" in row.accessibleName() for row in page.rows)
    headings = [day.day for day in days]
    assert headings == [clock().date(), clock().date() - timedelta(days=1)]
