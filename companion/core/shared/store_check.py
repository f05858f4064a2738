"""A read-only look at a whole data folder, for the self-test: every data file read with the
store's own readers, nothing changed, each broken one named."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.shared.messages import Message
from companion.core.shared.settings_file import UNKNOWN_VERSION
from companion.core.shared.storage import (
    CorruptFileError,
    read_tables,
)
from companion.core.shared.store import SCHEMA_VERSION, Store
from companion.core.shared.store_files import (
    _NAME,
    _RESERVED_NAMES,
    _SHARD_FILE,
    MANIFEST_NAME,
    _Manifest,
    _read_manifest,
)
from companion.core.shared.store_log import LOG_NAME, read_log
from companion.core.shared.wall_clock import local_now


@dataclass(frozen=True)
class FolderCheck:
    """What :func:`check_folder` found: how many files it read, and each problem."""

    files_read: int
    broken: list[str]  # "journal/2026.json: line 1: ..." for each file that cannot be used
    notes: list[str]  # things that are fine but worth knowing (an unfinished save)
    # What stops the app from opening the folder at all (saved by a newer version); the
    # app leaves such a file as it is, where it sets a broken one aside.
    too_new: list[str] = field(default_factory=list)
    # Each file set aside (by the app or by `journal import`) that the person has not
    # dealt with in the app yet: "journal/2025.json, kept as journal/2025.broken-….json".
    untold: list[str] = field(default_factory=list)
    # What is missing beside the files read: store.json gone while data files are here.
    missing: list[str] = field(default_factory=list)


def check_folder(data_dir: Path, *, others: frozenset[str] = frozenset()) -> FolderCheck:
    """Read every file of the store in `data_dir` with the store's own readers, as
    opening it would, but change nothing at all: nothing is moved, written or finished.

    Files are found from the manifest and from the folder itself, so a file the manifest
    no longer lists is read too; `others` names files the store does not own (such as
    "settings.json"), which are left to their own readers.
    """
    broken: list[str] = []
    notes: list[str] = []
    read = 0

    def label(path: Path) -> str:
        return path.relative_to(data_dir).as_posix()

    manifest_path = data_dir / MANIFEST_NAME
    try:
        manifest = _read_manifest(manifest_path)
        read += manifest is not None
    except CorruptFileError as exc:
        broken.append(f"{MANIFEST_NAME}: {exc.detail}")
        manifest = None
    tables: set[str] = set()
    partitioned: set[str] = set()
    if manifest is not None and manifest.version > SCHEMA_VERSION:  # the app will not open it
        unknown = manifest.version == UNKNOWN_VERSION  # typed by hand: its own words
        said = Message("store.version_not_ours" if unknown else "store.too_new")
        return FolderCheck(read, broken, notes, [f"{MANIFEST_NAME}: {said}"])
    untold: list[str] = []
    if manifest is not None:
        tables, partitioned = set(manifest.tables), set(manifest.partitioned)
        untold = [
            f"{item.file}, kept as {item.kept_as}"
            for item in manifest.untold
            if os.path.lexists(data_dir / item.kept_as)  # as the store lists them
        ]
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        if entry.name in others or entry.stem in _RESERVED_NAMES:
            continue
        if entry.suffix == ".json" and _NAME.fullmatch(entry.stem):
            tables.add(entry.stem)
        elif entry.is_dir() and _NAME.fullmatch(entry.name):
            partitioned.add(entry.name)
    for name in sorted(tables | partitioned):
        table, folder = data_dir / f"{name}.json", data_dir / name
        files: list[Path] = [table] if name in tables and os.path.lexists(table) else []
        if name in partitioned and os.path.lexists(folder):
            try:
                files += sorted(p for p in folder.iterdir() if _SHARD_FILE.fullmatch(p.name))
            except OSError as exc:
                broken.append(f"{name}: this should be a folder ({exc.strerror or exc})")
        for path in files:
            try:
                read_tables(path)
            except CorruptFileError as exc:
                broken.append(f"{label(path)}: {exc.detail}")
            else:
                read += 1
    store = Store(data_dir, local_now, _Manifest(SCHEMA_VERSION))
    try:
        logged = read_log(data_dir, store._is_data_file)
    except CorruptFileError as exc:
        broken.append(f"{LOG_NAME}: {exc.detail}")
    else:
        if logged:
            read += 1
            notes.append(
                f"{LOG_NAME}: a save of {len(logged)} files was cut short; the app finishes "
                "it when it next opens this folder"
            )
    missing: list[str] = []
    if manifest is None and not broken and read:  # deleted by hand, or a folder in its place
        missing.append(
            f"{MANIFEST_NAME}: missing, though {read} data file(s) are here (the app reads "
            "them, and makes a new one when it opens this folder)"
        )
    return FolderCheck(read, broken, notes, untold=untold, missing=missing)
