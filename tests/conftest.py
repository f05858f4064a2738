"""Test setup shared by every test: Qt runs offscreen, set once here; property tests
have no time limit per example."""

import os

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A property test asserts what the code does, never how fast: with hypothesis's default
# limit (200 ms an example), one example slowed by a busy two-core machine fails a run
# whose code is right. Speed is measured by the benchmarks in tests/bench instead.
settings.register_profile("companion", deadline=None)
settings.load_profile("companion")
