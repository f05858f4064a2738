"""A long note in the report's entry table is cut short so its row fits a page, and the
table says so: how much was left out, and that the whole note is in the app."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry, parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shared.language import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.journal_report import NOW, page_words, report
from tests.helpers.journal_ui import MakeWindow, journal_page, save_report_through_page

# 1,919 characters once the last space goes; the table shows 397 of them (up to "went",
# the last whole word that fits) and "…".
LONG = "The pain went down to the calf after the drive. " * 40
SHORT = "Better after a walk."


def table_words(path: Path) -> str:
    return " ".join(word for word, _top, _bottom in page_words(path, 2))


def test_a_note_cut_short_says_how_much_is_left_out(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """A 1,919-character note ended "…" after 399 characters with nothing to say that
    most of it was missing."""
    notes = returning_state.store.partitioned(JOURNAL, "time")
    for days_ago, note in ((1, LONG), (0, SHORT)):
        when = clock() - timedelta(days=days_ago, hours=1)
        row = {"time": when.isoformat(), "pain_now": 4, "level": "calf", "side": "left"}
        row["note"] = note
        notes.insert(parse_entry(row).to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target, every_entry=True)
    words = table_words(target)
    assert "The pain went… (cut short: 1522 more characters in the app)" in words
    assert words.count("cut short") == 1  # not beside the short note
    assert f"{SHORT} (cut short" not in words


def test_the_spanish_table_says_so_in_spanish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    # 1,921 characters: the last space stays, before the "x"; 397 are shown
    items = [
        Entry(time=NOW - timedelta(hours=3), pain_now=4, level="calf", side="left", note=LONG + "x")
    ]
    assert install_translators(qapp, "es")
    try:
        target = tmp_path / "informe.pdf"
        report(items, language="es", full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
    assert "went… (recortada: 1524 caracteres más en la aplicación)" in table_words(target)
