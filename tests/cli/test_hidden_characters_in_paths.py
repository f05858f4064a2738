"""A file named on the command line whose name holds a new line, an escape code, a
right-to-left override or a byte that is not UTF-8 (Linux allows them all): each error
that names it stays the lines it always is, and shows those characters as escapes
rather than breaking the line, recolouring the terminal or turning the text around."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.app import Running, main, start
from companion.cli.options import parse_options
from companion.core.shared.content import NOT_SHOWN, hidden_escaped
from companion.ui.shell import start_failure
from tests.helpers.kiosk_files import write_config

# A new line, a terminal colour, U+202E (right-to-left override), and a byte that is not
# UTF-8 (Python names it with a lone surrogate, as every program reading the name does).
HOSTILE = ["\n", "\x1b[31m", "\u202e", os.fsdecode(b"\xff"), "\r", "\t"]
PLAIN = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), max_size=12
)
NAMES = st.builds(lambda a, hostile, b: a + hostile + b, PLAIN, st.sampled_from(HOSTILE), PLAIN)

Setup = Callable[[Path, str], list[str]]


def _file(base: Path, name: str, text: str) -> str:
    path = base / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _folder(base: Path, name: str) -> str:
    path = base / name
    path.mkdir()
    return str(path)


# Each command, given a file named `name` in `base`: its words, and the exit status and
# the number of lines on standard error it always answers with.
COMMANDS: dict[str, tuple[Setup, int, int]] = {
    "journal import, not an export": (
        lambda base, name: ["journal", "import", _file(base, name + ".csv", "not,a\ncsv\n")],
        2,
        1,
    ),
    "journal import, missing": (
        lambda base, name: ["journal", "import", str(base / (name + ".csv"))],
        2,
        1,
    ),
    "journal report, not a PDF": (
        lambda base, name: ["journal", "report", "--out", str(base / (name + ".txt"))],
        2,
        1,
    ),
    "journal report, no such folder": (
        lambda base, name: ["journal", "report", "--out", str(base / name / "r.pdf")],
        2,
        1,
    ),
    "journal export, a folder": (
        lambda base, name: ["journal", "export", "--out", _folder(base, name)],
        2,
        1,
    ),
    "data folder, a file": (
        lambda base, name: ["--data-dir", _file(base, name, "x"), "journal", "summary"],
        2,
        1,
    ),
    "data folder after, a file": (
        lambda base, name: ["journal", "summary", "--data-dir", _file(base, name, "x")],
        2,
        1,
    ),
    "check evaluate, not an object": (
        lambda base, name: ["check", "evaluate", _file(base, name + ".json", "[1]")],
        2,
        1,
    ),
    "check evaluate, missing": (
        lambda base, name: ["check", "evaluate", str(base / (name + ".json"))],
        2,
        1,
    ),
    # One problem is said on the heading's line (validate); kiosk check says what it found
    # first, then each problem in the file; a FILE not there is a wrong argument.
    "check validate, not TOML": (
        lambda base, name: ["check", "validate", _file(base, name + ".toml", "x =")],
        2,
        1,
    ),
    "kiosk check, not TOML": (
        lambda base, name: ["kiosk", "check", _file(base, name + ".toml", "x =")],
        1,
        2,
    ),
    "kiosk check, missing": (
        lambda base, name: ["kiosk", "check", str(base / (name + ".toml"))],
        2,
        1,
    ),
}


def _no_hidden_characters(text: str) -> bool:
    return all(re.search(NOT_SHOWN, line) is None for line in text.splitlines())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=st.sampled_from(sorted(COMMANDS)), name=NAMES)
@example(command="kiosk check, not TOML", name="a\nb\x1b[31mc\u202ed")
@example(command="check validate, not TOML", name="a\nb\x1b[31mc\u202ed")
@example(command="check evaluate, missing", name="a\nb\x1b[31mc\u202ed")
@example(command="check evaluate, not an object", name=os.fsdecode(b"bad\xffname"))
def test_an_error_naming_a_file_shows_its_hidden_characters_as_escapes(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
) -> None:
    """Before: `kiosk check`, `check validate` and `check evaluate` printed the name as it
    is: a new line in it broke the line in two, "\\x1b[31m" turned the terminal red (or,
    in `check`, a new line and U+202E stayed), and a name that is not UTF-8 printed a
    lone surrogate."""
    monkeypatch.setenv("LANGUAGE", "en")
    base = Path(tempfile.mkdtemp(dir=tmp_path))  # one for each example: nothing left over
    monkeypatch.chdir(base)
    setup, status, lines = COMMANDS[command]
    argv = setup(base, name)
    if "--data-dir" not in argv:
        argv = ["--data-dir", str(base / "data"), *argv]
    capsys.readouterr()
    assert main(argv) == status
    said = capsys.readouterr()
    assert len(said.err.splitlines()) == lines, said.err
    assert said.err.endswith("\n")
    assert _no_hidden_characters(said.err), said.err
    assert _no_hidden_characters(said.out), said.out
    assert hidden_escaped(name) in said.err  # it still names the file


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=NAMES)
@example(name="kiosk\n\x1b[31m\u202e")
def test_a_broken_kiosk_config_named_with_hidden_characters_says_so_in_escapes(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    """`--kiosk-config FILE` with a problem in the file: the box and the terminal name it
    with escapes. Before: the name as it is, a new line in it making two lines."""
    monkeypatch.setenv("LANGUAGE", "en")
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    config = _file(base, name + ".toml", "x =")
    shown: list[str] = []
    monkeypatch.setattr(start_failure, "show_start_failure", lambda _t, text: shown.append(text))
    capsys.readouterr()
    running = start(parse_options(["--kiosk-config", config]))
    assert not isinstance(running, Running)
    assert running == 2
    err = capsys.readouterr().err
    # The heading, and one line for the one problem (the file is not TOML).
    assert len(err.splitlines()) == 2, err
    assert _no_hidden_characters(err), err
    assert hidden_escaped(name) in err
    assert len(shown) == 1 and _no_hidden_characters(shown[0])


def test_kiosk_check_and_where_show_a_folder_with_hidden_characters_in_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary of a good file, and the places `kiosk where` and a `kiosk check`
    without a file list (a folder of $XDG_CONFIG_DIRS), printed the path as it is: a new
    line in it made two lines, "\\x1b[31m" turned the terminal red."""
    hostile = "clinic\n\x1b[31m\u202e"
    folder = tmp_path / hostile / "thigh-pain-companion"
    missing = tmp_path / (hostile + "-none")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{missing}:{tmp_path / hostile}")
    assert main(["kiosk", "check"]) == 1  # nothing there yet: it lists where it looked
    nothing = capsys.readouterr()
    folder.mkdir(parents=True)
    path = write_config(folder)
    assert main(["kiosk", "check", str(path)]) == 0
    summary = capsys.readouterr()
    assert main(["kiosk", "where"]) == 0
    where = capsys.readouterr()
    for said in (nothing, summary, where):
        assert _no_hidden_characters(said.out + said.err), said
    assert f"kiosk check: {hidden_escaped(str(path))}\n" in summary.out
    assert where.out.splitlines() == [
        hidden_escaped(str(missing / "thigh-pain-companion" / "kiosk.toml")),
        hidden_escaped(str(path)),
    ]
    assert where.err == f"The first of these that exists is used: now {hidden_escaped(str(path))}\n"
    assert len(nothing.err.splitlines()) == 4  # the heading, two places, how to name one
