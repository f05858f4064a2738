"""Bundle benchmark: the PyInstaller bundle's size, and its start-up time against source.

    python tests/bench/bundle.py [--bundle DIR] [--runs N]

Build the bundle first (`python packaging/build.py`). Each sample is a fresh process,
timed from just before it starts until it exits, for two commands run the same way from
the bundle and from source (`python -m companion`):

- `--version`: the interpreter and the app's command line, without Qt;
- `--self-test`: Qt starts offscreen, all content is loaded and checked, every page is
  built and painted, and the process exits (a start-up plus a walk through the app).

The start-up of a window from source is measured by tests/bench/startup.py. Target
(issue: packaged installer): the bundle starts about as fast as from source; exit code 1
when the bundle's median self-test takes more than 1.5x the source's.

Not a timed unit test: it is run by hand (or by a benchmark job), never by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "thigh-pain-companion"
RATIO_TARGET = 1.5


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def sample(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # source runs from compiled bytecode, as installed
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, timeout=300, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    executable = args.bundle / NAME
    if not executable.is_file():
        print(f"no bundle at {args.bundle}; run: python packaging/build.py", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data:
        runners = {
            "bundle": [str(executable)],
            "source": [sys.executable, "-m", "companion"],
        }
        commands = {
            "--version": ["--version"],
            "--self-test": ["--self-test", "--data-dir", data],
        }
        cases = {
            (who, what): [*runner, *extra]
            for what, extra in commands.items()
            for who, runner in runners.items()
        }
        for command in cases.values():  # warm the disk cache and bytecode once, not counted
            sample(command)
        results: dict[tuple[str, str], list[float]] = {case: [] for case in cases}
        for _ in range(args.runs):  # interleaved, so drift affects every case alike
            for case, command in cases.items():
                results[case].append(sample(command))
    medians = {case: statistics.median(times) for case, times in results.items()}

    size = folder_size(args.bundle)
    debs = sorted(args.bundle.parent.glob(f"{NAME}_*.deb"))
    print(f"\nbundle: {args.bundle} ({size / 1e6:.0f} MB on disk)")
    for deb in debs:
        print(f"package: {deb.name} ({deb.stat().st_size / 1e6:.0f} MB)")
    print(f"\nmedian of {args.runs} runs (QT_QPA_PLATFORM=offscreen)")
    print(f"{'command':<14}{'bundle':>10}{'source':>10}{'ratio':>8}")
    for what in commands:
        bundle, source = medians[("bundle", what)], medians[("source", what)]
        print(f"{what:<14}{bundle:>9.3f}s{source:>9.3f}s{bundle / source:>7.2f}x")
    ratio = medians[("bundle", "--self-test")] / medians[("source", "--self-test")]
    verdict = "PASS" if ratio <= RATIO_TARGET else "FAIL"
    print(f"\ntarget: bundle self-test <= {RATIO_TARGET}x source: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
