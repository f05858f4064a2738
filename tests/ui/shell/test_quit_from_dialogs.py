"""Ctrl+Q quits from wherever the person is, also while one of the app's boxes is open:
the box closes as Esc would close it (the journal form keeps what was filled in as a
draft), then the app quits as its menu's Quit does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.draft import read_draft
from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv
from companion.core.shared.app_state import AppState
from companion.ui.journal import form as form_module
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored
from tests.helpers.qt import click, when_asked

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Worse after the long bus ride"


@pytest.fixture(autouse=True)
def _draft_kept_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_module, "DRAFT_DELAY_MS", 0)


def test_ctrl_q_in_the_journal_form_quits_and_keeps_the_note_as_a_draft(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="journal")
    form = open_form(qtbot, journal_page(window))
    form.note.setFocus()
    qtbot.keyClicks(form.note, NOTE)
    qtbot.keyClick(form.note, Qt.Key.Key_Q, CTRL)
    assert not form.isVisible()
    assert not window.isVisible()
    draft = read_draft(returning_state)
    assert draft is not None and draft.values["note"] == NOTE


def settings_delete_box(window: MainWindow) -> None:
    window.show_page("settings")
    click_now(window.page("settings").delete_button)  # type: ignore[attr-defined]


def check_box(method: str) -> Callable[[MainWindow], None]:
    def opened(window: MainWindow) -> None:
        window.show_page("check")
        getattr(window.page("check"), method)()

    return opened


def journal_button(name: str) -> Callable[[MainWindow], None]:
    """A journal button that opens a file chooser; the chooser holds up the click."""

    def opened(window: MainWindow) -> None:
        window.show_page("journal")
        click_now(getattr(journal_page(window), name))

    return opened


OPENED_BY: dict[str, Callable[[MainWindow], object]] = {
    "about": lambda window: window.show_about(),
    "welcome": lambda window: window.show_welcome(),
    "settings notices": lambda window: window.show_notices("A setting was put right."),
    "delete all my data": settings_delete_box,
    "save the check as PDF": check_box("ask_pdf_path"),
    "print the check": check_box("print_summary"),
    "export the journal": journal_button("export_csv_button"),
    "import into the journal": journal_button("import_button"),
}


def click_now(button: QWidget) -> None:
    assert isinstance(button, QAbstractButton)
    button.click()


def press_quit_keys(qtbot: QtBot, left_open: list[bool] | None = None) -> Callable[[QWidget], None]:
    """An answer for `when_asked`: Ctrl+Q, then whether the box was left open."""

    def press(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Q, CTRL)
        if left_open is not None:
            left_open.append(box.isVisible())

    return press


@pytest.mark.parametrize("name", list(OPENED_BY))
def test_ctrl_q_quits_from_every_box_the_window_opens(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"  # where the file choosers start
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window = make_window(returning_state)
    left_open: list[bool] = []
    when_asked(press_quit_keys(qtbot, left_open))  # also a box that holds up its button
    OPENED_BY[name](window)
    qtbot.waitUntil(lambda: len(left_open) == 1)
    assert left_open == [False]
    assert not window.isVisible()
    assert [p for p in home.iterdir() if not p.name.startswith(".")] == []  # no file saved
    assert stored(returning_state) == []  # nothing imported


def test_ctrl_q_quits_from_the_import_question_and_imports_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    source = tmp_path / "entries.csv"
    when = (clock() - timedelta(days=1)).isoformat()
    entry = parse_entry({"time": when, "pain_now": 2, "level": "calf", "side": "left"})
    source.write_text(export_csv([entry]), encoding="utf-8")
    page.ask_open_path = lambda: str(source)

    seen = when_asked(press_quit_keys(qtbot))
    click(qtbot, page.import_button)
    assert len(seen) == 1 and not seen[0].isVisible()
    assert not window.isVisible()
    assert stored(returning_state) == []
