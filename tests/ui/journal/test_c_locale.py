"""Dates under the C locale (LANG=C, LC_ALL=C: a bare server, a container, a rescue
shell): its own short date is "d MM yyyy", numbers with spaces and nothing to say which
is the day."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import (
    MakeWindow,
    add_entries,
    journal_page,
    save_report_through_page,
)
from tests.helpers.qt import visible_text


@pytest.fixture
def c_locale(qapp: QApplication) -> Iterator[None]:
    """Dates and numbers as the app writes them when the system names no language."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        yield
    finally:
        QLocale.setDefault(before)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_reports_entry_table_writes_iso_days_under_the_c_locale(
    qtbot: QtBot,
    c_locale: None,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Each row began "8 03 2026, 09:30": a clinician could not tell 8 March from 3
    August. Now "2026-03-08, 09:30"; the dates in sentences keep the month's name."""
    add_entries(returning_state, clock, ["calf", "calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target, every_entry=True)
    text = pdf_text(target)
    rows = re.findall(r"^(\S.*?, \d\d:\d\d)\s+4\s", text, re.MULTILINE)
    assert rows == ["2026-03-09, 09:30", "2026-03-08, 09:30", "2026-03-07, 09:30"]
    assert "Entries, 7 March 2026 to 9 March 2026" in text and "Page 2 of 2" in text
    assert not re.search(r"\b\d{1,2} \d\d \d{4}\b", text)  # no "8 03 2026" anywhere


def test_the_journal_page_names_the_month_under_the_c_locale(
    qtbot: QtBot,
    c_locale: None,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    assert [heading.text() for heading in page.day_headings] == [
        "Monday, 9 March 2026",
        "Sunday, 8 March 2026",
    ]
    assert page.rows[0].accessibleName().startswith("Mon, 9 Mar 2026, 09:30: ")
    shown = visible_text(page)
    assert not re.search(r"\b\d{1,2} \d\d \d{4}\b", shown), shown
