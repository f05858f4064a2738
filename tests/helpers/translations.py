"""The interface's translations as the app loads them, built fresh from the .ts files."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@cache
def build_translations() -> None:
    """Build the .qm files from the committed .ts files, once per test run, so the tests
    never read a .qm older than its .ts."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build"],
        check=True,
    )
