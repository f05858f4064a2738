"""A data folder whose store.json lists an untold set-aside file, as a person or another
program could have changed it by hand: for the tests that such an entry never makes the
store write, move or rename anything but the one data file it owns."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from companion.core.shared.app_state import JOURNAL
from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock

DAY = "2026-12-01"

# Each changes one field of the entry the store itself would write; none of them may act.
HOSTILE: dict[str, dict[str, object]] = {
    "their own file": {"file": "my-notes.json"},
    "the settings": {"file": "settings.json"},
    "the manifest": {"file": "store.json"},
    "the change log": {"file": "changes.json"},
    "the journal folder": {"file": "journal"},
    "the data folder": {"file": "."},
    "the backups folder": {"file": "backups"},
    "kept in another folder": {"kept_as": "my-notes.json"},
    "kept under another name": {"kept_as": "journal/2025.broken-1.json"},
    "a backup outside backups": {"backup": "my-notes.json"},
    "a backup of another file": {"backup": f"backups/{DAY}/journal/2025.json"},
    "a backup not of a day": {"backup": "backups/conflict-copies/journal/{year}.json"},
}


def untold_folder(data: Path, clock: FakeClock, change: dict[str, object]) -> None:
    """A journal year set aside with a backup, other files of the app's and the person's
    around it, and store.json's untold entry for it changed by `change`."""
    store = Store.open(data, now=clock)
    store.partitioned(JOURNAL, "time").insert({"time": clock().isoformat(), "pain_now": 4})
    year = f"journal/{clock().year}.json"
    for backup in (f"backups/{DAY}/{year}", f"backups/conflict-copies/{year}"):
        (data / backup).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(data / year, data / backup)
    shutil.copy(data / "store.json", data / f"backups/{DAY}/store.json")  # as a day's backup
    (data / "settings.json").write_text('{"schema_version": 1}')
    (data / "my-notes.json").write_text('{"mine": "precious"}')
    (data / "journal" / "2025.broken-1.json").write_text("{bad")
    kept = f"journal/{clock().year}.broken-1.json"
    (data / kept).write_text("{bad")
    entry: dict[str, object] = {
        "file": year,
        "kept_as": kept,
        "backup": f"backups/{DAY}/{year}",
        "message": {"id": "store.damaged_fresh", "values": {"file": year, "kept": "Kept."}},
        "detail": "",
    }
    entry.update({k: str(v).format(year=clock().year) for k, v in change.items()})
    manifest = json.loads((data / "store.json").read_text())
    (data / "store.json").write_text(json.dumps({**manifest, "untold": [entry]}))


def snapshot(data: Path) -> dict[str, bytes | None]:
    """Every file and folder in `data` but store.json (its untold list may be rewritten)."""
    return {
        p.relative_to(data).as_posix(): p.read_bytes() if p.is_file() else None
        for p in data.rglob("*")
        if p != data / "store.json"
    }
