"""After Save: the entry is on the page before control returns; the notice, its
announcement and (after the first entry) the reminder offer follow a turn of the event
loop later; the closed form is hidden at once and deleted after that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal import page as page_module
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import CTRL, MakeWindow, add_entries, journal_page, save_an_entry
from tests.helpers.qt import click


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the page has a screen reader say, in order."""
    heard: list[str] = []
    real = page_module.announce

    def record(widget: QWidget, text: str) -> None:
        heard.append(text)
        real(widget, text)

    monkeypatch.setattr(page_module, "announce", record)
    return heard


def page_with_form(
    qtbot: QtBot, make_window: MakeWindow, state: AppState, clock: FakeClock, places: list[str]
) -> tuple[JournalPage, JournalForm, list[bool]]:
    """The Journal page with an entry for each of `places`, its form for a new entry open,
    and a list that holds True once the form is deleted."""
    add_entries(state, clock, places)
    page = journal_page(make_window(state, page="journal"))
    return (page, *open_new_entry(qtbot, page))


def open_new_entry(qtbot: QtBot, page: JournalPage) -> tuple[JournalForm, list[bool]]:
    """The form for a new entry, and a list that holds True once the form is deleted."""
    click(qtbot, page.add_button)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    gone: list[bool] = []
    form.destroyed.connect(lambda: gone.append(True))
    return form, gone


def test_the_entry_shows_at_once_and_the_notice_follows_announced(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    said: list[str],
) -> None:
    page, form, _gone = page_with_form(qtbot, make_window, returning_state, clock, ["calf", "calf"])
    click(qtbot, form.pain_now.buttons[7])
    rows_before = len(page.rows)
    click(qtbot, form.save_button)
    # Before the event loop turns: the form is gone from view, the entry is listed.
    assert not form.isVisible()
    assert len(page.rows) == rows_before + 1
    assert page.rows[0].summary.text().startswith("Pain 7 out of 10")
    assert page.chart is not None and len(page.chart.xs) == 3
    # A turn later: the notice with Undo, said once to a screen reader.
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")
    assert page.top_slot.currentWidget() is page.notice
    assert page.undo_button.isVisible()
    assert page.notice.accessibleDescription() == "Entry saved."
    assert said == ["Entry saved."]


def test_focus_comes_back_to_the_add_button_after_saving(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    form, _gone = open_new_entry(qtbot, page)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")
    # The notice's arrival does not move the focus: the window gives it back to the
    # button that opened the form, as before the notice waited a turn.
    assert window.focusWidget() is page.add_button


def test_the_closed_form_is_deleted_after_the_page_shows_the_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    page, form, gone = page_with_form(qtbot, make_window, returning_state, clock, ["calf"])
    click(qtbot, form.save_button)
    assert page.form is None and not form.isVisible() and not gone
    qtbot.waitUntil(lambda: bool(gone))
    assert page.findChildren(JournalForm) == []


def test_an_undo_before_the_notice_shows_keeps_its_own_words(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    said: list[str],
) -> None:
    page, form, gone = page_with_form(qtbot, make_window, returning_state, clock, ["calf"])
    click(qtbot, form.save_button)
    # Undo (what Ctrl+Z does) at once, before the loop has turned: no key press can come
    # that soon through a real window, but the order must hold all the same.
    page.undo()
    assert page.notice_text.text() == "The new entry was taken back."
    qtbot.waitUntil(lambda: bool(gone))  # past the turn "Entry saved." would have shown in
    assert page.notice_text.text() == "The new entry was taken back."
    assert said == ["The new entry was taken back."]
    assert len(page.rows) == 1


def test_the_first_entry_shows_the_offer_after_the_notice(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, said: list[str]
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    save_an_entry(qtbot, page)  # waits for "Entry saved."
    assert len(page.rows) == 1
    assert page.reminder_offer.isVisible()
    assert said == ["Entry saved."]  # the offer says its question through its own widget
    click(qtbot, page.reminder_offer.no_button)
    assert "turn one on in Settings" in page.notice_text.text()
