"""Whether a data folder holds any of the app's own files: the app's names at the top of
the folder, never what is inside its folders (a command asks this before every read)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.app_state import app_entries, holds_app_data

# The app's names, its locks, the half-written files of those, and the person's own.
_NAMES = [
    "settings.json",
    "settings.broken-20260101-120000.json",
    "window.json",
    "raise-request",
    "app.lock",
    "app.lock.rmlock",
    "store.json",
    "checks.json",
    "timers.json",
    "journal",
    "events",
    "backups",
    ".settings.json.0123456789abcdef.tmp",
    ".app.lock.0123456789abcdef.tmp",
    "notes.txt",
    "Photos",
    ".bashrc",
]


def _as_before(folder: Path) -> bool:
    """The answer as it was read from `app_entries` (every app folder walked)."""
    return any(
        entry.parent == folder
        and entry.name not in ("app.lock", "app.lock.rmlock", "raise-request")
        for entry in app_entries(folder)
    )


@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.booleans()), max_size=6))
def test_the_answer_is_the_one_app_entries_gives(entries: list[tuple[str, bool]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for entry, is_folder in entries:
            path = folder / entry
            if path.exists():
                continue
            if is_folder:
                (path / "inside").mkdir(parents=True)
                (path / "inside" / "settings.json").write_text("{}")
            else:
                path.write_text("{}")
        assert holds_app_data(folder) == _as_before(folder)


def test_a_folder_not_there_holds_none(tmp_path: Path) -> None:
    assert not holds_app_data(tmp_path / "missing")
    (tmp_path / "a file").write_text("")
    assert not holds_app_data(tmp_path / "a file")


def test_the_app_folders_are_never_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journal" / "2026").mkdir(parents=True)
    (tmp_path / "backups" / "2026-01-01").mkdir(parents=True)

    def no_walk(*args: object, **kwargs: object) -> None:
        raise AssertionError("walked into a folder")

    monkeypatch.setattr(os, "walk", no_walk)
    assert holds_app_data(tmp_path)
    (tmp_path / "journal" / "2026").rmdir()
    (tmp_path / "journal").rmdir()
    (tmp_path / "backups" / "2026-01-01").rmdir()
    (tmp_path / "backups").rmdir()
    (tmp_path / "app.lock").write_text("")
    assert not holds_app_data(tmp_path)  # a running copy's lock is no data
