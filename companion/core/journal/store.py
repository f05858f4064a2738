"""The stored journal: every entry in the ``journal`` collection, one file per year, with
undo for the last changes."""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from companion.core.journal.entry import UNDO_DEPTH, Entry, EntryError
from companion.core.journal.stored import stored_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.collection import Collection, PartitionedCollection


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
        self._undo: list[_Step] = []
        self._listeners: list[Callable[[], None]] = []
        self.unreadable = 0  # stored records that are not valid entries (left untouched)

    @property
    def _collection(self) -> Collection:
        return self._state.store.partitioned(JOURNAL, "time")

    def _ensure_loaded(self) -> None:
        if self._store_seen is self._state.store:
            return
        self._store_seen = self._state.store
        self._undo.clear()
        items = []
        unreadable = 0
        collection = self._collection
        assert isinstance(collection, PartitionedCollection)
        # Read without copies, and without the garbage collector rescanning the growing
        # list thousands of times: years of entries load in a fraction of the time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for record_id, data in collection.peek_all():
                try:
                    items.append(StoredEntry(record_id, stored_entry(data)))
                except EntryError:
                    unreadable += 1
            items.sort(key=_sort_key)
        finally:
            if collecting:
                gc.enable()
        self._items = items
        self.unreadable = unreadable

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
        entry_id = self._collection.insert(entry.to_dict())
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
        self._ensure_loaded()
        entry_id = self._insert(entry)
        self._remember(_Step(ADDED, [entry_id]))
        self._changed()
        return entry_id

    def edit(self, entry_id: str, entry: Entry) -> str:
        """Replace an entry; returns its id, which changes if it moved to another year.

        Raises:
            KeyError: there is no such entry.
        """
        self._ensure_loaded()
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
        self._ensure_loaded()
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
        self._ensure_loaded()
        before = list(self._items)
        try:
            with self._state.store.transaction():
                ids = [self._insert(entry) for entry in entries]
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
            self._replace(step.ids[0], step.before)
        elif step.kind == DELETED:
            assert step.before is not None
            entry = step.before
            self._rename(step.ids[0], self._insert(step.before))
        self._changed()
        return Undone(step.kind, len(step.ids), entry)

    def contains(self, entry: Entry) -> bool:
        """True when an entry with exactly these values is already in the journal."""
        self._ensure_loaded()
        start = bisect.bisect_left(self._items, entry.time, key=lambda item: item.entry.time)
        for item in self._items[start:]:
            if item.entry.time != entry.time:
                break
            if item.entry == entry:
                return True
        return False


def has_entry_on(state: AppState, day: date) -> bool:
    """Whether the stored journal holds an entry on `day` (its local date), read from the
    store as it is now: the reminder asks this without the page's copy of the journal."""
    wanted = day.isoformat()
    collection = state.store.partitioned(JOURNAL, "time")
    assert isinstance(collection, PartitionedCollection)
    for _record_id, data in collection.peek_day(day):
        when = data.get("time")
        if not isinstance(when, str) or not when.startswith(wanted):
            continue  # a stored time starts with its own local date: no parsing needed
        try:
            if stored_entry(data).time.date() == day:
                return True
        except EntryError:
            continue
    return False
