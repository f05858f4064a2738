"""A note in a script no font on the computer has (Chinese on a computer with only
Western fonts, as a fresh Debian with the package's own dependencies): each such
character is printed as "�", and both the report and the app say so, where the note
had become a row of empty boxes with nothing said."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal import page as page_module
from companion.ui.shared.glyphs import Glyphs
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, save_report_through_page
from tests.helpers.qt import announcements

CHINESE_NOTE = "腿疼 😀 ok"  # "leg hurts": no font here has the two Chinese characters
SPANISH_NOTE = "Caminé más y dolió menos; la señora Núñez dijo ¡ánimo! über"
WARNING_IN_APP = "Some characters you typed cannot be shown in the report"
WARNING_IN_PDF = "Some characters the person typed could not be printed: each is shown as �."


def one_line(text: str) -> str:
    return " ".join(text.split())


def report_through_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    state: AppState,
    clock: FakeClock,
    target: Path,
    note: str,
    activity: str = "Sitting at work",
) -> tuple[str, str]:
    """The note and an activity saved in the journal, then the report with every entry
    made through the page: (the PDF's words, the page's notice)."""
    when = clock() - timedelta(hours=1)
    row = {"time": when.isoformat(), "pain_now": 4, "level": "calf", "side": "left"}
    entry = parse_entry({**row, "note": note, "activities": [{"name": activity, "rating": 6}]})
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    page = journal_page(make_window(state, page="journal"))
    save_report_through_page(qtbot, page, target, every_entry=True)
    shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    return one_line(shown.stdout), one_line(page.notice_text.text())


def test_characters_no_font_has_print_as_a_stand_in_and_the_app_says_so(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before, "腿疼" printed as two empty boxes (pdftotext read nothing there) and the
    notice said only "The report was saved to …"."""
    if all(Glyphs(QApplication.font()).can_draw(c) for c in "腿疼"):
        pytest.skip("this computer has a Chinese font")
    heard = announcements(monkeypatch, page_module)
    pdf, notice = report_through_page(
        qtbot, make_window, returning_state, clock, tmp_path / "report.pdf", CHINESE_NOTE
    )
    # The note's row: two stand-ins, and the emoji DejaVu Sans has is drawn as it was
    # (pdftotext does not read it back: Qt's PDF names no text for it).
    assert "�� ok" in pdf and pdf.count("�") == 3  # with the one in the warning
    assert WARNING_IN_PDF in pdf  # page 1, for the clinician
    assert notice.startswith("The report was saved to")
    assert WARNING_IN_APP in notice and "Each is printed as �." in notice
    # The keyboard stays on the journal: a screen reader is told the notice, whole, once.
    assert [one_line(said) for said in heard if WARNING_IN_APP in said] == [notice]


def test_a_chinese_activity_on_page_one_gets_the_stand_in_too(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    if all(Glyphs(QApplication.font()).can_draw(c) for c in "走路"):
        pytest.skip("this computer has a Chinese font")
    pdf, notice = report_through_page(
        qtbot, make_window, returning_state, clock, tmp_path / "r.pdf", "fine", "走路 walk"
    )
    assert "�� walk" in pdf and WARNING_IN_PDF in pdf and WARNING_IN_APP in notice


def test_accented_latin_words_print_as_typed_with_no_warning(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    pdf, notice = report_through_page(
        qtbot, make_window, returning_state, clock, tmp_path / "report.pdf", SPANISH_NOTE
    )
    assert SPANISH_NOTE in pdf
    assert "�" not in pdf and "could not be printed" not in pdf
    assert WARNING_IN_APP not in notice
