"""A journal command on a data folder with a damaged year file or settings file: the
commands that only read change no file and say which one they could not use; `import`,
which must save, says where it set a file aside, and the app and `--self-test` keep
telling until the person deals with it in the app."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.shared.app_state import AppState
from tests.helpers.journal_cli import make_folder, run

SETTINGS_CUT = b'{"schema_version": 1, "emergency_number": "061", "language": "es"'


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with three entries in this year's file, that file cut short (a crash or
    a sync), and the settings cut short too."""
    data = tmp_path / "data"
    make_folder(data)
    year = data / "journal" / f"{datetime.now().year}.json"
    year.write_bytes(year.read_bytes()[:-5])
    (data / "settings.json").write_bytes(SETTINGS_CUT)
    return data, year


@pytest.mark.parametrize(
    "command",
    [
        ("journal", "export", "--format", "csv", "--out", "{out}/backup.csv"),
        ("journal", "export", "--format", "json"),
        ("journal", "summary"),
        ("journal", "summary", "--json"),
        ("journal", "report", "--out", "{out}/report.pdf"),
    ],
)
def test_a_command_that_only_reads_changes_no_file_and_names_each_one_it_left(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    data, year = _damaged(tmp_path)
    before = _files(data)
    args = [word.replace("{out}", str(tmp_path)) for word in command]
    result = run("--data-dir", str(data), *args)
    assert _files(data) == before  # nothing moved, renamed or written
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    for damaged in (year, data / "settings.json"):
        said = [line for line in lines if str(damaged) in line]
        assert len(said) == 1, result.stderr
        assert "left as it is" in said[0] and "Open the app" in said[0]


def test_a_settings_value_that_is_not_valid_is_left_too(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_folder(data)
    settings = data / "settings.json"
    settings.write_text(json.dumps({"schema_version": 1, "text_scale": "huge"}))
    before = _files(data)
    result = run("--data-dir", str(data), "journal", "summary")
    assert _files(data) == before  # no settings.rejected-… copy, no rewrite
    assert result.returncode == 1
    assert f"Some settings in {settings} could not be used" in result.stderr


def test_an_import_that_sets_a_year_aside_says_so_and_the_app_tells_until_dealt_with(
    tmp_path: Path,
) -> None:
    data, year = _damaged(tmp_path)
    listing = tmp_path / "one.csv"
    make_folder(tmp_path / "other", days=1)
    exported = run("--data-dir", str(tmp_path / "other"), "journal", "export")
    listing.write_text(exported.stdout, encoding="utf-8")

    result = run("--data-dir", str(data), "journal", "import", str(listing))
    assert result.returncode == 1, result.stderr
    kept = list(year.parent.glob(f"{year.stem}.broken-*.json"))
    assert len(kept) == 1
    assert f"{year} could not be read, so it was set aside as {kept[0]}" in result.stderr
    assert (data / "settings.json").read_bytes() == SETTINGS_CUT  # not the import's to move
    assert "Added 1 entry" in result.stdout

    test = run("--data-dir", str(data), "--self-test")
    assert test.returncode == 1 and "self-test passed" not in test.stdout
    assert f"journal/{year.name}, kept as journal/{kept[0].name}" in test.stdout

    for _start in range(2):  # told at every start, not only the first
        problems = AppState.open(data, writes="store").store.problems
        assert [(p.path, p.moved_to) for p in problems] == [(year, kept[0])]
        assert "could not be read" not in problems[0].message  # the app's own words
        assert "set it aside" in problems[0].message
    state = AppState.open(data)
    state.store.dismiss(state.store.problems[0])  # "Carry on without it"
    assert AppState.open(data).store.problems == []
    assert "set aside, not shown yet" not in run("--data-dir", str(data), "--self-test").stdout
