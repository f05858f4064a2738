"""Import benchmark: `journal import` of an export with many entries, into a fresh folder.

    python tests/bench/journal_import.py [--runs N]

Times the whole command (read and check the file, then add every entry) in this
process, median of the runs, for 3,650 entries (ten years, one a day) and 36,500 (ten a
day). Target: at most 4 s for 36,500 (2.8 s on 5 December 2026). Until then each entry
rewrote its year's file, and each entry's line number was counted from the top of the
file: 10,000 entries took 4.6 s, and 50,000 in one year over five minutes. Exit code 1
when the target is missed.

Not a timed unit test: run by hand, never by pytest.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from companion.cli.journal import journal_command

TARGET_SECONDS = 4.0  # for the largest file


def make_export(path: Path, count: int) -> Path:
    """An export of `count` entries ending a day ago, evenly spread over ten years."""
    end = datetime.now(UTC) - timedelta(days=1)
    step = timedelta(days=3650) / count
    entries = [
        {"time": (end - step * n).isoformat(), "pain_now": n % 11, "level": "calf", "side": "left"}
        for n in range(count)
    ]
    body = {"format": "thigh-pain-companion-journal", "version": 1, "entries": entries}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def time_import(export: Path, folder: Path) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        status = journal_command(["import", str(export), "--yes"], data_dir=folder)
    seconds = time.perf_counter() - start
    assert status == 0, f"the import failed (exit {status})"
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for count in (3650, 36500):
            export = make_export(Path(tmp) / f"export-{count}.json", count)
            runs = [time_import(export, Path(tmp) / f"data-{count}-{n}") for n in range(args.runs)]
            median = statistics.median(runs)
            worst = max(worst, median)
            print(f"{count:>7,} entries: {median:.2f} s (median of {args.runs})")
    verdict = "PASS" if worst <= TARGET_SECONDS else "FAIL"
    print(f"target: at most {TARGET_SECONDS:.0f} s for the largest: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
