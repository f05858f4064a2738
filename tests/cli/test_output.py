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
