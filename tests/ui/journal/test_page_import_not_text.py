"""Journal page: importing a file that is not text (a photo, a ZIP, a PDF picked by
mistake) says what it is in one sentence and changes nothing; UTF-32 text imports."""

from __future__ import annotations

import codecs
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv
from companion.core.shared.app_state import AppState
from tests.helpers import not_text
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import folder_snapshot
from tests.helpers.journal_ui import (
    MakeWindow,
    add_entries,
    import_through_page,
    journal_page,
    stored,
)


def test_a_photo_a_zip_and_a_pdf_named_csv_each_get_one_sentence_and_change_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Each was "Nothing was imported. The file is not plain text in UTF-8, so it is not
    a journal export from this app.", whatever it was; a page of rows with problems
    when its bytes held no NUL."""
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    before = folder_snapshot(returning_state.data_dir)
    said = {}
    for name, raw in [
        ("photo.csv", not_text.png()),
        ("backup.csv", not_text.zip_of_export()),
        ("report.json", not_text.pdf()),
        ("journal.txt", not_text.CSV_HEADER.encode() + not_text.binary_without_nul()),
    ]:
        source = tmp_path / name
        source.write_bytes(raw)
        assert import_through_page(qtbot, page, source) == []  # nothing asked
        said[name] = page.notice_text.text()
        assert page.notice.isVisible()
    assert said == {
        "photo.csv": "Nothing was imported. The file 'photo.csv' is a picture (PNG), not a "
        "journal export from this app.",
        "backup.csv": "Nothing was imported. The file 'backup.csv' is a compressed archive "
        "(such as ZIP): open it first, then import the journal file inside.",
        "report.json": "Nothing was imported. The file 'report.json' is a PDF document, not a "
        "journal export from this app.",
        "journal.txt": "Nothing was imported. The file 'journal.txt' is not a text file, so it "
        "is not a journal export from this app.",
    }
    assert folder_snapshot(returning_state.data_dir) == before
    assert len(page.rows) == 2


def test_a_photo_is_named_in_spanish(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    from companion.ui.shared.language import install_translators

    state = AppState.open(tmp_path / "es", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    source = tmp_path / "foto.csv"
    source.write_bytes(not_text.jpeg())
    assert install_translators(qapp, "es")
    try:
        page = journal_page(make_window(state, page="journal"))
        import_through_page(qtbot, page, source)
        assert page.notice_text.text() == (
            "No se importó nada. El archivo 'foto.csv' es una imagen (JPEG), no una "
            "exportación del diario de esta aplicación."
        )
        assert stored(state) == []
    finally:
        assert install_translators(qapp, "en")


def test_a_journal_saved_as_utf32_imports_through_the_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """It was refused: "The column '\\u0000t\\u0000i\\u0000m\\u0000e\\u0000' is not one
    this app writes", or "not plain text in UTF-8" (big-endian)."""
    page = journal_page(make_window(returning_state, page="journal"))
    note = "Me dolió al bajar la escalera"
    for days, (order, mark) in enumerate(
        [("le", codecs.BOM_UTF32_LE), ("be", codecs.BOM_UTF32_BE)], start=1
    ):
        when = (clock() - timedelta(days=days)).isoformat()
        entry = parse_entry({"time": when, "pain_now": 3, "level": "none", "note": note})
        source = tmp_path / f"diario-{order}.csv"
        text = export_csv([entry]).removeprefix("\ufeff")
        source.write_bytes(mark + text.encode(f"utf-32-{order}"))
        shown = import_through_page(qtbot, page, source)
        assert shown and "1 new entry is ready to add." in shown[0]
        assert page.notice_text.text() == "1 entry was added."
    assert [data["note"] for data in stored(returning_state)] == [note, note]
