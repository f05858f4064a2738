"""A draft kept before the clock moved to another offset (summer time, a trip) says
when it was kept on the clock the person reads now, as the check's "You left" does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from companion.core.journal.draft import keep_draft
from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))


def test_the_draft_says_the_time_it_was_kept_on_todays_clock(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Before, a draft kept at 01:30 winter time (02:30 on the summer clock that now
    reads 09:00) was said to be from 01:30: the hour the clock no longer shows."""
    kept = AppState.open(
        returning_state.data_dir, now=FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=WINTER))
    )
    keep_draft(kept, {"note": "Sore after the drive"}, {})
    later = FakeClock(datetime(2026, 3, 29, 9, 0, tzinfo=SUMMER))
    again = AppState.open(returning_state.data_dir, now=later)
    form = open_form(qtbot, journal_page(make_window(again, page="journal")))
    assert form.note.toPlainText() == "Sore after the drive"
    assert "2:30" in form.intro.text()
    assert "1:30" not in form.intro.text()
