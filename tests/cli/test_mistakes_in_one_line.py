"""A mistake on the command line (an option it does not know, a value left out, a choice
it does not have, an empty --data-dir) is one line in the person's language, exit
status 2, and nothing written. Before: argparse's English usage text, three to five
lines, even with `--language es`; and `--data-dir ""` made the folder one stood in the
data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.app import main
from companion.cli.options import parse_options

# (the command line, the start of what it says after "thigh-pain-companion")
IN_SPANISH = [
    (["--page", "nowhere"], ': --page no puede ser "nowhere". Elija uno de estos: "home",'),
    (["--frobnicate"], ": no conoce --frobnicate."),
    (["--data-dir"], ": --data-dir necesita un valor después."),
    (["--kiosk=yes"], ': --kiosk no lleva valor, pero se le dio "yes".'),
    (["journal", "export", "--format", "xml"], ' journal export: --format no puede ser "xml".'),
    (["journal", "export", "--out"], " journal export: --out necesita un valor después."),
    (["journal", "import"], " journal import: falta FILE."),
    (["journal"], ' journal: necesita una orden después de su nombre. Elija una de estas: "'),
    (["check", "decide"], ' check: "decide" no es una de sus órdenes.'),
    (["check", "evaluate"], " check evaluate: falta ANSWERS.json."),
    (["kiosk", "check", "a", "b"], " kiosk: no conoce b."),
    (["--data-dir", "", "journal", "summary"], " journal: --data-dir necesita un nombre de"),
    (["journal", "export", "--data-dir", ""], " journal: --data-dir necesita un nombre de"),
]


def _said_once(err: str, start: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("thigh-pain-companion" + start), err
    assert "usage" not in err.lower()


def _status(argv: list[str]) -> object:
    try:
        return main(argv)  # a command returns its exit status
    except SystemExit as stopped:  # the window's options stop the program
        return stopped.code


@pytest.mark.parametrize(("argv", "start"), IN_SPANISH)
def test_a_mistake_is_one_line_in_the_language_asked_for(
    argv: list[str],
    start: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    if argv[0] == "kiosk":  # it has no --language: it speaks the system's
        monkeypatch.setenv("LANGUAGE", "es")
    else:  # the system speaks English; --language asks for Spanish
        monkeypatch.setenv("LANGUAGE", "en")
        argv = ["--language", "es", *argv]
    assert _status(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _said_once(err, start)
    assert list(tmp_path.iterdir()) == []


def test_a_spanish_system_hears_the_mistake_in_spanish(tmp_path: Path) -> None:
    """LANG=es_ES.UTF-8, the app following the system: the window's own options too."""
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_ES.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--page", "nowhere"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    _said_once(result.stderr, ': --page no puede ser "nowhere".')
    helped = subprocess.run(
        [sys.executable, "-m", "companion", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert (helped.returncode, helped.stderr) == (0, "")  # argparse's own help, unbroken
    assert "--data-dir DIR" in helped.stdout
    assert list(tmp_path.iterdir()) == []


def test_an_empty_data_folder_is_refused_not_the_folder_one_stands_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `--data-dir ""` made the current folder the data folder, so an import
    wrote store.json (and its lock and log) wherever the person stood."""
    monkeypatch.setenv("LANGUAGE", "en")
    export = tmp_path / "old.json"
    export.write_text(json.dumps({"entries": []}), encoding="utf-8")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert _status(["--data-dir", "", "journal", "import", str(export), "--yes"]) == 2
    assert _status(["journal", "import", str(export), "--yes", "--data-dir="]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    line = "thigh-pain-companion journal: --data-dir needs a folder name, but the one given"
    assert err == f'{line} is empty ("").\n' * 2
    with pytest.raises(SystemExit) as stopped:  # the window and --self-test
        parse_options(["--data-dir", "", "--language", "es"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        "thigh-pain-companion: --data-dir necesita un nombre de carpeta, pero el que se dio "
        'está vacío ("").\n'
    )
    assert list(here.iterdir()) == []


def test_the_content_command_says_its_mistakes_in_one_line_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `content` alone printed "usage: thigh-pain-companion content check [DIR]"
    in English on a Spanish system, and `content check a b --language es` said it did
    not know "b --language es", as if the folder were the mistake."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "es")
    assert _status(["content"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _said_once(err, ' content: necesita una orden después de su nombre. Elija una de estas: "')
    monkeypatch.setenv("LANGUAGE", "en")  # the system speaks English; --language asks
    assert _status(["content", "check", "a", "b", "--language", "es"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "thigh-pain-companion content check: acepta una carpeta como mucho (DIR) y no "
        "tiene --language (habla inglés).\n"
    )
    assert list(tmp_path.iterdir()) == []
