"""scripts/install.sh never reinstalls the app under a copy of it that is running."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[1]


def maps_qt(pid: int) -> bool:
    """True once the process has loaded Qt's widgets (its window is being made)."""
    try:
        return "libQt6Widgets" in Path(f"/proc/{pid}/maps").read_text(encoding="utf-8")
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)")
def test_install_refuses_to_reinstall_under_a_running_app(tmp_path: Path, qtbot: QtBot) -> None:
    # A checkout whose .venv is the one this test runs in, with the app running from it.
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "install.sh", checkout / "scripts" / "install.sh")
    (checkout / ".venv").symlink_to(Path(sys.prefix))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: maps_qt(app.pid) or app.poll() is not None, timeout=60_000)
        assert app.poll() is None, "the app did not start"
        result = subprocess.run(
            ["bash", str(checkout / "scripts" / "install.sh"), "--test"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        app.terminate()
        app.wait(timeout=60)
    assert result.returncode == 1
    # Other copies running from the same .venv (another window) are named beside it.
    named = re.search(r"running from this \.venv \(process ([\d ]+)\)", result.stderr)
    assert named is not None, result.stderr
    assert str(app.pid) in named.group(1).split()
    assert "App > Quit" in result.stderr  # and how to close it
    assert "install: done" not in result.stdout
