"""Tests of what happens when the system refuses a write, run even where it would not.

CI runs as root, and root may write into any folder: a test that makes a folder
read-only and expects the app to be refused would have nothing to test. Rather than
skipping there, such a test runs itself once more in a child pytest whose root has lost
the powers that override folder permissions (dropped from its capability bounding set by
`setpriv`, which util-linux brings to every Debian system), and passes or fails with it.

    def test_something(request: pytest.FixtureRequest) -> None:
        if overrides_permissions():
            assert_passes_where_permissions_bind(request)
            return
        ...  # the test itself, where a read-only folder is refused
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Linux capability bits (linux/capability.h): overriding write and search permissions.
CAP_DAC_OVERRIDE = 1
CAP_DAC_READ_SEARCH = 2
DROPPED = "-dac_override,-dac_read_search"


def effective_capabilities(status: str) -> int | None:
    """The effective capabilities in the text of /proc/PID/status, or None without them."""
    for line in status.splitlines():
        if line.startswith("CapEff:"):
            return int(line.split()[1], 16)
    return None


def overrides_permissions() -> bool:
    """True when this process may write into a folder whose permissions forbid it."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return hasattr(os, "geteuid") and os.geteuid() == 0
    caps = effective_capabilities(status)
    if caps is None:
        return hasattr(os, "geteuid") and os.geteuid() == 0
    return bool(caps & (1 << CAP_DAC_OVERRIDE | 1 << CAP_DAC_READ_SEARCH))


def assert_passes_where_permissions_bind(request: pytest.FixtureRequest) -> None:
    """Run the calling test again in a child pytest without the powers that override folder
    permissions, and fail with its output unless it passed there (a skip is a failure)."""
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test refused writes as root"
    child = subprocess.run(
        [
            setpriv,
            "--bounding-set",
            DROPPED,
            "--",
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rA",
            request.node.nodeid,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = child.stdout + child.stderr
    assert child.returncode == 0, output
    assert "1 passed" in output and "skipped" not in output, output
