"""`journal report [--out FILE.pdf] [--full]`, run as a person would, with no display."""

from __future__ import annotations

import json
import os
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shared.glyphs import Glyphs
from tests.helpers.answers import NERVE
from tests.helpers.journal_cli import damage_two, make_folder, run
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions

NO_DISPLAY = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def write_report(data: Path, target: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """`journal report` of the journal in `data` into `target`, run with no display."""
    return run(
        "--data-dir", str(data), "journal", "report", *options, "--out", str(target), env=NO_DISPLAY
    )


def test_the_report_is_written_without_a_display(tmp_path: Path) -> None:
    make_folder(tmp_path / "data", days=10)
    target = tmp_path / "report.pdf"
    result = write_report(tmp_path / "data", target)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF") and pages(target) == 1
    assert result.stdout.strip() == f"The report was written to {target} (pages: 1)."
    if os.name == "posix":  # a report of someone's health: theirs to read only, as exports
        assert target.stat().st_mode & 0o777 == 0o600
    full = tmp_path / "full.pdf"
    result = write_report(tmp_path / "data", full, "--full")
    assert result.returncode == 0, result.stderr
    assert pages(full) >= 2


def test_spanish_messages(tmp_path: Path) -> None:
    make_folder(tmp_path / "data", days=3)
    target = tmp_path / "informe.pdf"
    result = write_report(tmp_path / "data", target, "--language", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("El informe se guardó en")


def test_a_check_done_in_english_reads_in_spanish_in_a_spanish_report(tmp_path: Path) -> None:
    """The last check's line is saved in the language the check was done in: an English
    check printed "Fits Irritated sciatic nerve best; ..." in a Spanish report."""
    make_folder(tmp_path / "data", days=3)
    when = datetime.now().astimezone().replace(microsecond=0) - timedelta(days=1)
    english = check_record(evaluate(load_triage(language="en"), NERVE), when)
    AppState.open(tmp_path / "data").save_check(english)
    said = {}
    for language in ("es", "en"):
        target = tmp_path / f"{language}.pdf"
        result = write_report(tmp_path / "data", target, "--language", language)
        assert result.returncode == 0, result.stderr
        shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
        said[language] = " ".join(shown.stdout.split())
    spanish = evaluate(load_triage(language="es"), NERVE).summary
    assert spanish.startswith("Encaja mejor con") and spanish in said["es"]
    assert english.summary not in said["es"]
    assert english.summary in said["en"]


def test_an_empty_journal_makes_a_one_page_report_and_no_data_folder(tmp_path: Path) -> None:
    missing = tmp_path / "never-made"
    target = tmp_path / "empty.pdf"
    result = run("--data-dir", str(missing), "journal", "report", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert pages(target) == 1 and not missing.exists()


def test_the_report_says_only_its_own_words_on_stderr(tmp_path: Path) -> None:
    """Qt's offscreen plugin notes "does not support propagateSizeHints()" when the report
    lays its graph out: nothing a person can act on, so it is not shown."""
    make_folder(tmp_path / "data", days=3)
    target = tmp_path / "report.pdf"
    written = run("--data-dir", str(tmp_path / "data"), "journal", "report", "--out", str(target))
    assert written.returncode == 0, written.stderr
    assert written.stderr == ""
    assert written.stdout == f"The report was written to {target} (pages: 1).\n"
    empty = run("--data-dir", str(tmp_path / "none"), "journal", "report", "--out", str(target))
    assert empty.returncode == 0, empty.stderr
    folder = tmp_path / "none"
    assert empty.stderr == (
        f"There is no Thigh Pain Companion data in {folder} yet, so the journal is empty.\n"
    )


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("folder", "is a folder"),
        ("report.txt", "does not end in .pdf"),
        ("missing/report.pdf", "cannot be written"),
        ("read-only/report.pdf", "cannot be written"),
        ("a-file/report.pdf", "cannot be written"),  # refused even to root
    ],
)
def test_a_bad_out_is_refused_with_one_line(
    tmp_path: Path, out: str, words: str, request: pytest.FixtureRequest
) -> None:
    if out.startswith("read-only") and overrides_permissions():
        assert_passes_where_permissions_bind(request)
        return
    (tmp_path / "folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    make_folder(tmp_path / "data", days=2)
    result = run(
        "--data-dir", str(tmp_path / "data"), "journal", "report", "--out", str(tmp_path / out)
    )
    locked.chmod(0o700)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]
    assert not (tmp_path / out).is_file()


def test_names_the_system_refuses_are_one_line_and_exit_2(tmp_path: Path) -> None:
    """A file or folder name longer than the system allows: no traceback."""
    long_name = "a" * 300
    report = run(
        "--data-dir",
        str(tmp_path),
        "journal",
        "report",
        "--out",
        str(tmp_path / f"{long_name}.pdf"),
    )
    assert report.returncode == 2
    assert "Traceback" not in report.stderr and len(report.stderr.strip().splitlines()) == 1
    assert "cannot be written" in report.stderr
    summary = run("--data-dir", str(tmp_path / long_name), "journal", "summary")
    assert summary.returncode == 2
    assert "Traceback" not in summary.stderr and len(summary.stderr.strip().splitlines()) == 1
    assert "cannot be used" in summary.stderr


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Some characters in the journal could not be printed, because this computer"),
        ("es", "Algunos caracteres del diario no se pudieron imprimir, porque este equipo"),
    ],
)
def test_characters_no_font_has_are_said_on_the_command_line(
    tmp_path: Path, qapp: QApplication, language: str, said: str
) -> None:
    """The app's notice says when a character prints as "�"; the command line wrote the
    same PDF and said nothing."""
    if all(Glyphs(QApplication.font()).can_draw(c) for c in "腿疼"):
        pytest.skip("this computer has a Chinese font")
    state = AppState.open(tmp_path / "data")
    for days, note in enumerate(("腿疼 ok", "Caminé más; ¡ánimo!"), start=1):
        when = datetime.now().astimezone() - timedelta(days=days)
        row = {"time": when.isoformat(), "pain_now": 4, "level": "calf", "side": "left"}
        state.store.partitioned(JOURNAL, "time").insert(
            parse_entry({**row, "note": note}).to_dict()
        )
    args = ["--data-dir", str(tmp_path / "data"), "journal", "report", "--language", language]
    full = run(*args, "--full", "--out", str(tmp_path / "full.pdf"), env=NO_DISPLAY)
    assert full.returncode == 0, full.stderr
    assert full.stderr.startswith(said) and " �" in full.stderr
    assert len(full.stderr.strip().splitlines()) == 1
    # Page 1 alone has no note: nothing printed as "�", nothing said.
    first = run(*args, "--out", str(tmp_path / "first.pdf"), env=NO_DISPLAY)
    assert first.returncode == 0 and first.stderr == ""


def test_hand_edited_times_at_the_edge_of_the_calendar_still_give_a_report(
    tmp_path: Path,
) -> None:
    """A journal file edited by hand with an entry on 9999-12-31 (and others at one same
    instant, at +14:00 and -12:00, and days ahead) stopped `journal report` with a
    traceback: the graph looked for the day after the last day Python knows."""
    make_folder(tmp_path / "data", days=3)
    shard = tmp_path / "data" / "journal" / "9999.json"
    edge = {"pain_now": 4, "level": "calf", "side": "left"}
    same = {"pain_now": 5, "level": "calf", "side": "left", "time": "2026-12-01T10:00:00+14:00"}
    records = {
        "1": {**edge, "time": "9999-12-31T23:59:59+14:00"},
        "2": {**edge, "time": "9999-12-31T23:59:59-12:00"},
        "3": same,
        "4": same,
        "5": {**same, "time": "2026-11-30T08:00:00-12:00"},  # the same instant again
        "6": {**edge, "time": "2099-01-01T00:00:00+00:00"},
    }
    shard.write_text(json.dumps({"_default": records}), encoding="utf-8")
    before = shard.read_bytes()
    target = tmp_path / "report.pdf"
    for options in ((), ("--full",)):
        result = write_report(tmp_path / "data", target, *options)
        assert result.returncode == 0, result.stderr[-500:]
        assert "Traceback" not in result.stderr
        assert target.read_bytes().startswith(b"%PDF")
    assert shard.read_bytes() == before  # kept as it was, for the person to fix


@pytest.mark.parametrize(
    ("language", "said", "printed"),
    [
        (
            "en",
            "2 saved entries could not be read and were left out.",
            "2 saved entries could not be read and are not in this report",
        ),
        (
            "es",
            "Anotaciones guardadas que no se pudieron leer y se han dejado fuera: 2.",
            "No se pudieron leer 2 anotaciones guardadas y no están en este informe",
        ),
    ],
)
def test_entries_that_could_not_be_read_are_said_and_printed(
    tmp_path: Path, language: str, said: str, printed: str
) -> None:
    """Before, `journal report` left damaged entries out without a word, on the terminal
    or in the PDF; `journal export` said it."""
    make_folder(tmp_path / "data", days=4)
    damage_two(tmp_path / "data")
    target = tmp_path / "report.pdf"
    result = write_report(tmp_path / "data", target, "--language", language)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [said]
    shown = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert printed in " ".join(shown.split())


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "in place of the file that had that name"), ("es", "en lugar del archivo")],
)
def test_a_file_the_report_replaces_is_named(tmp_path: Path, language: str, said: str) -> None:
    """Before: a file already at --out (here notes saved as .pdf) was written over with
    only "The report was written to …", as if nothing had been there."""
    make_folder(tmp_path / "data", days=2)
    target = tmp_path / "notes.pdf"
    target.write_text("my own notes\n", encoding="utf-8")
    result = write_report(tmp_path / "data", target, "--language", language)
    assert result.returncode == 0, result.stderr
    assert said in result.stdout and str(target) in result.stdout
    fresh = write_report(tmp_path / "data", tmp_path / "new.pdf", "--language", language)
    assert said not in fresh.stdout


def pdf_text(target: Path) -> str:
    shown = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(shown.split())


@pytest.mark.parametrize(
    ("language", "left_out"),
    [
        ("en", "2 entries are left out of this report because their date is after today"),
        ("es", "2 anotaciones quedan fuera de este informe porque tienen una fecha futura"),
    ],
)
def test_entries_dated_ahead_are_left_out_and_said(
    tmp_path: Path, language: str, left_out: str
) -> None:
    """Before: entries dated +30 and +400 days ran the period and graph over a year
    ahead, and "Last 14 days" held 1 entry: the one dated ahead."""
    journal = AppState.open(tmp_path / "data").store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    for days in (*range(-40, 0, 2), 30, 400):  # 20 real entries, two dated ahead
        made = {"time": (now + timedelta(days=days)).isoformat(), "pain_now": 4}
        made |= {"level": "calf", "side": "left"}
        journal.insert(parse_entry(made).to_dict())
    target = tmp_path / "report.pdf"
    result = write_report(tmp_path / "data", target, "--full", "--language", language)
    assert result.returncode == 0, result.stderr
    shown = pdf_text(target)
    assert left_out in shown
    # The first and latest 14 days hold 7 entries each, the whole period 20.
    assert " 7 7 20 " in shown
    for days in (30, 400):
        later = now + timedelta(days=days)
        assert str(later.year) not in shown or later.year == now.year
    assert "weekly averages" not in shown and "medias semanales" not in shown


@pytest.mark.parametrize(
    ("language", "none", "dashes"),
    [
        ("en", "There are no entries to sum up yet.", "First 0 days"),
        ("es", "Todavía no hay anotaciones que resumir.", "Primeros 0 días"),
    ],
)
def test_an_empty_journal_says_there_is_nothing_to_sum_up(
    tmp_path: Path, language: str, none: str, dashes: str
) -> None:
    """Before: a Key figures table of dashes under "First 0 days / Last 0 days"."""
    target = tmp_path / "report.pdf"
    result = write_report(tmp_path / "data", target, "--language", language)
    assert result.returncode == 0, result.stderr
    shown = pdf_text(target)
    assert none in shown and dashes not in shown


def test_an_empty_journal_printed_in_full_promises_no_table(tmp_path: Path) -> None:
    """`--full` on an empty journal said "Every entry follows in a table on the next
    pages." on a one-page report."""
    target = tmp_path / "report.pdf"
    result = write_report(tmp_path / "data", target, "--full")
    assert result.returncode == 0, result.stderr
    shown = pdf_text(target)
    assert "There are no entries to sum up yet." in shown
    assert "follows in a table" not in shown
    assert "Page 1 of 1" in shown
