"""The data store: what a person would notice if it went wrong.

Their data survives restarts, broken files and full or read-only disks; backups exist
and can be restored without losing newer records; the layout can be migrated.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import Query, TinyDB

from companion.core.shared import atomic_file, storage
from companion.core.shared.collection import Collection, Record
from companion.core.shared.storage import AtomicJSONStorage, CorruptFileError
from companion.core.shared.store import Store, StoreTooNewError
from companion.core.shared.store_events import PendingCleared, ProblemFound, StoreEvent, WriteFailed
from tests.helpers.clock import FakeClock
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
STAMP = "20260309-103000"  # FakeClock's start, as used in file names
TODAY = "2026-03-09"


def at(year: int, month: int = 1, day: int = 1, hour: int = 12) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:00:00+01:00"


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every path under ``folder`` with its mode and content (folders: empty bytes)."""
    return {
        path.relative_to(folder).as_posix(): (
            path.stat().st_mode,
            b"" if path.is_dir() else path.read_bytes(),
        )
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_store(data_dir: Path, clock: FakeClock) -> Callable[..., Store]:
    def open_it(**kwargs: Any) -> Store:
        return Store.open(data_dir, now=clock, **kwargs)

    return open_it


def listen(store: Store) -> list[StoreEvent]:
    seen: list[StoreEvent] = []
    store.add_listener(seen.append)
    return seen


@contextlib.contextmanager
def disk_failure(code: int = errno.EROFS) -> Iterator[None]:
    """Inside the block every rename fails, as on a read-only or full disk."""

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic_file.os, "replace", fail)
        yield


# --- everyday use -----------------------------------------------------------


def test_data_survives_reopening(open_store: Callable[..., Store]) -> None:
    store = open_store()
    checks = store.table("checks")
    journal = store.partitioned("journal", "time")
    check_id = checks.insert({"summary": "mild", "answers": [1, 2]})
    entry_id = journal.insert({"time": at(2026, 3, 9), "pain_now": 3})

    again = open_store()
    assert again.table("checks").get(check_id) == {"summary": "mild", "answers": [1, 2]}
    assert again.partitioned("journal", "time").get(entry_id) == {
        "time": at(2026, 3, 9),
        "pain_now": 3,
    }


def test_ids_are_stable_across_reopening_and_not_reused(
    open_store: Callable[..., Store],
) -> None:
    table = open_store().table("timers")
    ids = [table.insert({"n": n}) for n in range(3)]
    assert ids == ["1", "2", "3"]
    table.remove("3")
    assert table.insert({"n": 9}) == "4"

    again = open_store().table("timers")
    assert [record.id for record in again.all()] == ["1", "2", "4"]
    assert again.get("4") == {"n": 9}


def test_returned_and_inserted_data_are_independent_copies(
    open_store: Callable[..., Store],
) -> None:
    journal = open_store().partitioned("journal", "time")
    tags = ["walk"]
    record_id = journal.insert({"time": at(2026), "tags": tags})
    tags.append("changed after insert")
    fetched = journal.get(record_id)
    assert fetched is not None
    fetched["tags"].append("changed by a caller")
    journal.all()[0].data["tags"].append("changed too")
    journal.latest()[0].data.clear()
    assert journal.get(record_id) == {"time": at(2026), "tags": ["walk"]}


def test_tables_list_in_insertion_order_and_latest_is_newest_first(
    open_store: Callable[..., Store],
) -> None:
    table = open_store().table("checks")
    for n in range(12):
        table.insert({"n": n})
    assert [r.data["n"] for r in table.all()] == list(range(12))
    assert table.latest(3) == [
        Record("12", {"n": 11}),
        Record("11", {"n": 10}),
        Record("10", {"n": 9}),
    ]
    assert table.latest(0) == []
    assert table.count() == 12


def test_missing_and_malformed_ids(open_store: Callable[..., Store]) -> None:
    store = open_store()
    table = store.table("checks")
    journal = store.partitioned("journal", "time")
    assert table.get("7") is None
    assert journal.get("2026-7") is None
    with pytest.raises(KeyError):
        table.update("7", {"a": 1})
    with pytest.raises(KeyError):
        journal.update("2026-7", {"a": 1})
    table.remove("7")  # removing twice (say, a double click) is harmless
    journal.remove("2026-7")
    for bad in ("", "x", "-1", "2026-03-1"):
        with pytest.raises(ValueError, match="not a record id"):
            journal.get(bad)
    with pytest.raises(ValueError, match="not a record id"):
        table.get("2026-1")


def test_values_json_cannot_hold_are_refused_before_anything_changes(
    open_store: Callable[..., Store],
) -> None:
    table = open_store().table("checks")
    record_id = table.insert({"n": 1})
    with pytest.raises(TypeError):
        table.insert({"when": object()})
    with pytest.raises(ValueError):
        table.update(record_id, {"n": float("nan")})
    assert table.all() == [Record(record_id, {"n": 1})]
    assert open_store().table("checks").all() == [Record(record_id, {"n": 1})]


def test_collection_names_are_checked(open_store: Callable[..., Store]) -> None:
    store = open_store()
    for bad in ("", "Journal", "../x", "store", "backups", "a b"):
        with pytest.raises(ValueError, match="cannot be a collection name"):
            store.table(bad)
    store.partitioned("journal", "time")
    with pytest.raises(ValueError, match="already open"):
        store.partitioned("journal", "at")


# --- partitioned collections ------------------------------------------------


def test_each_year_is_its_own_file(open_store: Callable[..., Store], data_dir: Path) -> None:
    journal = open_store().partitioned("journal", "time")
    first = journal.insert({"time": at(2025, 12, 31), "n": 1})
    second = journal.insert({"time": at(2026, 1, 1), "n": 2})
    assert (first, second) == ("2025-1", "2026-1")
    assert read_json(data_dir / "journal" / "2025.json") == {
        "_default": {"1": {"time": at(2025, 12, 31), "n": 1}}
    }
    assert read_json(data_dir / "journal" / "2026.json") == {
        "_default": {"1": {"time": at(2026, 1, 1), "n": 2}}
    }


def test_month_shards(open_store: Callable[..., Store], data_dir: Path) -> None:
    events = open_store().partitioned("events", "at", by="month")
    record_id = events.insert({"at": at(2026, 3, 9)})
    assert record_id == "2026-03-1"
    assert (data_dir / "events" / "2026-03.json").is_file()
    assert open_store().partitioned("events", "at", by="month").get(record_id) == {
        "at": at(2026, 3, 9)
    }


def test_an_insert_rewrites_only_its_own_shard(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    journal = open_store().partitioned("journal", "time")
    journal.insert({"time": at(2025)})
    journal.insert({"time": at(2026)})
    old_shard = data_dir / "journal" / "2025.json"
    new_shard = data_dir / "journal" / "2026.json"
    # An atomic rewrite replaces the file, so its inode changes; an untouched one keeps it.
    before = {path: (path.stat().st_ino, path.read_bytes()) for path in (old_shard, new_shard)}
    journal.insert({"time": at(2026, 6)})
    assert (old_shard.stat().st_ino, old_shard.read_bytes()) == before[old_shard]
    assert new_shard.stat().st_ino != before[new_shard][0]
    assert len(read_json(new_shard)["_default"]) == 2


def test_records_are_listed_in_time_order_across_shards(
    open_store: Callable[..., Store],
) -> None:
    journal = open_store().partitioned("journal", "time")
    times = [
        "2026-03-01T10:00:00+02:00",  # 08:00 UTC
        "2024-07-01T00:00:00+01:00",
        "2026-03-01T09:30:00+00:00",  # 09:30 UTC: later than the first, though it reads earlier
        "2025-01-01",  # a bare date counts as midnight
        "2026-03-01T08:00:00+00:00",  # the same moment as the first, inserted later
    ]
    ids = [journal.insert({"time": time}) for time in times]
    assert [r.id for r in journal.all()] == [ids[1], ids[3], ids[0], ids[4], ids[2]]
    assert [r.id for r in journal.latest(2)] == [ids[2], ids[4]]
    assert journal.count() == 5


def test_latest_reads_only_the_newest_shards_it_needs(
    open_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = open_store().partitioned("journal", "time")
    for year in range(2016, 2027):
        journal.insert({"time": at(year), "year": year})
    journal.insert({"time": at(2025, 6), "year": 2025})

    read: list[str] = []
    real_read = storage.read_tables

    def spy(path: Path) -> storage.Tables | None:
        read.append(path.name)
        return real_read(path)

    monkeypatch.setattr(storage, "read_tables", spy)
    fresh = open_store().partitioned("journal", "time")
    assert [r.data["year"] for r in fresh.latest(3)] == [2026, 2025, 2025]
    assert read == ["2026.json", "2025.json"]
    assert fresh.get("2016-1") == {"time": at(2016), "year": 2016}
    assert read == ["2026.json", "2025.json", "2016.json"]
    assert len(fresh.latest(100)) == 12


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    moments=st.lists(
        st.tuples(st.integers(2023, 2026), st.integers(1, 12), st.integers(1, 3)), max_size=30
    ),
    n=st.integers(0, 35),
)
def test_the_newest_n_records_are_the_last_n_of_all_of_them(
    moments: list[tuple[int, int, int]], n: int
) -> None:
    # Home shows the newest entries without copying a whole year of them: whatever the
    # dates (ties and several years included), those are still exactly the newest n.
    with tempfile.TemporaryDirectory() as folder:
        journal = Store.open(Path(folder), now=FakeClock()).partitioned("journal", "time")
        for year, month, day in moments:
            journal.insert({"time": at(year, month, day)})
        newest_first = list(reversed(journal.all()))
        assert journal.latest(n) == newest_first[:n]


def test_update_in_the_same_shard_keeps_the_id(open_store: Callable[..., Store]) -> None:
    journal = open_store().partitioned("journal", "time")
    record_id = journal.insert({"time": at(2026, 1), "pain_now": 5})
    assert journal.update(record_id, {"pain_now": 2, "time": at(2026, 12)}) == record_id
    assert journal.get(record_id) == {"time": at(2026, 12), "pain_now": 2}


def test_update_that_changes_the_year_moves_the_record(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    journal = open_store().partitioned("journal", "time")
    record_id = journal.insert({"time": at(2026, 1), "pain_now": 5})
    new_id = journal.update(record_id, {"time": at(2025, 12)})
    assert new_id.startswith("2025-")
    assert journal.get(record_id) is None
    assert journal.get(new_id) == {"time": at(2025, 12), "pain_now": 5}
    assert read_json(data_dir / "journal" / "2026.json") == {"_default": {}}
    assert open_store().partitioned("journal", "time").count() == 1


@pytest.mark.parametrize("bad", [None, 17, "yesterday", "2026-13-01T00:00:00"])
def test_the_time_field_must_be_an_iso_datetime(
    open_store: Callable[..., Store], bad: object
) -> None:
    journal = open_store().partitioned("journal", "time")
    doc = {"pain_now": 1} if bad is None else {"time": bad}
    with pytest.raises(ValueError, match="'time' field holding an ISO-8601 date and time"):
        journal.insert(doc)
    record_id = journal.insert({"time": at(2026)})
    with pytest.raises(ValueError, match="ISO-8601"):
        journal.update(record_id, {"time": bad})
    assert journal.get(record_id) == {"time": at(2026)}


# --- privacy ----------------------------------------------------------------


@posix_only
def test_files_are_0600_and_folders_0700(open_store: Callable[..., Store], data_dir: Path) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    store.partitioned("journal", "time").insert({"time": at(2026)})
    assert store.backup_if_due() is not None
    paths = [data_dir, *data_dir.rglob("*")]
    assert len(paths) > 8
    for path in paths:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


# --- broken files -----------------------------------------------------------


def test_a_broken_file_is_moved_aside_kept_and_reported(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    broken = b'{"_default": {"1": {"a": 1}'  # cut off
    (data_dir / "checks.json").write_bytes(broken)

    store = open_store()
    seen = listen(store)
    checks = store.table("checks")
    assert checks.all() == []
    kept = data_dir / f"checks.broken-{STAMP}.json"
    assert kept.read_bytes() == broken
    (problem,) = store.problems
    assert problem.path == data_dir / "checks.json"
    assert problem.moved_to == kept
    assert problem.newest_backup is None
    assert "checks.json" in problem.message and "damaged" in problem.message
    assert seen == [ProblemFound(problem)]

    checks.insert({"a": 2})  # the app carries on
    assert kept.read_bytes() == broken
    assert open_store().table("checks").all() == [Record("1", {"a": 2})]


@pytest.mark.parametrize(
    "content", [b"", b"\xff\xfe", b"[1, 2]", b'{"_default": [1]}', b'{"_default": {"x": {}}}']
)
def test_anything_but_an_object_of_tables_is_a_corrupt_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(content)
    with pytest.raises(CorruptFileError) as caught:
        AtomicJSONStorage(path).read()
    assert caught.value.path == path


def test_the_storage_works_for_plain_tinydb_too(tmp_path: Path) -> None:
    path = tmp_path / "plain.json"
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.insert({"kind": "heat", "minutes": 15})
        db.table("other").insert({"x": 1})
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        assert db.search(Query().kind == "heat") == [{"kind": "heat", "minutes": 15}]
        assert db.table("other").all() == [{"x": 1}]


def test_a_second_broken_file_in_the_same_second_gets_its_own_name(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    (data_dir / f"checks.broken-{STAMP}.json").write_bytes(b"an older broken file")
    (data_dir / "checks.json").write_bytes(b"garbage")
    (problem,) = open_store().verify()
    assert problem.moved_to == data_dir / f"checks.broken-{STAMP}-2.json"
    assert (data_dir / f"checks.broken-{STAMP}.json").read_bytes() == b"an older broken file"
    assert problem.moved_to.read_bytes() == b"garbage"


def test_verify_finds_a_broken_shard_that_was_never_opened(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    journal = open_store().partitioned("journal", "time")
    journal.insert({"time": at(2025)})
    journal.insert({"time": at(2026)})
    (data_dir / "journal" / "2025.json").write_bytes(b"{{{")
    store = open_store()  # nothing loaded yet: the journal is not even opened
    (problem,) = store.verify()
    assert problem.path == data_dir / "journal" / "2025.json"
    assert problem.moved_to == data_dir / "journal" / f"2025.broken-{STAMP}.json"
    assert store.verify() == []
    assert [r.id for r in store.partitioned("journal", "time").all()] == ["2026-1"]


def test_verify_saves_a_file_again_from_memory_when_it_breaks_on_disk(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    checks = store.table("checks")
    checks.insert({"a": 1})
    (data_dir / "checks.json").write_bytes(b"zeroed by the disk")
    (problem,) = store.verify()
    assert "Nothing was lost" in problem.message
    assert problem.moved_to is not None
    assert problem.moved_to.read_bytes() == b"zeroed by the disk"
    assert open_store().table("checks").all() == [Record("1", {"a": 1})]


def test_a_broken_manifest_is_set_aside_and_written_again(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store().table("checks").insert({"a": 1})
    (data_dir / "store.json").write_bytes(b"not json")
    store = open_store()
    (problem,) = store.problems
    assert problem.moved_to == data_dir / f"store.broken-{STAMP}.json"
    assert read_json(data_dir / "store.json")["schema_version"] == 1
    assert store.table("checks").all() == [Record("1", {"a": 1})]


def test_the_problem_names_the_newest_backup_and_restore_keeps_later_records(
    open_store: Callable[..., Store], data_dir: Path, clock: FakeClock
) -> None:
    store = open_store()
    journal = store.partitioned("journal", "time")
    first = journal.insert({"time": at(2026, 1), "n": 1})
    store.backup_if_due()
    clock.advance(days=1)
    second = journal.insert({"time": at(2026, 2), "n": 2})
    third = journal.insert({"time": at(2026, 2, 2), "n": 3})
    journal.remove(third)
    store.backup_if_due()
    clock.advance(days=1)
    broken = b'{"_default": {"1": {"time": "2026-01'
    (data_dir / "journal" / "2026.json").write_bytes(broken)

    store = open_store()
    journal = store.partitioned("journal", "time")
    assert journal.all() == []
    (problem,) = store.problems
    assert problem.newest_backup == data_dir / "backups" / "2026-03-10" / "journal" / "2026.json"
    assert "2026-03-10" in problem.message
    later = journal.insert({"time": at(2026, 3), "n": 4})
    assert later not in (first, second)  # new numbers never clash with the backup's

    store.restore_backup(problem)
    assert [(r.id, r.data["n"]) for r in journal.all()] == [(first, 1), (second, 2), (later, 4)]
    assert problem.moved_to is not None and problem.moved_to.read_bytes() == broken
    assert store.problems == []
    assert [r.data["n"] for r in open_store().partitioned("journal", "time").all()] == [1, 2, 4]


def test_backups_from_before_a_migration_are_not_offered(
    open_store: Callable[..., Store], data_dir: Path, clock: FakeClock
) -> None:
    store = open_store()
    store.table("checks").insert({"old": "layout"})
    store.backup_if_due()
    clock.advance(days=1)
    open_store(schema_version=2, migrations={1: lambda _dir: None})
    (data_dir / "checks.json").write_bytes(b"broken")
    store = open_store(schema_version=2)
    assert store.table("checks").count() == 0
    (problem,) = store.problems
    assert problem.newest_backup is None
    with pytest.raises(ValueError, match="no backup"):
        store.restore_backup(problem)


def test_other_files_in_the_folder_are_left_alone(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    # The settings live in the same folder but are not the store's business.
    data_dir.mkdir()
    settings = data_dir / "settings.json"
    settings.write_text('{"schema_version": 1, "theme": "dark"}')
    (data_dir / "notes.json").write_text("not json at all")
    store = open_store()
    store.table("checks").insert({"a": 1})
    store.maintenance()
    assert settings.read_text() == '{"schema_version": 1, "theme": "dark"}'
    assert (data_dir / "notes.json").read_text() == "not json at all"
    assert store.problems == []
    backed_up = sorted(p.name for p in (data_dir / "backups" / TODAY).iterdir())
    assert backed_up == ["checks.json", "store.json"]


# --- backups ----------------------------------------------------------------


def test_one_backup_a_day_and_only_the_newest_seven_are_kept(
    open_store: Callable[..., Store], data_dir: Path, clock: FakeClock
) -> None:
    store = open_store(schema_version=2, migrations={1: lambda _dir: None})
    table = store.table("checks")
    backups = data_dir / "backups"
    days = []
    for n in range(9):
        table.insert({"day": n})
        made = store.backup_if_due()
        assert made is not None
        days.append(made.name)
        assert store.backup_if_due() is None  # once a day only
        clock.advance(days=1)
    assert sorted(p.name for p in backups.iterdir()) == days[2:]
    assert len(read_json(backups / days[-1] / "checks.json")["_default"]) == 9

    # A pre-migration backup is never pruned.
    open_store(schema_version=3, migrations={2: lambda _dir: None})
    for _ in range(8):
        clock.advance(days=1)
        assert store.backup_if_due() is not None
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 8 and names[-1].startswith("pre-migration-v2-")


def test_a_broken_file_is_never_copied_into_a_backup(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    store.partitioned("journal", "time").insert({"time": at(2026)})
    (data_dir / "checks.json").write_bytes(b"broken")
    backup = open_store().backup_if_due()
    assert backup is not None
    assert sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*.json")) == [
        "journal/2026.json",
        "store.json",
    ]


def test_maintenance_moves_broken_files_aside_then_backs_up_the_rest(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    store.table("timers").insert({"b": 2})
    (data_dir / "timers.json").write_bytes(b"broken")
    store = open_store()
    problems = store.maintenance()
    assert [p.path.name for p in problems] == ["timers.json"]
    backup = data_dir / "backups" / TODAY
    assert read_json(backup / "checks.json") == {"_default": {"1": {"a": 1}}}
    assert not (backup / "timers.json").exists()
    assert not list(backup.glob("*broken*"))


def test_a_link_to_a_huge_file_named_like_a_year_is_left_out_of_backups_unread(
    open_store: Callable[..., Store], data_dir: Path, tmp_path: Path
) -> None:
    """Three gigabytes behind a link where a year of the journal would be: the daily
    backup and the one before a migration leave it out, and never read it whole."""
    store = open_store()
    store.partitioned("journal", "time").insert({"time": at(2026)})
    film = tmp_path / "film.mkv"
    with film.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: no disk is used
    (data_dir / "journal" / "2019.json").symlink_to(film)
    tracemalloc.start()
    try:
        daily = open_store().backup_if_due()
        open_store(schema_version=2, migrations={1: lambda _dir: None})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024**2  # nowhere near the three gigabytes
    (before,) = (data_dir / "backups").glob("pre-migration-v1-*")
    for backup in (daily, before):
        assert backup is not None
        kept = sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*.json"))
        assert kept == ["journal/2026.json", "store.json"]
    assert open_store(schema_version=2).partitioned("journal", "time").count() == 1


def test_a_pipe_or_a_folder_named_like_a_data_file_does_not_stop_a_migration(
    tmp_path: Path,
) -> None:
    """A pipe waits for a writer for ever (in a process of its own, so a wait fails)."""
    folder = tmp_path / "data"
    Store.open(folder).table("checks").insert({"a": 1})
    os.mkfifo(folder / "notes.json")
    (folder / "old.json").mkdir()
    script = (
        "import sys; from pathlib import Path\n"
        "from companion.core.shared.store import Store\n"
        "store = Store.open(Path(sys.argv[1]), schema_version=2, migrations={1: lambda d: None})\n"
        "print(store.table('checks').count())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    (backup,) = (folder / "backups").glob("pre-migration-v1-*")
    assert sorted(p.name for p in backup.iterdir()) == ["checks.json", "store.json"]


def test_a_backup_interrupted_by_a_crash_does_not_count(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    leftover = data_dir / "backups" / f".incomplete-{TODAY}"
    leftover.mkdir(parents=True)
    (leftover / "checks.json").write_bytes(b"half")
    assert store.backup_if_due() == data_dir / "backups" / TODAY
    assert not leftover.exists()


def test_a_failed_backup_is_reported_not_raised(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"a": 1})
    seen = listen(store)
    with disk_failure(errno.ENOSPC):
        assert store.backup_if_due() is None
    (event,) = seen
    assert isinstance(event, WriteFailed) and not event.in_memory
    assert "disk is full" in event.message and "backup" in event.message
    assert list((data_dir / "backups").iterdir()) == []
    assert store.pending == []
    assert store.backup_if_due() is not None  # tried again once there is room


# --- failed writes ----------------------------------------------------------


@pytest.mark.parametrize(("code", "words"), [(errno.EROFS, "read-only"), (errno.ENOSPC, "full")])
def test_a_failed_write_keeps_the_change_and_retry_saves_it(
    open_store: Callable[..., Store],
    data_dir: Path,
    code: int,
    words: str,
) -> None:
    store = open_store()
    checks = store.table("checks")
    checks.insert({"a": 1})
    seen = listen(store)
    on_disk = (data_dir / "checks.json").read_bytes()
    with disk_failure(code):
        record_id = checks.insert({"a": 2})  # no exception reaches the app
        assert checks.get(record_id) == {"a": 2}
        assert store.pending == [data_dir / "checks.json"]
        assert words in (store.pending_reason() or "")
        assert store.retry_pending() is False
    assert (data_dir / "checks.json").read_bytes() == on_disk
    assert not list(data_dir.glob(".*"))  # no temp files left behind
    failures = [e for e in seen if isinstance(e, WriteFailed) and e.in_memory]
    assert failures == seen
    assert words in failures[0].message and "kept" in failures[0].message

    assert store.retry_pending() is True
    assert store.pending == [] and store.pending_reason() is None
    assert seen[-1] == PendingCleared(data_dir / "checks.json")
    assert [r.data for r in open_store().table("checks").all()] == [{"a": 1}, {"a": 2}]


def test_the_next_successful_write_clears_pending_by_itself(
    open_store: Callable[..., Store],
) -> None:
    store = open_store()
    checks = store.table("checks")
    with disk_failure():
        checks.insert({"a": 1})
    seen = listen(store)
    checks.insert({"a": 2})
    assert store.pending == []
    assert seen == [PendingCleared(store.data_dir / "checks.json")]
    assert open_store().table("checks").count() == 2


def test_a_new_shard_that_could_not_be_written_is_still_listed(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    journal = store.partitioned("journal", "time")
    journal.insert({"time": at(2025)})
    with disk_failure():
        new_id = journal.insert({"time": at(2026)})
    assert not (data_dir / "journal" / "2026.json").exists()
    assert journal.count() == 2
    assert [r.id for r in journal.latest(1)] == [new_id]
    assert store.retry_pending() is True
    assert open_store().partitioned("journal", "time").get(new_id) == {"time": at(2026)}


def test_a_broken_file_in_a_read_only_folder_is_never_written_over(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store().table("checks").insert({"a": 1})
    (data_dir / "checks.json").write_bytes(b"broken")
    with disk_failure():
        store = open_store()
        checks = store.table("checks")
        assert checks.count() == 0
        (problem,) = store.problems
        assert problem.moved_to is None
        checks.insert({"a": 2})
        assert store.retry_pending() is False
        assert (data_dir / "checks.json").read_bytes() == b"broken"
        assert store.verify() == []  # already known: not reported twice
    assert store.retry_pending() is True
    (problem,) = store.problems
    assert problem.moved_to == data_dir / f"checks.broken-{STAMP}.json"
    assert problem.moved_to.read_bytes() == b"broken"
    assert open_store().table("checks").all() == [Record("1", {"a": 2})]


@posix_only
def test_a_really_read_only_folder_keeps_changes_until_it_is_writable(
    open_store: Callable[..., Store], data_dir: Path, request: pytest.FixtureRequest
) -> None:
    if overrides_permissions():
        assert_passes_where_permissions_bind(request)
        return
    store = open_store()
    checks = store.table("checks")
    checks.insert({"a": 1})
    data_dir.chmod(0o500)
    try:
        checks.insert({"a": 2})
        assert store.pending == [data_dir / "checks.json"]
        assert "not allowed" in (store.pending_reason() or "")
    finally:
        data_dir.chmod(0o700)
    assert store.retry_pending() is True
    assert open_store().table("checks").count() == 2


def test_the_store_opens_in_a_read_only_folder(open_store: Callable[..., Store]) -> None:
    open_store().table("checks").insert({"a": 1})
    with disk_failure():
        store = open_store()
        store.table("timers").insert({"b": 2})
        assert store.table("checks").count() == 1
        assert store.maintenance() == []


# --- schema versions --------------------------------------------------------


def test_migrations_run_in_order_after_a_backup(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    store.table("checks").insert({"score": 3})
    store.partitioned("journal", "time").insert({"time": at(2026)})
    (data_dir / "settings.json").write_text('{"theme": "dark"}')  # kept safe as well
    before = {p.relative_to(data_dir).as_posix(): p.read_bytes() for p in data_dir.rglob("*.json")}
    calls: list[tuple[int, int]] = []

    def step(version: int) -> Callable[[Path], None]:
        def migrate(folder: Path) -> None:
            calls.append((version, read_json(folder / "store.json")["schema_version"]))
            checks = folder / "checks.json"
            data = read_json(checks)
            data["_default"]["1"][f"v{version + 1}"] = True
            atomic_file.atomic_write_bytes(checks, json.dumps(data).encode())

        return migrate

    store = open_store(schema_version=3, migrations={1: step(1), 2: step(2)})
    assert calls == [(1, 1), (2, 2)]
    assert store.table("checks").get("1") == {"score": 3, "v2": True, "v3": True}
    assert read_json(data_dir / "store.json")["schema_version"] == 3
    backup = data_dir / "backups" / f"pre-migration-v1-{STAMP}"
    copied = {p.relative_to(backup).as_posix(): p.read_bytes() for p in backup.rglob("*.json")}
    assert copied == before
    assert open_store(schema_version=3).table("checks").count() == 1  # no migration again


def test_a_failed_migration_stops_at_the_last_good_step(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store().table("checks").insert({"a": 1})

    def broken(_folder: Path) -> None:
        raise RuntimeError("bug in migration")

    with pytest.raises(RuntimeError, match="bug in migration"):
        open_store(schema_version=3, migrations={1: lambda _dir: None, 2: broken})
    assert read_json(data_dir / "store.json")["schema_version"] == 2
    assert (data_dir / "backups" / f"pre-migration-v1-{STAMP}" / "checks.json").is_file()


def test_a_missing_migration_step_changes_nothing(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store().table("checks").insert({"a": 1})
    before = snapshot(data_dir)
    with pytest.raises(ValueError, match="no migration from schema version 2"):
        open_store(schema_version=3, migrations={1: lambda _dir: None})
    assert snapshot(data_dir) == before


def test_data_from_a_newer_app_is_refused_and_left_exactly_as_it_was(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store(schema_version=5, migrations={v: lambda _dir: None for v in range(1, 5)})
    store = open_store(schema_version=5)
    store.table("checks").insert({"a": 1})
    (data_dir / ".checks.json.0123456789abcdef.tmp").write_bytes(b"leftover")
    data_dir.chmod(0o755)
    before = snapshot(data_dir)
    with pytest.raises(StoreTooNewError, match="newer version of the app") as caught:
        open_store()
    assert "Nothing was changed" in str(caught.value)
    assert (caught.value.found_version, caught.value.supported_version) == (5, 1)
    assert snapshot(data_dir) == before
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o755


# --- listeners ----------------------------------------------------------------


def test_a_listener_can_stop_listening(open_store: Callable[..., Store]) -> None:
    store = open_store()
    seen: list[StoreEvent] = []
    stop = store.add_listener(seen.append)
    with disk_failure():
        store.table("checks").insert({"a": 1})
        stop()
        store.table("checks").insert({"a": 2})
    assert len(seen) == 1


# --- a model of what the store should hold ------------------------------------

MOMENTS = st.builds(
    lambda year, month, day, hour: f"{year}-{month:02d}-{day:02d}T{hour:02d}:00:00",
    st.integers(2024, 2026),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), MOMENTS, st.integers(0, 10)),
        st.tuples(st.just("update"), MOMENTS, st.integers(0, 10)),
        st.tuples(st.just("remove"), MOMENTS, st.integers(0, 10)),
        st.tuples(st.just("reopen"), MOMENTS, st.integers(0, 10)),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_any_sequence_of_changes_reads_back_like_a_plain_dict(
    operations: list[tuple[str, str, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)

        def reopen() -> Collection:
            return Store.open(data_dir, now=FakeClock()).partitioned("events", "at", by="month")

        events = reopen()
        model: dict[str, dict[str, Any]] = {}
        for action, moment, pick in operations:
            ids = sorted(model)
            target = ids[pick % len(ids)] if ids else None
            if action == "insert":
                record_id = events.insert({"at": moment, "n": pick})
                assert record_id not in model
                model[record_id] = {"at": moment, "n": pick}
            elif action == "update" and target is not None:
                new_id = events.update(target, {"at": moment, "n": pick})
                model[new_id] = {**model.pop(target), "at": moment, "n": pick}
            elif action == "remove" and target is not None:
                events.remove(target)
                del model[target]
            elif action == "reopen":
                events = reopen()

        events = reopen()
        records = events.all()
        assert {record.id: record.data for record in records} == model
        assert events.count() == len(model)
        moments = [datetime.fromisoformat(record.data["at"]) for record in records]
        assert moments == sorted(moments)
