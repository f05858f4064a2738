"""Review: a sync tool's copy coming in after a date moved an entry between years, after
an undo, and after a crash between the change log and the files."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 6, 20, 0, tzinfo=ZONE)


def entry(year: int, note: str) -> Entry:
    when = datetime(year, 12, 6, 9, 0, tzinfo=ZONE)
    fields = {"time": when.isoformat(), "pain_now": 3, "level": "upper_thigh", "side": "left"}
    return parse_entry({**fields, "note": note})


def open_journal(folder: Path) -> JournalStore:
    return JournalStore(AppState.open(folder, now=lambda: NOW))


def synced(source: Path, target: Path, year: int) -> None:
    name = Path(JOURNAL) / f"{year}.json"
    temp = (target / name).with_name(".syncthing.tmp")
    shutil.copyfile(source / name, temp)
    temp.replace(target / name)


def notes(journal: JournalStore) -> list[str]:
    return sorted(item.entry.note for item in journal.entries())


def test_an_entry_moved_to_another_year_and_back_survives_the_next_sync(tmp_path: Path) -> None:
    desk, laptop = tmp_path / "desk", tmp_path / "laptop"
    journal = open_journal(desk)
    first = journal.add(entry(2025, "last winter"))
    journal.add(entry(2025, "a week later"))
    moved = journal.edit(first, entry(2026, "last winter"))
    journal.undo()  # the year was a slip: back to 2025
    assert notes(journal) == ["a week later", "last winter"]
    shutil.copytree(desk, laptop)
    open_journal(laptop).add(entry(2025, "laptop"))
    synced(laptop, desk, 2025)  # the desk's app is still open
    journal.add(entry(2025, "desk"))
    assert moved.startswith("2026-")
    expected = ["a week later", "desk", "laptop", "last winter"]
    assert notes(journal) == expected
    assert notes(open_journal(desk)) == expected
