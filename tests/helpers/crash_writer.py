"""Child process for the crash tests: writes to a store until it is killed.

Usage: ``python crash_writer.py DATA_DIR [records|journal]`` (with the project root on
PYTHONPATH).

Each loop inserts one record into the partitioned "events" collection, then sets the
single "progress" table record to the number of events. After each write has
returned (so it is committed on disk) a line is printed and flushed, which tells the
parent exactly what must survive a kill:

    E <n>   the events collection holds n records: n = 0 .. n-1, in order
    T <n>   the progress record's "count" is n

In ``journal`` mode it imports batches of journal entries through the journal, each
batch spread over two years, and moves one entry from year to year by editing it:

    I <k>   batch k (IMPORT_SIZE entries, notes "batch k ...") is in the journal
    M <y>   the one entry noted "mover" is now in year y
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.core.journal.entry import parse_entry
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from companion.core.shared.store import Store

START = datetime(2026, 1, 1, tzinfo=UTC)
# Six hours apart with monthly shards: about 120 records a shard, so the test
# crosses many shard boundaries and files of different sizes.
STEP = timedelta(hours=6)


def event(n: int) -> dict[str, object]:
    return {"at": (START + n * STEP).isoformat(), "n": n, "note": "walked " * (n % 7)}


def main(data_dir: Path) -> None:
    store = Store.open(data_dir)
    events = store.partitioned("events", "at", by="month")
    progress = store.table("progress")
    count = events.count()
    if progress.get("1") is None:
        progress.insert({"count": count})
        print(f"T {count}", flush=True)
    elif progress.get("1") != {"count": count}:
        progress.update("1", {"count": count})  # catch up after a kill in between
        print(f"T {count}", flush=True)
    while True:
        events.insert(event(count))
        count += 1
        print(f"E {count}", flush=True)
        progress.update("1", {"count": count})
        print(f"T {count}", flush=True)


IMPORT_SIZE = 20
YEARS = (2024, 2025)


def journal_entry(year: int, note: str, minute: int = 0) -> dict[str, object]:
    return {
        "time": f"{year}-12-31T10:{minute % 60:02d}:00+01:00",
        "pain_now": minute % 11,
        "level": "calf",
        "side": "left",
        "note": note,
    }


def batch_number(note: str) -> int | None:
    """The batch an entry came in with, from its note ("batch 7 #12")."""
    return int(note.split()[1]) if note.startswith("batch ") else None


def journal_main(data_dir: Path) -> None:
    journal = JournalStore(AppState.open(data_dir))
    notes = [item.entry.note for item in journal.entries()]
    batch = 1 + max((n for n in map(batch_number, notes) if n is not None), default=0)
    mover = next((item for item in journal.entries() if item.entry.note == "mover"), None)
    if mover is None:
        journal.add(parse_entry(journal_entry(YEARS[0], "mover")))
        print(f"M {YEARS[0]}", flush=True)
    while True:
        entries = [
            parse_entry(journal_entry(YEARS[n % 2], f"batch {batch} #{n}", n))
            for n in range(IMPORT_SIZE)
        ]
        journal.import_entries(entries)
        print(f"I {batch}", flush=True)
        batch += 1
        mover = next(item for item in journal.entries() if item.entry.note == "mover")
        year = YEARS[1] if mover.entry.time.year == YEARS[0] else YEARS[0]
        journal.edit(mover.id, parse_entry(journal_entry(year, "mover")))
        print(f"M {year}", flush=True)


if __name__ == "__main__":
    if sys.argv[2:] == ["journal"]:
        journal_main(Path(sys.argv[1]))
    else:
        main(Path(sys.argv[1]))
