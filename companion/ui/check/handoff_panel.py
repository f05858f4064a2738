""" "Take it home": the kiosk's way to hand a finished check to the person.

A QR code that holds the summary text itself (nothing is sent anywhere), and a print
button when the clinic turned printing on. A kiosk never opens a print dialog: a dialog
can reach "print to file" and with it the file system. It prints straight to the
default printer, or says calmly that the printer is not ready.

The code must be whole on the screen for a phone to read it: a long one (800 characters
in Spanish, 117 modules) is 468 px at 4 px a module, and an 800x600 kiosk, or a
1024x600 one at the largest text (175%), leaves 468 px to the page below its bar of
132 px (a 1024x600 kiosk at 100% text, 528 px below a bar of 72). There the heading
goes beside the code or under it, with the other words, and "Take your summary home"
brings the code's top to the top of the page: with the heading above the code, the code
was 27 to 32 px below the screen's edge and the heading half hidden at its top.
With printing on, the code's caption goes under the code when the words beside it would
push the print button off the page (at 800x600, 175%, Spanish it began 239 px below).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.handoff import PRINT, QR
from companion.ui.check.qr_code import QrCodeView
from companion.ui.shared.page_layout import button, label, scroll_area_around

PrinterFactory = Callable[[], QPrinter | None]
PRINT_BUTTON_PX = 64  # a main button on a standing touch screen
SIDE_TEXT_PX = 320  # the words beside the code need at least this; else they go below
# When the page is too short for the heading above the code, the words may go beside the
# code in a narrower column: on an 800x600 kiosk that leaves them 188 px.
SHORT_SIDE_TEXT_PX = 180


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when there is none or it cannot print."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull() or info.state() == QPrinter.PrinterState.Error:
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return printer if printer.isValid() else None


class HandoffPanel(QFrame):
    """The "Take it home" card. Build it only when `ways` (from `handoff.ways_home`, the
    one rule for which result offers what) holds a way: "qr", "print" or both.

    `summary` is the short text inside the QR code; `print_versions` the one-page
    summary that is printed, at each level of detail (see `check_report.render`).
    `printer_factory` gives the printer (tests pass their own).
    """

    def __init__(
        self,
        summary: str,
        print_versions: list[str],
        ways: frozenset[str],
        *,
        printer_factory: PrinterFactory = default_printer,
    ) -> None:
        super().__init__()
        self.setProperty("role", "hero")  # a card, like page_layout.card("hero")
        self.column = column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(14)
        self._area: QScrollArea | None = None  # the page this card scrolls in
        self.setObjectName("handoffPanel")
        self.setAccessibleName(self.tr("Take it home"))
        self.summary = summary
        self.print_versions = print_versions
        self._printer_factory = printer_factory
        self.heading = label(self.tr("Take it home"), "heading")
        column.addWidget(self.heading)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(24)
        column.addLayout(self.row)
        self.qr: QrCodeView | None = None
        if QR in ways:
            self.qr = QrCodeView(summary)
            self.row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.side = side = QWidget()
        self.side_column = side_column = QVBoxLayout(side)
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
        self.offer: QLabel | None = None
        if PRINT in ways:
            # "Or print..." follows the code's caption; alone beside the code, "Print...".
            self._offers = (
                self.tr("Or print a one-page summary to show your doctor or physiotherapist."),
                self.tr("Print a one-page summary to show your doctor or physiotherapist."),
            )
            self.offer = label(self._offers[0] if self.qr is not None else self._offers[1])
            side_column.addWidget(self.offer)
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
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        area = scroll_area_around(self)
        if area is not self._area:
            if self._area is not None:
                self._area.viewport().removeEventFilter(self)
            self._area = area
            if area is not None:
                area.viewport().installEventFilter(self)  # how tall the page shows
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self._area is not None
            and watched is self._area.viewport()
        ):
            self._arrange()
        return False

    def _arrange(self) -> None:
        """The heading above the code when the page shows both whole, else with the
        words; the words beside the code when there is room, else below it."""
        if self.qr is None:
            return
        code = self.qr.sizeHint()
        margins = self.column.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        heading = (
            self.heading.heightForWidth(inner) if inner > 0 else self.heading.sizeHint().height()
        )
        page = self._area.viewport().height() if self._area is not None else None
        short = page is not None and (
            page < margins.top() + heading + self.column.spacing() + code.height()
        )
        beside = margins.left() + margins.right() + self.row.spacing() + code.width()
        wide = self.width() >= beside + (SHORT_SIDE_TEXT_PX if short else SIDE_TEXT_PX)
        if short != (self.heading.parentWidget() is self.side):
            target = self.side_column if short else self.column
            target.insertWidget(0, self.heading)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            align = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag.AlignHCenter
            self.row.setAlignment(self.qr, align)
        self._place_caption(page if wide else None, self.width() - beside)

    def _place_caption(self, page: int | None, side: int) -> None:
        """The code's caption beside the code, or under it when the words beside it would
        push the print button below the page: the button must be seen to be used."""
        if self.caption is None or self.print_button is None:
            return
        below = page is not None and self._beside_need(side) > page
        if below == (self.caption.parentWidget() is self.side):
            if self.offer is not None:
                self.offer.setText(self._offers[1] if below else self._offers[0])
            if below:
                self.column.addWidget(self.caption)
            else:
                at = 1 if self.heading.parentWidget() is self.side else 0
                self.side_column.insertWidget(at, self.caption)

    def _beside_need(self, side: int) -> int:
        """How tall the words beside the code are with the caption among them, the offer
        measured as it reads there ("Or print..."), whichever words it shows now: measured
        as shown, under the code it read "Print..." and fitted, beside it "Or print..."
        and did not, and at some sizes the caption went back and forth without end."""
        shown_offer = self.offer.text() if self.offer is not None else None
        if self.offer is not None and shown_offer != self._offers[0]:
            self.offer.setText(self._offers[0])
        words = (self.heading, self.caption, self.offer, self.print_button)
        shown = [w for w in words if w is self.caption or w in self.side.children()]
        need = sum(
            w.heightForWidth(side) if w.hasHeightForWidth() else w.sizeHint().height()
            for w in shown
            if w is not None
        )
        if self.offer is not None and shown_offer is not None:
            self.offer.setText(shown_offer)
        return need + self.side_column.spacing() * (len(shown) - 1)

    def take_home_button(self) -> QPushButton:
        """ "Take your summary home": for the screen it ends, above the card, which sits
        further down on a kiosk; one touch brings the card into view (`show_card`)."""
        take_home = button(self.tr("Take your summary home"), role="primary")
        take_home.clicked.connect(self.show_card)
        return take_home

    def show_card(self) -> None:
        """Scroll this card into view and move the keyboard focus into it."""
        self.bring_into_view()
        focusable = [
            w
            for w in self.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self)
        ]
        if focusable:
            focusable[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def bring_into_view(self) -> None:
        """Scroll the page to this card: the whole card when it fits, else the code's
        top at the top of the page with as much of the card above it as fits whole."""
        area = self._area
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        # The layouts settle first: the scroll is worked out from where the code is.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        page = area.viewport().height()
        if self.qr is None or self.height() <= page:
            area.ensureWidgetVisible(self, 0, 0)
            return
        card_top = self.mapTo(content, QPoint(0, 0)).y()
        code_top = self.qr.mapTo(content, QPoint(0, 0)).y()
        fits_above = code_top - card_top <= page - self.qr.height()
        area.verticalScrollBar().setValue(card_top if fits_above else code_top)

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
