"""A conflict copy beside a journal year file is not looked for at start-up (Home reads
the newest journal file only): its entries come in when the journal page opens."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock

CONFLICT = "2026.sync-conflict-20261206-101010-ABCDEF.json"


def entry(clock: FakeClock, hours_ago: int, note: str) -> Entry:
    when = clock() - timedelta(hours=hours_ago)
    fields = {"time": when.isoformat(), "pain_now": 3, "level": "upper_thigh", "side": "left"}
    return parse_entry({**fields, "note": note})


def test_the_conflict_copy_is_taken_in_when_the_journal_opens_not_at_start(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    clock: FakeClock,
) -> None:
    data = returning_state.store.data_dir
    year = f"{clock().year:04d}.json"
    JournalStore(returning_state).add(entry(clock, 3, "first"))
    laptop = data.parent / "laptop"
    shutil.copytree(data, laptop)
    JournalStore(AppState.open(laptop, now=clock)).add(entry(clock, 2, "laptop"))
    JournalStore(returning_state).add(entry(clock, 1, "desk"))
    conflict = data / JOURNAL / CONFLICT.replace("2026", year[:4])
    shutil.copyfile(laptop / JOURNAL / year, conflict)
    state = AppState.open(data, now=clock)  # a restart
    state.settings.update(welcome_done=True, emergency_number="112")

    window = make_window(state)
    assert conflict.exists()  # start-up did not look for it
    qtbot.mouseClick(window.nav.buttons["journal"], Qt.MouseButton.LeftButton)
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    assert len(page.rows) == 3
    assert not conflict.exists()
    assert (data / "backups" / "conflict-copies" / JOURNAL / conflict.name).is_file()
