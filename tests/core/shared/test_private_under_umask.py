"""Under the common umask (022, which makes new folders 0755 and files 0644), every folder
the app makes in the data folder is still 0700 and every file it writes or moves there
0600; a folder it did not make keeps its own permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import STAMP, at, posix_only

pytestmark = posix_only
CONFLICT_NAME = "2026.sync-conflict-20261206-101010-ABCDEF.json"


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_a_conflict_copy_taken_in_is_kept_private_with_its_folders(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    store = open_store()
    journal = store.partitioned("journal", "time")
    journal.insert({"uid": "here", "time": at(2026)})
    year = data_dir / "journal" / "2026.json"
    copy = year.with_name(CONFLICT_NAME)
    copy.write_bytes(year.read_bytes())  # as a sync tool writes it: 0644 under this umask
    assert mode(copy) == 0o644 and not (data_dir / "backups").exists()
    store.take_in_conflict_copies(year)
    kept = data_dir / "backups" / "conflict-copies" / "journal" / CONFLICT_NAME
    assert kept.read_bytes() == year.read_bytes() and not copy.exists()
    assert_private([kept, kept.parent, kept.parent.parent, data_dir / "backups"])


def test_a_first_backup_of_nested_folders_makes_every_new_folder_private(
    open_store: Callable[..., Store], data_dir: Path
) -> None:
    open_store().partitioned("journal", "time").insert({"time": at(2026)})
    open_store(schema_version=2, migrations={1: lambda _dir: None})  # backs it all up
    backup = data_dir / "backups" / f"pre-migration-v1-{STAMP}"
    assert (backup / "journal" / "2026.json").is_file()
    assert_private([data_dir / "backups", backup, *backup.rglob("*")])


def test_a_data_folder_far_down_a_new_path_is_private_all_the_way(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)  # there before the app, made by someone else
    data_dir = home / ".local" / "share" / "companion"
    Store.open(data_dir, now=clock).partitioned("journal", "time").insert({"time": at(2026)})
    assert mode(home) == 0o755  # not the app's to change
    assert_private([home / ".local", home / ".local" / "share", data_dir, *data_dir.rglob("*")])
