"""Helpers for the Journal page's UI tests: the page, entries a day apart, what is stored,
an entry saved with the mouse, the window's timers fired by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click
from tests.helpers.timers_ui import ManualTimer

MakeWindow = Callable[..., MainWindow]


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def open_form(qtbot: QtBot, page: JournalPage) -> JournalForm:
    """The new-entry form, opened with Ctrl+N as a person would, with the keyboard."""
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    return form


def add_entries(state: AppState, clock: FakeClock, levels: list[str], pain: int = 4) -> None:
    collection = state.store.partitioned(JOURNAL, "time")
    for days_ago, level in zip(range(len(levels) - 1, -1, -1), levels, strict=True):
        when = clock() - timedelta(days=days_ago, hours=1)
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": pain, "level": level, "side": "left"}
        )
        collection.insert(entry.to_dict())


def stored(state: AppState) -> list[dict[str, object]]:
    return [r.data for r in state.store.partitioned(JOURNAL, "time").all()]


def import_through_page(qtbot: QtBot, page: JournalPage, source: Path) -> list[str]:
    """Import `source` with the page's Import button, answering yes to its question;
    what the question said (nothing when the file was refused before asking)."""
    shown: list[str] = []

    def confirm(preview: object) -> bool:
        shown.append(page.describe_preview(preview))  # type: ignore[arg-type]
        return True

    page.ask_open_path = lambda: str(source)
    page.confirm_import = confirm  # type: ignore[method-assign]
    click(qtbot, page.import_button)
    return shown


def save_report_through_page(
    qtbot: QtBot, page: JournalPage, target: Path, *, every_entry: bool = False
) -> None:
    """Save the PDF report to `target` with the page's Report button, as a person does:
    the report's box (every entry ticked if asked), then OK."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui.journal.report_dialog import ReportDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog)
        if every_entry:
            click(qtbot, dialog.full)
        click(qtbot, dialog.ok_button)

    page.ask_save_path = lambda _kind, _name: str(target)
    QTimer.singleShot(0, answer)
    click(qtbot, page.report_button)


def window_with_timers(make_window: MakeWindow, state: AppState) -> tuple[MainWindow, ManualTimer]:
    window = make_window(state, page="journal")
    pollers: list[ManualTimer] = []

    def factory(_parent: object) -> ManualTimer:
        pollers.append(ManualTimer())
        return pollers[-1]

    window.start_timers(timer_factory=factory)  # as the app does after its first paint
    return window, pollers[0]


def add(state: AppState, when: datetime, level: str, pain: int = 4) -> None:
    entry = parse_entry(
        {"time": when.isoformat(), "pain_now": pain, "level": level, "side": "left"}
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


CTRL = Qt.KeyboardModifier.ControlModifier


def save_an_entry(qtbot: QtBot, page: JournalPage) -> None:
    start = page.add_button if page.add_button.isVisible() else page.first_entry_button
    click(qtbot, start)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_4)
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.save_button)
    assert page.form is None or not page.form.isVisible()
    # The notice (and the first time, the offer) follows the entry by a turn of the loop.
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")
