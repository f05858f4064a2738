"""The data folder shared by a sync tool (Syncthing, Dropbox, Nextcloud) between two
computers: what happens to the person's journal entries when the tool puts the other
computer's copy of a year file in place, or leaves a conflict copy beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.two_computers import (
    CONFLICT_NAMES,
    NOW,
    YEAR,
    entry,
    laptop_conflict_copy,
    laptop_of,
    notes_on_disk,
    open_journal,
    synced,
)


def test_an_entry_synced_in_while_the_app_is_open_survives_a_save_here(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "desk morning"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(12, "laptop lunch"))
    synced(laptop, desk)  # the desk's app is still open
    journal.add(entry(18, "desk evening"))
    expected = ["desk evening", "desk morning", "laptop lunch"]
    assert notes_on_disk(desk) == expected
    assert sorted(item.entry.note for item in journal.entries()) == expected  # on the page


def test_an_entry_deleted_here_stays_deleted_when_an_older_copy_comes_in(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "keep"))
    mistake = journal.add(entry(9, "mistake"))
    laptop = laptop_of(desk)
    journal.delete(mistake)
    open_journal(laptop).add(entry(12, "laptop"))  # its copy still holds the mistake
    synced(laptop, desk)
    journal.add(entry(18, "desk evening"))
    assert notes_on_disk(desk) == ["desk evening", "keep", "laptop"]
    synced(desk, laptop)
    assert notes_on_disk(laptop) == ["desk evening", "keep", "laptop"]


def test_an_edit_made_on_the_other_computer_is_kept_and_one_made_on_both_keeps_one(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    one, two = journal.add(entry(8, "one")), journal.add(entry(9, "two"))
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    on_laptop.edit(one, entry(8, "one, fixed there"))
    on_laptop.edit(two, entry(9, "two, fixed there"))
    journal.edit(two, entry(9, "two, fixed here"))
    synced(laptop, desk)
    journal.add(entry(18, "three"))
    on_disk = notes_on_disk(desk)
    assert on_disk[:2] == ["one, fixed there", "three"]
    assert on_disk[2:] in (["two, fixed here"], ["two, fixed there"])  # the same on both


def test_both_computers_add_an_entry_the_same_day_and_both_are_kept(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    open_journal(desk).add(entry(8, "first"))
    laptop = laptop_of(desk)
    at_desk, on_laptop = open_journal(desk), open_journal(laptop)
    at_desk.add(entry(9, "desk"))
    on_laptop.add(entry(10, "laptop"))
    synced(laptop, desk)  # the laptop's copy is newer: the sync tool takes it
    at_desk.add(entry(11, "desk again"))
    synced(desk, laptop)
    expected = ["desk", "desk again", "first", "laptop"]
    assert notes_on_disk(desk) == expected
    assert notes_on_disk(laptop) == expected


@pytest.mark.parametrize("conflict_name", CONFLICT_NAMES)
def test_a_conflict_copy_taken_in_is_kept_byte_for_byte_in_the_backups(
    tmp_path: Path, conflict_name: str
) -> None:
    desk, conflict = laptop_conflict_copy(tmp_path, conflict_name)
    before = conflict.read_bytes()
    state = AppState.open(desk, now=lambda: NOW)  # a restart
    JournalStore(state).add(entry(11, "desk again"))
    state.store.maintenance()
    state.store.backup_if_due()
    assert not conflict.exists()
    kept = desk / "backups" / "conflict-copies" / JOURNAL / conflict_name
    assert kept.read_bytes() == before
    assert notes_on_disk(desk) == ["desk", "desk again", "first", "laptop"]


@pytest.mark.parametrize("conflict_name", CONFLICT_NAMES)
def test_the_entries_of_a_conflict_copy_are_shown(tmp_path: Path, conflict_name: str) -> None:
    desk, _conflict = laptop_conflict_copy(tmp_path, conflict_name)
    assert notes_on_disk(desk) == ["desk", "first", "laptop"]


def laptop_with_an_entry_this_version_cannot_read(desk: Path, extra: dict[str, object]) -> Path:
    """The laptop's folder: its (newer) app added "laptop lunch" and a second entry this
    version counts as unreadable, `extra` written over a copy of that one."""
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(12, "laptop lunch"))
    tables = json.loads((laptop / YEAR).read_bytes())
    lunch = next(doc for doc in tables["_default"].values() if doc["note"] == "laptop lunch")
    tables["_default"]["99"] = {**lunch, "uid": "feedfacefeedface", **extra}
    (laptop / YEAR).write_text(json.dumps(tables))
    return laptop


@pytest.mark.parametrize(
    "extra",
    [{"level": "knee", "note": "laptop knee"}, {"time": None, "note": "no time"}],
    ids=["a newer version's level", "no time"],
)
def test_an_entry_the_journal_cannot_read_in_the_synced_file_is_kept_on_both_computers(
    tmp_path: Path, extra: dict[str, object]
) -> None:
    """Kept as it is, and counted unreadable, as in the app's own file: a save here
    never drops it from the file the sync tool carries back to the other computer."""
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "desk morning"))
    laptop = laptop_with_an_entry_this_version_cannot_read(desk, extra)
    synced(laptop, desk)  # the desk's app is still open
    journal.add(entry(18, "desk evening"))
    assert len(journal.entries()) == 3
    assert journal.unreadable == 1
    assert "feedfacefeedface" in (desk / YEAR).read_text()
    synced(desk, laptop)  # the laptop's app is closed
    assert "feedfacefeedface" in (laptop / YEAR).read_text()
    again = open_journal(desk)
    assert sorted(item.entry.note for item in again.entries()) == [
        "desk evening",
        "desk morning",
        "laptop lunch",
    ]
    assert again.unreadable == 1


def test_the_other_computers_edit_that_this_version_cannot_read_wins_as_it_would_there(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "desk morning"))
    laptop = laptop_of(desk)
    tables = json.loads((laptop / YEAR).read_bytes())
    [doc] = tables["_default"].values()
    doc.update(v=doc.get("v", 0) + 1, level="knee", note="edited on the laptop")
    (laptop / YEAR).write_text(json.dumps(tables))
    synced(laptop, desk)  # the desk's app is still open
    journal.add(entry(18, "desk evening"))
    assert "edited on the laptop" in (desk / YEAR).read_text()
    assert [item.entry.note for item in journal.entries()] == ["desk evening"]
    assert journal.unreadable == 1
