"""Review: a sync tool's copy coming in after a date moved an entry between years, after
an undo, and after a crash between the change log and the files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL
from companion.core.shared.store import Store
from companion.core.shared.store_events import ProblemFound
from companion.core.shared.store_files import MANIFEST_NAME
from companion.core.shared.store_log import LOG_NAME
from tests.helpers import two_computers
from tests.helpers.two_computers import ZONE, laptop_of, open_journal


def entry(year: int, note: str) -> Entry:
    when = datetime(year, 12, 6, 9, 0, tzinfo=ZONE)
    fields = {"time": when.isoformat(), "pain_now": 3, "level": "upper_thigh", "side": "left"}
    return parse_entry({**fields, "note": note})


def synced(source: Path, target: Path, year: int) -> None:
    two_computers.synced(source, target, Path(JOURNAL) / f"{year}.json")


def notes(journal: JournalStore) -> list[str]:
    return sorted(item.entry.note for item in journal.entries())


def test_an_entry_moved_to_another_year_and_back_survives_the_next_sync(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    first = journal.add(entry(2025, "last winter"))
    journal.add(entry(2025, "a week later"))
    moved = journal.edit(first, entry(2026, "last winter"))
    journal.undo()  # the year was a slip: back to 2025
    assert notes(journal) == ["a week later", "last winter"]
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(2025, "laptop"))
    synced(laptop, desk, 2025)  # the desk's app is still open
    journal.add(entry(2025, "desk"))
    assert moved.startswith("2026-")
    expected = ["a week later", "desk", "laptop", "last winter"]
    assert notes(journal) == expected
    assert notes(open_journal(desk)) == expected


def test_a_change_log_finished_at_start_keeps_what_the_sync_tool_brought(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(2025, "old year"))
    journal.add(entry(2026, "this year"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(2026, "laptop"))
    # The desk imports into both years; the power goes after the change log is written
    # and before the year files are.
    with monkeypatch.context() as power_cut:
        power_cut.setattr(Store, "_write_logged", lambda _store, _targets: None)
        journal.import_entries([entry(2025, "imported old"), entry(2026, "imported new")])
    assert (desk / LOG_NAME).exists()
    synced(laptop, desk, 2026)  # at the next start, before the app opens
    expected = ["imported new", "imported old", "laptop", "old year", "this year"]
    assert notes(open_journal(desk)) == expected


def test_undo_here_never_changes_an_entry_the_other_computer_added(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(2026, "first"))
    newest = journal.add(entry(2026, "duplicate"))
    laptop = laptop_of(desk)
    journal.edit(newest, entry(2026, "duplicate, edited at the desk"))
    # The laptop deletes the duplicate; the next day it adds an entry, which takes the
    # number the duplicate had.
    open_journal(laptop).delete(newest)
    assert open_journal(laptop).add(entry(2026, "laptop")) == newest
    synced(laptop, desk, 2026)  # the desk's app is still open
    journal.add(entry(2026, "desk"))
    journal.undo()  # the desk's new entry
    journal.undo()  # the desk's edit: the duplicate as it was (never the laptop's entry)
    expected = ["duplicate", "first", "laptop"]
    assert notes(journal) == expected
    assert notes(open_journal(desk)) == expected


def test_a_year_file_from_a_newer_version_is_not_merged_by_a_change_to_two_years(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(2025, "old year"))
    journal.add(entry(2026, "this year"))
    laptop = laptop_of(desk)
    open_journal(laptop).add(entry(2026, "newer version"))
    manifest = json.loads((laptop / MANIFEST_NAME).read_text())
    (laptop / MANIFEST_NAME).write_text(json.dumps(manifest | {"schema_version": 99}))
    (desk / MANIFEST_NAME).write_bytes((laptop / MANIFEST_NAME).read_bytes())
    synced(laptop, desk, 2026)  # the desk's app is still open
    on_disk = {path: path.read_bytes() for path in sorted((desk / JOURNAL).glob("*.json"))}
    journal.import_entries([entry(2025, "imported old"), entry(2026, "imported new")])
    assert notes(journal) == ["imported new", "imported old", "old year", "this year"]
    assert {path: path.read_bytes() for path in on_disk} == on_disk


def test_a_broken_year_file_the_sync_tool_brought_is_set_aside_not_written_over(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(2026, "desk morning"))
    problems: list[ProblemFound] = []
    journal._state.store.add_listener(
        lambda event: problems.append(event) if isinstance(event, ProblemFound) else None
    )
    year = desk / JOURNAL / "2026.json"
    brought = b'{"_default": {"1": {"uid": "laptop", "time": "2026-12-06T12:00:00+01:00"'
    temp = year.with_name(".syncthing.tmp")
    temp.write_bytes(brought)  # cut short: what the other computer had is in it
    temp.replace(year)
    journal.add(entry(2026, "desk evening"))
    kept = [path for path in (desk / JOURNAL).iterdir() if path.read_bytes() == brought]
    assert len(kept) == 1 and kept[0] != year
    assert [p.problem.path for p in problems] == [year]
    assert notes(open_journal(desk)) == ["desk evening", "desk morning"]


def test_an_entry_edited_once_on_each_computer_ends_the_same_on_both(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    first = journal.add(entry(2026, "written"))
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    journal.edit(first, entry(2026, "changed at the desk"))
    on_laptop.edit(first, entry(2026, "changed on the laptop"))
    for _ in range(2):  # each computer saves after the other's copy came in, twice
        synced(laptop, desk, 2026)
        journal.add(entry(2026, "desk"))
        synced(desk, laptop, 2026)
        on_laptop.add(entry(2026, "laptop"))
    synced(laptop, desk, 2026)
    journal.add(entry(2026, "desk"))
    desk_sees = [note for note in notes(journal) if note.startswith("changed")]
    laptop_sees = [note for note in notes(on_laptop) if note.startswith("changed")]
    assert len(desk_sees) == 1
    assert desk_sees == laptop_sees


def test_an_entry_moved_to_the_same_year_on_both_computers_is_there_once(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    journal = open_journal(desk)
    journal.add(entry(2025, "kept"))
    slip = journal.add(entry(2026, "the year was a slip"))
    laptop = laptop_of(desk)
    on_laptop = open_journal(laptop)
    journal.edit(slip, entry(2025, "the year was a slip"))
    on_laptop.edit(slip, entry(2025, "the year was a slip"))
    for year in (2025, 2026):
        synced(laptop, desk, year)
    journal.add(entry(2025, "desk"))
    assert notes(journal) == ["desk", "kept", "the year was a slip"]
