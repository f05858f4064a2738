"""The data store on a bad disk: broken files set aside and reported, failed writes kept."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from tinydb import Query, TinyDB

from companion.core.shared.collection import Record
from companion.core.shared.storage import AtomicJSONStorage, CorruptFileError
from companion.core.shared.store import Store
from companion.core.shared.store_events import PendingCleared, ProblemFound, WriteFailed
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import STAMP, TODAY, at, disk_failure, listen, posix_only, read_json
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions

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


def test_only_the_manifest_deleted_is_not_a_folder_moved_away(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    """A clean-up tool (or a person) deletes store.json while the app runs, the journal's
    files still there: saves go on, and the manifest is written again. Before, every
    save waited for a folder that had never gone, and quitting lost the entries."""
    store = open_store()
    journal = store.partitioned("journal", "time")
    journal.insert({"time": at(2026, 3, 1), "n": 1})
    (data_dir / "store.json").unlink()
    seen = listen(store)

    journal.insert({"time": at(2026, 3, 2), "n": 2})

    assert not [event for event in seen if isinstance(event, WriteFailed)]
    assert [
        doc["n"] for doc in read_json(data_dir / "journal" / "2026.json")["_default"].values()
    ] == [1, 2]
    assert read_json(data_dir / "store.json")["schema_version"] == 1


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
