"""A path of any length named on the command line: each command's error is one line a
person can read, that still names the file. A 100 KB path made a 100 KB line."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.app import main
from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv
from companion.core.shared.content import PATH_END, PATH_MOST, PATH_START

ENTRY = parse_entry(
    {"time": "2026-03-09T08:30:00+01:00", "pain_now": 3, "level": "calf", "side": "left"}
)
WORDS_MOST = 200  # the sentence around the path, in any language

COMMANDS = {
    # A data folder under a file (so it cannot be made), asked to take an import of one entry.
    "data folder": lambda path, base: ["--data-dir", path, "journal", "import", base + "/e.csv"],
    "data folder after": lambda path, base: [
        "journal",
        "import",
        base + "/e.csv",
        "--data-dir",
        path,
    ],
    "import": lambda path, base: ["--data-dir", base + "/data", "journal", "import", path + ".csv"],
    "export": lambda path, base: [
        "--data-dir",
        base + "/data",
        "journal",
        "export",
        "--out",
        path + ".csv",
    ],
    "report": lambda path, base: [
        "--data-dir",
        base + "/data",
        "journal",
        "report",
        "--out",
        path + ".pdf",
    ],
    "check": lambda path, base: ["check", "evaluate", path + ".json"],
    "content": lambda path, base: ["content", "check", path],
    "kiosk": lambda path, base: ["kiosk", "check", path + ".toml"],
}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(sorted(COMMANDS)),
    depth=st.integers(min_value=0, max_value=110_000),
    name=st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_0123456789", min_size=1, max_size=240),
)
@example(command="data folder", depth=100_000, name="last-part")
@example(command="import", depth=100_000, name="notes")
@example(command="content", depth=PATH_MOST, name="x")
@example(command="content", depth=4008, name="0")  # quoted whole: no ending added
def test_an_error_quoting_a_path_of_any_length_is_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, depth: int, name: str
) -> None:
    base = Path(tempfile.mkdtemp(dir=tmp_path))  # one for each example: nothing left over
    (base / "a-file").write_text("not a folder", encoding="utf-8")
    (base / "e.csv").write_text(export_csv([ENTRY]), encoding="utf-8", newline="")
    under = "a-file" if command.startswith("data folder") else "missing"
    path = str(base / under) + "/" + "abc/" * (depth // 4) + name
    capsys.readouterr()
    assert main(COMMANDS[command](path, str(base))) != 0
    said = capsys.readouterr()
    lines = (said.err + said.out).splitlines()
    ending = 0 if command == "content" else 5  # `content check` takes the path as it is
    whole = len(path) + ending <= PATH_MOST  # a path the system could open (with its ending)
    shown_most = len(path) + ending if whole else PATH_START + 1 + PATH_END
    assert lines and all(len(line) <= shown_most + WORDS_MOST for line in lines), [
        len(line) for line in lines
    ]
    assert any(name in line and len(line) > len(name) for line in lines)
    if whole:  # quoted whole
        assert any(path in line for line in lines)
