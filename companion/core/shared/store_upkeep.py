"""The store's upkeep: a damaged data file is set aside and reported, every file can be
checked again, a daily backup is made, and a backup's records can be brought back.

`StoreUpkeep` is mixed into `Store`, which provides what is declared at its top.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from companion.core.shared.atomic_file import (
    FolderGoneError,
    NewerVersionError,
    describe_os_error,
    move_aside,
    write_own_file,
)
from companion.core.shared.bounded_read import read_bounded
from companion.core.shared.collection import (
    _TABLE,
    _DataFile,
)
from companion.core.shared.messages import Message
from companion.core.shared.safe_json import DATA_FILE
from companion.core.shared.storage import (
    CorruptFileError,
    Tables,
    parse_tables,
    read_tables,
)
from companion.core.shared.store_events import (
    ProblemFound,
    StoreEvent,
    StoreProblem,
    WriteFailed,
)
from companion.core.shared.store_files import (
    BACKUPS_DIR,
    MANIFEST_NAME,
    UNTOLD_KEPT,
    Untold,
    _Manifest,
    _parse_manifest,
    _read_manifest,
    backup_copy,
    data_file_parses,
    newest_backup,
    prune_daily_backups,
    write_backup,
)


def _kept_text(moved_to: Path | None, *, read_only: bool = False) -> Message:
    if moved_to is None:
        return Message("store.left_as_is" if read_only else "store.left_in_place")
    return Message("store.kept_as", name=moved_to.name)


def _now_kept(message: str, moved_to: Path) -> str:
    """`message` with its "left where it is" said as "kept as" (the file moved since)."""
    if not isinstance(message, Message):
        return message
    if message.id == "store.left_in_place":
        return _kept_text(moved_to)
    values = {
        name: _now_kept(value, moved_to) if isinstance(value, str) else value
        for name, value in message.values.items()
    }
    return Message(message.id, **values)


def _with_detail(message: Message, detail: str) -> Message:
    """The message, then what was wrong when known (all in the person's language)."""
    return Message("store.with_detail", message=message, detail=detail) if detail else message


class StoreUpkeep:
    """The repair and backup half of `Store`."""

    data_dir: Path
    memory_only: bool
    read_only: bool
    also_back_up: dict[str, Callable[[bytes], bool]]
    _now: Callable[[], datetime]
    _manifest: _Manifest
    _files: dict[Path, _DataFile]
    _problems: list[StoreProblem]
    # The manifest was on disk once: gone now, the data folder was moved away while the
    # app runs (or emptied, or an empty one made in its place by the app's lock).
    _manifest_written: bool = False

    @property
    def writes_disk(self) -> bool:
        """Whether this store changes files on disk: False in memory (kiosk mode) and
        for a look that changes nothing (`Store.open(read_only=True)`)."""
        return not (self.memory_only or self.read_only)

    @property
    def schema_version(self) -> int:
        raise NotImplementedError  # the store's own

    def data_file(self, path: Path, *, preloaded: Tables | None = None) -> _DataFile:
        raise NotImplementedError  # the store's own

    def _data_files(self) -> list[Path]:
        raise NotImplementedError  # the store's own

    def _emit(self, event: StoreEvent) -> None:
        raise NotImplementedError  # the store's own

    def _report_broken(
        self, file: _DataFile, *, memory_is_good: bool, detail: str = "", write: bool = True
    ) -> None:
        """Move a broken data file aside, record the problem and tell listeners.

        Args:
            file: The data file; its memory is either empty (the file was broken
                when first read) or still good (it broke on disk afterwards).
            memory_is_good: True to write the in-memory data back to the file.
            detail: What is wrong with it, for the message.
            write: False when the caller writes the file itself (a save that found it
                broken on disk).
        """
        path = file.path
        backup = self._newest_backup(path)
        if backup is not None:
            highest = max((int(key) for key in backup[1].get(_TABLE, {})), default=0)
            file.next_number = max(file.next_number, highest + 1)
        moved_to = self._move_aside(path)
        if moved_to is None:
            # Read-only folder: leave the broken file where it is and move it
            # first thing before any later write, so it can never be overwritten.
            file.broken_in_place = True
            file.storage.before_write = lambda: self._finish_move_aside(file)

        label = path.relative_to(self.data_dir).as_posix()
        kept = _kept_text(moved_to, read_only=self.read_only)
        if memory_is_good:
            message = Message("store.damaged_saved_again", file=label)
        elif backup is not None:
            day = backup[0].relative_to(self.data_dir / BACKUPS_DIR).parts[0]
            message = Message("store.damaged_fresh_backup", file=label, kept=kept, day=day)
        else:
            message = Message("store.damaged_fresh", file=label, kept=kept)
        message = _with_detail(message, detail)
        if memory_is_good and write:
            file.storage.write(file.storage.load())
        problem = StoreProblem(path, moved_to, backup[0] if backup else None, message, detail)
        self._found(problem)

    def set_aside(self, path: Path, message: Message, *, detail: str = "") -> None:
        """Move a file (or a folder in the way of one) aside and report it, with no backup."""
        if any(problem.path == path for problem in self._problems):
            return  # reported already (a read-only folder cannot move it)
        moved_to = self._move_aside(path)
        kept = _kept_text(moved_to, read_only=self.read_only)
        said = _with_detail(Message("store.set_aside", message=message, kept=kept), detail)
        self._found(StoreProblem(path, moved_to, None, said, detail))

    def _move_aside(self, path: Path) -> Path | None:
        """Move a damaged `path` aside; where it went, or None when it stays where it is
        (a look that changes nothing leaves it as it is; a read-only folder cannot)."""
        if self.read_only:
            return None
        with contextlib.suppress(OSError):
            return move_aside(path, self._now())
        return None

    def _found(self, problem: StoreProblem) -> None:
        """List a problem, keep it in the manifest while untold, and tell listeners."""
        self._problems.append(problem)
        self._remember(problem)
        self._emit(ProblemFound(problem))

    def _finish_move_aside(self, file: _DataFile) -> None:
        moved_to = move_aside(file.path, self._now()) if file.path.exists() else None
        file.broken_in_place = False
        file.storage.before_write = None
        if moved_to is None:
            return
        for index, problem in enumerate(self._problems):
            if problem.path == file.path and problem.moved_to is None:
                message = _now_kept(problem.message, moved_to)
                self._problems[index] = replace(problem, moved_to=moved_to, message=message)
                self._remember(self._problems[index])

    # --- what the person has not been told yet, across starts ---------------

    def _label(self, path: Path) -> str:
        return path.relative_to(self.data_dir).as_posix()

    def _remember(self, problem: StoreProblem) -> None:
        """Keep a file just set aside in the manifest's `Untold` list, so that the next
        start tells the person too when nobody has yet (a command set it aside, or the
        app was closed before they saw it)."""
        if problem.moved_to is None or not self.writes_disk:
            return  # a damaged file left in place is found again at each start
        backup = problem.newest_backup
        untold = Untold(
            self._label(problem.path),
            self._label(problem.moved_to),
            None if backup is None else self._label(backup),
            problem.message,
            problem.detail,
        )
        kept = (*self._manifest.untold, untold)[-UNTOLD_KEPT:]  # store.json stays small
        self._manifest = replace(self._manifest, untold=kept)
        self._try_write_manifest()

    def _forget(self, gone: list[StoreProblem]) -> None:
        """Take problems the person dealt with out of the list and out of the manifest."""
        kept_as = {self._label(p.moved_to) for p in gone if p.moved_to is not None}
        self._problems = [p for p in self._problems if p not in gone]
        left = tuple(u for u in self._manifest.untold if u.kept_as not in kept_as)
        if left != self._manifest.untold:
            self._manifest = replace(self._manifest, untold=left)
            self._try_write_manifest()

    def untold_problems(self) -> list[StoreProblem]:
        """The files set aside earlier (by the app, or by a command) that the person has
        not dealt with yet, as the problems they were then; one whose kept copy is gone
        (removed by hand) is no longer told. Reads the manifest's list only."""
        found: list[StoreProblem] = []
        still: list[Untold] = []
        for untold in self._manifest.untold:
            kept = self.data_dir / untold.kept_as
            if not os.path.lexists(kept):
                continue
            still.append(untold)
            backup = None if untold.backup is None else self.data_dir / untold.backup
            if backup is not None and not self._backup_usable(untold.file, backup):
                backup = None  # pruned or damaged since: nothing to offer
            path = self.data_dir / untold.file
            found.append(StoreProblem(path, kept, backup, untold.message, untold.detail))
        self._manifest = replace(self._manifest, untold=tuple(still))
        return found

    def _backup_usable(self, file: str, backup: Path) -> bool:
        """Whether `backup` (backups/<day>/`file`) can still be restored, as a backup
        found at the time it was set aside is checked: it parses, at today's schema."""
        day = backup.parents[len(Path(file).parts) - 1]
        return backup_copy(day, Path(file), self.schema_version) is not None

    def dismiss(self, problem: StoreProblem) -> None:
        """The person carries on without the file `problem` names (*Carry on without it*):
        it is no longer told, now or at the next start."""
        self._forget([problem])

    def folder_there(self) -> bool:
        """False when the data folder was moved, renamed or put in the trash while the app
        ran (its manifest is gone, and every data file it wrote with it): then nothing is
        written, so no new, nearly empty data folder takes its place and makes the
        person's data look lost. Only the manifest gone (deleted by hand, or by a
        clean-up tool) is not that: the data files still there say the folder is."""
        if not self._manifest_written or (self.data_dir / MANIFEST_NAME).exists():
            return True
        return any(path.exists() for path in self._files)

    def newer_on_disk(self) -> bool:
        """True when the manifest on disk now says a newer version of the app wrote the
        folder (a sync tool brought it from a computer that has one, while this app
        ran): then nothing here is written, so none of its files is rewritten into this
        version's older shape. Read again before each write: it is one small file."""
        try:
            found = _read_manifest(self.data_dir / MANIFEST_NAME)
        except (CorruptFileError, OSError):
            return False
        return found is not None and found.version > self._manifest.version

    def check_folder(self) -> None:
        """Raise FolderGoneError unless `folder_there`, NewerVersionError when a newer
        version's manifest is on disk; write the manifest again when only it was gone."""
        if not self.folder_there():
            raise FolderGoneError(self.data_dir)
        if self.newer_on_disk():
            raise NewerVersionError(self.data_dir / MANIFEST_NAME)
        if self._manifest_written and not (self.data_dir / MANIFEST_NAME).exists():
            self._try_write_manifest()

    def _set_aside_manifest(self, detail: str = "") -> None:
        manifest = self.data_dir / MANIFEST_NAME
        self._manifest_written = False  # moved aside on purpose, to be written afresh
        self.set_aside(
            manifest,
            Message("store.manifest_damaged"),
            detail=detail,
        )
        if not manifest.exists():
            self._try_write_manifest()

    def _try_write_manifest(self) -> None:
        # Best effort: the manifest is written again on the next open or new collection.
        if not self.writes_disk or not self.folder_there() or self.newer_on_disk():
            return
        with contextlib.suppress(OSError):
            write_own_file(self.data_dir / MANIFEST_NAME, self._manifest.encode())
            self._manifest_written = True

    def verify(self) -> list[StoreProblem]:
        """Read every data file from disk now; move broken ones aside and report them."""
        first_new = len(self._problems)
        if self.newer_on_disk():
            return []  # a newer version's files may not parse here: they are not broken
        manifest = self.data_dir / MANIFEST_NAME
        for path in self._data_files():
            try:
                parse = _parse_manifest if path == manifest else parse_tables
                parse(read_bounded(path, DATA_FILE.max_bytes), path)
            except CorruptFileError as exc:
                file = self._files.get(path)
                if path == manifest:
                    self._set_aside_manifest(exc.detail)
                elif file is None:
                    self.data_file(path)  # loading it reports it
                elif not file.broken_in_place:
                    self._report_broken(file, memory_is_good=True)
            except OSError:
                continue  # vanished or unreadable: nothing to repair it from
        if not manifest.exists():
            self._try_write_manifest()
        return self._problems[first_new:]

    def restore_backup(self, problem: StoreProblem) -> bool:
        """Bring back the records in ``problem.newest_backup`` that the live file lacks;
        False when that backup can no longer be read (gone, or damaged since it was
        offered): then nothing changes but the problem, which no longer offers it.

        Records saved since the problem are kept (ids never clash: new records are
        numbered above the backup's). The moved-aside broken file is not touched.

        Raises:
            ValueError: the problem has no backup.
        """
        if problem.newest_backup is None:
            raise ValueError("there is no backup to restore for this problem")
        try:
            backup = read_tables(problem.newest_backup)
        except (CorruptFileError, OSError):
            backup = None
        if backup is None:
            gone = replace(problem, newest_backup=None)
            self._problems = [gone if p == problem else p for p in self._problems]
            return False
        file = self.data_file(problem.path)
        live = file.storage.load()
        added = False
        for table_name, docs in backup.items():
            target = live.setdefault(table_name, {})
            for key, doc in docs.items():
                if key not in target:
                    target[key] = doc
                    added = True
        if added:
            file.storage.write(live)
        file.refresh_next_number()
        self._forget([p for p in self._problems if p.path == problem.path])
        return True

    # --- backups and migrations ---------------------------------------------

    def maintenance(self) -> list[StoreProblem]:
        """Run :meth:`verify`, then :meth:`backup_if_due`; returns the new problems."""
        problems = self.verify()
        self.backup_if_due()
        return problems

    def backup_if_due(self) -> Path | None:
        """Make today's backup if there is none yet; returns its folder if one was made.

        Only files that parse are copied. The newest 7 daily backups are kept;
        pre-migration backups are never removed. A failure (say, a full disk) is
        reported as a :class:`WriteFailed` event, not raised.
        """
        target = self.data_dir / BACKUPS_DIR / self._now().date().isoformat()
        if not self.writes_disk or target.exists() or not self.folder_there():
            return None  # a folder gone while the app runs is never made again here
        try:
            self._write_backup(target, self._backed_up_files(), only_valid=True)
        except OSError as exc:
            message = f"{describe_os_error(exc)} Today's backup was skipped."
            self._emit(WriteFailed(target, exc, message, in_memory=False))
            return None
        prune_daily_backups(target.parent)
        return target

    def _backed_up_files(self) -> list[Path]:
        """The files every backup copies: the store's own and `also_back_up`, never
        anything else in the data folder (it may be one the person uses for more)."""
        extra = [self.data_dir / name for name in sorted(self.also_back_up)]
        return self._data_files() + [path for path in extra if path.is_file()]

    def _write_backup(self, target: Path, files: list[Path], *, only_valid: bool) -> None:
        write_backup(self.data_dir, target, files, self._parses if only_valid else None)

    def _parses(self, path: Path, raw: bytes) -> bool:
        check = self.also_back_up.get(path.relative_to(self.data_dir).as_posix())
        return check(raw) if check is not None else data_file_parses(self.data_dir, path, raw)

    def _newest_backup(self, path: Path) -> tuple[Path, Tables] | None:
        """The newest daily backup copy of ``path`` that parses and has today's schema."""
        if self.memory_only:
            return None
        return newest_backup(self.data_dir, path, self.schema_version)
