"""A TinyDB storage that writes atomically and keeps working when the disk does not.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a crash mid-write can
leave a broken file. :class:`AtomicJSONStorage` writes through
:func:`~companion.core.atomic_file.atomic_write_bytes` instead, and keeps the
data in memory, so reads never touch the disk after the first one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from companion.core.atomic_file import atomic_write_bytes, ensure_private_dir

#: A TinyDB file's contents: table name -> record id (digits) -> record.
Tables = dict[str, dict[str, dict[str, Any]]]


class CorruptFileError(Exception):
    """A data file exists but does not hold a JSON object of TinyDB tables."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a valid data file: {detail}")
        self.path = path
        self.detail = detail


def parse_tables(raw: bytes, path: Path) -> Tables:
    """Decode a data file's bytes.

    Raises:
        CorruptFileError: the bytes are not UTF-8 JSON shaped like TinyDB tables.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # covers UnicodeDecodeError and JSONDecodeError
        raise CorruptFileError(path, str(exc)) from exc
    if not isinstance(data, dict):
        raise CorruptFileError(path, "expected a JSON object of tables")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(
            key.isdigit() and isinstance(doc, dict) for key, doc in table.items()
        ):
            raise CorruptFileError(path, f"table {name!r} is not an object of numbered records")
    return data


def read_tables(path: Path) -> Tables | None:
    """Read and decode a data file; ``None`` when it does not exist.

    Raises:
        CorruptFileError: the file does not parse.
        OSError: the file exists but cannot be read.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    return parse_tables(raw, path)


def encode_tables(tables: Tables) -> bytes:
    """Encode tables as compact UTF-8 JSON (key order is kept, so output is stable)."""
    text = json.dumps(tables, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


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
    """

    def __init__(
        self,
        path: Path | str,
        *,
        on_write_failed: Callable[[Path, OSError], None] | None = None,
        on_pending_cleared: Callable[[Path], None] | None = None,
        memory_only: bool = False,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        #: Never read or write the file: the data lives in memory only (kiosk mode).
        self.memory_only = memory_only
        #: Runs just before each disk write; an ``OSError`` from it counts as a
        #: failed write. The store uses it to move a broken file out of the way
        #: before anything can be written over it.
        self.before_write: Callable[[], None] | None = None
        self._on_write_failed = on_write_failed
        self._on_pending_cleared = on_pending_cleared
        self._data: Tables | None = None
        self._pending = False

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
            self._data = {} if self.memory_only else read_tables(self.path) or {}
        return self._data

    def start_empty(self) -> None:
        """Forget the file's contents and continue as if it were empty."""
        self._data = {}

    def read(self) -> Tables:
        return self.load()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self._save()

    def retry(self) -> bool:
        """Try again to save pending data; True when nothing is pending any more."""
        if self._pending:
            self._save()
        return not self._pending

    def _save(self) -> None:
        assert self._data is not None
        if self.memory_only:
            return
        try:
            if self.before_write is not None:
                self.before_write()
            if not self.path.parent.is_dir():
                ensure_private_dir(self.path.parent)
            atomic_write_bytes(self.path, encode_tables(self._data))
        except OSError as exc:
            self._pending = True
            if self._on_write_failed is not None:
                self._on_write_failed(self.path, exc)
            return
        if self._pending:
            self._pending = False
            if self._on_pending_cleared is not None:
                self._on_pending_cleared(self.path)
