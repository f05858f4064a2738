"""The clinician's report: one page that stands alone, and the entries on the pages after.

Page 1 (`report_page_one`) is one HTML document (QTextDocument) laid out on the page at
the printer's own resolution; when a long trend or many activities would push it past one
page, the graph and then the text shrink until it fits, so page 1 is always one page. The
entry table, when asked for, is drawn row by row with QPainter: each row is measured first
and moved whole to the next page when it would not fit
(`core.journal.report_plan.paginate`), with the heading row repeated on each page
(`report_table`).

The same drawing goes to a PDF (QPdfWriter), to a printer, or to the command line's
`journal report`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_NAME
from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import dated_entries
from companion.core.journal.insights import InsightContent
from companion.core.journal.report_plan import Period, report_period
from companion.core.journal.trend import TrendContent
from companion.core.shared.atomic_file import claim_output
from companion.ui.journal.report_data import ReportData, ReportOptions
from companion.ui.journal.report_graph import CHART_HEIGHT, MIN_CHART_HEIGHT, chart_image
from companion.ui.journal.report_page_one import BODY_POINTS, PageOne
from companion.ui.journal.report_table import EntryTable, PrintedWords, draw_page_number
from companion.ui.shared.dialog import quit_keys
from companion.ui.shared.paper import default_paper, page_size

RESOLUTION = 300  # dots per inch of the PDF
MARGIN_MM = 14


class JournalReport:
    """The report of `data`, gathered once; `write_pdf`, `print_with_dialog` or `render`."""

    def __init__(
        self,
        data: ReportData,
        content: JournalContent,
        trend_content: TrendContent,
        insight_content: InsightContent,
        options: ReportOptions | None = None,
    ) -> None:
        # Entries dated ahead of today are in none of its figures, its graph nor its
        # table (`dated_entries`, as on Home); page 1 says how many were left out.
        dated = dated_entries(data.entries, data.now.date())
        data = replace(data, entries=dated.current)
        self.data = data
        self.content = content
        self.options = options or ReportOptions(paper=default_paper())
        self.entries = list(data.entries)
        self.now = data.now
        self.period: Period | None = report_period(self.entries, data.checks, data.now.date())
        self.pages_written = 0
        self.words = PrintedWords(QApplication.font())  # the person's own, as printed
        self.page_one = PageOne(
            data,
            content,
            trend_content,
            insight_content,
            period=self.period,
            words=self.words,
            full=self.options.full,
            ahead=dated.ahead,
        )
        self.summary = self.page_one.summary  # the trend and what helps, as on page 1

    def html_text(self, body_points: float = BODY_POINTS, image_width: int = 600) -> str:
        """Page 1 as HTML; `image_width` in the document's own units."""
        return self.page_one.html_text(body_points, image_width)

    def first_page(self, device: QPagedPaintDevice, size: QSizeF) -> QTextDocument:
        """Page 1 laid out for `device` in a `size` (device pixels) box, on one page.

        Tries the full-size graph and text first, then a smaller graph, then smaller
        text, until it fits."""
        attempts = [(BODY_POINTS, CHART_HEIGHT)]
        attempts += [(p, CHART_HEIGHT) for p in (8.0, 7.5)]
        # The graph's smallest: below this its seven levels' names would overlap.
        attempts += [(p, MIN_CHART_HEIGHT) for p in (7.0, 6.5, 6.0)]
        images: dict[int, QImage] = {}
        doc = QTextDocument()
        for points, height in attempts:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(device)
            font = QFont(QApplication.font())
            font.setPointSizeF(points)
            doc.setDefaultFont(font)
            doc.setPageSize(size)
            doc.setDocumentMargin(0)
            if self.entries or self.data.checks:
                if height not in images:
                    images[height] = chart_image(self.data, self.content, self.period, height)
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl("chart://graph"), images[height]
                )
            # The graph as wide as the page. An image's width in HTML counts pixels of
            # an ordinary 96 dpi screen, which the layout scales to the device.
            doc.setHtml(self.html_text(points, int(size.width() * 96 / device.logicalDpiX())))
            if doc.pageCount() <= 1:
                return doc
        return doc  # the smallest try; never reached with the report's bounded content

    # --- output ---

    def render(self, device: QPagedPaintDevice) -> int:
        """Draw the report on `device` (its page layout already set); returns the number
        of pages drawn."""
        rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
        size = QSizeF(rect.width(), rect.height())
        # The table is laid out first: page 1's number says how many pages follow.
        table, laid_out = None, None
        if self.options.full and self.entries:
            table = EntryTable(self.entries, self.content, self.data.language, self.now, self.words)
            laid_out = table.pages(device, size.width(), size.height())
        total = 1 + (len(laid_out[0]) if laid_out else 0)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(f"The report could not be drawn on {type(device).__name__}.")
        doc = self.first_page(device, size)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        doc.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
        draw_page_number(painter, device, size, 1, total)
        pages = 1
        if table and laid_out:
            pages += table.draw(painter, device, size, laid_out, total)
        painter.end()
        self.pages_written = pages
        return pages

    def page_layout(self) -> QPageLayout:
        return QPageLayout(
            page_size(self.options.paper),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )

    def write_pdf(self, path: Path, keep_out: Path | None = None) -> int:
        """Write the report as a PDF (never inside `keep_out`, the data folder); returns
        its number of pages.

        Raises:
            OSError: the file could not be written.
        """
        path = claim_output(path, keep_out)  # not a pipe, a device or the data folder
        writer = QPdfWriter(str(path))
        writer.setTitle(QCoreApplication.translate("JournalReport", "Journal report"))
        writer.setCreator(APP_NAME)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(self.page_layout())
        pages = self.render(writer)
        del writer  # finishes the file
        if not path.is_file() or path.stat().st_size == 0:
            raise OSError(f"The PDF file {path} was not written.")
        return pages

    def print_with_dialog(self, parent: QWidget) -> bool:
        """Ask for a printer, then print; False when the person cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only for printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout())
        dialog = QPrintDialog(printer, parent)
        title = QCoreApplication.translate("JournalReport", "Print the journal report")
        dialog.setWindowTitle(title)
        quit_keys(dialog)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.render(printer)
        return True
