"""The journal on a data folder a newer version of the app wrote while this one ran:
adding, undoing and deleting change what is shown here, but no file on disk."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.core.journal.entry import parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from companion.core.shared.store_files import MANIFEST_NAME
from tests.helpers.clock import FakeClock

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
NEWER = "This file was made by a newer version of the app. Update the app to change it."


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "backups" not in path.parts
    }


def test_add_undo_and_delete_leave_a_newer_folder_as_it_is(tmp_path: Path) -> None:
    data = tmp_path / "data"
    state = AppState.open(data, now=FakeClock(NOW))
    journal = JournalStore(state)
    entry = parse_entry(
        {
            "time": NOW.isoformat(),
            "pain_now": 4,
            "pain_worst": 6,
            "level": "upper_thigh",
            "side": "left",
        },
        now=NOW,
    )
    first = journal.add(entry)
    manifest = json.loads((data / MANIFEST_NAME).read_text())
    (data / MANIFEST_NAME).write_text(json.dumps(manifest | {"schema_version": 2}))
    before = snapshot(data)

    journal.add(entry)
    journal.undo()
    journal.delete(first)

    assert snapshot(data) == before
    assert journal.entries() == []  # shown here as changed, kept in memory
    assert state.store.pending_reason() == NEWER
