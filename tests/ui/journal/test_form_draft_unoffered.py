"""A draft the form did not offer is not thrown away by closing the form, and a draft
kept by a clock that was ahead (then put right) is still offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.draft import DRAFTS, keep_draft
from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form

NOTE = "Worse after the long bus ride"


def test_closing_a_form_that_did_not_offer_the_draft_leaves_it_in_the_file(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Before: a draft left 8 days (not offered any more) was deleted when the new-entry
    form was opened and closed with Esc, nothing typed: 1 draft in the file, then 0."""
    keep_draft(returning_state, {"note": NOTE}, {"note": ""})
    clock.advance(days=8)
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert form.note.toPlainText() == "" and "did not save" not in form.intro.text()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.form is None)
    (record,) = returning_state.store.table(DRAFTS).all()
    assert record.data["values"]["note"] == NOTE


def test_a_draft_kept_while_the_clock_was_ahead_is_offered_once_it_is_put_right(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """A computer whose clock ran 2 hours ahead (a dual-boot machine before the network
    sets it) and was then put right: the note typed then was not offered ("kept later
    than now"), and closing the form deleted it."""
    keep_draft(returning_state, {"note": NOTE}, {"note": ""})
    clock.advance(hours=-2)
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert form.note.toPlainText() == NOTE
    assert "did not save" in form.intro.text()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.form is None)
    assert returning_state.store.table(DRAFTS).count() == 1


def test_a_draft_kept_while_the_clock_was_ahead_does_not_say_a_time_still_to_come(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Before: a note kept while the clock ran 3 days ahead was offered as "what you
    filled in on" a day three days from now: a time still to come, read as a mistake."""
    ahead = returning_state.now()
    keep_draft(returning_state, {"note": NOTE}, {"note": ""})
    clock.advance(days=-3)
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert form.note.toPlainText() == NOTE
    assert "filled in earlier but did not save" in form.intro.text()
    assert f"{ahead.day}," not in form.intro.text() and f" {ahead.day} " not in form.intro.text()
