"""A data folder whose name no system can use is one line and exit 2 for every journal
command, and nothing is made: a part longer than 255 bytes under a folder not made yet
made `import` exit 1 after making the folders above it (and `summary` exit 0 with an
empty journal), and a name that is not UTF-8 made `import` exit 1 (`summary` exit 0)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.app import main
from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv

TOO_LONG = (
    "Its name, or the name of a folder in it, is too long for this computer. Please "
    "choose a shorter name."
)
NOT_TEXT = "Its name holds letters that are not stored as plain text (not UTF-8)"
COMMANDS = {
    "import": ["journal", "import", "--yes", "{file}"],
    "summary": ["journal", "summary"],
    "export": ["journal", "export"],
    "report": ["journal", "report", "--out", "{base}/r.pdf"],
}


def _entries(base: Path) -> Path:
    source = base / "e.csv"
    entry = parse_entry({"time": "2026-03-09T08:30:00+01:00", "pain_now": 3, "level": "none"})
    source.write_text(export_csv([entry]), encoding="utf-8")
    return source


def _run(command: str, folder: Path, base: Path) -> int:
    file = _entries(base)
    args = [a.format(file=file, base=base) for a in COMMANDS[command]]
    return main(["--data-dir", str(folder), *args])


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    ("name", "said"),
    [
        (lambda base: base / "new" / ("a" * 300), TOO_LONG),
        (lambda base: base / ("a" * 5000), TOO_LONG),
        (lambda base: Path(os.fsdecode(os.fsencode(base) + b"/\xff\xfe")), NOT_TEXT),
    ],
    ids=["long part under a new folder", "5000 letters", "not UTF-8"],
)
def test_an_unusable_folder_name_is_exit_2_and_one_line_and_nothing_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name, said: str
) -> None:
    folder = name(tmp_path)
    assert _run(command, folder, tmp_path) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("The data folder ")
    assert said in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv"]  # nothing made


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(1, 400), st.sampled_from(["a", "é", "日"]))
def test_a_part_of_any_length_is_used_or_refused_by_its_bytes(
    tmp_path: Path, length: int, letter: str
) -> None:
    """Up to 255 bytes a part is made and the journal takes the entry (exit 0); longer,
    exit 2 and nothing made."""
    base = Path(tmp_path) / f"run{length}{ord(letter)}"
    base.mkdir()
    folder = base / "new" / (letter * length)
    fits = len((letter * length).encode()) <= 255
    assert _run("import", folder, base) == (0 if fits else 2)
    assert (base / "new").exists() == fits
