"""An entry filled in but not saved is kept as a draft and offered back: closing the
form, quitting or the app being stopped loses nothing. Nothing is kept, or said, when
nothing was filled in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.draft import DRAFTS, keep_draft, read_draft
from companion.core.shared.app_state import AppState
from companion.ui.journal import form as form_module
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, open_form, stored
from tests.helpers.qt import click

NOTE = "Worse after the long bus ride"


@pytest.fixture(autouse=True)
def _draft_kept_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The form keeps its draft on the next turn of the event loop, not 0.4 s later."""
    monkeypatch.setattr(form_module, "DRAFT_DELAY_MS", 0)


def reopen(qtbot: QtBot, page: JournalPage) -> JournalForm:
    """The new-entry form again (Ctrl+N), once the last one has gone."""
    qtbot.waitUntil(lambda: page.form is None)
    page.window().activateWindow()  # the offscreen platform gives the focus back only so
    qtbot.waitUntil(page.window().isActiveWindow)
    return open_form(qtbot, page)


def fill_half(qtbot: QtBot, form: JournalForm) -> None:
    """Pain 6 chosen and a note typed; the leg level (needed to save) left out."""
    click(qtbot, form.pain_now.buttons[6])
    form.note.setFocus()
    qtbot.keyClicks(form.note, NOTE)


def test_a_half_filled_entry_closed_with_esc_comes_back_and_can_be_started_over(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Esc (or Cancel) threw away a typed note without a word."""
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    form = open_form(qtbot, page)
    fill_half(qtbot, form)
    qtbot.keyClick(form.note, Qt.Key.Key_Escape)
    assert not form.isVisible()

    form = reopen(qtbot, page)
    assert form.note.toPlainText() == NOTE
    assert form.pain_now.value() == 6
    assert "did not save" in form.intro.text()
    click(qtbot, form.start_again_button)
    assert form.note.toPlainText() == "" and form.pain_now.value() is None
    assert "did not save" not in form.intro.text()
    assert not form.start_again_button.isVisible()
    assert read_draft(returning_state) is None


def test_a_draft_kept_while_typing_survives_quitting_and_is_dropped_once_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    window = make_window(returning_state, page="journal")
    form = open_form(qtbot, journal_page(window))
    fill_half(qtbot, form)
    qtbot.waitUntil(lambda: read_draft(returning_state) is not None)  # kept as typed
    window.quit_app()  # the tray's Quit: the window goes with the form still open

    clock.advance(hours=3)
    again = AppState.open(returning_state.data_dir, now=clock)
    page = journal_page(make_window(again, page="journal"))
    form = open_form(qtbot, page)
    assert form.note.toPlainText() == NOTE
    assert form.when.dateTime().toPython().hour == 13  # now, not when the draft was kept
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.save_button)
    assert [(d["pain_now"], d["note"]) for d in stored(again)] == [(6, NOTE)]
    assert read_draft(again) is None
    form = reopen(qtbot, page)
    assert form.note.toPlainText() == "" and "did not save" not in form.intro.text()


def test_nothing_filled_in_keeps_nothing_and_says_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])  # the form starts from its ratings
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    form = open_form(qtbot, page)
    box = next(iter(form.done_boxes.values()))
    click(qtbot, box)
    click(qtbot, box)  # back to what it started with
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert read_draft(returning_state) is None
    form = reopen(qtbot, page)
    assert "Filled in from your last entry" in form.intro.text()
    assert not form.start_again_button.isVisible()


def test_a_change_to_an_entry_closed_unsaved_comes_back_for_that_entry_only(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "calf"])
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    click(qtbot, form.picker.levels.buttons["buttock"])
    form.reject()  # as the window would close it
    qtbot.waitUntil(lambda: page.form is None)

    click(qtbot, page.rows[1].change_button)  # the other entry: as stored
    assert page.form is not None and page.form.picker.level() == "calf"
    page.form.reject()
    assert "did not save" not in reopen(qtbot, page).intro.text()  # a new entry: its own
    page.form.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.form is None)

    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    assert form.picker.level() == "buttock" and "did not save" in form.intro.text()
    click(qtbot, form.save_button)
    assert sorted(d["level"] for d in stored(returning_state)) == ["buttock", "calf"]
    assert returning_state.store.table("journal_drafts").count() == 0


def test_a_hand_edited_draft_with_nothing_left_is_not_offered(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """A drafts file edited so every value is bad said "This is what you filled in ...
    but did not save" over a form it had emptied of the last entry's ratings."""
    add_entries(returning_state, clock, ["calf"], pain=4)
    keep_draft(returning_state, {"note": "x"}, {"note": ""})
    table = returning_state.store.table(DRAFTS)
    (record,) = table.all()
    table.update(record.id, {**record.data, "values": {"pain_now": 99, "level": "nowhere"}})
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert "Filled in from your last entry" in form.intro.text()
    assert "did not save" not in form.intro.text()
    assert not form.start_again_button.isVisible()
    assert form.pain_now.value() == 4
    assert table.count() == 1  # left as it was, not deleted on opening
