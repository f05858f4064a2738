"""The app's local data store: small tables, time-sharded collections, backups.

Layout of a data folder (folders 0700, files 0600 on POSIX)::

    store.json                  {"schema_version": N, "tables": [...], "partitioned": [...]}
    <table>.json                small data, one TinyDB file
    <name>/2026.json            a partitioned collection, one file per year
    <name>/2026-03.json         ... or per month
    backups/2026-03-01/...      one daily backup (the newest 7 are kept)
    backups/conflict-copies/... a sync tool's conflict copies, once taken in (all kept)
    backups/removed-by-sync/... records a sync removed here, as they last were (all kept)
    backups/pre-migration-v1-20260301-101500/...

Every file is written atomically (see :mod:`companion.core.shared.atomic_file`) and kept in
memory once read. A file that does not parse is moved aside, kept, and reported as
a :class:`StoreProblem`; a write that fails keeps the change in memory as pending.
The manifest lists the collections ever opened, so that :meth:`Store.verify` and the
backups cover exactly the store's files and never other files in the folder (such as
the settings).

Only one process may use a data folder at a time, and a :class:`Store` is meant to
be used from one thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from companion.core.shared.atomic_file import (
    SaveFailure,
    describe_os_error,
    ensure_private_dir,
    remove_stale_temp_files,
    write_own_file,
)
from companion.core.shared.collection import (
    Collection,
    PartitionedCollection,
    Record,
    TableCollection,
    _clone,
    _DataFile,
)
from companion.core.shared.messages import Message
from companion.core.shared.outside_changes import Accepts
from companion.core.shared.settings_file import UNKNOWN_VERSION
from companion.core.shared.storage import (
    AtomicJSONStorage,
    CorruptFileError,
    Tables,
)
from companion.core.shared.store_events import (
    ChangedOutside,
    Listener,
    PendingCleared,
    ProblemFound,
    StoreEvent,
    StoreProblem,
    WriteFailed,
)
from companion.core.shared.store_files import (
    _NAME,
    _RESERVED_NAMES,
    _SHARD_FILE,
    BACKUPS_DIR,
    MANIFEST_NAME,
    _Manifest,
    _read_manifest,
    is_data_file,
    kept_backup_folders,
    store_owns,
    unused_path,
)
from companion.core.shared.store_log import LOG_NAME, read_log, remove_log, write_log
from companion.core.shared.store_upkeep import StoreUpkeep
from companion.core.shared.wall_clock import local_now

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ChangedOutside",
    "Collection",
    "CorruptFileError",
    "Listener",
    "Migration",
    "PendingCleared",
    "ProblemFound",
    "Record",
    "Store",
    "StoreEvent",
    "StoreProblem",
    "StoreTooNewError",
    "WriteFailed",
]

Migration = Callable[[Path], None]

#: The data layout this version of the app reads and writes.
SCHEMA_VERSION = 1
#: ``MIGRATIONS[v]`` turns a data folder at version ``v`` into version ``v + 1``.
MIGRATIONS: Mapping[int, Migration] = {}


class StoreTooNewError(Exception):
    """The data folder was written by a newer app version with a newer layout."""

    def __init__(self, found_version: int, supported_version: int) -> None:
        unknown = found_version == UNKNOWN_VERSION  # typed by hand: updating cannot help
        super().__init__(
            Message("store.version_not_ours_notice", version=supported_version)
            if unknown
            else Message("store.too_new")
        )
        self.found_version = found_version
        self.supported_version = supported_version


class Store(StoreUpkeep):
    """The app's data folder. Create it with :meth:`Store.open`."""

    def __init__(
        self,
        data_dir: Path,
        now: Callable[[], datetime],
        manifest: _Manifest,
        *,
        memory_only: bool = False,
        read_only: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self._now = now
        self._manifest = manifest
        self._files: dict[Path, _DataFile] = {}
        self._files_in: dict[Path, list[Path]] = {}  # the same paths, by folder
        self._tables: dict[str, TableCollection] = {}
        self._partitioned: dict[str, PartitionedCollection] = {}
        self._problems: list[StoreProblem] = []
        self._listeners: list[Listener] = []
        self._write_errors: dict[Path, OSError] = {}
        self.memory_only = memory_only  # `in_memory`: never reads or writes a file
        self.read_only = read_only  # `open(read_only=True)`: reads, never changes a file
        # While a transaction is open: each file it changed, with a copy of its data
        # from before (None when no copy could be taken), to put back on failure.
        self._batch: dict[Path, Tables | None] | None = None
        # Files named in a change log still on disk (a save of it failed): every
        # write to any file goes through a new log until they are all written.
        self._logged: set[Path] = set()
        #: Other files of the folder the daily backups copy too (such as the settings),
        #: by name, each with a check that its bytes can be read.
        self.also_back_up: dict[str, Callable[[bytes], bool]] = {}
        # Each collection's feature check of the records another computer's copy brings.
        self._checks: dict[str, Accepts] = {}

    @classmethod
    def in_memory(cls, data_dir: Path, *, now: Callable[[], datetime] | None = None) -> Store:
        """A store that never reads or writes a file (kiosk mode): `data_dir` only names
        the records' paths, and is neither created nor looked into."""
        return cls(data_dir, now or local_now, _Manifest(SCHEMA_VERSION), memory_only=True)

    def owned_paths(self) -> list[Path]:
        """Every file and folder this store keeps in the data folder, and nothing else.

        The data folder may be one the person chose (even their home folder), so
        deleting "all my data" must remove only these.
        """
        if self.memory_only:
            return []
        return sorted(entry for entry in self.data_dir.iterdir() if self.owns(entry.name))

    def owns(self, name: str) -> bool:
        """Whether the entry `name` of the data folder is this store's (`store_owns`)."""
        return store_owns(self._manifest, name)

    def remove_stale_temp_files(self) -> None:
        """Delete what a write killed midway left of this store's own files: in the data
        folder, its collections' folders and the backups' folders that are never pruned
        only, never in the person's other folders."""
        if not self.writes_disk:
            return
        remove_stale_temp_files(self.data_dir, self.owns)
        for name in self._manifest.partitioned:
            remove_stale_temp_files(self.data_dir / name, lambda n: bool(_SHARD_FILE.fullmatch(n)))
        for folder in kept_backup_folders(self.data_dir):  # never pruned: nothing else would
            remove_stale_temp_files(folder, lambda n: n.endswith(".json"))

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        now: Callable[[], datetime] | None = None,
        schema_version: int = SCHEMA_VERSION,
        migrations: Mapping[int, Migration] | None = None,
        also_back_up: Mapping[str, Callable[[bytes], bool]] | None = None,
        read_only: bool = False,
    ) -> Store:
        """Open (or create) a data folder, migrating it to ``schema_version`` if needed.

        Args:
            data_dir: The folder; created private (0700) if missing.
            now: Returns the current time, timezone-aware; used for backup and
                broken-file names. Defaults to the local clock.
            schema_version: The layout version this app writes.
            migrations: ``migrations[v](data_dir)`` upgrades version v to v + 1.
                Defaults to :data:`MIGRATIONS`.
            also_back_up: Other files of the folder, by name, each with a check that
                its bytes can be read: kept in every backup, the one made before a
                migration too (see `Store.also_back_up`).
            read_only: Read, and change nothing in the folder at all (a command that
                only reads): a damaged file is left as it is and named in `problems`,
                nothing is moved, finished, migrated or written; changes stay in memory.

        Raises:
            StoreTooNewError: the folder has a newer layout; nothing was changed.
            ValueError: a migration step is missing; nothing was changed.
            OSError: the folder cannot be created, or a migration failed to save.
        """
        steps = MIGRATIONS if migrations is None else migrations
        manifest_path = data_dir / MANIFEST_NAME
        # Read and check before touching anything, so a refusal changes nothing.
        try:
            found = _read_manifest(manifest_path)
            broken = ""
        except CorruptFileError as exc:
            found, broken = None, exc.detail or "damaged"
        if found is not None and found.version > schema_version:
            raise StoreTooNewError(found.version, schema_version)
        if found is not None:
            missing = [v for v in range(found.version, schema_version) if v not in steps]
            if missing:
                raise ValueError(f"no migration from schema version {missing[0]}")

        try:
            if not read_only:
                ensure_private_dir(data_dir)
        except OSError:
            if not data_dir.is_dir():
                raise  # an existing read-only folder is still usable

        manifest = found or _Manifest(schema_version)
        store = cls(data_dir, now or local_now, manifest, read_only=read_only)
        store._problems = store.untold_problems()
        store.also_back_up.update(also_back_up or {})
        store.remove_stale_temp_files()
        store._manifest_written = found is not None and not broken
        if broken:
            store._set_aside_manifest(broken)
        elif found is None:
            store._try_write_manifest()
        store._finish_logged_change()
        if found is not None and not broken and found.version < schema_version and not read_only:
            store._migrate(schema_version, steps)
        return store

    @property
    def schema_version(self) -> int:
        return self._manifest.version

    # --- collections -------------------------------------------------------

    def table(self, name: str) -> Collection:
        """Small data kept in one file, ``<data_dir>/<name>.json``."""
        collection = self._tables.get(name)
        if collection is None:
            self._register(name, partitioned=False)
            collection = self._tables[name] = TableCollection(self, name)
        return collection

    def partitioned(
        self, name: str, time_key: str, by: Literal["year", "month"] = "year"
    ) -> PartitionedCollection:
        """Large data split into one file per year or month of ``doc[time_key]``."""
        collection = self._partitioned.get(name)
        if collection is None:
            self._register(name, partitioned=True)
            collection = PartitionedCollection(self, name, time_key, by)
            self._partitioned[name] = collection
        elif (collection.time_key, collection.by) != (time_key, by):
            raise ValueError(
                f"{name!r} is already open with time_key={collection.time_key!r}, "
                f"by={collection.by!r}"
            )
        return collection

    def check_records(self, name: str, accepts: Accepts) -> None:
        """Take in from a conflict copy (a sync tool's) only the records of collection
        `name` that `accepts` passes: those the feature reading them would not count as
        unreadable. A record refused stays in that copy, kept in the backups. (The data
        file a sync tool puts in place is merged whole: its records the feature cannot
        read are kept as they are, as in the app's own file.)"""
        self._checks[name] = accepts

    def _accepts(self, path: Path, doc: Mapping[str, object]) -> bool:
        """Whether a record of another computer's copy of `path` may come in: one its
        collection holds there (a partitioned one: with its time, in that time's file),
        and that its feature's check passes."""
        name = path.stem if path.parent == self.data_dir else path.parent.name
        partitioned = self._partitioned.get(name)
        if partitioned is not None and not partitioned.holds(path.stem, doc):
            return False
        check = self._checks.get(name)
        return check is None or check(doc)

    def _register(self, name: str, *, partitioned: bool) -> None:
        if not _NAME.fullmatch(name) or name in _RESERVED_NAMES:
            raise ValueError(
                f"{name!r} cannot be a collection name: use lowercase letters, digits, "
                f"'-' and '_', and not {sorted(_RESERVED_NAMES)}"
            )
        manifest = self._manifest
        if partitioned and name not in manifest.partitioned:
            self._manifest = replace(manifest, partitioned=manifest.partitioned | {name})
        elif not partitioned and name not in manifest.tables:
            self._manifest = replace(manifest, tables=manifest.tables | {name})
        if self._manifest is not manifest:
            self._try_write_manifest()

    # --- events, problems, pending writes -----------------------------------

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every :data:`StoreEvent`; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, event: StoreEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def problems(self) -> list[StoreProblem]:
        """Broken files found since the store was opened (restored ones drop out)."""
        return list(self._problems)

    @property
    def pending(self) -> list[Path]:
        """Files whose newest data is only in memory because writing them failed."""
        return sorted(path for path, file in self._files.items() if file.storage.pending)

    @property
    def unfinished_change(self) -> bool:
        """True while a change to several files is safe in the change log on disk but not
        yet in all of its files (a save failed between them). Opening the folder again,
        or :meth:`retry_pending`, finishes it."""
        return bool(self._logged)

    def pending_failure(self) -> SaveFailure | None:
        """Why the newest failed write failed; None if none."""
        pending = set(self.pending)
        errors = [error for path, error in self._write_errors.items() if path in pending]
        return SaveFailure.of(errors[-1]) if errors else None

    def pending_reason(self) -> str | None:
        """Why the newest failed write failed, as a sentence for the user; None if none."""
        failure = self.pending_failure()
        return None if failure is None else failure.reason

    def retry_pending(self) -> bool:
        """Try again to save everything pending; True when it all got written."""
        pending = [file for file in self._files.values() if file.storage.pending]
        if pending:
            self._commit(pending)
        return not self.pending

    # --- changes to several files: all or nothing ---------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every change inside the block one change on disk.

        After a crash at any moment, either all of it or none of it is there (see
        :mod:`companion.core.shared.store_log`). If the block raises, its changes are taken
        back in memory too and nothing is written. A transaction inside another one
        is part of the outer one.
        """
        if self._batch is not None:
            yield
            return
        self._batch = {}
        try:
            yield
        except BaseException:
            batch, self._batch = self._batch, None
            for path, before in batch.items():
                if before is not None:
                    self._files[path].storage.replace_data(before)
            raise
        batch, self._batch = self._batch, None
        if batch:
            self._commit([self._files[path] for path in batch])

    def _before_change(self, storage: AtomicJSONStorage) -> None:
        if self._batch is not None and storage.path not in self._batch:
            self._batch[storage.path] = _clone(storage.load())

    def _hold_write(self, storage: AtomicJSONStorage) -> bool:
        if self._batch is not None:
            self._batch.setdefault(storage.path, None)
            return True
        if self._logged:
            self._commit([self._files[storage.path]])
            return True
        return False

    def _commit(self, files: list[_DataFile]) -> None:
        """Write `files` to disk; through a change log when there is more than one."""
        if not self.writes_disk:
            return
        paths = {file.path for file in files} | self._logged
        if len(paths) == 1 and not self._logged:
            files[0].storage.save()
            return
        targets = [self._files[path] for path in sorted(paths)]
        try:
            # No change log left in a folder made in its place, and nothing taken in
            # from a newer version's files.
            self.check_folder()
            for file in targets:  # the log holds what the files will hold
                file.storage.take_in_outside_changes()
            write_log(self.data_dir, {file.path: file.storage.as_saved() for file in targets})
        except OSError as exc:
            for file in targets:  # nothing on disk changed; all of it stays in memory
                file.storage.failed(exc)
            return
        self._logged = paths
        self._write_logged(targets)

    def _write_logged(self, targets: list[_DataFile]) -> None:
        """Write the files of the log on disk, then remove the log if all got written."""
        saved = [file.storage.save() for file in targets]
        if all(saved):
            with contextlib.suppress(OSError):  # a log left behind is still correct
                remove_log(self.data_dir)
                self._logged = set()

    # True for a file name (relative, "/"-separated) that a collection could use.
    _is_data_file = staticmethod(is_data_file)

    def _finish_logged_change(self) -> None:
        """At opening: finish a change a crash cut short, from its log."""
        if self.memory_only:
            return
        log = self.data_dir / LOG_NAME
        try:
            files = read_log(self.data_dir, self._is_data_file)
        except CorruptFileError as exc:
            self.set_aside(
                log,
                Message("store.unfinished_save_damaged"),
                detail=exc.detail,
            )
            return
        if not files:
            return
        for path, tables in files.items():
            self.data_file(path, preloaded=tables).storage.take_in_file_at_next_save()
        if self.read_only:  # read as the change will leave them, the change not finished
            return
        self._logged = set(files)
        self._write_logged([self._files[path] for path in sorted(files)])

    def _on_write_failed(self, path: Path, error: OSError) -> None:
        self._write_errors.pop(path, None)  # re-insert so the newest comes last
        self._write_errors[path] = error
        message = f"{describe_os_error(error)} Your latest changes are kept while the app is open."
        self._emit(WriteFailed(path, error, message, in_memory=True))

    def _on_changed_outside(self, path: Path) -> None:
        file = self._files[path]
        file.table.clear_cache()
        file.refresh_next_number()
        self._emit(ChangedOutside(path))

    def _keep_removed(self, path: Path, removed: Tables) -> None:
        """Write the records a sync is about to remove from `path` into the backups."""
        if self.read_only:
            return  # nothing is removed on disk: the records stay in the file there
        # Loaded only when a sync removes records here, never at start-up.
        from companion.core.shared.removed_by_sync import keep_removed

        keep_removed(path, self.data_dir, removed, self._now())

    def _on_broken_outside(self, path: Path, detail: str) -> None:
        self._report_broken(self._files[path], memory_is_good=True, detail=detail, write=False)

    def _on_pending_cleared(self, path: Path) -> None:
        self._write_errors.pop(path, None)
        self._emit(PendingCleared(path))

    # --- files and broken files ---------------------------------------------

    def data_file(self, path: Path, *, preloaded: Tables | None = None) -> _DataFile:
        """The data file at `path`, read the first time (or given: `preloaded`)."""
        file = self._files.get(path)
        if file is None:
            storage = AtomicJSONStorage(
                path,
                on_write_failed=self._on_write_failed,
                on_pending_cleared=self._on_pending_cleared,
                on_changed_outside=self._on_changed_outside,
                on_broken_outside=self._on_broken_outside,
                memory_only=self.memory_only,
                read_only=self.read_only,
            )
            storage.data_folder = self.data_dir
            storage.check_folder = self.check_folder
            storage.before_change = self._before_change
            storage.hold_write = self._hold_write
            file = _DataFile(storage)
            storage.numbers_from = lambda: file.next_number
            storage.keep_removed = self._keep_removed
            broken = False
            if preloaded is not None:
                storage.replace_data(preloaded)
            else:
                try:
                    storage.load()
                except CorruptFileError as exc:
                    storage.start_empty()
                    broken = True
                    detail = exc.detail
            file.refresh_next_number()
            # Registered before reporting, so a listener that reads the store
            # gets this same file back.
            self._files[path] = file
            self._files_in.setdefault(path.parent, []).append(path)
            if broken:
                self._report_broken(file, memory_is_good=False, detail=detail)
        return file

    def take_in_conflict_copies(self, path: Path) -> bool:
        """Take in the records of the conflict copies a sync tool left beside the data file
        `path`, save it, and keep the copies in the backups (see `conflict_copies`); True
        when records came in. Nothing is done in a change of several files (it is held
        in memory until all are written), or while the folder is gone or a newer
        version's: the copies wait where they are."""
        # Loaded when the journal first reads a year, not at start-up (a module and a
        # dataclass Home does not need before the window shows).
        from companion.core.shared.conflict_copies import conflict_copies, keep_in_backups, take_in

        if self.memory_only or self._batch is not None or self._logged:
            return False
        copies = conflict_copies(path)
        if not copies:
            return False
        try:
            self.check_folder()
        except OSError:
            return False
        file = self.data_file(path)
        return take_in(
            file.storage,
            copies,
            file.next_number,
            lambda copy: None if self.read_only else keep_in_backups(copy, self.data_dir),
            lambda: self._on_changed_outside(path),
            accepts=lambda doc: self._accepts(path, doc),
        )

    def loaded_in(self, folder: Path) -> list[Path]:
        # Kept by folder: a save asks several times, over every file the store holds.
        return list(self._files_in.get(folder, ()))

    def _data_files(self) -> list[Path]:
        """The manifest and every file of the registered collections that exists."""
        if self.memory_only:
            return []
        found = [self.data_dir / MANIFEST_NAME]
        found += [self.data_dir / f"{name}.json" for name in sorted(self._manifest.tables)]
        for name in sorted(self._manifest.partitioned):
            # A folder that is missing, or a file in its place (reported when the
            # collection is read), holds no shards.
            with contextlib.suppress(OSError):
                shards = (self.data_dir / name).iterdir()
                found += sorted(path for path in shards if _SHARD_FILE.fullmatch(path.name))
        return [path for path in found if path.is_file()]

    def _migrate(self, schema_version: int, steps: Mapping[int, Migration]) -> None:
        old = self._manifest.version
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        backups = self.data_dir / BACKUPS_DIR
        target = unused_path(lambda extra: backups / f"pre-migration-v{old}-{stamp}{extra}")
        # The store's own files only, as they are (damaged ones too): the data folder
        # may be one the person also uses, and its other files are not the app's.
        self._write_backup(target, self._backed_up_files(), only_valid=False)
        manifest_path = self.data_dir / MANIFEST_NAME
        for version in range(old, schema_version):
            steps[version](self.data_dir)
            # A step may rename or add collections in the manifest; keep its lists.
            changed = _read_manifest(manifest_path) or self._manifest
            self._manifest = replace(changed, version=version + 1)
            write_own_file(manifest_path, self._manifest.encode())
