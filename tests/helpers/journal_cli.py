"""The journal's command line, run as a script would, on a data folder made for it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def make_folder(folder: Path, days: int = 3) -> list[dict[str, object]]:
    state = AppState.open(folder)
    collection = state.store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    rows = []
    for day in range(days):
        entry = parse_entry(
            {
                "time": (now - timedelta(days=day + 1)).isoformat(),
                "pain_now": day,
                "level": "calf",
                "side": "left",
                "note": f"day {day}, with a comma",
            }
        )
        collection.insert(entry.to_dict())
        rows.append(entry.to_dict())
    return rows


def damage_two(folder: Path) -> None:
    """Two saved records that are not entries (a hand edit, a bad disk)."""
    collection = AppState.open(folder).store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    collection.insert({"time": now.isoformat(), "pain_now": 3, "reach": "thigh"})
    collection.insert({"time": now.isoformat(), "pain_now": 33})
