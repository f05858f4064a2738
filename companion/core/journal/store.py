"""The stored journal: every entry in the ``journal`` collection, one file per year, with
undo for the last changes."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from companion.core.journal.entry import UNDO_DEPTH, ZONE_DAYS, Entry, EntryError, counts_for
from companion.core.journal.stored import stored_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.collection import PartitionedCollection
from companion.core.shared.collector import collector_paused
from companion.core.shared.outside_changes import UID, new_uid
from companion.core.shared.store_events import ChangedOutside, StoreEvent

# An entry's year file comes from the date on its own clock, so a file may hold moments up
# to a day beyond the new year; reading this much further covers them.
_FILE_MARGIN = timedelta(days=2)


@dataclass(frozen=True)
class StoredEntry:
    id: str
    entry: Entry


@dataclass
class _Step:
    """One change that undo can take back."""

    kind: str  # "added", "edited", "deleted", "imported"
    ids: list[str] = field(default_factory=list)  # what the change left in the store
    before: Entry | None = None  # the entry as it was (edited, deleted)


ADDED, EDITED, DELETED, IMPORTED = "added", "edited", "deleted", "imported"


@dataclass(frozen=True)
class Undone:
    """What `JournalStore.undo` took back: the kind of change and how many entries."""

    kind: str
    count: int
    entry: Entry | None


def _file_of(entry_id: str) -> str:
    """The key of the year file an entry id names ("2026" of "2026-17")."""
    return entry_id.rpartition("-")[0]


def _readable(data: Mapping[str, Any]) -> bool:
    """True for a stored record the journal reads as an entry (not counted unreadable)."""
    try:
        stored_entry(data)
    except EntryError:
        return False
    return True


def _sort_key(item: StoredEntry) -> tuple[datetime, str]:
    return item.entry.time, item.id


class JournalStore:
    """The journal of one AppState: entries in time order, kept in memory once read.

    Every change goes through here, so the in-memory list stays in step with the store
    and a save costs one year file, not a re-read of every year. After the data folder
    was reset (`AppState.delete_all_data`) the list and the undo steps start afresh.
    """

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._store_seen: object | None = None
        self._items: list[StoredEntry] = []
        self._read: set[str] = set()  # the year files whose entries are in _items
        # Year files a sync tool changed (the other computer's entries taken in before
        # a save here): their entries are read again before the list is next used.
        self._stale: set[str] = set()
        self._undo: list[_Step] = []
        self._listeners: list[Callable[[], None]] = []
        self.unreadable = 0  # stored records that are not valid entries (left untouched)

    @property
    def _collection(self) -> PartitionedCollection:
        return self._state.store.partitioned(JOURNAL, "time")

    def _fresh(self) -> PartitionedCollection:
        """The collection; everything read is forgotten when the data folder was reset."""
        if self._store_seen is not self._state.store:
            self._store_seen = self._state.store
            self._state.store.add_listener(self._on_store_event)
            self._state.store.check_records(JOURNAL, _readable)
            self._undo.clear()
            self._items = []
            self._read = set()
            self._stale = set()
            self.unreadable = 0
        if self._stale:
            self._read_again()
        return self._collection

    def _on_store_event(self, event: StoreEvent) -> None:
        if isinstance(event, ChangedOutside) and event.path.parent == self._collection.folder:
            self._stale.add(event.path.stem)

    def _read_again(self) -> None:
        """Read the year files changed outside again (their unreadable records too)."""
        stale, self._stale = self._stale & self._read, set()
        if stale:  # every file read so far, as unreadable records are counted for all
            again, self._read, self._items, self.unreadable = self._read, set(), [], 0
            self._read_files(sorted(again))

    def _read_files(self, keys: Iterable[str]) -> None:
        """Add the entries of these year files (those not read yet) to the list."""
        collection = self._collection
        new = [key for key in keys if key not in self._read]
        if not new:
            return
        items = self._items
        unreadable = 0
        # Read without copies, and without the garbage collector rescanning the growing
        # list thousands of times: years of entries load in a fraction of the time.
        with collector_paused():
            for key in new:
                # The other computer's entries in a conflict copy beside it come in first.
                collection.take_in_conflict_copies(key)
                self._stale.discard(key)  # read now, as it is on disk
                for record_id, data in collection.peek_shard(key):
                    try:
                        items.append(StoredEntry(record_id, stored_entry(data)))
                    except EntryError:
                        unreadable += 1
                self._read.add(key)
            items.sort(key=_sort_key)  # sorted runs merge quickly
        self.unreadable += unreadable

    def _ensure_loaded(self, saving: Iterable[str] = ()) -> None:
        """Read every year file; with `saving`, the keys of the year files a change will
        save, whose conflict copies are taken in first (they may have come while the
        app ran, after the file was read)."""
        self._read_files(self._fresh().shard_keys())
        collection = self._collection
        if any([collection.take_in_conflict_copies(key) for key in set(saving)]):
            self._read_again()

    # --- reading what is needed first ---

    def read_first(self, since: datetime, first_days: int, newest: int = 0) -> None:
        """Read the year files a first look needs, leaving the others for `read_more`.

        That is every entry from `since` on (a graph's range, the trend's windows), at
        least the `newest` entries (a list of the latest), and the oldest entries up to
        `first_days` after the first (the trend compares with those). `loaded()` then
        holds them, in time order: the same entries there as with every file read.
        """
        collection = self._fresh()
        keys = collection.shard_keys()
        start = collection.shard_key_of(since - _FILE_MARGIN)
        for key in reversed(keys):  # newest first
            if key < start and self._holds_newest(key, newest):
                break
            self._read_files([key])
        reach = timedelta(days=first_days) + _FILE_MARGIN
        for key in keys:  # oldest first, until the first entry and its first days are in
            if self._items and key > collection.shard_key_of(self._items[0].entry.time + reach):
                break
            self._read_files([key])

    def _holds_newest(self, key: str, newest: int) -> bool:
        """True when no entry in file `key` (or older) can be among the `newest`."""
        if newest <= 0:
            return True
        if len(self._items) < newest:
            return False
        nth = self._items[-newest].entry.time
        return key < self._collection.shard_key_of(nth - _FILE_MARGIN)

    def read_more(self) -> bool:
        """Read the newest year file not read yet; True when every file has been read."""
        unread = [key for key in self._fresh().shard_keys() if key not in self._read]
        self._read_files(unread[-1:])
        return len(unread) <= 1

    @property
    def complete(self) -> bool:
        """True when every year file has been read (`loaded()` is then every entry)."""
        return all(key in self._read for key in self._fresh().shard_keys())

    def loaded(self) -> list[StoredEntry]:
        """The entries read so far, oldest first: all of them once `complete`."""
        self._fresh()
        return list(self._items)

    def add_listener(self, callback: Callable[[], None]) -> None:
        """`callback()` runs after every change (including undo)."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # --- reading ---

    def entries(self) -> list[StoredEntry]:
        """Every readable entry, oldest first (a new list; the entries are immutable)."""
        self._ensure_loaded()
        return list(self._items)

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._items)

    def latest(self, n: int = 1) -> list[StoredEntry]:
        """The newest `n` entries, newest first."""
        self._ensure_loaded()
        return self._items[::-1][:n] if n < len(self._items) else self._items[::-1]

    def get(self, entry_id: str) -> Entry | None:
        self._ensure_loaded()
        return next((item.entry for item in self._items if item.id == entry_id), None)

    # --- changing, with undo ---

    def _insert(self, entry: Entry) -> str:
        entry_id = self._collection.insert({UID: new_uid(), **entry.to_dict()})
        self._read.add(_file_of(entry_id))  # a new year's file is read: it holds only this
        bisect.insort(self._items, StoredEntry(entry_id, entry), key=_sort_key)
        return entry_id

    def _drop(self, entry_id: str) -> Entry | None:
        self._collection.remove(entry_id)
        for index, item in enumerate(self._items):
            if item.id == entry_id:
                del self._items[index]
                return item.entry
        return None

    def _replace(self, entry_id: str, entry: Entry) -> str:
        new_id = self._collection.update(entry_id, entry.to_dict())
        self._read.add(_file_of(new_id))
        self._items = [item for item in self._items if item.id != entry_id]
        bisect.insort(self._items, StoredEntry(new_id, entry), key=_sort_key)
        if new_id != entry_id:  # moved to another year's file
            self._rename(entry_id, new_id)
        return new_id

    def _rename(self, old_id: str, new_id: str) -> None:
        """Older undo steps follow an entry whose id changed."""
        for step in self._undo:
            step.ids = [new_id if i == old_id else i for i in step.ids]

    def _remember(self, step: _Step) -> None:
        self._undo.append(step)
        del self._undo[:-UNDO_DEPTH]

    def add(self, entry: Entry) -> str:
        self._ensure_loaded(saving=[self._collection.shard_key_of(entry.time)])
        entry_id = self._insert(entry)
        self._remember(_Step(ADDED, [entry_id]))
        self._changed()
        return entry_id

    def edit(self, entry_id: str, entry: Entry) -> str:
        """Replace an entry; returns its id, which changes if it moved to another year.

        Raises:
            KeyError: there is no such entry.
        """
        self._ensure_loaded(saving=[_file_of(entry_id), self._collection.shard_key_of(entry.time)])
        before = self.get(entry_id)
        if before is None:
            raise KeyError(entry_id)
        new_id = self._replace(entry_id, entry)
        self._remember(_Step(EDITED, [new_id], before))
        self._changed()
        return new_id

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry (undo brings it back).

        Raises:
            KeyError: there is no such entry.
        """
        self._ensure_loaded(saving=[_file_of(entry_id)])
        if self.get(entry_id) is None:
            raise KeyError(entry_id)
        before = self._drop(entry_id)
        assert before is not None
        self._remember(_Step(DELETED, [entry_id], before))
        self._changed()
        return before

    def import_entries(self, entries: Sequence[Entry]) -> list[str]:
        """Add many entries as one change (one undo takes them all back).

        All or nothing, on disk as in memory: after a crash at any moment either every
        entry is in the journal or none is, and an entry that cannot be saved (a
        ValueError) leaves the journal as it was.
        """
        collection = self._collection
        self._ensure_loaded(saving={collection.shard_key_of(entry.time) for entry in entries})
        before = list(self._items)
        try:
            # Without the garbage collector rescanning the growing store over and over:
            # it took half the time of a 100,000-entry import.
            with collector_paused():
                with self._state.store.transaction():  # each year's file written once
                    records = [{UID: new_uid(), **entry.to_dict()} for entry in entries]
                    ids = self._collection.insert_many(records)
                self._read.update(map(_file_of, ids))
                pairs = zip(ids, entries, strict=True)
                self._items.extend(StoredEntry(i, entry) for i, entry in pairs)
                self._items.sort(key=_sort_key)
        except BaseException:
            self._items = before
            raise
        if ids:
            self._remember(_Step(IMPORTED, ids))
            self._changed()
        return ids

    def can_undo(self) -> bool:
        self._ensure_loaded()
        return bool(self._undo)

    def undo(self) -> Undone | None:
        """Take back the newest change; None when there is nothing to undo."""
        self._ensure_loaded()
        if not self._undo:
            return None
        step = self._undo.pop()
        entry: Entry | None = None
        if step.kind in (ADDED, IMPORTED):
            try:
                with self._state.store.transaction():  # all or nothing, as the import
                    for entry_id in step.ids:
                        self._collection.remove(entry_id)
            except BaseException:
                self._undo.append(step)
                raise
            gone = set(step.ids)
            dropped = [item for item in self._items if item.id in gone]
            self._items = [item for item in self._items if item.id not in gone]
            entry = dropped[-1].entry if dropped else None
        elif step.kind == EDITED:
            assert step.before is not None
            entry = step.before
            if self._collection.get(step.ids[0]) is None:  # removed on the other computer
                self._rename(step.ids[0], self._insert(step.before))
            else:
                self._replace(step.ids[0], step.before)
        elif step.kind == DELETED:
            assert step.before is not None
            entry = step.before
            self._rename(step.ids[0], self._insert(step.before))
        self._changed()
        return Undone(step.kind, len(step.ids), entry)

    def count_of(self, entry: Entry) -> int:
        """How many entries with exactly these values the journal holds."""
        return self.counter()(entry)

    def counter(self) -> Callable[[Entry], int]:
        """`count_of` for many entries (an import's): the journal is read and its year
        files listed once, not once for each entry (100,000 took seconds)."""
        self._ensure_loaded()
        items = self._items

        def count(entry: Entry) -> int:
            # From the first entry at its time, with no copy of the rest of the list (a
            # copy for each entry made importing a file again into a large journal slow).
            index = bisect.bisect_left(items, entry.time, key=lambda item: item.entry.time)
            found = 0
            while index < len(items) and items[index].entry.time == entry.time:
                found += items[index].entry == entry
                index += 1
            return found

        return count


def has_entry_for(state: AppState, today: date) -> bool:
    """Whether the stored journal holds an entry for `today`: on that day or a later
    one by its own clock (`entry_day.counts_for`), read from the store as it is now: the
    reminder asks this without the page's copy of the journal."""
    wanted = today.isoformat()
    collection = state.store.partitioned(JOURNAL, "time")
    read: set[str] = set()
    for ahead in range(ZONE_DAYS + 1):
        day = today + timedelta(days=ahead)
        key = collection.shard_key_of(datetime.combine(day, time()))
        if key in read:
            continue
        read.add(key)
        for _record_id, data in collection.peek_day(day):
            when = data.get("time")
            if not isinstance(when, str) or when[:10] < wanted:
                continue  # a stored time starts with its own local date: no parsing needed
            try:
                if counts_for(stored_entry(data).time, today):
                    return True
            except EntryError:
                continue
    return False
