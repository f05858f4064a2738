"""Changes another program made to the settings file while the app held it in memory.

A sync tool (Dropbox, Syncthing, Nextcloud) replaces `settings.json` with the copy the
person's other computer wrote. The app keeps its settings in memory and rewrites the
file whole, so without this a change here would put back the old file and drop the
other computer's setting. Before each save the settings store compares the file on
disk with the bytes it last read or wrote, and when they differ it merges the three,
one value a key: what it saw then (the base), its own values now (ours) and the file
now (theirs).

The data files are not merged so: two computers adding an entry between two syncs
both give it the next number, and a record changed there cannot be told from another
record under the same number without an identity of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


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
