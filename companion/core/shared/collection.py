"""The store's collections: a set of records with string ids, kept in one JSON file
(`TableCollection`) or in one file per year or month (`PartitionedCollection`).

A collection asks its store (`FileKeeper`) for the files it needs and to change them
as one transaction; it never writes a file itself."""

from __future__ import annotations

import json
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from tinydb.table import Document, Table

from companion.core.shared.messages import Message
from companion.core.shared.outside_changes import (
    UID,
    VERSION,
    edits_of,
    moved_uid,
    remove_record,
    uid_of,
)
from companion.core.shared.safe_json import encode_json
from companion.core.shared.storage import (
    RECORD,
    AtomicJSONStorage,
)

_TABLE = "_default"  # TinyDB's table name; each of our files holds one table
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Record:
    """One stored record: its id and an independent copy of its data."""

    id: str
    data: dict[str, Any]


def _clone(value: Any) -> Any:
    """Copy JSON data deeply (much faster than ``copy.deepcopy`` for plain data)."""
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    return value


def _normalize(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Return a private copy of ``doc`` exactly as it will read back from disk.

    Checking here, before TinyDB touches the in-memory data, means a value the app
    could not write or read back (a datetime, NaN, text with a lone surrogate, a
    100-digit number, nesting too deep) is refused up front instead of breaking
    every later write of the file.

    Raises:
        JsonWriteError: (a ValueError) naming the field that cannot be saved.
        TypeError: ``doc`` is not a mapping.
    """
    if not isinstance(doc, Mapping):
        raise TypeError(f"a record must be a dict, not {type(doc).__name__}")
    copy: dict[str, Any] = json.loads(encode_json(dict(doc), RECORD))
    return copy


class _DataFile:
    """One JSON file: its storage, a TinyDB table on it, and the next record number."""

    def __init__(self, storage: AtomicJSONStorage) -> None:
        self.storage = storage
        self.table = Table(storage, _TABLE)
        # Numbers are never handed out twice while the app runs, even after a
        # remove, and after a broken file they start above the backup's numbers
        # so a restore can merge without clashes.
        self.next_number = 1
        self.broken_in_place = False

    @property
    def path(self) -> Path:
        return self.storage.path

    def docs(self) -> dict[str, dict[str, Any]]:
        """The live in-memory records, keyed by number (do not mutate)."""
        return self.storage.load().get(_TABLE, {})

    def refresh_next_number(self) -> None:
        highest = max((int(key) for key in self.docs()), default=0)
        self.next_number = max(self.next_number, highest + 1)

    def insert(self, doc: dict[str, Any]) -> int:
        return self.insert_many([doc])[0]

    def insert_many(self, docs: Sequence[dict[str, Any]]) -> list[int]:
        """Add `docs` in one write of the file (TinyDB rewrites its whole table for each
        insert: 10,000 one by one took seconds)."""
        numbers = list(range(self.next_number, self.next_number + len(docs)))
        self.next_number += len(docs)
        self.table.insert_multiple(
            Document(d, doc_id=n) for d, n in zip(docs, numbers, strict=True)
        )
        return numbers

    def get(self, number: int) -> dict[str, Any] | None:
        return self.docs().get(str(number))

    def update(self, number: int, fields: dict[str, Any]) -> None:
        doc = self.get(number)
        if doc is not None and uid_of(doc) is not None:  # one more edit: see outside_changes
            fields = {**fields, VERSION: edits_of(doc) + 1}
        self.table.update(fields, doc_ids=[number])

    def remove(self, number: int) -> None:
        if self.get(number) is None:
            return
        data = self.storage.read()
        remove_record(data, _TABLE, str(number))  # listed as removed in the same write
        self.storage.write(data)
        self.table.clear_cache()

    def items(self) -> list[tuple[int, dict[str, Any]]]:
        return [(int(key), doc) for key, doc in self.docs().items()]


class FileKeeper(Protocol):
    """What a collection needs of its store (the `Store`): its files, kept in step."""

    data_dir: Path
    memory_only: bool

    def data_file(self, path: Path) -> _DataFile: ...

    def loaded_in(self, folder: Path) -> list[Path]: ...

    def set_aside(self, path: Path, message: Message, *, detail: str = "") -> None: ...

    def take_in_conflict_copies(self, path: Path) -> bool: ...

    def transaction(self) -> AbstractContextManager[None]: ...


class Collection(ABC):
    """A set of records with string ids. Returned data is always a private copy."""

    def __init__(self, store: FileKeeper, name: str) -> None:
        self._store = store
        self.name = name

    @abstractmethod
    def insert(self, doc: Mapping[str, Any]) -> str:
        """Save a new record and return its id."""

    @abstractmethod
    def get(self, record_id: str) -> dict[str, Any] | None:
        """The record's data, or None if there is no such record."""

    @abstractmethod
    def update(self, record_id: str, fields: Mapping[str, Any]) -> str:
        """Set ``fields`` on a record and return its (possibly new) id.

        Raises:
            KeyError: there is no such record.
        """

    @abstractmethod
    def remove(self, record_id: str) -> None:
        """Delete a record; does nothing if it does not exist."""

    @abstractmethod
    def all(self) -> list[Record]:
        """Every record, oldest first."""

    @abstractmethod
    def latest(self, n: int = 1) -> list[Record]:
        """The newest ``n`` records, newest first."""

    @abstractmethod
    def count(self) -> int:
        """How many records there are."""


class TableCollection(Collection):
    """Small data in one file, ``<data_dir>/<name>.json``. Ids are "1", "2", ..."""

    def __init__(self, store: FileKeeper, name: str) -> None:
        super().__init__(store, name)
        self.path = store.data_dir / f"{name}.json"

    def _file(self) -> _DataFile:
        return self._store.data_file(self.path)

    @staticmethod
    def _number(record_id: str) -> int:
        if not (isinstance(record_id, str) and record_id.isdigit()):
            raise ValueError(f"{record_id!r} is not a record id of a table")
        return int(record_id)

    def insert(self, doc: Mapping[str, Any]) -> str:
        return str(self._file().insert(_normalize(doc)))

    def get(self, record_id: str) -> dict[str, Any] | None:
        doc = self._file().get(self._number(record_id))
        return None if doc is None else _clone(doc)

    def update(self, record_id: str, fields: Mapping[str, Any]) -> str:
        number = self._number(record_id)
        file = self._file()
        if file.get(number) is None:
            raise KeyError(record_id)
        file.update(number, _normalize(fields))
        return record_id

    def remove(self, record_id: str) -> None:
        self._file().remove(self._number(record_id))

    def all(self) -> list[Record]:
        return [Record(str(n), _clone(doc)) for n, doc in sorted(self._file().items())]

    def latest(self, n: int = 1) -> list[Record]:
        newest = sorted(self._file().items(), reverse=True)[: max(n, 0)]
        return [Record(str(number), _clone(doc)) for number, doc in newest]

    def count(self) -> int:
        return len(self._file().docs())


class PartitionedCollection(Collection):
    """Large data split by time into ``<data_dir>/<name>/<YYYY>.json`` or ``<YYYY-MM>.json``.

    A record's shard comes from the year (and month) written in ``doc[time_key]``,
    an ISO-8601 date and time. Ids look like "2026-17" or "2026-03-17": the shard,
    then a number within it, so ``get``/``update``/``remove`` read one shard only.
    Shards are loaded when first needed and an insert rewrites one shard.

    Order is by shard, then by the moment in time (times without a UTC offset count
    as UTC), then by id. That is plain time order except when records written in
    different time zones straddle a new year or month.
    """

    def __init__(
        self, store: FileKeeper, name: str, time_key: str, by: Literal["year", "month"]
    ) -> None:
        super().__init__(store, name)
        if by not in ("year", "month"):
            raise ValueError(f"by must be 'year' or 'month', not {by!r}")
        self.folder = store.data_dir / name
        self.time_key = time_key
        self.by = by
        shard = r"\d{4}" if by == "year" else r"\d{4}-\d{2}"
        self._shard_name = re.compile(rf"({shard})\.json")
        self._record_id = re.compile(rf"({shard})-(\d+)")

    def _time_of(self, doc: Mapping[str, Any]) -> datetime:
        value = doc.get(self.time_key)
        try:
            if not isinstance(value, str):
                raise TypeError
            return datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(
                f"records in {self.name!r} need a {self.time_key!r} field holding an "
                f"ISO-8601 date and time such as '2026-03-01T09:30:00+01:00', "
                f"got {value!r}"
            ) from None

    def _shard_key(self, doc: Mapping[str, Any]) -> str:
        return self.shard_key_of(self._time_of(doc))

    def holds(self, key: str, doc: Mapping[str, Any]) -> bool:
        """True when `doc` is a record this collection would keep in shard `key`."""
        try:
            return self._shard_key(doc) == key
        except ValueError:
            return False

    def _sort_instant(self, doc: Mapping[str, Any]) -> datetime:
        """The moment `doc` is sorted by: its time (one without a zone read as UTC), or
        the earliest of all when it has none that can be read. Stored data was checked
        on insert, but a hand-edited or migrated file must not make listing crash.
        Written out (not `_time_of`, which words an error): a year of 100,000 records
        was sorted several times at each start."""
        value = doc.get(self.time_key)
        if not isinstance(value, str):
            return _EARLIEST
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return _EARLIEST
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def _split(self, record_id: str) -> tuple[str, int]:
        match = self._record_id.fullmatch(record_id) if isinstance(record_id, str) else None
        if match is None:
            raise ValueError(f"{record_id!r} is not a record id of {self.name!r}")
        return match[1], int(match[2])

    def _shard(self, key: str) -> _DataFile:
        return self._store.data_file(self.folder / f"{key}.json")

    def _shard_keys(self) -> list[str]:
        """Every shard on disk, plus any in memory whose first write is still pending."""
        # Names, not paths: a save asks several times, and a path object for each file
        # in the folder cost more than listing it.
        names = {path.name for path in self._store.loaded_in(self.folder)}
        if not self._store.memory_only:
            try:
                with os.scandir(self.folder) as found:
                    names.update(entry.name for entry in found)
            except FileNotFoundError:
                pass
            except OSError as exc:
                # A file where the folder should be, or a folder that cannot be read.
                self._store.set_aside(
                    self.folder,
                    Message("store.folder_unreadable", folder=self.name),
                    detail=exc.strerror or type(exc).__name__,
                )
        return sorted(m[1] for m in map(self._shard_name.fullmatch, names) if m)

    def _sorted_shard(
        self, key: str, *, newest_first: bool = False, limit: int | None = None
    ) -> list[Record]:
        """The shard's records in time order; only the first `limit` are copied out."""
        items = self._in_order(key, newest_first=newest_first)
        return [Record(f"{key}-{number}", _clone(doc)) for number, doc in items[:limit]]

    def _in_order(self, key: str, *, newest_first: bool) -> list[tuple[int, dict[str, Any]]]:
        """The shard's (number, record) pairs in time order (the store's own data)."""
        sort_instant = self._sort_instant

        def order(item: tuple[int, dict[str, Any]]) -> tuple[datetime, int]:
            return sort_instant(item[1]), item[0]

        return sorted(self._shard(key).items(), key=order, reverse=newest_first)

    def newest_first(self) -> Iterator[Record]:
        """Every record, in the order `latest` lists them, copied out one by one: to read
        on only until enough are found. Each file is sorted once, when it is reached."""
        for key in reversed(self._shard_keys()):
            for number, doc in self._in_order(key, newest_first=True):
                yield Record(f"{key}-{number}", _clone(doc))

    def insert(self, doc: Mapping[str, Any]) -> str:
        return self.insert_many([doc])[0]

    def insert_many(self, docs: Sequence[Mapping[str, Any]]) -> list[str]:
        """Add `docs` with one write of each file they go to; their ids, in their order.
        Several files at once are one change: use it inside the store's transaction."""
        clean = [_normalize(doc) for doc in docs]
        keys = [self._shard_key(doc) for doc in clean]
        ids: list[str] = [""] * len(clean)
        for key in dict.fromkeys(keys):
            places = [i for i, k in enumerate(keys) if k == key]
            numbers = self._shard(key).insert_many([clean[i] for i in places])
            for i, number in zip(places, numbers, strict=True):
                ids[i] = f"{key}-{number}"
        return ids

    def get(self, record_id: str) -> dict[str, Any] | None:
        key, number = self._split(record_id)
        doc = self._shard(key).get(number)
        return None if doc is None else _clone(doc)

    def update(self, record_id: str, fields: Mapping[str, Any]) -> str:
        key, number = self._split(record_id)
        shard = self._shard(key)
        current = shard.get(number)
        if current is None:
            raise KeyError(record_id)
        clean = _normalize(fields)
        merged = {**_clone(current), **clean}
        new_key = self._shard_key(merged)
        if new_key == key:
            shard.update(number, clean)
            return record_id
        uid = uid_of(merged)
        if uid is not None:
            # A new identity in the new file: the old one is listed as removed in the
            # old file, and a record moved back must not come in under a removed uid.
            merged[UID] = moved_uid(uid, new_key)
            merged.pop(VERSION, None)
        # Both files in one change: a crash leaves the record in one year, never
        # in none or in both.
        with self._store.transaction():
            new_number = self._shard(new_key).insert(merged)
            shard.remove(number)
        return f"{new_key}-{new_number}"

    def remove(self, record_id: str) -> None:
        key, number = self._split(record_id)
        self._shard(key).remove(number)

    def all(self) -> list[Record]:
        return [record for key in self._shard_keys() for record in self._sorted_shard(key)]

    def latest(self, n: int = 1) -> list[Record]:
        found: list[Record] = []
        for key in reversed(self._shard_keys()):
            if len(found) >= n:
                break
            found.extend(self._sorted_shard(key, newest_first=True, limit=n - len(found)))
        return found

    def count(self) -> int:
        return sum(len(self._shard(key).docs()) for key in self._shard_keys())

    def shard_keys(self) -> list[str]:
        """The keys of the shards ("2026", or "2026-03" by month), oldest first."""
        return self._shard_keys()

    def shard_key_of(self, moment: datetime) -> str:
        """The key of the shard a record written at `moment` (its own clock) goes in."""
        return f"{moment.year:04d}" if self.by == "year" else f"{moment:%Y-%m}"

    def peek_shard(self, key: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """One shard's records, like :meth:`peek_all` (the store's own data: never change it)."""
        for number, doc in self._shard(key).items():
            yield f"{key}-{number}", doc

    def take_in_conflict_copies(self, key: str) -> bool:
        """Take the records of the conflict copies a sync tool left beside one shard's file
        into it (see `conflict_copies`); True when any came in."""
        return self._store.take_in_conflict_copies(self.folder / f"{key}.json")

    def shard_count(self, key: str) -> int:
        """How many records one shard holds."""
        return len(self._shard(key).docs())

    def peek_all(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Every record's id and data, shard by shard in no set order, without copies.

        For fast read-only scans of years of records (the journal); the data is the
        store's own, so callers must never change it.
        """
        for key in self._shard_keys():
            for number, doc in self._shard(key).items():
                yield f"{key}-{number}", doc

    def peek_day(self, day: date) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Like `peek_all`, but only the one shard that can hold records of `day`: a
        record sits in the shard of the date its own time is written with."""
        key = f"{day.year:04d}" if self.by == "year" else f"{day:%Y-%m}"
        if key not in self._shard_keys():
            return
        for number, doc in self._shard(key).items():
            yield f"{key}-{number}", doc
