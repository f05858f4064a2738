"""A TinyDB storage that writes atomically and keeps working when the disk does not.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a crash mid-write can
leave a broken file. :class:`AtomicJSONStorage` writes through
:func:`~companion.core.shared.atomic_file.atomic_write_bytes` instead, and keeps the
data in memory, so reads never touch the disk after the first one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from companion.core.shared.atomic_file import ensure_private_dir, write_own_file
from companion.core.shared.bounded_read import read_bounded
from companion.core.shared.content import shown_value
from companion.core.shared.messages import Message
from companion.core.shared.outside_changes import (
    REMOVED,
    UID,
    WAITING,
    WAITS,
    Accepts,
    merge_records,
    removed_records,
    uid_of,
    waiting_uids,
)
from companion.core.shared.safe_json import DATA_FILE, JsonLimits, JsonReadError, read_json

#: A TinyDB file's contents: table name -> record id (digits) -> record.
Tables = dict[str, dict[str, dict[str, Any]]]


# ASCII digits only (str.isdigit() also takes "²", which int() refuses), and few enough.
_RECORD_NUMBER = re.compile(r"[0-9]{1,15}")

#: One record, as the store checks it before saving: a data file wraps each record in
#: two objects (table, then record number), so a record may nest two levels less.
RECORD = JsonLimits(max_bytes=DATA_FILE.max_bytes, max_depth=DATA_FILE.max_depth - 2)


class CorruptFileError(Exception):
    """A data file exists but cannot be read, or does not hold TinyDB tables.

    `detail` says why, with the line and field when the JSON itself is at fault.
    """

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a valid data file: {detail}")
        self.path = path
        self.detail = detail


def parse_tables(raw: bytes, path: Path) -> Tables:
    """Decode a data file's bytes.

    Raises:
        CorruptFileError: the bytes are not UTF-8 JSON shaped like TinyDB tables, or
            break a limit of :data:`~companion.core.shared.safe_json.DATA_FILE`.
    """
    try:
        data = read_json(raw, path.name, DATA_FILE)
    except JsonReadError as exc:
        raise CorruptFileError(path, exc.detail()) from None
    return check_tables(data, path)


def check_tables(data: Any, path: Path) -> Tables:
    """`data` if it is shaped like a TinyDB file: tables of numbered records.

    Raises:
        CorruptFileError: it is not.
    """
    if not isinstance(data, dict):
        raise CorruptFileError(path, Message("storage.not_tables"))
    for name, table in data.items():
        if not isinstance(table, dict) or not all(
            _RECORD_NUMBER.fullmatch(key) and isinstance(doc, dict) for key, doc in table.items()
        ):
            raise CorruptFileError(path, Message("storage.not_records", table=shown_value(name)))
    return data


def read_tables(path: Path) -> Tables | None:
    """Read and decode a data file; ``None`` when it does not exist.

    Raises:
        CorruptFileError: the file does not parse, or exists but cannot be read (it is
            a folder, or it may not be read): either way the app cannot use it.
    """
    raw = read_data_file(path)
    return None if raw is None else parse_tables(raw, path)


def read_data_file(path: Path, *, follow_symlinks: bool = True) -> bytes | None:
    """A data file's bytes; ``None`` when it does not exist.

    Raises:
        CorruptFileError: it exists but cannot be read (it is a folder, or it may not
            be read, or a symbolic link when not `follow_symlinks`): either way the app
            cannot use it.
    """
    try:
        return read_bounded(path, DATA_FILE.max_bytes, follow_symlinks=follow_symlinks)
    except FileNotFoundError:
        return None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise CorruptFileError(path, Message("storage.cannot_read", reason=reason)) from None


def encode_tables(tables: Tables) -> bytes:
    """Encode tables as compact UTF-8 JSON (key order is kept, so output is stable).

    Every record was checked on the way in (read by the safe reader, or inserted
    through the store, which checks it against ``RECORD``), so this cannot fail and
    what it writes always reads back. It skips that check itself: it runs on every
    save, over a whole year of records.
    """
    text = json.dumps(tables, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


class RemovedNotKeptError(OSError):
    """The records a merge would take out (`uids`) could not be kept in the backups."""

    def __init__(self, error: OSError, uids: list[str]) -> None:
        super().__init__(error.errno, error.strerror)
        self.uids = uids


class AtomicJSONStorage(Storage):
    """TinyDB storage for one JSON file, written atomically, cached in memory.

    If a write fails with ``OSError`` (read-only folder, full disk, no
    permission) nothing is raised: the new data stays in memory as *pending*,
    ``on_write_failed`` is called, and later reads still see it. The next
    successful write, or :meth:`retry`, saves it and calls ``on_pending_cleared``.

    Args:
        path: The JSON file. Its folder is created (privately) on first write.
        on_write_failed: Called with the path and the error after each failed write.
        on_pending_cleared: Called with the path when pending data reaches the disk.
        on_changed_outside: Called with the path after records another program (a sync
            tool) added, edited or removed in the file were taken in.
        on_broken_outside: Called with the path and what is wrong when another program
            left the file broken before a save, which would write over it.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        on_write_failed: Callable[[Path, OSError], None] | None = None,
        on_pending_cleared: Callable[[Path], None] | None = None,
        on_changed_outside: Callable[[Path], None] | None = None,
        on_broken_outside: Callable[[Path, str], None] | None = None,
        memory_only: bool = False,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        #: Never read or write the file: the data lives in memory only (kiosk mode).
        self.memory_only = memory_only
        #: Read the file, never write it: a look that changes nothing (a command that
        #: only reads); changes stay in memory.
        self.read_only = read_only
        #: The data folder, when the file is in a folder of it: a link to a file in it is
        #: replaced on save, never written through (`own_file_output`).
        self.data_folder: Path | None = None
        #: Runs just before each disk write; an ``OSError`` from it counts as a
        #: failed write. The store uses it to move a broken file out of the way
        #: before anything can be written over it.
        self.before_write: Callable[[], None] | None = None
        #: Runs first thing before each disk write; an ``OSError`` from it counts as a
        #: failed write. The store uses it to refuse writing into a data folder that
        #: was moved away while the app ran (or an empty one made in its place).
        self.check_folder: Callable[[], None] | None = None
        #: Runs when TinyDB reads the data to change it (it reads only for that), so
        #: the store can keep a copy to put back if a larger change fails.
        self.before_change: Callable[[AtomicJSONStorage], None] | None = None
        #: Gets each write first; True means the store saves this file itself, later
        #: (with the other files of the same change).
        self.hold_write: Callable[[AtomicJSONStorage], bool] | None = None
        #: The lowest record number this app has not handed out yet (1 when not told):
        #: the other computer's records taken in never get a lower one.
        self.numbers_from: Callable[[], int] | None = None
        #: Gets the records a merge is about to take out of the data here (the other
        #: copy listed them as removed), before the merged data is held or saved; the
        #: store writes them into the backups. An ``OSError`` from it: those records
        #: stay here for now (`take_in_outside_changes`).
        self.keep_removed: Callable[[Path, Tables], None] | None = None
        self._on_write_failed = on_write_failed
        self._on_pending_cleared = on_pending_cleared
        self._on_changed_outside = on_changed_outside
        self._on_broken_outside = on_broken_outside
        self._data: Tables | None = None
        self._pending = False
        # The file's bytes as this app last read or wrote them (b"": there was none);
        # None when unknown (a broken file, or data from a change log).
        self._seen: bytes | None = None
        # The uids of records the other computer's copy removed, still here because
        # their last content could not be kept in the backups: tried again at each save,
        # and saved in the file (`WAITING`), so that they are after a restart too.
        self._waiting: dict[str, None] = {}

    @property
    def writes_disk(self) -> bool:
        """Whether a save writes the file (neither `memory_only` nor `read_only`)."""
        return not (self.memory_only or self.read_only)

    @property
    def pending(self) -> bool:
        """True while the newest data exists only in memory."""
        return self._pending

    def load(self) -> Tables:
        """Return the data, reading the file only the first time.

        The returned dict is the live in-memory copy (TinyDB relies on that).

        Raises:
            CorruptFileError: the file does not parse.
        """
        if self._data is None:
            if self.memory_only:
                self._data = {}
            else:
                raw = read_data_file(self.path)
                self._data = {} if raw is None else parse_tables(raw, self.path)
                self._seen = raw or b""
                self._waiting.update(dict.fromkeys(waiting_uids(self._data.pop(WAITING, {}))))
        return self._data

    def start_empty(self) -> None:
        """Forget the file's contents and continue as if it were empty."""
        self._data = {}
        self._seen = None

    def take_in_outside_changes(self) -> bool:
        """Take into memory the records another program (a sync tool bringing the other
        computer's copy) added, edited or removed in the file since this app last read
        or wrote it (`merge_records`); True when there were any. A file gone or
        unreadable is left to the save, which writes the memory back as before; a broken
        one is handed to `on_broken_outside` first.

        Every record of the file comes in, those the app cannot read too (kept as they
        are, as in its own file): the next save writes them back. A record the other
        copy removed whose last content cannot be kept (`keep_removed` fails) stays
        here for now, and its removal is tried again at each save.
        """
        if self.memory_only or self._data is None:
            return False
        changed = self._take_in_waiting_removals()
        if self._seen is None:
            return self._told_changed(changed)
        try:
            raw = read_data_file(self.path)
        except CorruptFileError:
            return self._told_changed(changed)
        if raw is None or raw == self._seen:
            return self._told_changed(changed)
        try:
            theirs = parse_tables(raw, self.path)
        except CorruptFileError as exc:
            if self._on_broken_outside is not None:  # set aside, never written over
                self._on_broken_outside(self.path, exc.detail)
            return self._told_changed(changed)
        merged = self._merged_or_waiting(theirs)
        self._seen = raw
        if merged is not None:
            self._data = merged
        return self._told_changed(changed or merged is not None)

    def _take_in_waiting_removals(self) -> bool:
        """Honour the removals that waited for their records to be kept, if they can be
        kept now; True when records were taken out."""
        if not self._waiting:
            return False
        removals = {REMOVED: {str(i): {UID: uid} for i, uid in enumerate(self._waiting, 1)}}
        self._waiting = {}
        merged = self._merged_or_waiting(removals)
        if merged is None:
            return False
        self._data = merged
        return True

    def _merged_or_waiting(self, theirs: Tables) -> Tables | None:
        """`merged_with`, but when the records it removes cannot be kept, the merge
        without those removals: the records stay here (never lost) and their uids wait
        in `_waiting` for the next save. The other computer keeps its removal while its
        app is open (its list of removed uids wins over this file); a closed one gets
        the records back from this file: a nuisance, never a loss."""
        numbers_from = 1 if self.numbers_from is None else self.numbers_from()
        try:
            return self.merged_with(theirs, numbers_from)
        except RemovedNotKeptError as exc:
            self._waiting.update(dict.fromkeys(exc.uids))
            return merge_records(self.load(), theirs, numbers_from, spare=self._waiting.keys())

    def _told_changed(self, changed: bool) -> bool:
        if changed and self._on_changed_outside is not None:
            self._on_changed_outside(self.path)
        return changed

    def merged_with(
        self, theirs: Tables, numbers_from: int, accepts: Accepts | None = None
    ) -> Tables | None:
        """The data held with what `theirs` (another computer's copy) adds or removes
        (`merge_records`, taking in only the records `accepts` passes; None when
        nothing). Records the merge takes out of the data here are handed to
        `keep_removed` first: a removal is honoured, never lost.

        Raises:
            RemovedNotKeptError: those records could not be kept (`keep_removed` failed).
        """
        ours = self.load()
        merged = merge_records(ours, theirs, numbers_from, accepts, self._waiting.keys())
        if merged is not None and self.keep_removed is not None:
            removed = removed_records(ours, merged)
            if removed:
                try:
                    self.keep_removed(self.path, removed)
                except OSError as exc:
                    uids = [uid_of(doc) for docs in removed.values() for doc in docs.values()]
                    raise RemovedNotKeptError(
                        exc, [uid for uid in uids if uid is not None]
                    ) from exc
        return merged

    def take_in_file_at_next_save(self) -> None:
        """Merge the file on disk into the data held (a change log read at start) before
        it is next written: a sync tool may have brought the other computer's copy since
        the log was written. Safe for this computer's own older copy too: its removed
        records are listed as removed, and its edited ones carry a lower edit count."""
        self._seen = b""

    def replace_data(self, data: Tables) -> None:
        """Hold `data` instead (a change taken back, or a change log read at start: its
        removals still waiting, `WAITING`, are taken out of it and wait here, as `load`)."""
        self._waiting.update(dict.fromkeys(waiting_uids(data.pop(WAITING, {}))))
        self._data = data

    def read(self) -> Tables:
        data = self.load()
        if self.before_change is not None:
            self.before_change(self)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self.hold_write is not None and self.hold_write(self):
            return
        self.save()

    def retry(self) -> bool:
        """Try again to save pending data; True when nothing is pending any more."""
        if self._pending:
            self.save()
        return not self._pending

    def save(self) -> bool:
        """Write the data now; True when it is on disk (False: pending, and reported)."""
        assert self._data is not None
        if not self.writes_disk:
            return True
        try:
            if self.check_folder is not None:
                self.check_folder()
            if self.before_write is not None:
                self.before_write()
            self.take_in_outside_changes()
            if not self.path.parent.is_dir():
                ensure_private_dir(self.path.parent)
            raw = encode_tables(self.as_saved())
            write_own_file(self.path, raw, self.data_folder)  # through a link kept
        except OSError as exc:
            self.failed(exc)
            return False
        self._seen = raw
        if self._pending:
            self._pending = False
            if self._on_pending_cleared is not None:
                self._on_pending_cleared(self.path)
        return True

    def as_saved(self) -> Tables:
        """The data as the file holds it: with the removals still waiting (`WAITING`).
        A change log holds this too, so none is dropped when the log is finished."""
        if not self._waiting:
            return self._data or {}
        waits = {str(i): {WAITS: uid} for i, uid in enumerate(self._waiting, 1)}
        return {**(self._data or {}), WAITING: waits}

    def failed(self, error: OSError) -> None:
        """The newest data could not be saved: keep it pending and report it."""
        self._pending = True
        if self._on_write_failed is not None:
            self._on_write_failed(self.path, error)
