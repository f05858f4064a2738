"""Killing the app mid-write never leaves a broken file or a half-made change.

A child process (tests/helpers/crash_writer.py) writes to a store in a loop and is
killed with SIGKILL at varied moments, over and over on the same folder. After each
kill every data file must load with plain ``json.load`` and through ``Store.open``,
holding either the last committed state or the one being written, nothing else.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from companion.core.shared.store import Store
from tests.helpers.crash_writer import IMPORT_SIZE, batch_number, event

KILLS = 60
JOURNAL_KILLS = 25
ROOT = Path(__file__).resolve().parents[3]
WRITER = ROOT / "tests" / "helpers" / "crash_writer.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL"),
]


def run_and_kill(
    data_dir: Path, rng: random.Random, mode: str = "records", most_lines: int = 60
) -> tuple[list[str], str]:
    """Start the writer, kill it at a random moment, return its output lines and errors."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, str(WRITER), str(data_dir), mode]
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        watchdog = threading.Timer(20, child.kill)  # never hang the test run
        watchdog.start()
        lines: list[str] = []
        try:
            if rng.random() < 0.15:
                # Now and then, die while starting up and opening the store.
                time.sleep(rng.uniform(0.02, 0.12))
            else:
                for _ in range(rng.randint(1, most_lines)):
                    line = child.stdout.readline()
                    if not line:
                        break
                    lines.append(line)
                time.sleep(rng.choice([0, 0, rng.uniform(0, 0.002)]))
            child.kill()  # SIGKILL: no cleanup and no flushing, like a power cut
            lines += child.stdout.readlines()  # lines printed before dying still count
            errors = child.stderr.read()
        finally:
            watchdog.cancel()
    return [line.strip() for line in lines], errors


def test_kills_at_random_moments_never_break_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    events_done, progress_done = 0, -1  # -1: the progress record does not exist yet
    broken_files = interrupted_writes = 0
    started = time.monotonic()

    for kill in range(1, KILLS + 1):
        lines, errors = run_and_kill(data_dir, rng)
        context = f"seed {seed}, kill {kill}: {errors[-500:]}"
        assert "Traceback" not in errors, context
        events_seen = [int(line[2:]) for line in lines if line.startswith("E ")]
        progress_seen = [int(line[2:]) for line in lines if line.startswith("T ")]
        last_events = events_seen[-1] if events_seen else events_done
        last_progress = progress_seen[-1] if progress_seen else progress_done

        # Plain JSON first: every file must be whole, whatever the store thinks.
        files = [p for p in data_dir.rglob("*") if p.is_file()]
        interrupted_writes += any(".tmp" in p.name for p in files)
        for path in files:
            if ".broken-" in path.name:
                broken_files += 1
            elif not path.name.startswith("."):
                try:
                    with path.open(encoding="utf-8") as handle:
                        json.load(handle)
                except ValueError:
                    broken_files += 1

        store = Store.open(data_dir)
        events = store.partitioned("events", "at", by="month").all()
        progress = store.table("progress").get("1")
        assert store.problems == [], context
        assert not [p for p in data_dir.rglob(".*") if p.is_file()], "temp files not cleaned up"

        assert len(events) in (last_events, last_events + 1), context
        assert [r.data for r in events] == [event(n) for n in range(len(events))], context
        count = -1 if progress is None else progress["count"]
        assert count in (last_progress, last_progress + 1), context
        assert count in (len(events) - 1, len(events)), context
        events_done, progress_done = len(events), count

    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\ncrash test: {KILLS} kills, {broken_files} broken files "
            f"({interrupted_writes} kills interrupted a write, {events_done} records, "
            f"{elapsed:.1f} s, seed {seed})"
        )
    assert broken_files == 0
    assert events_done > KILLS  # the writer did get going between kills


def test_kills_never_leave_half_an_import_or_an_entry_in_two_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each kill lands at a random moment of an import (two year files) or of an edit
    that moves an entry to the other year; then every batch is whole or absent, and the
    moved entry is in exactly one year."""
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    done_batches = 0
    partial = 0
    mover_made = False
    for kill in range(1, JOURNAL_KILLS + 1):
        lines, errors = run_and_kill(data_dir, rng, "journal", most_lines=8)
        context = f"seed {seed}, kill {kill}: {errors[-500:]}"
        assert "Traceback" not in errors, context
        reported = [int(line[2:]) for line in lines if line.startswith("I ")]
        mover_made = mover_made or any(line.startswith("M ") for line in lines)

        state = AppState.open(data_dir)
        entries = JournalStore(state).entries()
        assert state.store.problems == [], context
        movers = [item for item in entries if item.entry.note == "mover"]
        assert len(movers) == (1 if mover_made else len(movers)) and len(movers) <= 1, context
        counts = Counter(batch_number(item.entry.note) for item in entries)
        batches = {batch: n for batch, n in counts.items() if batch is not None}
        partial += sum(n != IMPORT_SIZE for n in batches.values())
        assert all(n == IMPORT_SIZE for n in batches.values()), (batches, context)
        last = reported[-1] if reported else done_batches
        assert max(batches, default=0) in (last, last + 1), context
        done_batches = max(batches, default=0)

    with capsys.disabled():
        print(
            f"\njournal crash test: {JOURNAL_KILLS} kills during imports and year moves, "
            f"{partial} half-done imports, {done_batches} batches of {IMPORT_SIZE} (seed {seed})"
        )
    assert done_batches > JOURNAL_KILLS // 2  # the writer did get going between kills
