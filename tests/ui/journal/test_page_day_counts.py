"""The "Last 14 days" on the Journal page counts days on the calendar, as Home's "last 7 days"
and the report's "First 7 days" do: one entry a day gives 14 entries, whatever the hour
the page is looked at. Time is moved by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page
from tests.helpers.qt import visible_text

CET = timezone(timedelta(hours=1))


def one_entry_a_day(state: AppState, today: datetime, evenings: int) -> None:
    """An entry at 21:00 on each of the `evenings` days before `today`, and one at 08:00
    today."""
    collection = state.store.partitioned(JOURNAL, "time")
    times = [today.replace(hour=21, minute=0) - timedelta(days=d) for d in range(evenings, 0, -1)]
    for when in [*times, today.replace(hour=8, minute=0)]:
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left"}
        )
        collection.insert(entry.to_dict())


def test_one_entry_a_day_is_fourteen_in_the_last_14_days_in_the_morning(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Looked at at 08:30, the page said "Last 14 days: 15 entries" and "The 14 days
    before: 14 entries" for one entry on each of 30 days: its 14 days were 14 times 24
    hours back from now, reaching into the evening of the 15th day."""
    clock.current = datetime(2026, 3, 9, 8, 30, tzinfo=CET)
    one_entry_a_day(returning_state, clock(), evenings=29)
    window = make_window(returning_state, page="journal")
    figures = journal_page(window).numbers_label.text()
    assert figures.startswith("Last 14 days: 14 entries;"), figures
    assert "The 14 days before: 14 entries;" in figures, figures
    home = visible_text(window.page("home"))
    assert "Entries in the last 7 days: 7." in home  # today and the six days before
