"""A large `journal import`: every entry checked against the journal, each year's file
saved once, and the journal's folder not listed again for each entry."""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.cli.journal import journal_command
from companion.core.journal.entry import LEVELS, Entry
from companion.core.journal.io import export_json
from companion.core.journal.store import JournalStore
from companion.core.shared import storage
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.journal_cli import make_folder

MANY = 600


def _export(path: Path, count: int) -> Path:
    """`count` entries, every few minutes until yesterday, in one year's file."""
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    start = now - timedelta(days=1)
    entries = [
        Entry(time=start - timedelta(minutes=5 * n), pain_now=n % 11, level=LEVELS[3], side="left")
        for n in range(count)
    ]
    path.write_text(export_json(entries, now), encoding="utf-8")
    return path


def test_a_large_import_saves_each_file_once_and_lists_the_folder_a_few_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each entry was checked against the journal by reading its folder again: a
    100,000-entry import listed it 100,000 times."""
    folder = tmp_path / "data"
    make_folder(folder, days=3)
    export = _export(tmp_path / "many.json", MANY)
    journal_folder = folder / JOURNAL
    listed = 0
    scandir = os.scandir
    written: Counter[Path] = Counter()
    write = storage.write_own_file

    def counting_scandir(path: object = ".") -> object:
        nonlocal listed
        listed += Path(str(path)) == journal_folder
        return scandir(path)  # type: ignore[arg-type]

    def counting_write(path: Path, data: bytes, data_folder: Path | None = None) -> None:
        written[path] += 1
        write(path, data, data_folder)

    monkeypatch.setattr(os, "scandir", counting_scandir)
    monkeypatch.setattr(storage, "write_own_file", counting_write)
    assert journal_command(["import", str(export), "--yes"], data_dir=folder) == 0
    monkeypatch.undo()

    assert listed <= 5
    year_files = [path for path in written if path.parent == journal_folder]
    assert year_files and all(written[path] == 1 for path in year_files)
    assert len(JournalStore(AppState.open(folder)).entries()) == MANY + 3


def test_importing_a_large_file_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    export = _export(tmp_path / "many.json", MANY)
    assert journal_command(["import", str(export), "--yes"], data_dir=folder) == 0
    assert journal_command(["import", str(export), "--yes"], data_dir=folder) == 0
    out = capsys.readouterr().out
    assert f"Added {MANY} entries" in out and f"{MANY} entries are already in the journal" in out
    assert len(JournalStore(AppState.open(folder)).entries()) == MANY
