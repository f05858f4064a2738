"""An empty FILE on the command line ("", a script's unset variable) is refused in one
line, not read as "." (the folder the command runs in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.app import main
from companion.cli.commands import run_subcommand
from companion.cli.options import DATA_DIR_ENV, parse_options
from companion.core.shared.settings import SettingsStore

COMMANDS = [
    ("journal", ["report", "--out", ""], "journal report: --out"),
    ("journal", ["export", "--out", ""], "journal export: --out"),
    ("journal", ["import", ""], "journal import: FILE"),
    ("kiosk", ["check", ""], "kiosk check: FILE"),
    ("check", ["validate", ""], "check validate: CASES.toml"),
    ("check", ["evaluate", ""], "check evaluate: ANSWERS.json"),
]


@pytest.mark.parametrize(("name", "argv", "prog"), COMMANDS)
def test_an_empty_file_name_is_refused_in_one_line(
    name: str,
    argv: list[str],
    prog: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before: `journal report --out ""` said ". is a folder", `kiosk check ""` read the
    folder and exited 1, `check evaluate ""` said "cannot read : Is a directory"."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "en")
    status = run_subcommand(name, argv, tmp_path / "data")
    printed = capsys.readouterr()
    assert status == 2
    assert printed.err == (
        f'thigh-pain-companion {prog} needs a file name, but the one given is empty ("").\n'
    )
    assert not printed.out
    assert sorted(path.name for path in tmp_path.iterdir()) == []  # nothing written here


def test_the_line_is_in_the_system_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "es")
    assert run_subcommand("journal", ["import", ""], tmp_path) == 2
    assert capsys.readouterr().err == (
        "thigh-pain-companion journal import: FILE necesita un nombre de archivo, pero el "
        'que se dio está vacío ("").\n'
    )


def test_an_empty_kiosk_config_is_refused_and_a_file_left_out_is_still_allowed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `--kiosk-config ""` started the kiosk with the folder "." as its file."""
    monkeypatch.setenv("LANGUAGE", "en")
    with pytest.raises(SystemExit) as stopped:
        parse_options(["--kiosk-config", ""])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        'thigh-pain-companion: --kiosk-config needs a file name, but the one given is empty ("").\n'
    )
    assert parse_options([]).kiosk_config is None


SPANISH = 'necesita un nombre de archivo, pero el que se dio está vacío ("").\n'

# The same empty FILE with `--language es` before the command's name, right after it,
# and at the very end of the line.
ASKED_IN_SPANISH = [
    (["--language", "es", "journal", "export", "--out", ""], "journal export: --out"),
    (["journal", "--language", "es", "import", ""], "journal import: FILE"),
    (["journal", "report", "--out", "", "--language", "es"], "journal report: --out"),
    (["journal", "import", "", "--language=es"], "journal import: FILE"),
    (["--language", "es", "check", "validate", ""], "check validate: CASES.toml"),
    (["check", "evaluate", "", "--language", "es"], "check evaluate: ANSWERS.json"),
    (["--kiosk-config", "", "--language", "es"], "--kiosk-config"),
    (["--language", "es", "--kiosk-config", ""], "--kiosk-config"),
]


@pytest.mark.parametrize(("argv", "what"), ASKED_IN_SPANISH)
def test_the_line_follows_the_language_asked_for_before_or_after(
    argv: list[str],
    what: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before: on an English system the line was English whatever `--language` said:
    "--out needs a file name, but the one given is empty"."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    try:
        status = main(argv)
    except SystemExit as stopped:  # the window's options end the program themselves
        status = stopped.code
    printed = capsys.readouterr()
    assert status == 2
    assert printed.err == f"thigh-pain-companion {what} {SPANISH}".replace(" --kiosk", ": --kiosk")
    assert not printed.out


def test_the_line_follows_the_language_chosen_in_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`journal` speaks the language chosen in the app's Settings; so does this line now
    (it was the system's English)."""
    monkeypatch.setenv("LANGUAGE", "en")
    data = tmp_path / "data"
    data.mkdir()
    SettingsStore.open(data).update(language="es")
    assert main(["--data-dir", str(data), "journal", "export", "--out", ""]) == 2
    assert capsys.readouterr().err == f"thigh-pain-companion journal export: --out {SPANISH}"
    assert main(["--data-dir", str(data), "journal", "export", "--out", "", "--language", "en"])
    assert capsys.readouterr().err == (
        "thigh-pain-companion journal export: --out needs a file name, but the one given is "
        'empty ("").\n'
    )
