"""The data folder is moved (renamed, or put in the trash) while the app runs, then an
entry is saved: the app never fills a new data folder in its place (the old data would
look gone, and putting the folder back would clash with it). It says the folder is gone,
keeps the entry, and saves everything once the folder is back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import LOCK_FILE, AppState
from companion.ui.shell.single_instance import InstanceLock
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, save_an_entry
from tests.helpers.qt import click


@pytest.fixture
def locked(returning_state: AppState) -> Iterator[InstanceLock]:
    """The app's lock on its data folder, as the app holds it while it runs."""
    lock = InstanceLock(returning_state.data_dir)
    assert lock.acquire()
    yield lock
    lock.release()


def put_back(moved: Path, data: Path) -> None:
    """The folder put back from the trash (into the one the lock made, if it did)."""
    data.mkdir(exist_ok=True)
    for item in moved.iterdir():
        item.rename(data / item.name)
    moved.rmdir()


def beside_the_lock(data: Path) -> list[str]:
    """What is in the data folder apart from the app's lock ([] for no folder)."""
    return sorted(path.name for path in data.glob("*") if path.name != LOCK_FILE)


def test_an_entry_saved_with_the_folder_in_the_trash_waits_for_it_to_come_back(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    locked: InstanceLock,
) -> None:
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    data = returning_state.data_dir
    trash = data.with_name("Trash")
    trash.mkdir()
    shutil.move(data, trash / data.name)

    save_an_entry(qtbot, page)

    assert beside_the_lock(data) == [], "no new data folder filled in its place"
    banner = window.banner
    assert banner.isVisible()
    assert "data folder is gone or empty" in banner.message.text()
    assert len(page.rows) == 2

    put_back(trash / data.name, data)
    click(qtbot, banner.retry_button)

    assert not banner.isVisible()
    year = json.loads((data / "journal" / f"{clock().year}.json").read_bytes())
    assert len(year["_default"]) == 2
    assert json.loads((data / "settings.json").read_bytes())["welcome_done"] is True


def test_an_entry_saved_after_the_folder_was_deleted_is_kept_and_the_person_told(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    locked: InstanceLock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Deleted: the lock makes the folder again at once, with only itself in it (so no
    second copy of the app can start on it); that empty folder is not the person's data."""
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    data = returning_state.data_dir
    shutil.rmtree(data)
    qtbot.waitUntil(lambda: (data / LOCK_FILE).exists(), timeout=5000)

    save_an_entry(qtbot, page)

    assert beside_the_lock(data) == []
    assert window.banner.isVisible()
    assert "data folder is gone or empty" in window.banner.message.text()
    assert len(page.rows) == 2  # still here while the app is open
    asked: list[bool] = []
    monkeypatch.setattr(window, "_lose_unsaved_asked", lambda: asked.append(True) or True)
    window.close()  # "Changes not saved ... Quit anyway?", answered yes
    assert asked == [True]
