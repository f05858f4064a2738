"""The check's command line, run in this process under its older name or as a script would."""

from __future__ import annotations

import os
import subprocess
import sys

from companion.cli.check import check_command


def triage_command(argv: list[str]) -> int:
    """The command under its older name, as scripts written before "check" call it."""
    return check_command(argv, name="triage")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
        env={**os.environ},
    )
