"""Conflict copies: the file a sync tool leaves beside a data file when both computers
changed it before the tool could pass the change on (Syncthing names it
``2026.sync-conflict-20261206-101010-ABCDEF.json``, Dropbox ``2026 (Jane's conflicted
copy 2026-12-06).json``, Nextcloud ``2026 (conflicted copy 2026-12-06 101010).json``).

Its records are taken into the data file by the same rules as a copy the tool put in
place (`merge_records`: a record removed on either side stays removed), then the copy is
moved, byte for byte, into ``backups/conflict-copies/`` under its own name. Records
without a uid (saved by a version before uids) are not taken in: which of them are the
same entry cannot be told; nor are records the app would count as unreadable in its own
file (the store's `check_records`). They stay in the copy kept in the backups folder.
Entries of the data file that a copy lists as removed are taken out here too, after
their last content is written into ``backups/removed-by-sync/`` (`removed_by_sync`); a
copy whose removed entries cannot be written there is left where it is, for later.

A copy that does not read (broken, too large for the reader's limits), or any copy while
a newer version of the app wrote the folder, is left where it is and not taken in.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from companion.core.shared.atomic_file import fsync_dir, make_file_private
from companion.core.shared.outside_changes import Accepts
from companion.core.shared.storage import (
    AtomicJSONStorage,
    CorruptFileError,
    parse_tables,
    read_data_file,
)
from companion.core.shared.store_files import KEPT_DIR, kept_folder, unused_path


def _pattern(stem: str) -> re.Pattern[str]:
    name = re.escape(stem)
    syncthing = rf"{name}\.sync-conflict-[^/\\]+\.json"
    dropbox_nextcloud = rf"{name} \([^/\\]*conflicted copy[^/\\]*\)[^/\\]*\.json"
    return re.compile(f"{syncthing}|{dropbox_nextcloud}", re.IGNORECASE)


def conflict_copies(path: Path) -> list[Path]:
    """The conflict copies a sync tool left beside the data file `path`, by name: regular
    files only (a sync tool writes nothing else). A symbolic link named like one, which
    may point at any file of any program, is never read nor moved."""
    pattern = _pattern(path.stem)
    try:
        with os.scandir(path.parent) as found:
            names = [
                entry.name
                for entry in found
                if pattern.fullmatch(entry.name) and _regular_file(entry)
            ]
    except OSError:  # no folder yet, or one that cannot be read (reported elsewhere)
        return []
    return [path.parent / name for name in sorted(names)]


def _regular_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def take_in(
    storage: AtomicJSONStorage,
    copies: list[Path],
    numbers_from: int,
    keep: Callable[[Path], object],
    changed: Callable[[], None],
    *,
    accepts: Accepts | None = None,
) -> bool:
    """Merge each copy that reads into the data `storage` holds, save it, then move the
    copies it holds into the backups (`keep`); True when records came in.

    Only the records of a copy that `accepts` passes come in (all when not given): the
    checks the app makes of the records of its own file when it reads them. They are
    not made of the file itself (a sync tool's copy put in place): its records the app
    cannot read are kept as they are, as in the app's own file.

    `changed` runs once records came in, before the save. A copy is moved only once
    the data file holding its records is on disk, and only when its bytes are still
    those merged (the sync tool may write it again meanwhile): a crash or a failed save
    leaves it in place, to be taken in again (a merge of the same copy adds nothing).
    """
    came_in = False
    merged_from: list[tuple[Path, bytes]] = []
    for copy in copies:
        try:
            raw = read_data_file(copy, follow_symlinks=False)  # not one swapped in since
            if raw is None:  # gone meanwhile
                continue
            tables = parse_tables(raw, copy)
        except CorruptFileError:
            continue  # broken or too large: left where it is, never merged
        try:
            merged = storage.merged_with(tables, numbers_from, accepts)
        except OSError:
            continue  # what it removes could not be kept: left where it is, for later
        if merged is not None:
            storage.replace_data(merged)
            came_in = True
        merged_from.append((copy, raw))
    if came_in:
        changed()
        if not storage.save():
            return True
    elif storage.pending:
        return False
    for copy, raw in merged_from:
        with contextlib.suppress(CorruptFileError, OSError):
            if read_data_file(copy, follow_symlinks=False) == raw:
                keep(copy)
    return came_in


def keep_in_backups(copy: Path, data_dir: Path) -> Path:
    """Move `copy` into ``backups/conflict-copies/`` (the same folders as in the data
    folder), under its own name ("-2"... added when taken), never over another file;
    private (0600 in 0700 folders) like the other backups.

    Raises:
        OSError: it could not be moved (a read-only folder): it stays where it is.
    """
    folder = kept_folder(data_dir, KEPT_DIR, copy)
    stem = copy.name[: -len(".json")]
    target = unused_path(lambda extra: folder / f"{stem}{extra}.json")
    copy.rename(target)
    make_file_private(target)  # it keeps the sync tool's mode (0644, say)
    fsync_dir(folder)
    fsync_dir(copy.parent)
    return target
