"""What the commands write, run as a person would: on a terminal whose encoding lacks
the words' letters, words still print and data still comes out as its UTF-8 bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState

ASCII_TERMINAL = {"PYTHONIOENCODING": "ascii"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def spanish_notes(path: Path) -> Path:
    """An export of two entries whose notes hold "ñ" and "–"."""
    now = datetime.now().astimezone().replace(microsecond=0)
    entries = [
        parse_entry(
            {
                "time": (now - timedelta(days=day + 1)).isoformat(),
                "pain_now": day,
                "level": "calf",
                "side": "left",
                "note": f"mañana {day} – mejor",
            }
        )
        for day in range(2)
    ]
    path.write_text(export_csv(entries), encoding="utf-8", newline="")
    return path


def test_an_import_in_spanish_on_an_ascii_terminal_says_it_is_done(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    source = spanish_notes(tmp_path / "notas.csv")
    result = run(
        "--data-dir",
        str(folder),
        "journal",
        "import",
        "--yes",
        "--language",
        "es",
        str(source),
        env=ASCII_TERMINAL,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    # "Añadidas", its "ñ" written as an escape the ASCII terminal can show.
    assert result.stdout.decode("ascii").startswith("Anotaciones a\\xf1adidas al diario de ")
    notes = sorted(item.entry.note for item in JournalStore(AppState.open(folder)).entries())
    assert notes == ["mañana 0 – mejor", "mañana 1 – mejor"]


def test_an_export_to_an_ascii_terminal_is_the_files_utf8_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    imported = run(
        "--data-dir", str(folder), "journal", "import", str(spanish_notes(tmp_path / "n.csv"))
    )
    assert imported.returncode == 0, imported.stderr.decode()
    saved = tmp_path / "saved.csv"
    assert run("--data-dir", str(folder), "journal", "export", "--out", str(saved)).returncode == 0
    for kind, file in (("csv", saved), ("json", None)):
        printed = run(
            "--data-dir", str(folder), "journal", "export", "--format", kind, env=ASCII_TERMINAL
        )
        assert printed.returncode == 0, printed.stderr.decode()
        assert "mañana 0 – mejor".encode() in printed.stdout
        if file is not None:
            assert printed.stdout == file.read_bytes()


def test_the_summary_and_the_checks_json_stay_utf8_on_an_ascii_terminal(tmp_path: Path) -> None:
    summary = run(
        "--data-dir",
        str(tmp_path / "none"),
        "journal",
        "summary",
        "--json",
        "--language",
        "es",
        env=ASCII_TERMINAL,
    )
    assert summary.returncode == 0, summary.stderr.decode()
    assert (
        summary.stdout
        == run(
            "--data-dir", str(tmp_path / "none"), "journal", "summary", "--json", "--language", "es"
        ).stdout
    )
    words = run(
        "--data-dir",
        str(tmp_path / "none"),
        "journal",
        "summary",
        "--language",
        "es",
        env=ASCII_TERMINAL,
    )
    assert words.returncode == 0, words.stderr.decode()
    words.stdout.decode("ascii")  # words for people: escaped, never a crash
    questions = run("check", "--language", "es", "questions", env=ASCII_TERMINAL)
    assert questions.returncode == 0, questions.stderr.decode()
    assert "¿Cuántos años tiene?".encode() in questions.stdout


def test_the_decision_table_prints_on_an_ascii_terminal() -> None:
    table = run("check", "table", env=ASCII_TERMINAL)
    assert table.returncode == 0, table.stderr.decode()
    assert table.stderr == b""
    assert "\u2013".encode() in table.stdout  # the table's dash, as its UTF-8 bytes


CLOSED = "thigh-pain-companion {}: write error: standard output is closed"


def run_closed(*args: str, closing: str = ">&-") -> subprocess.CompletedProcess[str]:
    """The command with its standard output closed by the shell, as `command >&-`."""
    return subprocess.run(
        ["bash", "-c", f'"$@" {closing}', "bash", sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_a_closed_standard_output_is_a_write_error_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    imported = run(
        "--data-dir", str(folder), "journal", "import", str(spanish_notes(tmp_path / "n.csv"))
    )
    assert imported.returncode == 0, imported.stderr.decode()
    for args, program in (
        (("--data-dir", str(folder), "journal", "export", "--format", "csv"), "journal"),
        (("--data-dir", str(folder), "journal", "summary"), "journal"),
        (("check", "questions"), "check"),
    ):
        result = run_closed(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith(CLOSED.format(program)), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
    spanish = run_closed("check", "--language", "es", "questions")
    assert spanish.returncode == 1
    assert spanish.stderr.startswith("thigh-pain-companion check: error de escritura: ")
    both = run_closed("check", "questions", closing=">&- 2>&-")
    assert both.returncode == 1


def test_a_command_that_prints_nothing_does_not_need_standard_output(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    imported = run(
        "--data-dir", str(folder), "journal", "import", str(spanish_notes(tmp_path / "n.csv"))
    )
    assert imported.returncode == 0, imported.stderr.decode()
    out = tmp_path / "out.csv"
    result = run_closed("--data-dir", str(folder), "journal", "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"Exported 2 entries to {out}.\n"
    assert "mañana 0 – mejor" in out.read_text(encoding="utf-8")


def test_the_self_test_stops_quietly_when_its_reader_goes_away(tmp_path: Path) -> None:
    """`--self-test | head -c 10`: the reader is gone before the report is printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "data"), "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors
    closed = run_closed("--data-dir", str(tmp_path / "data"), "--self-test")
    assert closed.returncode == 1
    assert closed.stderr.startswith("thigh-pain-companion: write error: ")


def test_a_failing_standard_output_is_a_write_error_in_one_line(tmp_path: Path) -> None:
    """`command > /dev/full`: the disk under standard output is full; the command says so
    in one line and exits 1 instead of a traceback, in its language."""
    folder = tmp_path / "data"
    imported = run(
        "--data-dir", str(folder), "journal", "import", str(spanish_notes(tmp_path / "n.csv"))
    )
    assert imported.returncode == 0, imported.stderr.decode()
    for args, program in (
        (("--data-dir", str(folder), "journal", "export", "--format", "json"), " journal"),
        (("--data-dir", str(folder), "journal", "summary"), " journal"),
        (("check", "questions"), " check"),
        (("--data-dir", str(folder), "--self-test"), ""),
    ):
        result = run_closed(*args, closing="> /dev/full")
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr == (
            f"thigh-pain-companion{program}: write error: what this command printed could not"
            " be written (No space left on device).\n"
        ), result.stderr
    spanish = run_closed("check", "--language", "es", "questions", closing="> /dev/full")
    assert spanish.returncode == 1
    assert spanish.stderr.startswith("thigh-pain-companion check: error de escritura: ")
