""" "Take it home": the kiosk's way to hand a finished check to the person.

A QR code that holds the summary text itself (nothing is sent anywhere), and a print
button when the clinic turned printing on. A kiosk never opens a print dialog: a dialog
can reach "print to file" and with it the file system. It prints straight to the
default printer, or says calmly that the printer is not ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from companion.core.shared.kiosk_config import KioskConfig
from companion.ui.check.qr_code import QrCodeView
from companion.ui.shared.page_layout import button, label

PrinterFactory = Callable[[], QPrinter | None]
PRINT_BUTTON_PX = 64  # a main button on a standing touch screen
SIDE_TEXT_PX = 320  # the words beside the code need at least this; else they go below


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when there is none or it cannot print."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull() or info.state() == QPrinter.PrinterState.Error:
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return printer if printer.isValid() else None


def offers_handoff(config: KioskConfig) -> bool:
    return config.offers_qr or config.offers_print


class HandoffPanel(QFrame):
    """The "Take it home" card. Build it only when `offers_handoff(config)`.

    `summary` is the short text inside the QR code; `print_versions` the one-page
    summary that is printed, at each level of detail (see `check_report.render`).
    `printer_factory` gives the printer (tests pass their own).
    """

    def __init__(
        self,
        summary: str,
        print_versions: list[str],
        config: KioskConfig,
        *,
        printer_factory: PrinterFactory = default_printer,
    ) -> None:
        super().__init__()
        self.setProperty("role", "hero")  # a card, like page_layout.card("hero")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(14)
        self.setObjectName("handoffPanel")
        self.setAccessibleName(self.tr("Take it home"))
        self.summary = summary
        self.print_versions = print_versions
        self._printer_factory = printer_factory
        column.addWidget(label(self.tr("Take it home"), "heading"))
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(24)
        column.addLayout(self.row)
        self.qr: QrCodeView | None = None
        if config.offers_qr:
            self.qr = QrCodeView(summary)
            self.row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.setSpacing(14)
        self.caption: QWidget | None = None
        if self.qr is not None:
            self.caption = label(
                self.tr(
                    "Point your phone's camera at the code. Your summary is inside the code "
                    "itself: nothing is sent anywhere, and nothing is kept here."
                )
            )
            side_column.addWidget(self.caption)
        self.print_button: QPushButton | None = None
        if config.offers_print:
            if self.qr is not None:
                offer = self.tr(
                    "Or print a one-page summary to show your doctor or physiotherapist."
                )
            else:
                offer = self.tr("Print a one-page summary to show your doctor or physiotherapist.")
            side_column.addWidget(label(offer))
            self.print_button = button(self.tr("Print a summary"), role="primary")
            # The app's stylesheet sets every button's height; this one is a main button.
            self.print_button.setStyleSheet(f"min-height: {PRINT_BUTTON_PX}px; padding: 0 32px;")
            self.print_button.clicked.connect(self.print_summary)
            side_column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message_label = label("", "muted")
        self.message_label.setObjectName("handoffMessage")
        self.message_label.hide()
        side_column.addWidget(self.message_label)
        side_column.addStretch(1)
        self.row.addWidget(side, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Words beside the code when there is room, below it when there is not."""
        super().resizeEvent(event)
        if self.qr is None:
            return
        wide = event.size().width() >= self.qr.sizeHint().width() + SIDE_TEXT_PX + 64
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            align = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag.AlignHCenter
            self.row.setAlignment(self.qr, align)

    def print_summary(self) -> bool:
        """Print straight to the default printer (no dialog); True when it was sent."""
        from companion.ui.check.report import render

        if self.print_button is None:
            return False
        printer = self._printer_factory()
        if printer is None:
            self._tell(self.tr("The printer is not ready. Please ask at the front desk."))
            return False
        render(self.print_versions, printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self._tell(self.tr("The printer is not ready. Please ask at the front desk."))
            return False
        # One copy per check: a shared printer is not emptied by a button held down.
        self.print_button.setEnabled(False)
        self._tell(
            self.tr(
                "Your summary is printing. Please pick it up at the printer, "
                "or ask at the front desk."
            )
        )
        return True

    def _tell(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
