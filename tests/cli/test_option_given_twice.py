"""`--data-dir` or `--language` given twice on one line is refused, one line and exit 2,
wherever the two stand: before a command's name and after it, or twice after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.app import main
from companion.core.shared.app_state import JOURNAL, AppState
from tests.cli.test_journal_summary import make_week
from tests.helpers.journal_cli import make_folder
from tests.helpers.journal_days import WEEK_UP

TWICE = {"en": "is given twice; please give it once.", "es": "aparece dos veces"}


def entries(folder: Path) -> int:
    return len(AppState.open(folder).store.partitioned(JOURNAL, "time").all())


def refused(
    argv: list[str], capsys: pytest.CaptureFixture[str], option: str, language: str = "en"
) -> None:
    capsys.readouterr()
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert TWICE[language] in captured.err and option in captured.err, captured.err


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")


def test_a_data_folder_before_and_after_import_adds_to_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--data-dir A journal import --yes imp.csv --data-dir B` added the entries to B,
    exit 0: a script that puts its own --data-dir in front wrote to another folder."""
    source, a, b = tmp_path / "source", tmp_path / "a", tmp_path / "b"
    make_folder(source)
    imp = tmp_path / "imp.csv"
    assert main(["--data-dir", str(source), "journal", "export", "--out", str(imp)]) == 0
    make_folder(a, days=1)
    argv = ["--data-dir", str(a), "journal", "import", "--yes", str(imp), "--data-dir", str(b)]
    refused(argv, capsys, "--data-dir")
    assert not b.exists() and entries(a) == 1


def test_a_data_folder_after_journal_and_after_export_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`journal --data-dir A export --data-dir B` read B's journal without a word."""
    a, b = tmp_path / "a", tmp_path / "b"
    make_folder(a)
    make_folder(b, days=1)
    out = tmp_path / "out.json"
    argv = ["journal", "--data-dir", str(a), "export", "--data-dir", str(b), "--out", str(out)]
    refused(argv, capsys, "--data-dir")
    assert not out.exists()


def test_a_language_before_journal_and_after_summary_is_refused_in_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--language es journal summary --language en` spoke English, exit 0."""
    make_week(tmp_path, WEEK_UP)
    argv = ["--language", "es", "journal", "summary", "--language", "en"]
    refused(["--data-dir", str(tmp_path), *argv], capsys, "--language", "es")


@pytest.mark.parametrize(
    "argv",
    [
        ["journal", "summary", "--language", "en", "--language", "es"],
        ["journal", "--language", "en", "--language", "es", "summary"],
        ["journal", "--language", "en", "summary", "--language", "es"],
        ["--language", "en", "check", "questions", "--language", "es"],
        ["check", "--language", "en", "questions", "--language=es"],
        ["check", "questions", "--language", "en", "--language", "es"],
    ],
)
def test_a_language_twice_anywhere_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    make_week(tmp_path, WEEK_UP)
    refused(["--data-dir", str(tmp_path), *argv], capsys, "--language")


def test_the_refusal_is_said_in_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    argv = ["--language", "es", "journal", "--data-dir", str(a), "summary", "--data-dir", str(b)]
    refused(argv, capsys, "--data-dir", "es")
    assert not a.exists() and not b.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["journal", "summary", "--json", "--data-dir", "DIR"],
        ["journal", "--data-dir", "DIR", "summary", "--json"],
        ["--data-dir", "DIR", "journal", "summary", "--json"],
        ["--data-dir=DIR", "journal", "summary", "--json"],
    ],
)
def test_one_data_folder_before_or_after_journal_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    mine = tmp_path / "mine"
    make_week(mine, WEEK_UP)
    capsys.readouterr()
    assert main([arg.replace("DIR", str(mine)) for arg in argv]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["entries"] == 7


@pytest.mark.parametrize(
    ("tail", "option"),
    [
        (["journal", "export", "--out", "a.csv", "--out", "b.csv"], "--out"),
        (["journal", "export", "--format", "csv", "--format", "json"], "--format"),
        (["journal", "report", "--out", "a.pdf", "--out", "b.pdf"], "--out"),
        (["check", "--content", ".", "--content", ".", "questions"], "--content"),
    ],
)
def test_any_option_of_one_value_given_twice_is_refused_and_nothing_is_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tail: list[str],
    option: str,
) -> None:
    """`journal export --out a.csv --out b.csv` wrote b.csv without a word: the rule
    was kept option by option (three of them), not by the command line's parser."""
    folder = tmp_path / "data"
    make_folder(folder)
    monkeypatch.chdir(tmp_path)
    refused(["--data-dir", str(folder), *tail], capsys, option)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
