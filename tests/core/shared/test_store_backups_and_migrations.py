"""The data store's daily backups, and its migrations to a new layout after a backup."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.core.shared import atomic_file
from companion.core.shared.settings_file import is_readable_settings
from companion.core.shared.store import Store, StoreTooNewError
from companion.core.shared.store_events import WriteFailed
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import STAMP, TODAY, at, disk_failure, listen, read_json


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every path under ``folder`` with its mode and content (folders: empty bytes)."""
    return {
        path.relative_to(folder).as_posix(): (
            path.stat().st_mode,
            b"" if path.is_dir() else path.read_bytes(),
        )
        for path in sorted(folder.rglob("*"))
    }


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


def test_backups_copy_only_the_apps_own_files_and_never_look_in_the_persons_folders(
    open_store: Callable[..., Store], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data folder may be one the person also uses (it may be their home folder):
    the daily backup and the one before a migration copy the app's files only, and
    never list the person's folders, however many files they hold."""
    own = {"settings.json": is_readable_settings}
    store = open_store(also_back_up=own)
    store.table("checks").insert({"a": 1})
    store.partitioned("journal", "time").insert({"time": at(2026)})
    (data_dir / "settings.json").write_text('{"schema_version": 1, "theme": "dark"}')
    documents = data_dir / "Documents"
    (documents / "deep").mkdir(parents=True)
    (documents / "notes.json").write_text('{"private": true}')
    (documents / "deep" / "a.json").write_text("{}")
    (data_dir / "other-program.json").write_text("{}")
    many = documents / "many"
    many.mkdir()
    for n in range(10_000):
        os.close(os.open(many / f"{n}.txt", os.O_CREAT | os.O_WRONLY))
    listed: list[Path] = []

    def recording(real: Callable[..., Any]) -> Callable[..., Any]:
        def lists(folder: Any = ".") -> Any:
            listed.append(Path(os.fsdecode(folder)))
            return real(folder)

        return lists

    monkeypatch.setattr(os, "scandir", recording(os.scandir))
    monkeypatch.setattr(os, "listdir", recording(os.listdir))
    daily = store.backup_if_due()
    open_store(schema_version=2, migrations={1: lambda _dir: None}, also_back_up=own)
    monkeypatch.undo()

    (before,) = (data_dir / "backups").glob("pre-migration-v1-*")
    for backup in (daily, before):
        assert backup is not None
        kept = sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*"))
        assert kept == [
            "checks.json",
            "journal",
            "journal/2026.json",
            "settings.json",
            "store.json",
        ]
    assert not [folder for folder in listed if folder.is_relative_to(documents)]


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

    store = open_store(
        schema_version=3,
        migrations={1: step(1), 2: step(2)},
        also_back_up={"settings.json": is_readable_settings},
    )
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
