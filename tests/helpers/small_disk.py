"""Run a command on a real small (or read-only) disk: a tmpfs in a private mount
namespace (`unshare`), so no privileges are needed and nothing outlives the command."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.core.shared import atomic_file
from companion.core.shared.app_state import JOURNAL, AppState

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


def entry_the_full_disk_refuses(
    state: AppState, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], None]:
    """A journal entry saved while the disk is full: kept in memory only, the banner up.
    Returns what gives the disk room again (restore it before the test ends: a window
    with unsaved changes asks before it closes)."""
    real_replace = os.replace

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", disk_full)
    state.store.partitioned(JOURNAL, "time").insert(
        {"time": state.now().isoformat(), "pain_now": 4}
    )
    return lambda: monkeypatch.setattr(atomic_file.os, "replace", real_replace)
