"""A huge paste into the journal note (a copied log, a long link: no spaces) is cut at
what the field takes, so the form keeps answering; a hand-edited draft holding such a
note is cut the same way when it is brought back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.draft import DRAFTS, keep_draft, read_draft
from companion.core.journal.entry import NOTE_FIELD_MOST
from companion.core.shared.app_state import AppState
from companion.ui.journal import form as form_module
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form


@pytest.fixture(autouse=True)
def _draft_kept_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_module, "DRAFT_DELAY_MS", 0)


def test_a_paste_of_300000_letters_is_cut_at_what_the_note_takes(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Before, 200,000 letters with no space took Qt 2.7 s to lay out, and a 10 MB paste
    froze the form for over 5 minutes."""
    form = open_form(qtbot, journal_page(make_window(returning_state, page="journal")))
    form.note.setFocus()
    qtbot.keyClicks(form.note, "Bus: ")
    QGuiApplication.clipboard().setText("x" * 300_000)
    qtbot.keyClick(form.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    note = form.note.toPlainText()
    assert len(note) == NOTE_FIELD_MOST and note.startswith("Bus: xxx")
    qtbot.keyClick(form.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.note.toPlainText() == note  # full: a second paste adds nothing
    form.note.selectAll()
    qtbot.keyClick(form.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.note.toPlainText() == "x" * NOTE_FIELD_MOST  # pasted over what was chosen
    qtbot.waitUntil(lambda: read_draft(returning_state) is not None)
    draft = read_draft(returning_state)
    assert draft is not None and len(draft.values["note"]) == NOTE_FIELD_MOST


def test_a_draft_edited_to_hold_3_mb_brings_back_what_the_note_takes(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    keep_draft(returning_state, {"note": "x"}, {})
    path = returning_state.data_dir / f"{DRAFTS}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_default"]["1"]["values"]["note"] = "n" * 3_000_000
    path.write_text(json.dumps(data), encoding="utf-8")
    again = AppState.open(returning_state.data_dir, now=returning_state.now)
    form = open_form(qtbot, journal_page(make_window(again, page="journal")))
    assert form.note.toPlainText() == "n" * NOTE_FIELD_MOST
    assert "did not save" in form.intro.text()
