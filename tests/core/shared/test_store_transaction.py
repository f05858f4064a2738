"""A change to several files is all or nothing: after a crash at any moment, after a
full disk, or when a record cannot be saved, a person never finds half of it."""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.core.shared.collection import Record
from companion.core.shared.store import Store
from companion.core.shared.store_events import StoreEvent, WriteFailed
from companion.core.shared.store_log import LOG_NAME
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import Crash, renames_fail_after


def at(year: int, month: int = 6) -> str:
    return f"{year:04d}-{month:02d}-01T12:00:00+02:00"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_store(data_dir: Path) -> Callable[[], Store]:
    def open_it() -> Store:
        store = Store.open(data_dir, now=FakeClock())
        store.partitioned("journal", "time")  # registered: the renames counted are ours
        return store

    return open_it


def journal_of(store: Store) -> list[dict[str, Any]]:
    return [record.data for record in store.partitioned("journal", "time").all()]


def on_disk(data_dir: Path) -> dict[str, Any]:
    return {
        path.relative_to(data_dir).as_posix(): json.loads(path.read_bytes())
        for path in sorted(data_dir.rglob("*.json"))
        if "backups" not in path.parts
    }


def import_two_years(store: Store) -> None:
    journal = store.partitioned("journal", "time")
    with store.transaction():
        for year in (2025, 2026, 2025, 2026):
            journal.insert({"time": at(year), "note": f"from {year}"})


@pytest.mark.parametrize("renames_before_the_crash", [0, 1, 2])
def test_a_crash_anywhere_in_a_two_year_change_leaves_all_or_nothing(
    open_store: Callable[[], Store], data_dir: Path, renames_before_the_crash: int
) -> None:
    store = open_store()
    store.partitioned("journal", "time").insert({"time": at(2025, 1), "note": "older"})
    with renames_fail_after(renames_before_the_crash, Crash()), pytest.raises(Crash):
        import_two_years(store)

    notes = [entry["note"] for entry in journal_of(open_store())]
    if renames_before_the_crash == 0:  # died before the change log was in place
        assert notes == ["older"]
    else:
        assert sorted(notes) == ["from 2025", "from 2025", "from 2026", "from 2026", "older"]
    assert not (data_dir / LOG_NAME).exists()


def test_a_failing_record_takes_back_the_whole_change_in_memory_and_on_disk(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    journal = store.partitioned("journal", "time")
    journal.insert({"time": at(2025), "note": "kept"})
    before = on_disk(data_dir)
    with pytest.raises(ValueError, match="note"), store.transaction():
        journal.insert({"time": at(2026), "note": "fine"})
        journal.insert({"time": at(2025), "note": "fine too"})
        journal.insert({"time": at(2026), "note": "half \ud800 a character"})
    assert [entry["note"] for entry in journal_of(store)] == ["kept"]
    assert on_disk(data_dir) == before
    # The store carries on as if nothing happened.
    journal.insert({"time": at(2026), "note": "later"})
    assert [entry["note"] for entry in journal_of(open_store())] == ["kept", "later"]


def test_a_full_disk_before_the_log_changes_nothing_on_disk_and_keeps_it_all_in_memory(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    events: list[StoreEvent] = []
    store.add_listener(events.append)
    before = on_disk(data_dir)
    with renames_fail_after(0, OSError(errno.ENOSPC, "No space left on device")):
        import_two_years(store)
    assert on_disk(data_dir) == before
    assert len(journal_of(store)) == 4
    assert {path.name for path in store.pending} == {"2025.json", "2026.json"}
    assert all(isinstance(e, WriteFailed) and "full" in e.message for e in events)

    assert store.retry_pending()  # space was freed
    assert len(journal_of(open_store())) == 4
    assert not (data_dir / LOG_NAME).exists()


def test_a_full_disk_between_the_files_is_finished_from_the_log_at_the_next_start(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    with renames_fail_after(2, OSError(errno.ENOSPC, "No space left on device")):
        import_two_years(store)  # the log and 2025 are written, 2026 is not
    assert (data_dir / LOG_NAME).exists()
    assert [path.name for path in store.pending] == ["2026.json"]
    assert len(journal_of(open_store())) == 4
    assert not (data_dir / LOG_NAME).exists()


def test_while_a_log_is_left_every_later_save_keeps_it_correct(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    with renames_fail_after(2, OSError(errno.ENOSPC, "No space left on device")):
        import_two_years(store)
    journal = store.partitioned("journal", "time")
    journal.insert({"time": at(2025, 9), "note": "after"})  # 2025 only, disk has room now
    with renames_fail_after(0, Crash()), pytest.raises(Crash):
        journal.insert({"time": at(2025, 10), "note": "lost in the crash"})
    notes = sorted(entry["note"] for entry in journal_of(open_store()))
    assert notes == ["after", "from 2025", "from 2025", "from 2026", "from 2026"]


def test_moving_an_entry_to_another_year_is_one_change(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    journal = store.partitioned("journal", "time")
    record_id = journal.insert({"time": at(2025, 12), "note": "typo in the year"})
    for renames in (0, 1, 2):
        with renames_fail_after(renames, Crash()), pytest.raises(Crash):
            open_store().partitioned("journal", "time").update(record_id, {"time": at(2026, 1)})
        found = journal_of(open_store())
        assert len(found) == 1, f"crash after {renames} renames left {found}"
        expected = at(2025, 12) if renames == 0 else at(2026, 1)
        assert found[0]["time"] == expected
        if renames:
            return


def test_a_damaged_log_is_set_aside_and_reported(
    open_store: Callable[[], Store], data_dir: Path
) -> None:
    store = open_store()
    store.partitioned("journal", "time").insert({"time": at(2025), "note": "safe"})
    (data_dir / LOG_NAME).write_bytes(b'{"format": "thigh-pain-companion-changes", "ver')
    again = open_store()
    (problem,) = again.problems
    assert problem.path == data_dir / LOG_NAME and problem.moved_to is not None
    assert problem.moved_to.read_bytes().endswith(b'"ver')
    assert "unfinished save" in problem.message
    assert [entry["note"] for entry in journal_of(again)] == ["safe"]


@pytest.mark.parametrize("name", ["../outside.json", "store.json", "backups/2026.json", "a/b/c"])
def test_a_log_naming_a_file_the_store_does_not_keep_writes_nothing(
    open_store: Callable[[], Store], data_dir: Path, name: str
) -> None:
    open_store()
    log = {"format": "thigh-pain-companion-changes", "version": 1, "files": {name: {}}}
    (data_dir / LOG_NAME).write_text(json.dumps(log))
    again = open_store()
    assert not (data_dir.parent / "outside.json").exists()
    assert [problem.path.name for problem in again.problems] == [LOG_NAME]


def test_a_kiosk_store_in_memory_has_transactions_too(tmp_path: Path) -> None:
    store = Store.in_memory(tmp_path / "never")
    table = store.table("checks")
    with pytest.raises(RuntimeError), store.transaction():
        table.insert({"a": 1})
        raise RuntimeError
    with store.transaction():
        record_id = table.insert({"a": 2})
    assert table.all() == [Record(record_id, {"a": 2})]
    assert not (tmp_path / "never").exists()
