"""The data folder changes under the running app: a sync tool (Dropbox, Syncthing,
Nextcloud) brings in an entry made on the person's other computer, then an entry is
saved here. Both entries are kept on disk."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, save_an_entry


def year_file(state: AppState, clock: FakeClock) -> Path:
    return state.data_dir / "journal" / f"{clock().year}.json"


def synced_in(path: Path, when: str, note: str) -> None:
    """What the other computer's copy of the app wrote, as the sync tool puts it here:
    the whole year file replaced, with one more entry numbered as the next one."""
    tables = json.loads(path.read_bytes())
    records = tables["_default"]
    number = max(map(int, records), default=0) + 1
    entry = parse_entry(
        {"time": when, "pain_now": 6, "level": "ankle_foot", "side": "left", "note": note}
    )
    records[str(number)] = entry.to_dict()
    synced = path.with_name(".sync-temp")
    synced.write_text(json.dumps(tables), encoding="utf-8")
    synced.replace(path)  # as sync tools do: a new file renamed over the old one


def notes_on_disk(path: Path) -> list[str]:
    records = json.loads(path.read_bytes())["_default"].values()
    return sorted(str(record.get("note", "")) for record in records)


def test_an_entry_from_the_other_computer_survives_a_save_here(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    path = year_file(returning_state, clock)
    other = (clock() - timedelta(minutes=30)).isoformat()
    synced_in(path, other, "from the laptop")
    assert len(json.loads(path.read_bytes())["_default"]) == 2

    save_an_entry(qtbot, page)

    records = json.loads(path.read_bytes())["_default"]
    assert len(records) == 3, "the first entry, the laptop's, and the one saved here"
    assert "from the laptop" in notes_on_disk(path)
    assert len(page.rows) == 3, "the page lists the laptop's entry too"
    assert any("from the laptop" in row.accessibleName() for row in page.rows)
