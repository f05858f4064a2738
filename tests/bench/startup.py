"""Start-up benchmark: the app against a bare PySide6 window, in the same run.

    python tests/bench/startup.py [--runs N] [--instructions]

Each sample is a fresh process. Time runs from just before the process is started to
the moment its main window has been shown and the event loop has turned once; memory is
the process's peak resident size at that moment. Targets (issue: foundation): the app
takes at most 1.5x the bare window's time and at most 45 MB more memory, also with ten
years of daily journal entries on disk. Exit code 1 when a target is missed.

The ratios are the median of each round's own ratio (a round runs every case once, one
after the other), so a machine that slows down for a while slows both sides of a ratio.
"cpu" is the processor time the process used until then: on a busy machine it moves
less than the time on the clock.

`--instructions` counts instead the processor instructions each case runs until then
(under valgrind's cachegrind, about 50 times slower). Unlike time, the count is the same
from run to run, so it shows what a change to start-up did even on a machine too busy
to time it; it is not the target itself (time is), but the two move together.

Not a timed unit test: it is run by hand (or by a benchmark job), never by pytest.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPORT = (
    "import os, resource, sys, time\n"
    "def report():\n"
    "    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    cpu = usage.ru_utime + usage.ru_stime\n"
    "    print(f'{time.time() - float(sys.argv[1]):.4f} {cpu:.4f} {usage.ru_maxrss}', flush=True)\n"
)

BARE = REPORT + (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1180, 760)\n"
    "window.show()\n"
    "QTimer.singleShot(0, lambda: (report(), os._exit(0)))\n"  # what follows is not start-up
    "app.exec()\n"
)

APP = REPORT + (
    "from companion.app import start\n"
    "from companion.cli.options import parse_options\n"
    "running = start(parse_options(['--data-dir', sys.argv[2]]))\n"
    "from PySide6.QtCore import QTimer\n"
    "QTimer.singleShot(0, lambda: (report(), running.lock.release(), os._exit(0)))\n"
    "running.app.exec()\n"
)

TIME_RATIO_TARGET = 1.5  # issue 16: at most 1.5x the bare window
EXTRA_MB_TARGET = 45.0


def prepare_data(folder: Path, years: int) -> Path:
    """A returning user's data folder, with `years` of daily journal entries."""
    from companion.core.journal.entry import LEVELS, Entry
    from companion.core.shared.app_state import JOURNAL, AppState

    state = AppState.open(folder)
    state.settings.update(welcome_done=True, emergency_number="112")
    journal = state.store.partitioned(JOURNAL, "time")
    start = datetime.now().astimezone() - timedelta(days=365 * years)
    for day in range(365 * years):
        when = start + timedelta(days=day)
        entry = Entry(time=when, pain_now=day % 11, level=LEVELS[3], side="right")
        journal.insert(entry.to_dict())
    return folder


def _env() -> dict[str, str]:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app runs from compiled bytecode (pip writes it); let the warm-up write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_case(
    script: str, *args: str, under: tuple[str, ...] = (), timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """One case in a fresh process (`under` another program, such as valgrind), told the
    moment it was started."""
    return subprocess.run(
        [*under, sys.executable, "-c", script, repr(time.time()), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=timeout,
        check=True,
    )


def sample(script: str, *args: str) -> tuple[float, float, float]:
    seconds, cpu, peak_kb = start_case(script, *args).stdout.split()[-3:]
    return float(seconds), float(cpu), int(peak_kb) / 1024


def instructions(valgrind: str, script: str, *args: str) -> int:
    """The instructions one start runs until its window is shown (cachegrind's count)."""
    cachegrind = (
        valgrind,
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    )
    result = start_case(script, *args, under=cachegrind, timeout=600)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    assert found, f"no instruction count in valgrind's report:\n{result.stderr}"
    return int(found.group(1).replace(",", ""))


def count_instructions(valgrind: str, cases: dict[str, tuple[str, ...]]) -> int:
    sample(*cases["app"])  # compiles the bytecode, not counted
    counts = {name: instructions(valgrind, *case) for name, case in cases.items()}
    bare = counts["bare window"]
    print(f"\n{'case':<16}{'instructions':>16}{'ratio':>8}")
    for name, count in counts.items():
        print(f"{name:<16}{count / 1e6:>15.1f}M{count / bare:>7.2f}x")
    print(f"\n(the target is time, at most {TIME_RATIO_TARGET}x bare; the count moves with it)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions instead (valgrind)"
    )
    args = parser.parse_args()
    valgrind = shutil.which("valgrind")
    if args.instructions and valgrind is None:
        print("startup: --instructions needs valgrind (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh"
        print("preparing ten years of journal entries...", flush=True)
        decade = prepare_data(Path(tmp) / "decade", years=10)
        prepare_data(fresh, years=0)
        cases = {
            "bare window": (BARE,),
            "app": (APP, str(fresh)),
            "app, 10 years": (APP, str(decade)),
        }
        if args.instructions:
            assert valgrind is not None
            return count_instructions(valgrind, cases)
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
        sample(BARE)  # warm the disk cache once, not counted
        sample(APP, str(fresh))
        for _ in range(args.runs):  # interleaved, so drift affects every case alike
            for name, case in cases.items():
                results[name].append(sample(*case))
    bare = results["bare window"]
    print(
        f"\nmedian of {args.runs} runs "
        f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')})"
    )
    print(
        f"{'case':<16}{'time':>9}{'ratio':>8}{'cpu':>9}{'ratio':>8}{'peak MB':>10}{'extra MB':>10}"
    )
    failed = False
    for name, runs in results.items():
        seconds = statistics.median(t for t, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        mem = statistics.median(m for _, _, m in runs)
        ratio = statistics.median(t / b[0] for (t, _, _), b in zip(runs, bare, strict=True))
        cpu_ratio = statistics.median(c / b[1] for (_, c, _), b in zip(runs, bare, strict=True))
        extra = mem - statistics.median(m for _, _, m in bare)
        print(
            f"{name:<16}{seconds:>8.3f}s{ratio:>7.2f}x{cpu:>8.3f}s{cpu_ratio:>7.2f}x"
            f"{mem:>10.1f}{extra:>+10.1f}"
        )
        if name != "bare window" and (ratio > TIME_RATIO_TARGET or extra > EXTRA_MB_TARGET):
            failed = True
    verdict = "FAIL" if failed else "PASS"
    print(
        f"\ntargets: time <= {TIME_RATIO_TARGET}x bare, memory <= bare + {EXTRA_MB_TARGET:.0f} MB"
        f": {verdict}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
