"""Changes another program made to a file while the app held it in memory.

A sync tool (Dropbox, Syncthing, Nextcloud) replaces a file with the copy the person's
other computer wrote. The app keeps its files in memory and rewrites them whole, so
without a merge a change here would put back the old file and drop the other
computer's changes.

Settings are merged one value a key (`merge_values`). Data records are merged by an
identity two computers cannot both make (`merge_records`): a random ``uid`` saved in
the record, a count ``v`` of its edits, and the uids of removed records kept in the
same file (``REMOVED``), so neither an old copy nor the other computer's entry can be
taken for a change of one made here. Records without a uid (saved before uids, or
by a collection that gives none) are never merged: the file here wins for them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Set
from typing import Any

#: The table of a data file that keeps the uids of removed records, each as ``{"uid": u}``.
REMOVED = "_removed"
#: The table of a data file that keeps the uids of removals the other copy listed whose
#: records could not be kept in the backups yet (so they are still here), each as
#: ``{"waits": u}``: saved with the records, a removal still waiting is tried again after
#: a restart too, never dropped. Its records have no uid: no merge takes them in.
WAITING, WAITS = "_removals_waiting", "waits"
#: The record's identity and its count of edits.
UID, VERSION = "uid", "v"

Records = dict[str, dict[str, Any]]
Tables = dict[str, Records]
#: Whether a record from another computer's copy may come in: the checks the collection
#: (and the feature reading it) make of the records in its own file.
Accepts = Callable[[Mapping[str, Any]], bool]


def merge_values(
    base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> dict[str, Any]:
    """Settings, one value a key: theirs for each key this side left as it was in `base`,
    ours for each key changed here. A key missing from `theirs` keeps ours: a file
    without it is never read as the setting removed."""
    return {
        key: theirs[key] if key in theirs and value == base.get(key) else value
        for key, value in ours.items()
    }


def new_uid() -> str:
    """A record identity no other computer makes (64 random bits)."""
    return os.urandom(8).hex()


def moved_uid(uid: str, to: str) -> str:
    """The identity of a record moved to file `to` (another year): new, so it never
    meets its old one listed as removed there, and the same on both computers, so one
    moved on each is still one record."""
    import hashlib  # only when an entry moves to another year: OpenSSL stays out of start-up

    return hashlib.sha256(f"{uid}>{to}".encode()).hexdigest()[:16]


def uid_of(record: Mapping[str, Any]) -> str | None:
    uid = record.get(UID)
    return uid if isinstance(uid, str) and uid else None


#: No count of edits the app makes reaches this (one a save): a count this high, below
#: 0, or not a whole number was written by something else, and counts as none.
EDITS_LIMIT = 2**31


def edits_of(record: Mapping[str, Any]) -> int:
    """How many times the record was edited (0 when it does not say, or says what the
    app never writes: so a copy claiming 10**39 edits never wins every merge, and the
    next edit here counts 1 instead of a number too long to read back)."""
    version = record.get(VERSION, 0)
    return version if type(version) is int and 0 <= version < EDITS_LIMIT else 0


def removed_uids(tables: Tables) -> list[str]:
    """The uids a file lists as removed, in their order, once each."""
    found = (uid_of(doc) for doc in tables.get(REMOVED, {}).values())
    return list(dict.fromkeys(uid for uid in found if uid is not None))


def waiting_uids(docs: Records) -> list[str]:
    """The uids of a `WAITING` table's records, in their order, once each."""
    found = (doc.get(WAITS) for doc in docs.values())
    return list(dict.fromkeys(uid for uid in found if isinstance(uid, str) and uid))


def remove_record(tables: Tables, table_name: str, number: str) -> None:
    """Take record `number` out of `tables` (a file's live data) and, when it has a uid,
    list that as removed in the same data: written in one save, an old copy of the file
    (a sync tool's) can then never bring the record back."""
    uid = uid_of(tables[table_name].pop(number))
    if uid is not None:
        removed = tables.setdefault(REMOVED, {})
        removed[str(max(map(int, removed), default=0) + 1)] = {UID: uid}


def removed_records(ours: Tables, merged: Tables) -> Tables:
    """The records of `ours` (the data here) that `merged` no longer holds: those a
    removal listed in the other copy took out. Their tables and numbers are kept, so the
    result reads as a data file of its own; empty tables are left out."""
    still = {
        uid_of(doc) for name, docs in merged.items() if name != REMOVED for doc in docs.values()
    }
    removed: Tables = {}
    for table_name, docs in ours.items():
        if table_name == REMOVED:
            continue
        for number, doc in docs.items():
            uid = uid_of(doc)
            if uid is not None and uid not in still:
                removed.setdefault(table_name, {})[number] = doc
    return removed


def _newer(theirs: dict[str, Any], ours: dict[str, Any]) -> bool:
    """True when the other computer's copy of a record wins: edited more often, or as
    often and first in a fixed order of their contents, so that both computers keep
    the same copy (each keeping its own would differ for ever, the file changing back
    and forth at every save)."""
    if edits_of(theirs) != edits_of(ours):
        return edits_of(theirs) > edits_of(ours)
    return theirs != ours and _order(theirs) > _order(ours)


def _order(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=True, default=str)


def merge_records(
    ours: Tables,
    theirs: Tables,
    numbers_from: int = 1,
    accepts: Accepts | None = None,
    spare: Set[str] = frozenset(),
) -> Tables | None:
    """This app's file (`ours`) with what the other computer's copy (`theirs`) adds.

    For records with a uid: one removed on either side stays removed; one only there
    is added (under its own number when that is free here and not below
    `numbers_from`, else after all others: a number this app handed out, to a record
    removed since, may still name that record in an undo step or a draft here);
    one on both sides keeps the copy edited more often (on a tie, the same copy on
    both computers: `_newer`). Every other record, and every other table, is ours as
    it is. A record of theirs that `accepts` refuses (one the app would count as
    unreadable) never comes in: an added one is left out, an edited one keeps ours.
    A removal of a uid in `spare` is not honoured this time: its record here stays, and
    the uid is not listed as removed (its last content could not be kept).
    None when `theirs` brings nothing new (the file here is written as it is).
    """
    ok = accepts or (lambda _doc: True)
    removed = removed_uids(ours)
    gone = set(removed)
    added_removals = [uid for uid in removed_uids(theirs) if uid not in gone and uid not in spare]
    gone.update(added_removals)
    theirs_by_uid: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for table_name, docs in theirs.items():
        if table_name == REMOVED:
            continue
        for number, doc in docs.items():
            uid = uid_of(doc)
            if uid is not None:
                theirs_by_uid[uid] = (table_name, number, doc)
    merged: Tables = {}
    changed = bool(added_removals)
    seen: set[str] = set()
    for table_name, docs in ours.items():
        if table_name == REMOVED:
            continue
        kept: Records = {}
        for number, doc in docs.items():
            uid = uid_of(doc)
            if uid is None:
                kept[number] = doc
                continue
            seen.add(uid)
            if uid in gone and uid not in spare:
                changed = True
                continue
            other = theirs_by_uid.get(uid)
            if other is not None and _newer(other[2], doc) and ok(other[2]):
                kept[number] = other[2]
                changed = True
            else:
                kept[number] = doc
        merged[table_name] = kept
    tables = [docs for name, docs in (*ours.items(), *theirs.items()) if name != REMOVED]
    highest = max((int(number) for docs in tables for number in docs), default=0)
    highest = max(highest, numbers_from - 1)
    for uid, (table_name, number, doc) in theirs_by_uid.items():
        if uid in seen or uid in gone or not ok(doc):
            continue
        changed = True
        table = merged.setdefault(table_name, {})
        if number in table or int(number) < numbers_from:
            highest += 1
            number = str(highest)
        table[number] = doc
    if not changed:
        return None
    if gone:
        every = [*removed, *added_removals]
        merged[REMOVED] = {str(i): {UID: uid} for i, uid in enumerate(every, 1)}
    return merged
