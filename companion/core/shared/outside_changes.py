"""Changes another program made to a data file while the app held it in memory.

A sync tool (Dropbox, Syncthing, Nextcloud) replaces a journal file with the copy the
person's other computer wrote. The app keeps each file in memory and rewrites it whole,
so without this a save here would put back the old file and drop the other computer's
entries. Before each save the store compares the file on disk with the bytes it last
read or wrote, and when they differ it merges the three: what it saw then (the base),
its own records now (ours) and the file now (theirs).

The settings file is merged the same way, one value a key (`merge_values`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Records = dict[str, dict[str, Any]]
Tables = dict[str, Records]


def merge_records(base: Records, ours: Records, theirs: Records) -> Records:
    """One table's records, keeping every change of both sides; nothing is lost.

    A record changed on one side only takes that side's change; a removal here too, but
    not one there: a file without a record may be an older copy put back (a sync tool
    settling a conflict, a backup restored), which cannot be told from a removal, so the
    record here is kept (the person may remove it again; a lost entry cannot be typed
    again). When both sides changed a record: both added one under the same number (two
    computers' next entry), theirs is kept under a new number after all the others; one
    removed what the other changed, the changed record is kept; both changed it, ours
    wins (the person here made it last).
    """
    merged: Records = {}
    renumber: list[dict[str, Any]] = []
    for key in dict.fromkeys([*ours, *theirs]):
        was, mine, other = base.get(key), ours.get(key), theirs.get(key)
        if other is None or mine == other or other == was:
            chosen = mine
        elif mine == was or mine is None:
            chosen = other
        else:
            chosen = mine
            if was is None and other is not None:
                renumber.append(other)
        if chosen is not None:
            merged[key] = chosen
    number = max((int(key) for key in merged), default=0)
    for record in renumber:
        number += 1
        merged[str(number)] = record
    return merged


def merge_tables(base: Tables, ours: Tables, theirs: Tables) -> Tables:
    """`merge_records` for each table of a file."""
    names = dict.fromkeys([*ours, *theirs])
    return {
        name: merge_records(base.get(name, {}), ours.get(name, {}), theirs.get(name, {}))
        for name in names
    }


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
