"""The report's "Last guided check" line when the check's own words cannot be read (a
damaged install): the journal lists the check with the words saved on the day, and the
report says the same, instead of failing to be written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.check import load
from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.core.shared.content import ContentError, InvalidContentError
from tests.helpers.answers import NERVE
from tests.helpers.clock import FakeClock
from tests.helpers.journal_report import page_words
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, save_report_through_page

SAVED = "Fits the irritated nerve pattern best; self-care is a good start."


def test_the_report_is_written_with_the_saved_line_when_the_checks_words_are_unreadable(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Saving the report raised InvalidContentError out of the Report button: nothing
    was written and no message said why."""
    record = check_record(evaluate(load_triage(language="en"), NERVE), clock() - timedelta(hours=2))
    assert record.summary == SAVED
    returning_state.save_check(record)
    add_entries(returning_state, clock, ["calf", "buttock"])

    def unreadable(folder: Path, language: str, *, scan: bool = False) -> object:
        raise InvalidContentError([ContentError(folder / "questions.toml", "", "damaged")])

    monkeypatch.setattr(load, "load_folder", unreadable)
    page = journal_page(make_window(returning_state, page="journal"))
    (row,) = page.check_rows.values()
    assert row.summary.text() == SAVED  # the list already falls back on the saved words
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target)
    assert target.is_file()
    words = " ".join(word for word, _top, _bottom in page_words(target, 1))
    assert "Fits the irritated nerve pattern best; self-care is a good start." in words
