"""A data folder whose store.json is gone (deleted by hand or by a clean-up tool, or a
folder in its place) still holds the journal the app reads: the commands that only read
it say so too, never "no data yet", and `--self-test` does not pass."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers.journal_cli import make_folder, run


def _gone(folder: Path, how: str) -> Path:
    make_folder(folder)
    (folder / "store.json").unlink()
    if how == "a folder in its place":
        (folder / "store.json").mkdir()
    return folder


@pytest.mark.parametrize("how", ["deleted", "a folder in its place"])
def test_the_commands_read_the_journal_when_store_json_is_gone(tmp_path: Path, how: str) -> None:
    data = _gone(tmp_path / "data", how)
    before = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
    exported = run("--data-dir", str(data), "journal", "export", "--format", "json")
    assert len(json.loads(exported.stdout)["entries"]) == 3
    assert "no Thigh Pain Companion data" not in exported.stderr
    summary = run("--data-dir", str(data), "journal", "summary", "--json")
    assert json.loads(summary.stdout)["counts"]["entries"] == 3
    target = tmp_path / "report.pdf"
    report = run("--data-dir", str(data), "journal", "report", "--out", str(target))
    assert "no Thigh Pain Companion data" not in report.stderr and target.is_file()
    assert sorted(p.relative_to(data).as_posix() for p in data.rglob("*")) == before


def test_the_self_test_says_store_json_is_missing(tmp_path: Path) -> None:
    data = _gone(tmp_path / "data", "deleted")
    result = run("--data-dir", str(data), "--self-test")
    assert result.returncode == 1 and "self-test passed" not in result.stdout
    assert "store.json: missing, though 1 data file(s) are here" in result.stdout
    assert not (data / "store.json").exists()
    shutil.rmtree(data / "journal")  # only the settings left: nothing is missing
    assert "store.json: missing" not in run("--data-dir", str(data), "--self-test").stdout
