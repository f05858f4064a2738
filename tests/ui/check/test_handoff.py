"""Kiosk "Take it home": the QR code decodes to the summary; printing needs no dialog."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.check.handoff import SAFETY_LIMIT, SUMMARY_LIMIT
from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check import handoff_panel
from companion.ui.check.handoff_panel import HandoffPanel
from companion.ui.check.page import CheckPage
from companion.ui.check.qr_code import (
    GOOD_MODULE_PX,
    MIN_MODULE_PX,
    QrCodeView,
    preferred_module_px,
)
from companion.ui.check.result import ResultScreen
from companion.ui.shared.theme import apply_theme
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import MakeWindow, check_page, kiosk_state, panel_of, start, walk
from tests.helpers.clock import FakeClock
from tests.helpers.qr import decode, gray
from tests.helpers.qt import click

NOT_READY = "The printer is not ready. Please ask at the front desk."


def finished_check(
    qtbot: QtBot,
    make_window: MakeWindow,
    state: AppState,
    printer: Callable[[], QPrinter | None] | None = None,
) -> tuple[CheckPage, ResultScreen]:
    page = check_page(make_window(state, page="check"))
    page.printer_factory = printer
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    return page, result


def module_size(qr: QrCodeView) -> int:
    """Pixels per module, measured on the drawing: the top row of the top-left finder
    pattern is 7 modules of black, and the quiet zone left of it is white."""
    pixels = gray(qr.grab().toImage())
    dark = pixels < 128
    top = int(np.argmax(dark.any(axis=1)))
    left = int(np.argmax(dark[top]))
    run = int(np.argmin(dark[top, left:]))
    assert run % 7 == 0, run
    px = run // 7
    quiet = pixels[max(top - 4 * px, 0) : top + 7 * px, left - 4 * px : left]
    assert quiet.shape[1] == 4 * px and (quiet > 200).all(), "no white quiet zone"
    return px


def test_the_qr_code_holds_the_summary_text_itself(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    page, result = finished_check(qtbot, make_window, kiosk_state(clock, phone="+44 20 7946 0000"))
    panel = panel_of(qtbot, result)
    assert panel.qr is not None and panel.qr.isVisible()
    summary = page.handoff_summary()
    assert summary is not None and panel.summary == summary
    assert len(summary) <= SUMMARY_LIMIT
    assert "How urgent: Self-care" in summary
    assert "Fits best: Irritated sciatic nerve" in summary
    assert "Get help now, call 112: Numbness around" in summary
    assert "; Chest pain or sudden breathlessness." in summary
    assert "Clinic phone: +44 20 7946 0000" in summary
    assert decode(panel.qr) == [summary]
    assert module_size(panel.qr) >= MIN_MODULE_PX
    assert module_size(panel.qr) == panel.qr.module_px()
    assert panel.qr.accessibleName() == "QR code with your summary"
    assert panel.qr.accessibleDescription() == summary
    assert panel.caption is not None
    assert "nothing is sent anywhere, and nothing is kept here" in panel.caption.text()


def test_the_qr_code_stays_dark_on_light_in_dark_mode(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, qapp: QApplication
) -> None:
    apply_theme(qapp, Theme.DARK, 115)
    page, result = finished_check(qtbot, make_window, kiosk_state(clock))
    qr = panel_of(qtbot, result).qr
    assert qr is not None
    assert decode(qr) == [page.handoff_summary()]
    module_size(qr)  # the quiet zone is white


def test_the_code_is_big_enough_to_scan_from_arms_length(qtbot: QtBot) -> None:
    longest = "x" * SUMMARY_LIMIT
    qr = QrCodeView(longest)
    qtbot.addWidget(qr)
    modules = qr.modules()
    assert qr.version <= 21
    # On a 1080p screen: at least 6 pixels a module and well over 300 pixels wide.
    assert preferred_module_px(1080, modules) >= GOOD_MODULE_PX
    assert preferred_module_px(1080, modules) * modules >= 300
    # On a small tablet it shrinks, but never below 4 pixels a module.
    assert preferred_module_px(600, modules) == MIN_MODULE_PX
    assert preferred_module_px(300, modules) == MIN_MODULE_PX
    assert qr.minimumSizeHint().width() == modules * MIN_MODULE_PX
    # Drawn in the space it is given, in whole pixels a module.
    qr.resize(700, 700)
    qr.show()
    assert qr.module_px() == 700 // modules
    assert module_size(qr) == qr.module_px()
    assert decode(qr) == [longest]


# The longest Spanish take-home code of the case stories (824 characters, 837 bytes),
# in the words of its first lines: accented letters take two bytes in the code.
SPANISH = (
    "Revisión del dolor de muslo, 2026-03-09\n\nGrado de urgencia: Consulte pronto a su "
    "médico o fisioterapeuta.\nPiernas pesadas al caminar, igual desde hace meses: Esto "
    "suele deberse a un canal vertebral estrecho, que por lo general se mantiene estable. "
)


def test_the_longest_code_with_its_safety_lines_still_scans_on_a_small_kiosk(
    qtbot: QtBot,
) -> None:
    """Only the lines that keep a person safe take the code past 700 characters, up to
    830: in Spanish that is a version 23 code, 117 modules with the quiet zone, that a
    1024x600 kiosk shows at 4 pixels a module (468 pixels, below its bar)."""
    longest = (SPANISH * 8)[:SAFETY_LIMIT]
    assert len(longest.encode()) > SAFETY_LIMIT
    qr = QrCodeView(longest)
    qtbot.addWidget(qr)
    assert qr.version == 23 and qr.modules() == 117
    assert preferred_module_px(600, qr.modules()) == MIN_MODULE_PX
    # A 1024x600 kiosk's page is 528 px high at 100% text, 468 at 175% (and 800x600's).
    assert qr.minimumSizeHint().height() == 468
    qr.resize(468, 468)
    qr.show()
    assert qr.module_px() == MIN_MODULE_PX and module_size(qr) == MIN_MODULE_PX
    assert qr.code_rect() == qr.rect()  # drawn whole, nothing clipped
    assert decode(qr) == [longest]


def test_print_button_only_when_the_clinic_offers_printing(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    _page, result = finished_check(qtbot, make_window, kiosk_state(clock, frozenset({"qr"})))
    panel = panel_of(qtbot, result)
    assert panel.qr is not None and panel.print_button is None
    texts = [b.text() for b in result.findChildren(QPushButton) if b.isVisible()]
    assert "Print a summary" not in texts


def test_print_only_shows_no_code(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock) -> None:
    _page, result = finished_check(qtbot, make_window, kiosk_state(clock, frozenset({"print"})))
    panel = panel_of(qtbot, result)
    assert panel.qr is None and panel.caption is None
    assert panel.print_button is not None and panel.print_button.isVisible()
    assert panel.print_button.height() >= 64


def test_printing_goes_straight_to_the_printer_without_a_dialog(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    made: list[QPrinter] = []

    def printer() -> QPrinter:
        made.append(QPrinter(QPrinter.PrinterMode.HighResolution))
        made[-1].setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made[-1].setOutputFileName(str(target))
        return made[-1]

    page, result = finished_check(qtbot, make_window, kiosk_state(clock), printer)
    panel = panel_of(qtbot, result)
    assert panel.print_button is not None
    click(qtbot, panel.print_button)
    assert len(made) == 1
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.message_label.isVisible()
    assert panel.message_label.text().startswith("Your summary is printing.")
    assert not panel.print_button.isEnabled()  # one copy per check
    assert panel.print_versions == page.summary_versions()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    if text.returncode == 0:
        words = " ".join(text.stdout.split())
        assert "Irritated sciatic nerve" in words and "What was reported" in words


def test_no_printer_says_so_calmly(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock) -> None:
    _page, result = finished_check(qtbot, make_window, kiosk_state(clock), lambda: None)
    panel = panel_of(qtbot, result)
    assert panel.print_button is not None
    click(qtbot, panel.print_button)
    assert panel.message_label.isVisible() and panel.message_label.text() == NOT_READY
    assert panel.print_button.isEnabled()  # the desk can fix it; try again then
    panel.message_label.hide()
    window = panel.window()
    if not window.isActiveWindow():  # keys only reach the active window
        with qtbot.waitActive(window):
            window.activateWindow()
    panel.print_button.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard reaches it too
    qtbot.waitUntil(panel.print_button.hasFocus)
    qtbot.keyClick(panel.print_button, Qt.Key.Key_Return)
    assert panel.message_label.isVisible() and panel.message_label.text() == NOT_READY


def test_without_a_default_printer_the_real_path_says_not_ready(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoDefault:
        @staticmethod
        def defaultPrinter() -> QPrinterInfo:
            return QPrinterInfo()  # a null printer

    monkeypatch.setattr(handoff_panel, "QPrinterInfo", NoDefault)
    _page, result = finished_check(
        qtbot, make_window, kiosk_state(clock)
    )  # the default printer path
    panel = panel_of(qtbot, result)
    assert panel.print_button is not None
    click(qtbot, panel.print_button)
    assert panel.message_label.text() == NOT_READY
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]


def test_kiosk_result_has_no_journal_pdf_or_print_dialog(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    page, result = finished_check(qtbot, make_window, kiosk_state(clock))
    assert result.journal_button is None and result.pdf_button is None
    assert result.print_button is None
    texts = [b.text() for b in result.findChildren(QPushButton) if b.isVisible()]
    assert "Open the journal" not in texts and "Save as PDF" not in texts
    assert texts.count("Print a summary") == 1  # the hand-off card's, which opens no dialog
    page.print_summary()  # the old dialog path does nothing on a shared screen
    assert page.print_dialog is None


def test_no_handoff_hides_the_card(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock) -> None:
    _page, result = finished_check(qtbot, make_window, kiosk_state(clock, frozenset()))
    assert result.findChildren(HandoffPanel) == []
    assert result.findChildren(QrCodeView) == []
    texts = [b.text() for b in result.findChildren(QPushButton) if b.isVisible()]
    assert "Print a summary" not in texts


def test_outside_kiosk_mode_nothing_changes(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    _page, result = finished_check(qtbot, make_window, returning_state)
    assert result.findChildren(HandoffPanel) == []
    assert result.journal_button is not None and result.journal_button.isVisible()
    assert result.print_button is not None and result.pdf_button is not None
