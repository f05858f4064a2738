"""The files around the store's records: the manifest (``store.json``, the layout's version
and the collections), the daily and pre-migration backups, and a read-only look at a
whole data folder for the self-test."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from companion.core.shared.atomic_file import atomic_write_bytes, ensure_private_dir, fsync_dir
from companion.core.shared.bounded_read import NotAFileError, read_bounded
from companion.core.shared.messages import (
    Message,
    known_message,
    message_as_data,
    message_from_data,
)
from companion.core.shared.safe_json import DATA_FILE, SMALL_FILE, JsonReadError, read_json
from companion.core.shared.settings_file import BACKUPS_DIR as BACKUPS_DIR  # one name, two users
from companion.core.shared.settings_file import UNKNOWN_VERSION
from companion.core.shared.storage import (
    CorruptFileError,
    Tables,
    parse_tables,
    read_data_file,
    read_tables,
)
from companion.core.shared.store_log import LOG_NAME

MANIFEST_NAME = "store.json"
#: The folders inside the backups folder that the app never prunes: the records a sync
#: removed here (`removed_by_sync`) and each conflict copy taken in (`conflict_copies`).
REMOVED_DIR = "removed-by-sync"
KEPT_DIR = "conflict-copies"
DAILY_BACKUPS_KEPT = 7

# A number JSON cannot hold (NaN, 1e400) read as a marker: an unknown version, not damage.
_MANIFEST_FILE = replace(SMALL_FILE, not_finite_as_marker=True)

# The newest set-aside files told at each start, at most. The list shrinks as the person
# deals with each, but a file damaged again and again with nobody there to see it (a
# command run by a schedule) must never grow store.json past the size it can be read at:
# 100 entries of at most a few hundred bytes each stay far under SMALL_FILE's 1 MB.
UNTOLD_KEPT = 100

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHARD_FILE = re.compile(r"\d{4}(-\d{2})?\.json")
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
_RESERVED_NAMES = {Path(MANIFEST_NAME).stem, BACKUPS_DIR, Path(LOG_NAME).stem}


@dataclass(frozen=True)
class Untold:
    """A damaged file the store set aside that the person has not dealt with yet (with
    *Restore the backup* or *Carry on without it*): kept in the manifest, so that the
    app tells them at each start until they do, whichever program set the file aside
    (the app, or `journal import`). Paths are relative to the data folder, "/"-separated.
    """

    file: str  # the live file, as the banner names it ("journal/2025.json")
    kept_as: str  # the damaged file as it was set aside ("journal/2025.broken-….json")
    backup: str | None  # the backup copy offered when it was set aside, if any
    message: str  # what the app said then (a Message), said the same way again
    detail: str = ""

    def encode(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kept_as": self.kept_as,
            "backup": self.backup,
            "message": message_as_data(self.message),
            "detail": self.detail,
        }


def _inside(name: object) -> str | None:
    """`name` when it is a plain relative path inside the data folder, else None: a
    manifest changed by hand never points the app elsewhere."""
    if not isinstance(name, str) or not name or "\\" in name:
        return None
    if name.startswith("/") or ".." in PurePosixPath(name).parts:
        return None
    return name


def is_data_file(name: str) -> bool:
    """True for a file name (relative, "/"-separated) that a collection could use: a
    table's `<name>.json`, or a year or month file in a partitioned one's folder."""
    parts = name.split("/")
    if len(parts) == 1:
        stem, dot, suffix = parts[0].rpartition(".")
        table = stem if dot and suffix == "json" else ""
        return bool(_NAME.fullmatch(table)) and table not in _RESERVED_NAMES
    return (
        len(parts) == 2
        and bool(_NAME.fullmatch(parts[0]))
        and parts[0] not in _RESERVED_NAMES
        and bool(_SHARD_FILE.fullmatch(parts[1]))
    )


def _untold_as_set_aside(
    file: str, kept_as: str, backup: str | None, tables: frozenset[str], folders: frozenset[str]
) -> bool:
    """Whether an untold entry is one the store itself could have written: `file` is a
    data file of a collection the manifest lists (then `backup` is None or that file in
    a daily backup), or, with no backup, the manifest, the change log, or a collection's
    folder; `kept_as` is that file set aside beside it (`move_aside`). Only then is the
    entry told, and *Restore the backup* can write to nothing but that one data file."""
    top = file.split("/")[0]
    if is_data_file(file) and (top in folders if "/" in file else top[:-5] in tables):
        day = PurePosixPath(backup).parts[1] if backup and backup.count("/") >= 2 else ""
        in_backup = f"{BACKUPS_DIR}/{day}/{file}"
        fits_backup = backup is None or (bool(_DAY.fullmatch(day)) and backup == in_backup)
    else:
        fits_backup = backup is None and file in (MANIFEST_NAME, LOG_NAME, *folders)
    live, kept = PurePosixPath(file), PurePosixPath(kept_as)
    return (
        fits_backup
        and kept.parent == live.parent
        and kept.name.startswith(f"{live.stem}.broken-")
        and kept.name.endswith(live.suffix)
    )


def _untold(
    value: object, tables: frozenset[str] = frozenset(), folders: frozenset[str] = frozenset()
) -> tuple[Untold, ...]:
    """The manifest's list of untold set-aside files, for a manifest listing `tables` and
    partitioned `folders`; entries that are not one the store wrote (changed by hand or
    by another program, see `_untold_as_set_aside`) are left out, never a reason to set
    it aside, and only the newest `UNTOLD_KEPT` are kept. A message the app does not know
    is said in its general words."""
    found: list[Untold] = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict):
            continue
        file, kept_as = _inside(item.get("file")), _inside(item.get("kept_as"))
        backup = item.get("backup")
        message = message_from_data(item.get("message"))
        detail = item.get("detail", "")
        if file is None or kept_as is None or message is None or not isinstance(detail, str):
            continue
        if not isinstance(backup, str | None):
            continue
        if not _untold_as_set_aside(file, kept_as, backup, tables, folders):
            continue
        if not known_message(message):
            kept = Message("store.kept_as", name=PurePosixPath(kept_as).name)
            message = Message("store.damaged_fresh", file=file, kept=kept)
        found.append(Untold(file, kept_as, backup, message, detail))
    return tuple(found[-UNTOLD_KEPT:])


@dataclass(frozen=True)
class _Manifest:
    """The store's own file: its schema version, the tables it holds, and the files set
    aside that the person has not been told of yet (`Untold`)."""

    version: int
    tables: frozenset[str] = frozenset()
    partitioned: frozenset[str] = frozenset()
    untold: tuple[Untold, ...] = ()

    def encode(self) -> bytes:
        content: dict[str, Any] = {
            "schema_version": self.version,
            "tables": sorted(self.tables),
            "partitioned": sorted(self.partitioned),
        }
        if self.untold:
            content["untold"] = [item.encode() for item in self.untold]
        return json.dumps(content).encode("utf-8")


def _parse_manifest(raw: bytes, path: Path) -> _Manifest:
    """Decode the manifest's bytes.

    Raises:
        CorruptFileError: the manifest does not parse.
    """
    try:
        content = read_json(raw, path.name, _MANIFEST_FILE)
    except JsonReadError as exc:
        raise CorruptFileError(path, exc.detail()) from None
    if not isinstance(content, dict):
        raise CorruptFileError(path, "expected a JSON object")
    if "schema_version" not in content:
        raise CorruptFileError(path, "no schema_version")
    version = content["schema_version"]
    if type(version) is not int or version < 1:
        # 2.0, "2", NaN, 0: no version of this app wrote it, so a newer one did (or
        # something this app cannot know): refused as newer, never set aside as broken.
        return _Manifest(UNKNOWN_VERSION)
    names: list[frozenset[str]] = []
    for key in ("tables", "partitioned"):
        value = content.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(name, str) and _NAME.fullmatch(name) for name in value
        ):
            raise CorruptFileError(path, f"bad {key} list")
        names.append(frozenset(value))
    untold = _untold(content.get("untold"), names[0], names[1])
    return _Manifest(version, names[0], names[1], untold)


def _read_manifest(path: Path) -> _Manifest | None:
    """The manifest in ``path``; None when the file does not exist.

    Raises:
        CorruptFileError: it does not parse, or cannot be read at all.
    """
    raw = read_data_file(path)
    return None if raw is None else _parse_manifest(raw, path)


def store_owns(manifest: _Manifest, name: str) -> bool:
    """Whether the entry `name` of the data folder is the store's own: its manifest, log
    and backups, each collection `manifest` lists (a table's file, a partitioned one's
    folder), and any of those set aside as broken. Every other name is the person's."""
    if name in (MANIFEST_NAME, BACKUPS_DIR, LOG_NAME) or name in manifest.partitioned:
        return True
    if name.endswith(".json") and name.removesuffix(".json") in manifest.tables:
        return True
    stems = {Path(MANIFEST_NAME).stem, Path(LOG_NAME).stem, *manifest.tables}
    stems |= manifest.partitioned  # a folder in the way is set aside too
    return any(name.startswith(f"{stem}.broken-") for stem in stems)


def store_names(
    data_dir: Path, tables: frozenset[str] = frozenset(), folders: frozenset[str] = frozenset()
) -> Callable[[str], bool]:
    """`store_owns` for the store in `data_dir` as its manifest lists it, with `tables`
    and partitioned `folders` too (the collections the app opens, listed or not), reading
    nothing else and changing nothing (a manifest missing or damaged lists none)."""
    try:
        manifest = _read_manifest(data_dir / MANIFEST_NAME) or _Manifest(0)
    except (CorruptFileError, OSError):
        manifest = _Manifest(0)
    manifest = replace(
        manifest, tables=manifest.tables | tables, partitioned=manifest.partitioned | folders
    )
    return partial(store_owns, manifest)


def unused_path(make: Callable[[str], Path]) -> Path:
    """The first of ``make("")``, ``make("-2")``, ``make("-3")``... that does not exist."""
    for n in itertools.count(1):
        candidate = make("" if n == 1 else f"-{n}")
        if not os.path.lexists(candidate):
            return candidate
    raise AssertionError("unreachable")


def write_backup(
    data_dir: Path, target: Path, files: list[Path], keep: Callable[[Path, bytes], bool] | None
) -> None:
    """Copy ``files`` (inside ``data_dir``) into ``target``, which appears only once
    complete; with ``keep``, only the files it accepts.

    Left out, and never read whole: a file larger than a data file may be (a link to a
    film, named like a year of the journal), which no part of the app reads, so a
    migration cannot change it either; and a pipe or a device in a file's place, which
    holds no data and would stop the app while it waited."""
    ensure_private_dir(target.parent)
    staging = target.parent / f".incomplete-{target.name}"
    shutil.rmtree(staging, ignore_errors=True)  # left by a crash
    try:
        ensure_private_dir(staging)
        for path in files:
            try:
                raw = read_bounded(path, DATA_FILE.max_bytes)
            except (NotAFileError, IsADirectoryError):  # a folder named x.json is no data file
                continue
            if len(raw) > DATA_FILE.max_bytes or (keep is not None and not keep(path, raw)):
                continue
            copy = staging / path.relative_to(data_dir)
            ensure_private_dir(copy.parent)
            atomic_write_bytes(copy, raw)
        staging.rename(target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def prune_daily_backups(folder: Path) -> None:
    """Keep the newest `DAILY_BACKUPS_KEPT` daily backups; pre-migration ones stay."""
    daily = sorted(p for p in folder.iterdir() if p.is_dir() and _DAY.fullmatch(p.name))
    for old in daily[:-DAILY_BACKUPS_KEPT]:
        shutil.rmtree(old, ignore_errors=True)


def kept_folder(data_dir: Path, kept: str, path: Path) -> Path:
    """The folder of ``backups/<kept>/`` (`REMOVED_DIR` or `KEPT_DIR`) for the file `path`
    inside `data_dir`: the same folders as in the data folder, made private (0700).

    Raises:
        OSError: it could not be made (a read-only folder).
    """
    folder = data_dir / BACKUPS_DIR / kept / path.relative_to(data_dir).parent
    ensure_private_dir(folder)
    return folder


def kept_backup_folders(data_dir: Path) -> Iterator[Path]:
    """The backups folder's never-pruned folders (`REMOVED_DIR`, `KEPT_DIR`) and every
    folder in them, all made by the app; a link is never followed out of them."""
    backups = data_dir / BACKUPS_DIR
    for name in (REMOVED_DIR, KEPT_DIR):
        top = backups / name
        if backups.is_symlink() or top.is_symlink():
            continue
        for folder, _folders, _files in os.walk(top):  # errors skipped; links not entered
            yield Path(folder)


def data_file_parses(data_dir: Path, path: Path, raw: bytes) -> bool:
    """Whether ``raw`` reads as the data file (or the manifest) at ``path``."""
    parse = _parse_manifest if path == data_dir / MANIFEST_NAME else parse_tables
    try:
        parse(raw, path)
    except CorruptFileError:
        return False
    return True


def newest_backup(data_dir: Path, path: Path, schema_version: int) -> tuple[Path, Tables] | None:
    """The newest daily backup copy of ``path`` that parses and has ``schema_version``."""
    folder = data_dir / BACKUPS_DIR
    relative = path.relative_to(data_dir)
    try:
        days = sorted((p for p in folder.iterdir() if _DAY.fullmatch(p.name)), reverse=True)
    except OSError:  # no backups yet, or something else in their place
        return None
    for day in days:
        tables = backup_copy(day, relative, schema_version)
        if tables is not None:
            return day / relative, tables
    return None


def backup_copy(day: Path, relative: Path, schema_version: int) -> Tables | None:
    """The records of the data file `relative` in the daily backup folder `day`, when
    that copy parses and has ``schema_version``; else None."""
    try:
        # An older backup may predate a migration; its records would not fit.
        manifest = _read_manifest(day / MANIFEST_NAME)
        if manifest is None or manifest.version != schema_version:
            return None
        return read_tables(day / relative)
    except (CorruptFileError, OSError):
        return None
