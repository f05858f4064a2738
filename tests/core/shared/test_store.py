"""The data store in everyday use: records kept, found and listed, a file per year, private."""

from __future__ import annotations

import stat
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.shared import storage
from companion.core.shared.collection import Collection, Record
from companion.core.shared.store import Store
from companion.core.shared.store_events import StoreEvent
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import at, disk_failure, posix_only, read_json

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


def test_many_records_go_in_at_once_each_to_its_year_with_ids_in_their_order(
    open_store: Callable[..., Store],
) -> None:
    """An import adds its entries in one go (one write of each year's file, where one
    at a time rewrote the file for each: seconds for 10,000); every id finds its record."""
    store = open_store()
    journal = store.partitioned("journal", "time")
    first = journal.insert({"time": at(2025, 6, 1), "pain_now": 1})
    docs = [
        {"time": at(2024 + n % 3, 1 + n % 12, 1 + n % 28), "pain_now": n % 11} for n in range(300)
    ]
    with store.transaction():
        ids = journal.insert_many(docs)
    assert [journal.get(record_id) for record_id in ids] == docs
    assert [record_id.split("-")[0] for record_id in ids] == [doc["time"][:4] for doc in docs]
    assert len({first, *ids}) == 301  # no number handed out twice
    again = open_store().partitioned("journal", "time")
    assert sorted(r.id for r in again.all()) == sorted([first, *ids])
    assert journal.insert_many([]) == []


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
    real_read = storage.read_data_file

    def spy(path: Path) -> bytes | None:
        read.append(path.name)
        return real_read(path)

    monkeypatch.setattr(storage, "read_data_file", spy)
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


def test_start_up_removes_half_written_files_in_the_backups_never_pruned(tmp_path: Path) -> None:
    """A write killed midway in ``backups/removed-by-sync/`` or ``conflict-copies/``
    (never pruned) would stay for ever: start-up removes it there too, in their folders
    at any depth, and only the app's own temp-name shape, never another file."""
    Store.open(tmp_path, now=FakeClock())
    stale = [
        "backups/removed-by-sync/.journal-20260101-000000.json.0123456789abcdef.tmp",
        "backups/removed-by-sync/journal/.2026-01-20260101-000000.json.0123456789abcdef.tmp",
        "backups/conflict-copies/journal/.2026-01.sync-conflict-x.json.0123456789abcdef.tmp",
    ]
    others = [
        "backups/removed-by-sync/journal-20260101-000000.json",  # a kept file itself
        "backups/removed-by-sync/.notes.txt.0123456789abcdef.tmp",  # not a .json's
        "backups/conflict-copies/.x.json.tmp",  # not the app's temp-name shape
        "backups/.x.json.0123456789abcdef.tmp",  # not in a folder the app keeps for ever
    ]
    for name in stale + others:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")

    Store.open(tmp_path, now=FakeClock())

    assert [name for name in stale if (tmp_path / name).exists()] == []
    assert [name for name in others if (tmp_path / name).exists()] == others


@posix_only
def test_start_up_never_follows_a_link_out_of_the_backups(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    theirs = elsewhere / ".a.json.0123456789abcdef.tmp"
    theirs.write_text("x")
    data = tmp_path / "data"
    (data / "backups" / "removed-by-sync").mkdir(parents=True)
    (data / "backups" / "conflict-copies").symlink_to(elsewhere)
    (data / "backups" / "removed-by-sync" / "journal").symlink_to(elsewhere)

    Store.open(data, now=FakeClock())

    assert theirs.exists()
