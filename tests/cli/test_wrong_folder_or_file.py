"""A folder or file that is not what a command takes is one line and exit 2; a file it
was asked to check that has problems says what happened first, then each problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.app import main
from companion.core.shared.resources import resource_dir


def test_content_check_of_a_folder_that_is_no_content_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`content check /proc` read each process's folder as a language: 943 lines, exit 1."""
    for name in ("1", "2", "self"):
        (tmp_path / name).mkdir()
    assert main(["content", "check", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err == f"content check: {tmp_path}: is not a content folder: it has no 'en' folder in it\n"
    )
    assert main(["content", "check", str(tmp_path / "1" / "missing")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_content_check_says_how_many_problems_before_naming_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(resource_dir("content"), content)
    (content / "en" / "language.toml").write_text("x =", encoding="utf-8")
    assert main(["content", "check", str(content)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("content check: ") and "problem(s) found:" in lines[0]
    assert any("language.toml" in line for line in lines[1:])


@pytest.mark.parametrize("language", ["en", "es"])
def test_check_validate_of_a_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    """It printed a heading and the reason under it: two lines for one wrong argument."""
    assert main(["check", "--language", language, "validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{tmp_path}: cannot be read" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "a", "--data-dir", "b", "--self-test"],
        ["--page", "home", "--page", "timers", "--self-test"],
        ["--data-dir", "a", "--data-dir", "b", "journal", "summary"],
        ["journal", "summary", "--data-dir", "a", "--data-dir", "b"],
    ],
)
def test_an_option_given_twice_is_refused_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    """The last one won without a word: a script adding its own --data-dir to one passed
    in wrote to another folder than the person named."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "en")
    try:
        status = main(argv)
    except SystemExit as stopped:  # the window's options stop the program at once
        status = stopped.code
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is given twice; please give it once." in err
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
