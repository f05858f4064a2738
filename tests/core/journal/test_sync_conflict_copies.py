"""Conflict copies a sync tool leaves beside a journal year file: their entries are taken
in when the journal reads or saves that year, and the copy is kept in the backups folder;
one the app cannot use is left where it is, untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.safe_json import DATA_FILE
from tests.helpers.data_store import posix_only
from tests.helpers.two_computers import (
    CONFLICT_NAMES,
    NOW,
    YEAR,
    entry,
    laptop_conflict_copy,
    laptop_of,
    notes_on_disk,
    open_journal,
)

SYNCTHING = CONFLICT_NAMES[0]


def test_a_conflict_copy_that_comes_while_the_journal_is_open_is_taken_in_at_the_next_save(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "first"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(10, "laptop"))
    assert [item.entry.note for item in journal.entries()] == ["first"]
    shutil.copyfile(laptop / YEAR, desk / JOURNAL / SYNCTHING)  # the app is still open
    journal.add(entry(18, "desk evening"))
    expected = ["desk evening", "first", "laptop"]
    assert sorted(item.entry.note for item in journal.entries()) == expected  # on the page
    assert notes_on_disk(desk) == expected
    assert not (desk / JOURNAL / SYNCTHING).exists()


def test_an_entry_deleted_here_stays_deleted_when_a_conflict_copy_still_holds_it(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "keep"))
    mistake = journal.add(entry(9, "mistake"))
    laptop = laptop_of(desk)
    journal.delete(mistake)
    open_journal(laptop).add(entry(12, "laptop"))  # its copy still holds the mistake
    shutil.copyfile(laptop / YEAR, desk / JOURNAL / SYNCTHING)
    assert notes_on_disk(desk) == ["keep", "laptop"]


def test_a_broken_conflict_copy_is_left_where_it_is(tmp_path: Path) -> None:
    desk, conflict = laptop_conflict_copy(tmp_path, SYNCTHING)
    broken = conflict.read_bytes()[:-7]  # cut short, as by a sync stopped half way
    conflict.write_bytes(broken)
    assert notes_on_disk(desk) == ["desk", "first"]
    open_journal(desk).add(entry(11, "desk again"))
    assert conflict.read_bytes() == broken
    assert not (desk / "backups" / "conflict-copies").exists()


def test_a_conflict_copy_too_large_to_read_is_left_where_it_is(tmp_path: Path) -> None:
    desk, conflict = laptop_conflict_copy(tmp_path, SYNCTHING)
    with conflict.open("ab") as file:  # still JSON, but over the reader's limit
        file.write(b" " * DATA_FILE.max_bytes)
    size = conflict.stat().st_size
    assert notes_on_disk(desk) == ["desk", "first"]
    assert conflict.stat().st_size == size


def test_conflict_copies_wait_while_a_newer_version_of_the_app_wrote_the_folder(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    state = AppState.open(desk, now=lambda: NOW)
    journal = JournalStore(state)
    journal.add(entry(8, "first"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(10, "laptop"))
    conflict = desk / JOURNAL / SYNCTHING
    shutil.copyfile(laptop / YEAR, conflict)
    manifest = json.loads((desk / "store.json").read_text())
    (desk / "store.json").write_text(json.dumps({**manifest, "schema_version": 99}))
    before = conflict.read_bytes()
    journal.add(entry(18, "desk evening"))  # kept in memory: the folder is a newer version's
    assert sorted(item.entry.note for item in journal.entries()) == ["desk evening", "first"]
    assert conflict.read_bytes() == before


def test_entries_without_an_id_in_a_conflict_copy_are_not_taken_in(tmp_path: Path) -> None:
    """Entries saved by a version before ids: which are the same entry cannot be told.
    They stay in the copy kept in the backups folder."""
    desk, conflict = laptop_conflict_copy(tmp_path, SYNCTHING)
    tables = json.loads(conflict.read_bytes())
    old = {**entry(7, "old version").to_dict()}
    tables["_default"]["99"] = old
    conflict.write_text(json.dumps(tables))
    assert notes_on_disk(desk) == ["desk", "first", "laptop"]
    kept = desk / "backups" / "conflict-copies" / JOURNAL / SYNCTHING
    assert "old version" in kept.read_text()


def test_two_conflict_copies_of_the_same_name_are_both_kept(tmp_path: Path) -> None:
    desk, conflict = laptop_conflict_copy(tmp_path, SYNCTHING)
    first = conflict.read_bytes()
    assert notes_on_disk(desk) == ["desk", "first", "laptop"]
    conflict.write_bytes(first)  # the sync tool makes the same conflict again
    assert notes_on_disk(desk) == ["desk", "first", "laptop"]
    kept = desk / "backups" / "conflict-copies" / JOURNAL
    assert {path.name for path in kept.iterdir()} == {
        SYNCTHING,
        SYNCTHING.removesuffix(".json") + "-2.json",
    }


def test_an_entry_the_journal_cannot_read_in_a_conflict_copy_is_not_taken_in(
    tmp_path: Path,
) -> None:
    """Taken in as the journal reads its own file: an entry it would count as unreadable
    stays out (it is kept in the copy in the backups folder)."""
    desk, conflict = laptop_conflict_copy(tmp_path, SYNCTHING)
    tables = json.loads(conflict.read_bytes())
    no_time = {"uid": "feedfacefeedface", "pain_now": 3, "level": "upper_thigh", "note": "x"}
    tables["_default"]["99"] = no_time
    conflict.write_text(json.dumps(tables))
    journal = open_journal(desk)
    assert sorted(item.entry.note for item in journal.entries()) == ["desk", "first", "laptop"]
    assert journal.unreadable == 0
    assert open_journal(desk).unreadable == 0  # nor saved into the year file
    kept = desk / "backups" / "conflict-copies" / JOURNAL / SYNCTHING
    assert "feedfacefeedface" in kept.read_text()


HUGE = 10**40 - 1  # the largest edit count a data file still reads (40 digits)


@pytest.mark.parametrize("count", [HUGE, 2**31 + 1, -5, 2.5, "9", True])
def test_an_edit_count_out_of_range_in_a_conflict_copy_never_wins_over_an_edit_here(
    tmp_path: Path, count: object
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    first = journal.add(entry(8, "first"))
    tables = json.loads((desk / YEAR).read_bytes())
    tables["_default"]["1"] |= {"note": "from elsewhere", "v": count}
    journal.edit(first, entry(8, "fixed here"))  # one edit here
    (desk / JOURNAL / SYNCTHING).write_text(json.dumps(tables))
    journal.add(entry(9, "second"))
    assert notes_on_disk(desk) == ["fixed here", "second"]


def test_an_entry_with_a_huge_edit_count_can_still_be_edited_here(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(8, "first"))
    tables = json.loads((desk / YEAR).read_bytes())
    laptop = {**entry(10, "laptop").to_dict(), "uid": "feedfacefeedface", "v": HUGE}
    tables["_default"]["2"] = laptop
    (desk / JOURNAL / SYNCTHING).write_text(json.dumps(tables))
    journal = open_journal(desk)
    taken = next(item.id for item in journal.entries() if item.entry.note == "laptop")
    journal.edit(taken, entry(10, "laptop, fixed here"))
    assert notes_on_disk(desk) == ["first", "laptop, fixed here"]
    assert json.loads((desk / YEAR).read_bytes())["_default"]["2"]["v"] == 1


@posix_only
def test_a_link_named_like_a_conflict_copy_is_never_read_nor_moved(tmp_path: Path) -> None:
    """A symbolic link may point at any file of any program: only a sync tool's own
    file, a regular one, is taken in."""
    desk = tmp_path / "desk"
    open_journal(desk).add(entry(8, "first"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(10, "elsewhere"))
    elsewhere = tmp_path / "other-program.json"
    shutil.copyfile(laptop / YEAR, elsewhere)
    before = elsewhere.read_bytes()
    link = desk / JOURNAL / SYNCTHING
    link.symlink_to(elsewhere)
    open_journal(desk).add(entry(11, "desk again"))
    assert notes_on_disk(desk) == ["desk again", "first"]
    assert link.is_symlink() and elsewhere.read_bytes() == before
    assert not (desk / "backups" / "conflict-copies").exists()
