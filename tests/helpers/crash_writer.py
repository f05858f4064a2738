"""Child process for the crash test: writes to a store until it is killed.

Usage: ``python crash_writer.py DATA_DIR`` (with the project root on PYTHONPATH).

Each loop inserts one record into the partitioned "events" collection, then sets the
single "progress" table record to the number of events. After each write has
returned (so it is committed on disk) a line is printed and flushed, which tells the
parent exactly what must survive a kill:

    E <n>   the events collection holds n records: n = 0 .. n-1, in order
    T <n>   the progress record's "count" is n
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.core.store import Store

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


if __name__ == "__main__":
    main(Path(sys.argv[1]))
