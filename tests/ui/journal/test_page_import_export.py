"""Journal page: export, import and the PDF report, and files that cannot be used for them."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import json
import os
import re
import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.io import export_csv, read_import
from companion.core.shared import atomic_file
from companion.core.shared.app_state import AppState
from companion.core.shared.store_files import MANIFEST_NAME
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import HOSTILE_DIR, folder_snapshot
from tests.helpers.journal_ui import (
    MakeWindow,
    add_entries,
    import_through_page,
    journal_page,
    save_report_through_page,
    stored,
)
from tests.helpers.qt import click, visible_text, when_asked


def test_export_and_import_through_the_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "copy.csv"
    page.ask_save_path = lambda _kind, _name: str(target)
    click(qtbot, page.export_csv_button)
    # Led by a byte-order mark: Excel on Windows then reads it as UTF-8, accents and all.
    assert target.read_bytes().startswith(b"\xef\xbb\xbftime,pain_now,")
    preview = read_import(target.read_bytes(), name="copy.csv", now=clock())
    assert len(preview.entries) == 2

    extra: Entry = parse_entry(
        {"time": (clock() - timedelta(days=5)).isoformat(), "pain_now": 2, "level": "none"}
    )
    text = export_csv([extra]) + "2026-03-01T10:00:00+01:00,99,,calf,left" + "," * 13 + "\r\n"
    source = tmp_path / "more.csv"
    source.write_text(text, encoding="utf-8")
    shown = import_through_page(qtbot, page, source)
    assert "1 new entry is ready to add." in shown[0]
    assert "Line 3: Pain now should be a whole number from 0 to 10." in shown[0]
    assert len(stored(returning_state)) == 3
    assert page.notice_text.text() == "1 entry was added."
    click(qtbot, page.undo_button)
    assert len(stored(returning_state)) == 2


def test_a_csv_saved_again_by_excel_with_spanish_letters_imports(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Excel's plain "CSV" (what it keeps when a CSV is saved again) writes Windows-1252:
    a note typed there as "Me dolió al bajar la escalera" made the whole file refused,
    "The file is not plain text in UTF-8, so it is not a journal export from this app"."""
    page = journal_page(make_window(returning_state, page="journal"))
    rows = [
        parse_entry(
            {"time": (clock() - timedelta(days=days)).isoformat(), "pain_now": 3, "level": "none"}
        )
        for days in (2, 1)
    ]
    # Excel in Spanish: semicolons between cells, and no byte-order mark in its code page.
    text = export_csv(rows).removeprefix("\ufeff").replace(",", ";")
    lines = text.split("\r\n")
    lines[2] = lines[2] + "Me dolió al bajar la escalera; mañana, más suave"
    lines[2] = lines[2].replace("Me dolió", '"Me dolió').replace("suave", 'suave"')
    source = tmp_path / "diario.csv"
    source.write_bytes("\r\n".join(lines).encode("cp1252"))
    shown = import_through_page(qtbot, page, source)
    assert shown and "2 new entries are ready to add." in shown[0]
    assert page.notice_text.text() == "2 entries were added."
    notes = [data["note"] for data in stored(returning_state)]
    assert "Me dolió al bajar la escalera; mañana, más suave" in notes
    # Bytes that are not text in any code page (UTF-16 without its byte-order mark, with
    # its NUL bytes) are still refused.
    source.write_bytes("\r\n".join(lines).encode("utf-16-le"))
    assert import_through_page(qtbot, page, source) == []
    assert "not plain text in UTF-8" in page.notice_text.text()
    assert len(stored(returning_state)) == 2


def test_the_apps_own_export_with_one_bad_byte_names_the_line_on_the_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """The app's export (with its byte-order mark) with one Windows-1252 byte in a note
    was refused as "The column 'ï»¿time' is not one this app writes"."""
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    source = tmp_path / "copy.csv"
    page.ask_save_path = lambda _kind, _name: str(source)
    click(qtbot, page.export_csv_button)
    lines = source.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"\r", "mañana".encode("cp1252") + b"\r")
    source.write_bytes(b"\n".join(lines))
    assert import_through_page(qtbot, page, source) == []
    assert page.notice_text.text() == (
        "Nothing was imported. Line 3 of the file has a character that is not UTF-8, but "
        'the rest of the file is UTF-8. Check that line, save the file again as "CSV UTF-8" '
        "(or as UTF-8 text), and import it again."
    )
    assert len(stored(returning_state)) == 2


def test_a_journal_saved_by_excel_as_unicode_text_imports(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Excel's "Unicode Text" save (UTF-16 with its byte-order mark, tabs between cells,
    named .txt) was refused as "not a journal export from this app"."""
    page = journal_page(make_window(returning_state, page="journal"))
    note = "Me dolió al bajar la escalera; mañana, más suave"
    rows = [
        parse_entry(
            {
                "time": (clock() - timedelta(days=days)).isoformat(),
                "pain_now": 3,
                "level": "none",
                "note": note,
            }
        )
        for days in (2, 1)
    ]
    cells = csv.reader(io.StringIO(export_csv(rows).removeprefix("\ufeff"), newline=""))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(cells)
    source = tmp_path / "diario.txt"
    source.write_bytes(codecs.BOM_UTF16_LE + out.getvalue().encode("utf-16-le"))
    shown = import_through_page(qtbot, page, source)
    assert shown and "2 new entries are ready to add." in shown[0]
    assert page.notice_text.text() == "2 entries were added."
    assert [data["note"] for data in stored(returning_state)].count(note) == 2


def test_an_import_refuses_entries_dated_long_ago_as_a_mistyped_year(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Three rows dated 1900 (a year typed wrong) are refused, each named by its line in
    the question before anything is added; the two good rows are added, and the journal
    does not say "No clear improvement after about 126 years"."""
    add_entries(returning_state, clock, ["calf", "calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    rows = [
        parse_entry({"time": when, "pain_now": 6, "level": "calf", "side": "left"})
        for when in (
            "1900-03-01T09:00:00+01:00",
            "1900-03-02T09:00:00+01:00",
            "1900-03-03T09:00:00+01:00",
            (clock() - timedelta(days=6)).isoformat(),
            (clock() - timedelta(days=5)).isoformat(),
        )
    ]
    source = tmp_path / "old.csv"
    source.write_text(export_csv(rows), encoding="utf-8")
    shown = import_through_page(qtbot, page, source)
    assert shown[0].splitlines()[:2] == [
        "2 new entries are ready to add.",
        "3 rows have problems and will be skipped:",
    ]
    for line in (2, 3, 4):
        assert f"Line {line}: The year 1900 looks mistyped" in shown[0]
    assert len(stored(returning_state)) == 5
    assert page.trend_card.clinician_title.isHidden()
    assert "years" not in page.trend_card.clinician_title.text()


def test_import_of_a_file_that_is_not_an_export_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    source = tmp_path / "notes.csv"
    source.write_text("date,how\r\nmonday,bad\r\n", encoding="utf-8")
    import_through_page(qtbot, page, source)
    assert page.notice_text.text().startswith("Nothing was imported. The column 'date'")
    assert stored(returning_state) == []


@pytest.mark.parametrize(
    "name", ["deep_array.json", "long_number_5000.json", "journal_note_lone_surrogate.json"]
)
def test_a_hostile_import_gets_a_message_naming_where_and_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, name: str
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    before = folder_snapshot(returning_state.data_dir)
    import_through_page(qtbot, page, HOSTILE_DIR / name)
    text = page.notice_text.text()
    assert text.startswith("Nothing was imported. The file cannot be read: line ")
    assert page.notice.isVisible()
    assert folder_snapshot(returning_state.data_dir) == before


def export_of_days(clock: FakeClock, path: Path, days: tuple[int, ...]) -> Path:
    """An export of this app at `path`: one entry on each of the `days` before today."""
    entries = [
        parse_entry(
            {"time": (clock() - timedelta(days=d)).isoformat(), "pain_now": 1, "level": "none"}
        )
        for d in days
    ]
    path.write_text(export_csv(entries), encoding="utf-8")
    return path


def test_an_import_onto_a_full_disk_says_the_entries_are_not_saved_yet(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    source = export_of_days(clock, tmp_path / "three.csv", (1, 2, 3))

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full)
    import_through_page(qtbot, page, source)
    text = page.notice_text.text()
    assert text.startswith("3 entries were added, but they are not saved yet.")
    assert "disk is full" in text and "Try saving again" in text
    window = page.window()
    assert isinstance(window, MainWindow) and window.banner.retry_button.isVisible()
    monkeypatch.undo()
    click(qtbot, window.banner.retry_button)
    assert len(stored(returning_state)) == 3 and not returning_state.store.pending


def test_an_import_into_a_newer_versions_folder_says_to_update_not_to_free_space(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    # A sync tool brought a newer version's data folder while the app was open: freeing
    # space (as the notice said) cannot help; the newer version's words say what can.
    page = journal_page(make_window(returning_state, page="journal"))
    source = export_of_days(clock, tmp_path / "two.csv", (1, 2))
    manifest = returning_state.data_dir / MANIFEST_NAME
    ours = manifest.read_bytes()
    manifest.write_text(json.dumps(json.loads(ours) | {"schema_version": 2}), encoding="utf-8")
    import_through_page(qtbot, page, source)
    text = page.notice_text.text()
    assert text.startswith("2 entries were added, but they are not saved yet.")
    assert "newer version" in text and "free some space" not in text
    manifest.write_bytes(ours)  # the newer version's folder goes back to this one's
    window = page.window()
    assert isinstance(window, MainWindow)
    click(qtbot, window.banner.retry_button)
    assert len(stored(returning_state)) == 2 and not returning_state.store.pending


def test_export_and_report_to_a_pipe_or_a_device_say_so_and_leave_it_alone(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    page.ask_save_path = lambda _kind, _name: str(pipe)
    click(qtbot, page.export_csv_button)
    said = "It is not an ordinary file (it may be a pipe or a device)."
    assert page.notice_text.text() == f"The file could not be saved. {said}"
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    device = tmp_path / "report.pdf"
    device.symlink_to(os.devnull)
    save_report_through_page(qtbot, page, device)
    assert page.notice_text.text() == f"The report could not be saved. {said}"
    assert stat.S_ISCHR(device.stat().st_mode)


def test_export_and_report_into_the_data_folder_are_refused_and_its_files_kept(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
) -> None:
    """An export saved as the journal's own year file (or the settings) wrote over it:
    at the next start the journal was empty and the entries were nowhere."""
    add_entries(returning_state, clock, ["calf", "buttock"])
    data = returning_state.data_dir
    page = journal_page(make_window(returning_state, page="journal"))
    before = folder_snapshot(data)
    said = (
        "It is inside the app's own data folder, where it could write over your data. "
        "Please choose another folder."
    )
    for name in [p.relative_to(data) for p in sorted(data.rglob("*.json"))]:
        page.ask_save_path = lambda _kind, _name, name=name: str(data / name)
        click(qtbot, page.export_json_button)
        assert page.notice_text.text() == f"The file could not be saved. {said}", name
    save_report_through_page(qtbot, page, data / "report.pdf")
    assert page.notice_text.text() == f"The report could not be saved. {said}"
    assert folder_snapshot(data) == before and len(stored(returning_state)) == 2


def test_pdf_report_is_written(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf"] * 5 + ["buttock"] * 5)
    page = journal_page(make_window(returning_state, page="journal"))
    from companion.ui.journal.report import JournalReport
    from companion.ui.journal.report_table import EntryTable

    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target, every_entry=True)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) == 2  # page 1, then the table
    assert "report was saved" in page.notice_text.text()

    report = page._report()
    assert isinstance(report, JournalReport)
    html = report.html_text()
    assert "No guided check has been done yet." in html
    assert any(
        "Buttock" in row[2]
        for row in EntryTable(
            report.entries, report.content, report.data.language, report.now
        ).rows()
    )


def test_a_spanish_import_counts_in_spanish_and_dates_the_rows_in_spanish(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    from companion.ui.shared.language import install_translators

    state = AppState.open(tmp_path / "es", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    add_entries(state, clock, ["calf"])
    assert install_translators(qapp, "es")
    try:
        page = journal_page(make_window(state, page="journal"))
        # The row sits under its day's heading and shows the time; the date it is heard
        # by starts with the weekday, in Spanish.
        when = page.rows[0].accessibleName()
        assert when.split(",")[0] in {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"}
        assert page.rows[0].summary.text().startswith("Dolor 4 de 10 · Pantorrilla (Izquierda)")
        new = [
            parse_entry(
                {"time": (clock() - timedelta(days=d)).isoformat(), "pain_now": 2, "level": "none"}
            )
            for d in (3, 4)
        ]
        text = export_csv(new) + "2026-03-01T10:00:00+01:00,99,,calf,left" + "," * 13 + "\r\n"
        source = tmp_path / "more.csv"
        source.write_text(text, encoding="utf-8")
        shown = import_through_page(qtbot, page, source)
        lines = shown[0].splitlines()
        assert lines[0] == "2 anotaciones nuevas listas para añadir."
        assert lines[1] == "1 fila tiene problemas y se omitirá:"
        assert page.notice_text.text() == "Se añadieron 2 anotaciones."
        click(qtbot, page.undo_button)
        assert page.notice_text.text() == "Se han retirado las 2 anotaciones importadas."
    finally:
        assert install_translators(qapp, "en")


def test_the_import_question_adds_on_enter_and_changes_nothing_on_escape(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    entry = parse_entry(
        {
            "time": (clock() - timedelta(days=1)).isoformat(),
            "pain_now": 2,
            "level": "calf",
            "side": "left",
        }
    )
    source = tmp_path / "entries.csv"
    source.write_text(export_csv([entry]), encoding="utf-8")
    page.ask_open_path = lambda: str(source)
    said: list[str] = []

    def escape(box: QWidget) -> None:
        said.append(visible_text(box))
        said.append(" / ".join(b.text() for b in box.findChildren(QPushButton)))
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)

    seen = when_asked(escape)
    click(qtbot, page.import_button)
    assert len(seen) == 1 and seen[0].windowTitle() == "Import entries"
    assert said[0] == "1 new entry is ready to add."
    assert "Add 1 entry" in said[1].split(" / ")
    assert stored(returning_state) == []

    seen = when_asked(lambda box: qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return))
    click(qtbot, page.import_button)
    assert len(seen) == 1
    assert len(stored(returning_state)) == 1
    assert page.notice_text.text() == "1 entry was added."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe is POSIX")
def test_importing_a_pipe_says_why_and_does_not_wait(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    pipe = tmp_path / "entries.csv"
    os.mkfifo(pipe)  # nothing ever writes to it: reading it would wait for ever
    page.ask_open_path = lambda: str(pipe)
    click(qtbot, page.import_button)
    assert page.notice_text.text() == (
        "The file could not be read. It is not an ordinary file (it may be a pipe or a device)."
    )
    assert stored(returning_state) == []


def test_each_report_asks_in_a_box_of_its_own_that_goes_away(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Asked twice, cancelled twice: no box is left behind in the window."""
    from PySide6.QtCore import QEvent

    from companion.ui.journal.report_dialog import ReportDialog

    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    for _ in range(2):
        seen = when_asked(lambda box: box.reject())  # type: ignore[attr-defined]
        assert page.ask_report_options() is None
        assert len(seen) == 1
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ReportDialog) == []


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: names offered
def test_the_file_choosers_open_and_save_what_a_person_types(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"  # where the choosers start
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    when = (clock() - timedelta(days=1)).isoformat()
    entry = parse_entry({"time": when, "pain_now": 2, "level": "calf", "side": "left"})
    (home / "entries.csv").write_text(export_csv([entry]), encoding="utf-8")
    page = journal_page(make_window(returning_state, page="journal"))
    page.confirm_import = lambda _preview: True
    shown: list[str] = []

    def type_name(name: str) -> Callable[[QWidget], None]:
        def answer(box: QWidget) -> None:
            qtbot.waitUntil(box.isActiveWindow)
            field = box.focusWidget()
            assert isinstance(field, QLineEdit)
            shown.append(field.text())
            field.selectAll()
            qtbot.keyClicks(field, name)
            qtbot.keyClick(field, Qt.Key.Key_Return)

        return answer

    when_asked(type_name("entries.csv"))
    click(qtbot, page.import_button)
    assert len(stored(returning_state)) == 1

    when_asked(type_name("my copy"))
    click(qtbot, page.export_csv_button)
    assert shown == ["", f"journal-{clock():%Y-%m-%d}.csv"]  # the name offered
    saved = home / "my copy.csv"  # the type is added to a name typed without it
    files = sorted(p.name for p in home.iterdir() if not p.name.startswith("."))  # not Qt's
    assert files == ["entries.csv", saved.name]
    assert len(read_import(saved.read_bytes(), name=saved.name, now=clock()).entries) == 1
