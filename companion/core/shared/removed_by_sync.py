"""Entries a sync tool's copy removed here, kept in the backups folder.

Another computer's copy of a data file (the file a sync tool put in place, or a
conflict copy it left beside it) lists the uids of the records removed there. A merge
honours that: those records are taken out here too. So that a removal never loses an
entry for good (a copy that lists every uid, from a mistake on the other computer or a
broken tool, would empty the file), their last content is first written into
``backups/removed-by-sync/``, the same folders as in the data folder, as
``<file's stem>-<date>-<time>.json``: a data file of its own, which the app's reader
reads. Written atomically and private (0600 in a 0700 folder) like the other backups.

When they cannot be written (a full disk), the records stay in the data file and the
removal waits, listed in the file itself (`outside_changes.WAITING`): it is tried again at
each save, after a restart too.

The same records are written once: a conflict copy merged again (the data file could
not be saved the first time, so the copy stayed) finds the file it wrote before.

They are never removed by the app, like the conflict copies kept beside them (only
the daily backups are pruned): they hold only the removed records, so they stay small.
"""

from __future__ import annotations

import glob
from datetime import datetime
from pathlib import Path

from companion.core.shared.atomic_file import atomic_write_bytes
from companion.core.shared.storage import Tables, encode_tables
from companion.core.shared.store_files import REMOVED_DIR, kept_folder, unused_path


def keep_removed(path: Path, data_dir: Path, removed: Tables, when: datetime) -> Path:
    """Write `removed` (records about to be taken out of the data file `path`, inside
    `data_dir`) into ``backups/removed-by-sync/``; never over another file ("-2"...
    added when the name is taken). Returns the file written, or the one of this data
    file that already holds exactly these records.

    Raises:
        OSError: it could not be written (a full disk, a read-only folder).
    """
    folder = kept_folder(data_dir, REMOVED_DIR, path)
    raw = encode_tables(removed)
    kept = _kept_already(folder, path.stem, raw)
    if kept is not None:
        return kept
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = unused_path(lambda extra: folder / f"{path.stem}-{stamp}{extra}.json")
    atomic_write_bytes(target, raw)
    return target


def _kept_already(folder: Path, stem: str, raw: bytes) -> Path | None:
    """The file of `folder` kept for data file `stem` whose bytes are `raw`, if any."""
    for kept in sorted(folder.glob(f"{glob.escape(stem)}-*.json")):
        try:
            if kept.is_file() and kept.stat().st_size == len(raw) and kept.read_bytes() == raw:
                return kept
        except OSError:
            continue
    return None
