"""The installed package finds its content and assets the same way a checkout does."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_built_wheel_carries_and_finds_content_and_assets(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path / "dist"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(site)
    assert "companion/content/en/welcome.md" in names
    assert "companion/assets/icons/app.svg" in names
    code = (
        "from companion.core.shared.resources import resource_dir\n"
        "from companion.core.shared.content import load_content\n"
        "load_content()\n"
        "print(resource_dir('content'))\n"
        "print(resource_dir('assets'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    content_dir, assets_dir = result.stdout.split()
    assert Path(content_dir) == site / "companion" / "content"
    assert Path(assets_dir) == site / "companion" / "assets"
