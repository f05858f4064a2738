"""Check engine benchmark: how long the check takes to decide.

    python tests/bench/triage.py [--runs N]

Times loading the content (as the Check page does when it opens), the content check
of the triage folder (every path, the advice rules and the case stories, as `content
check` runs it), `next_question`, `evaluate` and composing the advice on complete
answer sets from random walks through the check. Target (issue:
guided check): `evaluate` well under 10 ms. Exit code 1 when the slowest evaluation
takes 10 ms or more.

Not a timed unit test: it is run by hand (or by a benchmark job), never by pytest.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from companion.core.check.advice import compose
from companion.core.check.engine import evaluate, next_question
from companion.core.check.load import load_triage
from companion.core.check.validate import check_language
from companion.core.shared.resources import resource_dir
from tests.helpers.random_answers import random_path

TARGET_MS = 10.0


def timed(call: object, *args: object) -> float:
    start = time.perf_counter()
    call(*args)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    load_ms = [timed(load_triage) for _ in range(5)]
    folder = resource_dir("content") / "en"
    check_ms = timed(lambda: list(check_language(folder)))
    content = load_triage()
    rng = random.Random(7)
    paths = [random_path(content, rng) for _ in range(args.runs)]
    # Calm paths (no warning sign) answer every question: the longest evaluations.
    paths += [p for p in (random_path(content, rng) for _ in range(args.runs * 5)) if len(p) > 25][
        : args.runs
    ]
    evaluate_ms = [timed(evaluate, content, answers) for answers in paths]
    next_ms = [timed(next_question, content, answers) for answers in paths]
    results = [evaluate(content, answers) for answers in paths]
    compose_ms = [timed(compose, content, result, "112") for result in results]
    print(f"load content: median {statistics.median(load_ms):.1f} ms")
    print(f"content check of the triage folder: {check_ms:.0f} ms")
    for name, samples in (
        ("evaluate", evaluate_ms),
        ("next_question", next_ms),
        ("compose advice", compose_ms),
    ):
        print(
            f"{name}: {len(samples)} answer sets, median {statistics.median(samples):.3f} ms, "
            f"95th {sorted(samples)[int(len(samples) * 0.95)]:.3f} ms, "
            f"max {max(samples):.3f} ms (target < {TARGET_MS:.0f} ms)"
        )
    return 0 if max(evaluate_ms) < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
