"""`journal export` and `journal import`, run as a person would run them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.cli.journal import journal_command
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import JOURNAL, AppState
from tests.helpers.hostile import HOSTILE_FILES
from tests.helpers.journal_cli import make_folder, run
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions
from tests.helpers.small_disk import run_on_small_disk


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "backups" not in p.parts
    }


def test_export_json_and_csv_then_import_into_another_folder(tmp_path: Path) -> None:
    source = tmp_path / "source"
    rows = make_folder(source)
    out = tmp_path / "journal.json"
    result = run("--data-dir", str(source), "journal", "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Exported 3 entries" in result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(e["note"] for e in exported["entries"]) == sorted(r["note"] for r in rows)

    printed = run("--data-dir", str(source), "journal", "export", "--format", "csv")
    assert printed.returncode == 0
    # The byte-order mark tells Excel on Windows the file is UTF-8 (accents read right).
    assert printed.stdout.startswith("\ufefftime,pain_now,pain_worst,level,side,")
    csv_file = tmp_path / "journal.csv"
    csv_file.write_text(printed.stdout, encoding="utf-8", newline="")

    target = tmp_path / "target"
    result = run("--data-dir", str(target), "journal", "import", str(csv_file))
    assert result.returncode == 0, result.stderr
    assert "Added 3 entries" in result.stdout
    imported = [r.data for r in AppState.open(target).store.partitioned(JOURNAL, "time").all()]
    assert sorted(d["note"] for d in imported) == sorted(r["note"] for r in rows)

    again = run("--data-dir", str(target), "journal", "import", str(out))
    assert again.returncode == 0
    assert "3 entries are already in the journal" in again.stdout
    assert "nothing new" in again.stdout


def test_two_identical_entries_stay_two_when_imported_and_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An entry saved twice in one minute, exported: into an empty journal the import
    said '1 entry is already in the journal and is skipped.' and added one."""
    source = tmp_path / "source"
    [row] = make_folder(source, days=1)
    collection = AppState.open(source).store.partitioned(JOURNAL, "time")
    collection.insert(row)
    export = tmp_path / "journal.json"
    assert journal_command(["export", "--out", str(export)], data_dir=source) == 0
    target = tmp_path / "target"
    assert journal_command(["import", str(export), "--yes"], data_dir=target) == 0
    assert journal_command(["import", str(export), "--yes"], data_dir=target) == 0
    out = capsys.readouterr().out
    assert out.count("Added 2 entries") == 1 and "2 entries are already in the journal" in out
    assert len(JournalStore(AppState.open(target)).entries()) == 2


def test_a_bad_file_is_refused_with_line_numbers_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    out = tmp_path / "journal.csv"
    assert run("--data-dir", str(folder), "journal", "export", "--out", str(out)).returncode == 0
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    lines[2] = lines[2].replace(",1,,calf,", ",14,,calf,")
    out.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    before = snapshot(folder)
    result = run("--data-dir", str(folder), "journal", "import", str(out))
    assert result.returncode == 2
    assert "Line 3: Pain now should be a whole number from 0 to 10." in result.stderr
    assert "nothing was imported" in result.stderr
    assert snapshot(folder) == before


def test_a_file_that_is_not_an_export_gives_exit_2_and_creates_nothing(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    folder = tmp_path / "never-made"
    result = run("--data-dir", str(folder), "journal", "import", str(notes))
    assert result.returncode == 2
    assert "Nothing was imported" in result.stderr
    assert not folder.exists()
    missing = run("--data-dir", str(folder), "journal", "import", str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert "could not be read" in missing.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and /dev/zero are POSIX")
@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("pipe", "It is not an ordinary file (it may be a pipe or a device)."),
        ("device", "It is not an ordinary file (it may be a pipe or a device)."),
        ("folder", "It is a folder, not a file."),
        ("missing", "It is not there: it may have been moved or deleted."),
        ("unreadable", "This computer does not allow you to read it."),
    ],
)
def test_a_file_that_cannot_be_read_is_one_line_and_exit_2(
    tmp_path: Path, what: str, words: str, request: pytest.FixtureRequest
) -> None:
    """A pipe made the import wait for ever, /dev/zero read until memory ran out, and a
    folder was "a problem with the disk" that stopped the app "saving"."""
    if what == "unreadable" and overrides_permissions():
        assert_passes_where_permissions_bind(request)
        return
    source = {
        "pipe": tmp_path / "entries.csv",
        "device": Path("/dev/zero"),
        "folder": tmp_path / "a-folder.csv",
        "missing": tmp_path / "nope.csv",
        "unreadable": tmp_path / "locked.csv",
    }[what]
    if what == "pipe":
        os.mkfifo(source)
    elif what == "folder":
        source.mkdir()
    elif what == "unreadable":
        source.write_text("time,pain_now\r\n", encoding="utf-8")
        source.chmod(0o000)
    folder = tmp_path / "data"
    make_folder(folder)
    before = snapshot(folder)
    result = run("--data-dir", str(folder), "journal", "import", str(source))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"The file {source} could not be read. {words}"]
    assert snapshot(folder) == before


def test_check_only_and_usage_errors(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    out = tmp_path / "journal.json"
    run("--data-dir", str(folder), "journal", "export", "--out", str(out))
    checked = run("--data-dir", str(folder), "journal", "import", "--check", str(out))
    assert checked.returncode == 0 and "all 3 rows are fine" in checked.stdout
    assert run("--data-dir", str(folder), "journal", "export", "--format", "xml").returncode == 2
    assert run("journal").returncode == 2
    empty = run("--data-dir", str(tmp_path / "empty"), "journal", "export")
    assert empty.returncode == 0 and "the journal is empty" in empty.stderr
    assert empty.stdout.startswith("\ufefftime,pain_now,") and not (tmp_path / "empty").exists()


def test_import_waits_while_the_app_holds_the_folder(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    folder = tmp_path / "data"
    make_folder(folder)
    out = tmp_path / "journal.json"
    run("--data-dir", str(folder), "journal", "export", "--out", str(out))
    other = tmp_path / "other"
    make_folder(other, days=0)
    lock = QLockFile(str(other / "app.lock"))
    assert lock.tryLock(0)
    try:
        result = run("--data-dir", str(other), "journal", "import", str(out))
    finally:
        lock.unlock()
    assert result.returncode == 1
    assert "is open with this data folder" in result.stderr


def test_import_takes_over_a_lock_left_empty_by_a_power_cut(tmp_path: Path) -> None:
    """An empty app.lock (the app's copy lost power as it made it) kept the folder
    locked for good: "Thigh Pain Companion is open with this data folder"."""
    folder = tmp_path / "data"
    make_folder(folder)
    out = tmp_path / "journal.json"
    run("--data-dir", str(folder), "journal", "export", "--out", str(out))
    other = tmp_path / "other"
    make_folder(other, days=0)
    (other / "app.lock").write_bytes(b"")
    os.utime(other / "app.lock", (1_700_000_000, 1_700_000_000))
    result = run("--data-dir", str(other), "journal", "import", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Added 3 entries to the journal in {other}.\n"


def test_default_data_folder_is_the_apps(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    env_without = {k: v for k, v in os.environ.items() if k != "COMPANION_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "companion", "journal", "export"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env_without, **env},
    )
    assert result.returncode == 0  # an empty journal: an empty file
    assert str(home / "share" / "thigh-pain-companion") in result.stderr


@pytest.mark.parametrize(
    "path", [p for p in HOSTILE_FILES if p.suffix in (".json", ".csv")], ids=lambda p: p.name
)
def test_the_import_command_answers_every_hostile_file_plainly(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused file: exit 2, messages without a traceback, and no data folder made. A
    file that is odd but valid (a formula, hidden characters in a note) is imported."""
    folder = tmp_path / "data"
    code = journal_command(["import", str(path), "--yes"], data_dir=folder)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code == 2:
        assert "othing was imported" in err
        assert not folder.exists()
    else:
        assert code == 0 and out.startswith("Added 1 entry to"), (out, err)
        assert len(JournalStore(AppState.open(folder)).entries()) == 1


def test_an_imported_entry_naming_a_field_twice_is_refused_naming_the_field_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python's reader keeps the last value: a warning sign ticked, then an empty list,
    was imported as no warning sign at all."""
    when = (datetime.now().astimezone() - timedelta(days=1)).replace(microsecond=0)
    entry = (
        f'{{"time": "{when.isoformat()}", "pain_now": 3, "level": "calf", "side": "left", '
        '"warning_signs": ["saddle_numbness"], "warning_signs": []}'
    )
    path = tmp_path / "journal.json"
    path.write_text(
        '{"format": "thigh-pain-companion-journal", "version": 1,\n'
        f' "entries": [\n  {entry}\n ]\n}}\n',
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    code = journal_command(["import", str(path), "--yes"], data_dir=folder)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        f"{path}: The file cannot be read: line 3, field 'entries[0]': 'warning_signs' is "
        "named twice, so it is not clear which value is meant. Nothing was imported.\n"
    )
    assert not folder.exists()


def test_the_import_command_refuses_numbers_written_oddly_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "1_0" was stored as pain 10, "1_2_0" as 120 walking minutes, "1e1" as 10."""
    day = (datetime.now().astimezone() - timedelta(days=1)).replace(microsecond=0)
    path = tmp_path / "journal.csv"
    path.write_text(
        "time,pain_now,level,side,walk_minutes\r\n"
        f"{day.isoformat()},1_0,calf,left,1_2_0\r\n"
        f"{(day - timedelta(days=1)).isoformat()},1e0,calf,left,1e1\r\n",
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    code = journal_command(["import", str(path), "--yes"], data_dir=folder)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    both = (
        "Pain now should be a whole number from 0 to 10. "
        "Walking minutes should be a number from 0 to 600, or left empty."
    )
    assert err.splitlines() == [
        f"{path}: Line 2: {both}",
        f"{path}: Line 3: {both}",
        "2 of 2 rows have problems, so nothing was imported. Please fix them and try again.",
    ]
    assert not folder.exists()


def test_thousands_of_bad_rows_are_ten_lines_and_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An import with 2,409 rows dated in the future printed 2,409 lines, as the
    Journal page does not: it names ten and counts the rest."""
    day = (datetime.now().astimezone() + timedelta(days=2)).replace(microsecond=0)
    rows = "".join(f"{(day + timedelta(hours=n)).isoformat()},3,calf,left\r\n" for n in range(25))
    path = tmp_path / "journal.csv"
    path.write_text("time,pain_now,level,side\r\n" + rows, encoding="utf-8")
    folder = tmp_path / "data"
    code = journal_command(["import", str(path), "--yes"], data_dir=folder)
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 12)
    assert all(line.startswith(f"{path}: Line ") and "in the future" in line for line in lines[:10])
    assert lines[10] == f"{path}: …and 15 more rows with problems."
    assert lines[11].startswith("25 of 25 rows have problems")
    assert not folder.exists()


# --- messages that tell the truth ------------------------------------------------------


def export_of(tmp_path: Path, days: int, *, years: int = 1) -> Path:
    """An export of `days` entries a day apart, ending `years` years ago at most."""
    source = tmp_path / "source"
    state = AppState.open(source)
    collection = state.store.partitioned(JOURNAL, "time")
    now = datetime.now().astimezone().replace(microsecond=0)
    step = timedelta(days=365 * years / days)
    with state.store.transaction():
        for n in range(days):
            entry = {"time": (now - (n + 1) * step).isoformat(), "pain_now": n % 11}
            collection.insert({**entry, "level": "calf", "side": "left", "note": "x" * 80})
    out = tmp_path / "export.json"
    assert run("--data-dir", str(source), "journal", "export", "--out", str(out)).returncode == 0
    return out


def test_a_read_only_data_folder_is_named_as_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder, days=1)
    export = export_of(tmp_path, 5)
    result, after = run_on_small_disk(
        folder, ["journal", "import", str(export), "--yes"], size_kb=4096, read_only=True
    )
    assert result.returncode == 1, result.stderr
    assert "read-only" in result.stderr and "nothing was imported" in result.stderr
    assert "open" not in result.stderr  # not "open in another copy of the app"
    assert snapshot(after) == snapshot(folder)


def test_a_full_disk_says_none_were_added_and_nothing_was_lost(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder, days=2)
    export = export_of(tmp_path, 2000, years=2)  # about 400 KB, over two year files
    before = snapshot(folder)
    result, after = run_on_small_disk(
        folder, ["journal", "import", str(export), "--yes"], size_kb=200
    )
    assert result.returncode == 1, result.stderr
    assert "full" in result.stderr
    assert "None of the 2,000 entries were added" in result.stderr
    assert "nothing in the journal was changed or lost" in result.stderr
    assert "run the same import again" in result.stderr
    assert "Traceback" not in result.stderr
    journal_files = {k: v for k, v in snapshot(after).items() if k.startswith("journal/")}
    assert journal_files == {k: v for k, v in before.items() if k.startswith("journal/")}


def test_a_full_disk_between_two_year_files_says_all_are_saved_and_finishes_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from companion.core.shared import storage

    folder = tmp_path / "data"
    make_folder(folder, days=1)
    export = export_of(tmp_path, 40, years=2)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:  # the change log fits; the year files do not
        patch.setattr(storage, "write_own_file", full)
        code = journal_command(["import", str(export), "--yes"], data_dir=folder)
    err = capsys.readouterr().err
    assert code == 1
    assert "full" in err and "All 40 entries are saved" in err and "nothing was lost" in err
    assert len(JournalStore(AppState.open(folder)).entries()) == 41  # finished on opening


def test_the_journal_commands_speak_spanish_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    out = tmp_path / "journal.csv"
    exported = run(
        "--data-dir", str(folder), "journal", "export", "--out", str(out), "--language", "es"
    )
    assert exported.returncode == 0
    assert exported.stderr.strip() == f"Anotaciones exportadas a {out}: 3."
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    lines[2] = lines[2].replace(",1,,calf,", ",14,,calf,")
    out.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    before = snapshot(folder)
    refused = run("--data-dir", str(folder), "journal", "--language", "es", "import", str(out))
    assert refused.returncode == 2
    assert (
        f"{out}: Línea 3: El dolor de ahora debería ser un número entero de 0 a 10."
        in refused.stderr
    )
    assert "Filas con problemas: 1 de 3, así que no se ha importado nada." in refused.stderr
    assert snapshot(folder) == before


def test_the_journal_commands_follow_the_systems_language(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    spanish = {"LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    result = run("--data-dir", str(tmp_path / "d"), "journal", "import", str(notes), env=spanish)
    assert result.returncode == 2
    assert "No se ha importado nada." in result.stderr


def test_the_journal_commands_speak_the_language_chosen_in_the_apps_settings(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    make_folder(folder)
    AppState.open(folder).settings.update(language="es")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    english = {"LANG": "en_GB.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    spoken = run("--data-dir", str(folder), "journal", "import", str(notes), env=english)
    assert spoken.returncode == 2
    assert "No se ha importado nada." in spoken.stderr
    asked = run(
        "--data-dir", str(folder), "journal", "--language", "en", "import", str(notes), env=english
    )
    assert "Nothing was imported." in asked.stderr and "No se ha" not in asked.stderr
    (folder / "settings.json").write_bytes(b"{ broken")  # unusable: the system's, file kept
    fallback = run("--data-dir", str(folder), "journal", "import", str(notes), env=english)
    assert "Nothing was imported." in fallback.stderr
    assert (folder / "settings.json").read_bytes() == b"{ broken"


def test_a_language_not_shipped_stops_the_journal_command_in_one_line(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "d"), "journal", "export", "--language", "de")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "thigh-pain-companion journal: the language 'de' is not available; the app ships "
        "en (English), es (Español)"
    ]
    assert not (tmp_path / "d").exists()


def test_export_and_report_refuse_a_pipe_or_a_device(tmp_path: Path) -> None:
    """A pipe waits for a reader for ever, and a device replaced by a file breaks the
    computer: both are refused and left as they were (a wait fails the test: `run` stops
    after two minutes)."""
    folder = tmp_path / "data"
    pipe_csv, pipe_pdf = tmp_path / "pipe.csv", tmp_path / "pipe.pdf"
    os.mkfifo(pipe_csv)
    os.mkfifo(pipe_pdf)
    null_csv = tmp_path / "null.csv"
    null_csv.symlink_to(os.devnull)
    for command in (("export", "--out", str(pipe_csv)), ("export", "--out", str(null_csv))):
        result = run("--data-dir", str(folder), "journal", *command)
        assert result.returncode == 2  # a place that cannot take a file: bad input
        assert "It is not an ordinary file (it may be a pipe or a device)." in result.stderr
    result = run("--data-dir", str(folder), "journal", "report", "--out", str(pipe_pdf))
    assert result.returncode == 2
    assert "It is not an ordinary file (it may be a pipe or a device)." in result.stderr
    assert stat.S_ISFIFO(pipe_csv.stat().st_mode) and stat.S_ISFIFO(pipe_pdf.stat().st_mode)
    assert stat.S_ISCHR(null_csv.stat().st_mode)


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "It is a link to another file"), ("es", "Es un enlace a otro archivo")],
)
def test_export_and_report_refuse_a_link_and_leave_both_ends_alone(
    tmp_path: Path, language: str, said: str
) -> None:
    """An export through a link to another folder's settings.json wrote over it without a
    word (exit 0). A command asks nobody first, so it writes neither through a link nor
    over it: exit 2, one line, the link and its file as they were; a link to nothing yet
    too (the export would have made a file somewhere else)."""
    folder = tmp_path / "data"
    make_folder(folder, days=2)
    other = tmp_path / "other"
    other.mkdir()
    settings = other / "settings.json"
    settings.write_text('{"schema_version": 1}')
    link, pdf_link, dangling = tmp_path / "notes.csv", tmp_path / "r.pdf", tmp_path / "n.json"
    link.symlink_to(settings)
    pdf_link.symlink_to(settings)
    dangling.symlink_to(other / "new.json")
    for command in (
        ("export", "--out", str(link)),
        ("export", "--out", str(dangling)),
        ("report", "--out", str(pdf_link)),
    ):
        result = run("--data-dir", str(folder), "journal", *command, "--language", language)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and said in result.stderr
        assert not result.stdout
    assert settings.read_text() == '{"schema_version": 1}'
    assert link.is_symlink() and pdf_link.is_symlink() and dangling.is_symlink()
    assert sorted(p.name for p in other.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "in place of the file that had that name"), ("es", "en lugar del archivo")],
)
def test_an_export_that_replaces_a_file_says_so_as_the_report_does(
    tmp_path: Path, language: str, said: str
) -> None:
    """`journal export --out notes.csv` wrote over an existing notes.csv with only
    "Exported 2 entries to notes.csv." (`journal report` already said it)."""
    folder = tmp_path / "data"
    make_folder(folder, days=2)
    target = tmp_path / "notes.csv"
    target.write_text("my own notes\n", encoding="utf-8")
    result = run(
        "--data-dir", str(folder), "journal", "export", "--out", str(target), "--language", language
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1
    assert said in result.stderr and str(target) in result.stderr
    fresh = run(
        "--data-dir",
        str(folder),
        "journal",
        "export",
        "--out",
        str(tmp_path / "new.csv"),
        "--language",
        language,
    )
    assert fresh.returncode == 0 and said not in fresh.stderr


def test_a_folder_saved_by_a_newer_version_is_said_in_one_line_and_left_alone(
    tmp_path: Path,
) -> None:
    """Every journal command stopped with a traceback; the window says it in words."""
    for name, content in (
        ("store.json", b'{"schema_version": 2, "tables": ["checks"], "partitioned": []}'),
        ("settings.json", b'{"schema_version": 2}'),
    ):
        folder = tmp_path / name
        make_folder(folder)
        (folder / name).write_bytes(content)
        before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        for words in (("summary",), ("export",), ("report", "--out", str(tmp_path / "r.pdf"))):
            result = run("--data-dir", str(folder), "journal", *words)
            assert result.returncode == 2, result.stderr
            assert result.stderr.count("\n") == 1 and "newer version" in result.stderr
            assert not result.stdout
        assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
        assert not (tmp_path / "r.pdf").exists()


def test_export_and_report_into_the_data_folder_are_refused_and_its_files_kept(
    tmp_path: Path,
) -> None:
    """`--out DATA/journal/2026.json` wrote the export over the journal's own year file
    (exit 0): at the next start the journal was empty. A link that leads in is refused too."""
    folder = tmp_path / "data"
    make_folder(folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    into = tmp_path / "looks-outside.json"
    into.symlink_to(folder / "settings.json")
    names = [p for p in before if p.suffix == ".json"]
    for out in [*names, into]:
        result = run("--data-dir", str(folder), "journal", "export", "--out", str(out))
        assert result.returncode == 2, (out, result.stderr)
        assert result.stderr.count("\n") == 1
        assert "inside the app's own data folder" in result.stderr
    result = run("--data-dir", str(folder), "journal", "report", "--out", str(folder / "r.pdf"))
    assert result.returncode == 2 and "inside the app's own data folder" in result.stderr
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_a_folder_whose_name_is_not_text_is_refused_before_anything_is_added(
    tmp_path: Path,
) -> None:
    """The import said "cannot be changed right now (is the disk full?)": not why."""
    make_folder(tmp_path / "a")
    export = tmp_path / "entries.json"
    assert (
        run("--data-dir", str(tmp_path / "a"), "journal", "export", "--out", str(export)).returncode
        == 0
    )
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Jos\xe9"))  # Latin-1, not UTF-8
    folder.mkdir()
    result = run("--data-dir", str(folder), "journal", "import", "--yes", str(export))
    assert result.returncode == 2
    assert "not stored as plain text (not UTF-8)" in result.stderr
    assert list(folder.iterdir()) == []


def test_export_into_a_folder_that_is_not_there_is_bad_input_said_plainly(tmp_path: Path) -> None:
    """It said the app's data folder was gone or empty ("Put it back where it was"), which
    frightens and is false, and exited 1 as for a failed save."""
    folder = tmp_path / "data"
    make_folder(folder)
    before = snapshot(folder)
    out = tmp_path / "no-such-folder" / "journal.csv"
    result = run("--data-dir", str(folder), "journal", "export", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"The file {out} cannot be written: its folder does not exist. Make the folder "
        "first, or name a file in a folder that is there."
    ]
    assert "data folder" not in result.stderr
    assert not out.parent.exists() and snapshot(folder) == before


@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt], ids=["ctrl-d", "ctrl-c"])
def test_stopping_at_the_import_question_imports_nothing_without_a_traceback(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stop: type[BaseException],
) -> None:
    """Ctrl+D or Ctrl+C at "Add 3 entries to the journal …? [y/N]" printed a Python
    traceback (exit 1); it is a "no"."""
    source, target = tmp_path / "source", tmp_path / "target"
    make_folder(source)
    export = tmp_path / "journal.csv"
    assert journal_command(["export", "--out", str(export)], data_dir=source) == 0

    def pressed(question: str) -> str:
        print(question, end="")
        raise stop

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", pressed)
    capsys.readouterr()
    assert journal_command(["import", str(export)], data_dir=target) == 0
    out, err = capsys.readouterr()
    assert "Add 3 entries" in out and "Nothing was imported." in out
    assert "Traceback" not in out + err
    assert JournalStore(AppState.open(target)).entries() == []
