"""Saved entries that cannot be read: the report says it may be incomplete, on page 1,
where a clinician reads first (the journal page already says it under its list)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_report import page_words
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, save_report_through_page


def test_the_report_says_it_may_be_incomplete_when_entries_could_not_be_read(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Before, two damaged entries were left out of the report without a word: a
    clinician read "3 entries" and took it as the whole journal."""
    add_entries(returning_state, clock, ["calf", "buttock", "upper_thigh"])
    collection = returning_state.store.partitioned(JOURNAL, "time")
    collection.insert({"time": clock().isoformat(), "pain_now": 3, "reach": "thigh"})
    collection.insert({"time": clock().isoformat(), "pain_now": 33})
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target)
    words = " ".join(word for word, _top, _bottom in page_words(target, 1))
    assert (
        "2 saved entries could not be read and are not in this report, so it may be incomplete."
        in words
    )


def test_a_whole_journal_says_nothing_of_the_sort(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target)
    words = " ".join(word for word, _top, _bottom in page_words(target, 1))
    assert "could not be read" not in words and "incomplete" not in words
