"""Entries a sync removes here (the other computer's copy, or a conflict copy, lists them
as removed) are taken out, as removed there, and their last content is first kept in
``backups/removed-by-sync/``, where the app's own reader reads it."""

from __future__ import annotations

import errno
import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.journal.stored import stored_entry
from companion.core.shared import storage
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.storage import read_tables
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import posix_only
from tests.helpers.two_computers import (
    CONFLICT_NAMES,
    NOW,
    YEAR,
    ZONE,
    entry,
    laptop_of,
    notes_on_disk,
    open_journal,
    synced,
)

KEPT = Path("backups") / "removed-by-sync" / JOURNAL


def numbered(n: int) -> Entry:
    """Entry `n` of 6 December 2026, one a minute from 8:00, with the note "entry n"."""
    when = datetime(2026, 12, 6, 8, 0, tzinfo=ZONE) + timedelta(minutes=n)
    fields = {"time": when.isoformat(), "pain_now": 3, "level": "upper_thigh", "side": "left"}
    return parse_entry({**fields, "note": f"entry {n}"})


def kept_notes(folder: Path) -> list[str]:
    """The notes of every entry kept in removed-by-sync, read as the app reads a data file."""
    notes = []
    for path in sorted((folder / KEPT).iterdir()):
        tables = read_tables(path)
        assert tables is not None
        notes += [stored_entry(doc).note for doc in tables.get("_default", {}).values()]
    return sorted(notes)


def all_removed_copy(folder: Path) -> bytes:
    """A conflict copy that holds no entry and lists every uid of the file as removed."""
    docs = json.loads((folder / YEAR).read_bytes())["_default"].values()
    removed = {str(i): {"uid": doc["uid"]} for i, doc in enumerate(docs, 1)}
    return json.dumps({"_default": {}, "_removed": removed}).encode()


def test_a_conflict_copy_removing_all_50_entries_keeps_all_50_in_the_backups(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    for n in range(50):
        journal.add(numbered(n))
    (desk / JOURNAL / CONFLICT_NAMES[0]).write_bytes(all_removed_copy(desk))
    assert notes_on_disk(desk) == []  # honoured: removed on the other computer
    assert kept_notes(desk) == sorted(f"entry {n}" for n in range(50))


def test_an_outside_change_removing_two_entries_keeps_those_two(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    ids = [journal.add(numbered(n)) for n in range(5)]
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    on_laptop.delete(ids[1])
    on_laptop.delete(ids[3])
    synced(laptop, desk)  # while the desk's journal is open
    journal.add(entry(18, "desk evening"))
    left = ["desk evening", "entry 0", "entry 2", "entry 4"]
    assert sorted(item.entry.note for item in journal.entries()) == left
    assert notes_on_disk(desk) == left
    assert kept_notes(desk) == ["entry 1", "entry 3"]


def test_a_merge_that_removes_nothing_writes_nothing(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "first"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(10, "laptop"))
    synced(laptop, desk)
    journal.add(entry(18, "desk evening"))
    open_journal(laptop).add(entry(11, "laptop again"))
    (desk / JOURNAL / CONFLICT_NAMES[1]).write_bytes((laptop / YEAR).read_bytes())
    assert notes_on_disk(desk) == ["desk evening", "first", "laptop", "laptop again"]
    assert not (desk / "backups" / "removed-by-sync").exists()


@posix_only
def test_the_kept_entries_are_private_and_outlive_the_daily_backups(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    clock = FakeClock(NOW)
    journal = JournalStore(AppState.open(desk, now=clock))
    journal.add(entry(8, "first"))
    journal.add(entry(9, "second"))
    (desk / JOURNAL / CONFLICT_NAMES[0]).write_bytes(all_removed_copy(desk))
    state = AppState.open(desk, now=clock)
    assert JournalStore(state).entries() == []
    kept = desk / KEPT
    [path] = kept.iterdir()
    assert path.name == "2026-20261206-200000.json"
    assert path.stat().st_mode & 0o777 == 0o600
    for folder in (kept, kept.parent, desk / "backups"):
        assert folder.stat().st_mode & 0o777 == 0o700
    for _day in range(60):  # two months of daily backups, the oldest pruned each day
        clock.advance(days=1)
        assert state.store.backup_if_due() is not None
    days = [p for p in (desk / "backups").iterdir() if p.name[:1].isdigit()]
    assert len(days) == 7
    assert kept_notes(desk) == ["first", "second"]


def test_a_removal_waits_while_the_entries_cannot_be_kept(tmp_path: Path) -> None:
    """The entries cannot be kept (a file where the folder goes): they stay here, the
    copy stays where it is, and both are taken in once they can be kept."""
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "first"))
    conflict = desk / JOURNAL / CONFLICT_NAMES[0]
    conflict.write_bytes(all_removed_copy(desk))
    in_the_way = desk / "backups" / "removed-by-sync"
    in_the_way.parent.mkdir(exist_ok=True)
    in_the_way.write_bytes(b"")
    assert notes_on_disk(desk) == ["first"]
    assert conflict.exists()
    in_the_way.unlink()
    assert notes_on_disk(desk) == []
    assert kept_notes(desk) == ["first"]


def test_a_new_entry_is_saved_while_a_synced_removal_cannot_be_kept(tmp_path: Path) -> None:
    """The entry the laptop removed cannot be kept (a file where the folder goes): it
    stays here for now, the desk's new entry is saved, and the removal is honoured at
    the next save once the entry can be kept."""
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "a"))
    journal.add(entry(9, "b"))
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    on_laptop.delete(next(item.id for item in on_laptop.entries() if item.entry.note == "a"))
    synced(laptop, desk)  # the desk's app is still open
    in_the_way = desk / "backups" / "removed-by-sync"
    in_the_way.parent.mkdir(exist_ok=True)
    in_the_way.write_bytes(b"not a folder")
    journal.add(entry(18, "evening"))
    assert notes_on_disk(desk) == ["a", "b", "evening"]
    in_the_way.unlink()
    journal.add(entry(19, "night"))
    assert notes_on_disk(desk) == ["b", "evening", "night"]
    assert kept_notes(desk) == ["a"]


def _removal_of_a_waits(desk: Path) -> tuple[JournalStore, Path]:
    """The desk's journal holds "a" and "b"; the laptop removed "a" and the sync tool
    brought its file; the desk's backups folder has a file in its way, so "a" cannot be
    kept there yet and its removal waits. The journal, and the file in the way."""
    journal = open_journal(desk)
    journal.add(entry(8, "a"))
    journal.add(entry(9, "b"))
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    on_laptop.delete(next(item.id for item in on_laptop.entries() if item.entry.note == "a"))
    synced(laptop, desk)
    in_the_way = desk / "backups" / "removed-by-sync"
    in_the_way.parent.mkdir(exist_ok=True)
    in_the_way.write_bytes(b"not a folder")
    return journal, in_the_way


def _removal_of_a_done(desk: Path) -> bool:
    """The laptop's removal of "a" is done: "a" is kept among the removed entries, and
    the year file no longer lists it as waiting."""
    waiting = "_removals_waiting" in json.loads((desk / YEAR).read_bytes())
    return kept_notes(desk) == ["a"] and not waiting


def test_a_removal_still_waiting_is_tried_again_after_a_restart(tmp_path: Path) -> None:
    """The app is closed while the laptop's removal still waits for its entry to be kept:
    the entry stays (nothing lost, whatever the restarts), and the removal is honoured at
    the first save after a start where it can be kept, never silently dropped."""
    desk = tmp_path / "desk"
    journal, in_the_way = _removal_of_a_waits(desk)
    journal.add(entry(18, "evening"))  # then the app is closed
    open_journal(desk).add(entry(19, "night"))  # still in the way: kept, still waiting
    assert notes_on_disk(desk) == ["a", "b", "evening", "night"]
    in_the_way.unlink()
    open_journal(desk).add(entry(20, "late"))
    assert notes_on_disk(desk) == ["b", "evening", "late", "night"]
    assert _removal_of_a_done(desk)


def test_a_removal_still_waiting_outlives_a_change_finished_from_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to two years (an import) is cut short after its change log was written
    (the year files could not be saved; the app is then closed): the next start writes
    the files from the log, and the removal that was waiting in the year file still waits
    (it was dropped: the entry the laptop removed stayed for good, without a word)."""
    desk = tmp_path / "desk"
    journal, in_the_way = _removal_of_a_waits(desk)
    journal.add(entry(18, "evening"))  # "a" stays, its removal waiting in the file

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    last_year = replace(entry(8, "last year"), time=NOW.replace(year=2025))
    with monkeypatch.context() as patch:
        patch.setattr(storage, "write_own_file", disk_full)  # the log is still written
        journal.import_entries([last_year, entry(19, "imported")])
    assert (desk / "changes.json").exists()  # then the app is closed
    in_the_way.unlink()
    assert notes_on_disk(desk) == ["b", "evening", "imported", "last year"]
    assert _removal_of_a_done(desk)


def test_a_conflict_copy_taken_in_again_keeps_its_removed_entries_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data file cannot be saved the first time (a full disk, say): the copy stays
    and is merged again, and the entries it removes are kept in one file, not one more
    at each try."""
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "first"))
    journal.add(entry(9, "second"))
    conflict = desk / JOURNAL / CONFLICT_NAMES[0]
    conflict.write_bytes(all_removed_copy(desk))

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(storage, "write_own_file", disk_full)
        assert notes_on_disk(desk) == []  # taken in, but not saved
    assert conflict.exists()
    assert notes_on_disk(desk) == []
    assert not conflict.exists()
    assert kept_notes(desk) == ["first", "second"]
    assert len(list((desk / KEPT).iterdir())) == 1
