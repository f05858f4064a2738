"""Run a command on a real small (or read-only) disk: a tmpfs in a private mount
namespace (`unshare`), so no privileges are needed and nothing outlives the command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def can_mount() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def run_on_small_disk(
    folder: Path, args: list[str], *, size_kb: int, read_only: bool = False
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Copy the data folder `folder` onto a `size_kb` disk and run the app there with
    `args` (after --data-dir). Returns the result and a copy of the folder afterwards."""
    if not can_mount():
        pytest.skip("this system does not allow a private tmpfs (unshare -rm)")
    disk = folder.parent / "disk"
    after = folder.parent / "after"
    disk.mkdir()
    script = (
        'mount -t tmpfs -o size="$SIZE"k tmpfs "$DISK" && cp -a "$DATA" "$DISK/data" '
        '&& { [ "$RO" = 0 ] || mount -o remount,ro "$DISK"; } '
        '&& { "$PYTHON" -m companion --data-dir "$DISK/data" "$@"; code=$?; '
        'cp -a "$DISK/data" "$AFTER"; exit $code; }'
    )
    env = {
        **os.environ,
        "SIZE": str(size_kb),
        "DISK": str(disk),
        "DATA": str(folder),
        "AFTER": str(after),
        "RO": "1" if read_only else "0",
        "PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return result, after
