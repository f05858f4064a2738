"""Two computers sharing a data folder through a sync tool (Syncthing, Dropbox, Nextcloud):
the desk's folder copied to the laptop, the tool bringing one's copy of a file to the
other, and the conflict copies it leaves when both changed a file."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 6, 20, 0, tzinfo=ZONE)
YEAR = Path(JOURNAL) / "2026.json"

CONFLICT_NAMES = [
    "2026.sync-conflict-20261206-101010-ABCDEF.json",  # Syncthing
    "2026 (Desk's conflicted copy 2026-12-06).json",  # Dropbox
    "2026 (conflicted copy 2026-12-06 101010).json",  # Nextcloud
]


def entry(hour: int, note: str) -> Entry:
    """An entry of 6 December 2026 at `hour`, told apart by its `note`."""
    when = datetime(2026, 12, 6, hour, 0, tzinfo=ZONE)
    fields = {"time": when.isoformat(), "pain_now": 3, "level": "upper_thigh", "side": "left"}
    return parse_entry({**fields, "note": note})


def open_journal(folder: Path) -> JournalStore:
    return JournalStore(AppState.open(folder, now=lambda: NOW))


def laptop_of(desk: Path) -> Path:
    """The laptop's data folder, beside the desk's: a copy of it as it is now."""
    laptop = desk.with_name("laptop")
    shutil.copytree(desk, laptop)
    return laptop


def synced(source: Path, target: Path, name: Path = YEAR) -> None:
    """The sync tool brings `source`'s copy of a file to `target`: written beside it, then
    renamed over it, as Syncthing, Dropbox and Nextcloud do."""
    temp = (target / name).with_name(".syncthing.tmp")
    temp.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / name, temp)
    temp.replace(target / name)


def notes_on_disk(folder: Path) -> list[str]:
    """The notes of the journal entries in `folder`, as a start of the app reads them."""
    return sorted(item.entry.note for item in open_journal(folder).entries())


def laptop_conflict_copy(tmp_path: Path, conflict_name: str) -> tuple[Path, Path]:
    """Both computers added an entry; the sync tool kept the desk's file and put the
    laptop's beside it as a conflict copy. The desk's folder, and the conflict copy."""
    desk = tmp_path / "desk"
    open_journal(desk).add(entry(8, "first"))
    laptop = laptop_of(desk)
    open_journal(desk).add(entry(9, "desk"))
    open_journal(laptop).add(entry(10, "laptop"))
    conflict = desk / JOURNAL / conflict_name
    shutil.copyfile(laptop / YEAR, conflict)
    return desk, conflict
