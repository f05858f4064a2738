"""`journal summary [--json]` and exporting an empty journal, run as a person would."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

from companion.core.journal.entry import parse_entry
from companion.core.journal.io import CSV_COLUMNS
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.journal_cli import damage_two, run
from tests.helpers.journal_days import WEEK_UP


def make_week(folder: Path, levels: list[str]) -> None:
    collection = AppState.open(folder).store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    for index, level in enumerate(levels):
        moment = now - timedelta(days=len(levels) - index, hours=1)
        entry = parse_entry(
            {"time": moment.isoformat(), "pain_now": 5, "level": level, "side": "left"}
        )
        collection.insert(entry.to_dict())


def test_a_week_drawing_back_up_the_leg_reads_as_an_early_retreat(tmp_path: Path) -> None:
    make_week(tmp_path, WEEK_UP)
    result = run("--data-dir", str(tmp_path), "journal", "summary", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["trend"] == "retreating" and data["early"] is True
    assert data["title"].startswith("Early sign") and "7 days" in data["text"]
    assert data["counts"]["entries"] == 7 and data["counts"]["recent"] == 7
    assert data["counts"]["earlier"] == 0 and data["insights"] == []
    text = run("--data-dir", str(tmp_path), "journal", "summary")
    assert text.returncode == 0
    assert text.stdout.splitlines()[0] == data["title"]
    assert "7 in all" in text.stdout and "What seems to help" in text.stdout


def test_the_summary_in_spanish_has_no_english_line(tmp_path: Path) -> None:
    make_week(tmp_path, WEEK_UP)
    result = run("--data-dir", str(tmp_path), "journal", "summary", "--language", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Primera señal")
    assert "Anotaciones: 7 en total; 7 en los últimos 14 días" in result.stdout
    assert "Lo que parece ayudar" in result.stdout
    assert "Entries" not in result.stdout and "in all" not in result.stdout


def test_the_data_folder_may_be_named_after_the_command_too(tmp_path: Path) -> None:
    """`journal summary --data-dir DIR` is how people type it; named twice, before the
    command and after it, it is refused (the last one won without a word)."""
    make_week(tmp_path / "mine", WEEK_UP)
    elsewhere = tmp_path / "not-this-one"
    for words in (
        ("journal", "summary", "--json", "--data-dir", str(tmp_path / "mine")),
        ("journal", "--data-dir", str(tmp_path / "mine"), "summary", "--json"),
    ):
        result = run(*words)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["counts"]["entries"] == 7, words
    words = ("--data-dir", str(elsewhere), "journal", "summary", "--data-dir", str(tmp_path))
    result = run(*words, env={"LANGUAGE": "en"})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "thigh-pain-companion journal summary: --data-dir is given twice; please give it once.\n"
    )
    assert not elsewhere.exists()


def test_an_empty_or_missing_journal_is_too_little_and_nothing_is_made(tmp_path: Path) -> None:
    missing = tmp_path / "never-made"
    result = run("--data-dir", str(missing), "journal", "summary", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["trend"] == "too_little" and data["counts"]["entries"] == 0
    assert data["title"] and data["text"] and "{" not in data["text"]
    assert not missing.exists()


def test_what_seems_to_help_shows_in_the_summary(tmp_path: Path) -> None:
    collection = AppState.open(tmp_path).store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    for d in range(12, 0, -1):
        after_ice = d % 2 == 1
        entry = parse_entry(
            {
                "time": (now - timedelta(days=d)).isoformat(),
                "pain_now": 3 if after_ice else 6,
                "level": "buttock" if after_ice else "calf",
                "side": "left",
                "done": ["ice"] if d % 2 == 0 else [],
            }
        )
        collection.insert(entry.to_dict())
    data = json.loads(run("--data-dir", str(tmp_path), "journal", "summary", "--json").stdout)
    ice = [i for i in data["insights"] if i["factor"] == "ice"]
    assert ice and ice[0]["effect"] == "better" and ice[0]["days_with"] >= 3
    assert "seems" in ice[0]["text"]


def test_exporting_an_empty_journal_writes_a_valid_empty_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    AppState.open(folder)  # a data folder with no entries yet
    out_csv, out_json = tmp_path / "j.csv", tmp_path / "j.json"
    for out in (out_csv, out_json):
        result = run("--data-dir", str(folder), "journal", "export", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "Exported 0 entries" in result.stderr
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbftime,")  # UTF-8, says its mark
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert rows == [list(CSV_COLUMNS)]
    assert json.loads(out_json.read_text(encoding="utf-8"))["entries"] == []
    exported = json.loads(out_json.read_text(encoding="utf-8"))
    assert exported["format"] == "thigh-pain-companion-journal" and exported["version"] == 1


def test_bad_input_gives_exit_2_and_one_clear_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    result = run("--data-dir", str(not_a_folder), "journal", "summary")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"The data folder {not_a_folder} is a file, not a folder."
    ]
    assert run("--data-dir", str(tmp_path), "journal", "summary", "--pdf").returncode == 2


def test_entries_that_could_not_be_read_are_said_once(tmp_path: Path) -> None:
    """Before, the summary was worked out without them, and nothing said so."""
    make_week(tmp_path / "data", ["calf", "calf", "upper_thigh"])
    damage_two(tmp_path / "data")
    for options in ((), ("--json",)):
        result = run("--data-dir", str(tmp_path / "data"), "journal", "summary", *options)
        assert result.returncode == 0
        assert result.stderr.splitlines() == [
            "2 saved entries could not be read and were left out."
        ]


def test_a_data_folder_inside_a_file_is_refused_in_the_language_asked(tmp_path: Path) -> None:
    """Before, `afile/sub` read as a folder not made yet: "the journal is empty", exit 0,
    and `export --out` wrote a file of no entries."""
    a_file = tmp_path / "afile"
    a_file.write_text("x", encoding="utf-8")
    folder = a_file / "sub"
    spanish = (
        f"La carpeta de datos {folder} está dentro de {a_file}, que es un archivo, no una carpeta."
    )
    out = tmp_path / "out"
    commands = [
        ["summary"],
        ["export", "--out", str(out / "j.csv")],
        ["report", "--out", str(out / "r.pdf")],
        ["import", str(a_file), "--yes"],
    ]
    out.mkdir()
    for command in commands:
        result = run("--data-dir", str(folder), "journal", *command, "--language", "es")
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.splitlines() == [spanish]
        assert result.stdout == ""
    system = run("--data-dir", str(folder), "journal", "summary", env={"LANGUAGE": "es"})
    assert (system.returncode, system.stderr.splitlines()) == (2, [spanish])
    english = run("--data-dir", str(folder), "journal", "export", "--language", "en")
    assert english.stderr.splitlines() == [
        f"The data folder {folder} is inside {a_file}, which is a file, not a folder."
    ]
    assert list(out.iterdir()) == [] and a_file.read_text(encoding="utf-8") == "x"
