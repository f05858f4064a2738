"""A draft of a change to an entry belongs to that entry, even when a sync tool brings the
other computer's journal: there, removing the newest entry and adding one after a restart
gives the new entry the same number."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal import form as form_module
from companion.ui.journal.form import JournalForm
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page
from tests.helpers.qt import click


@pytest.fixture(autouse=True)
def _draft_kept_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_module, "DRAFT_DELAY_MS", 0)


def entry(clock: FakeClock, hours_ago: int, level: str) -> Entry:
    when = clock() - timedelta(hours=hours_ago)
    return parse_entry({"time": when.isoformat(), "pain_now": 4, "level": level, "side": "left"})


def test_a_draft_is_not_offered_for_the_other_computers_entry_with_the_same_number(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    desk = returning_state.data_dir
    journal = JournalStore(returning_state)
    journal.add(entry(clock, 3, "calf"))
    newest = journal.add(entry(clock, 2, "calf"))
    laptop = desk.parent / "laptop"
    shutil.copytree(desk, laptop)

    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    click(qtbot, page.rows[0].change_button)  # the newest entry, changed but not saved
    form = page.form
    assert isinstance(form, JournalForm)
    click(qtbot, form.picker.levels.buttons["buttock"])
    form.reject()
    qtbot.waitUntil(lambda: page.form is None)
    window.quit_app()

    JournalStore(AppState.open(laptop, now=clock)).delete(newest)  # on the other computer
    again = JournalStore(AppState.open(laptop, now=clock)).add(entry(clock, 1, "ankle_foot"))
    assert again == newest  # a restart there: the number is free, so it is used again
    year = f"{clock().year:04d}.json"
    shutil.copyfile(laptop / JOURNAL / year, desk / JOURNAL / year)  # the sync tool

    state = AppState.open(desk, now=clock)
    page = journal_page(make_window(state, page="journal"))
    assert [row.summary.text().count("Ankle") for row in page.rows] == [1, 0]
    click(qtbot, page.rows[0].change_button)  # the ankle entry from the other computer
    form = page.form
    assert isinstance(form, JournalForm)
    assert "did not save" not in form.intro.text()
    assert form.picker.level() == "ankle_foot"
