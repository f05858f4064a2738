"""The clinician's report: one page that stands alone, and the entries on the pages after.

Page 1 is one HTML document (QTextDocument) laid out on the page at the printer's own
resolution; when a long trend or many activities would push it past one page, the graph
and then the text shrink until it fits, so page 1 is always one page. The entry table,
when asked for, is drawn row by row with QPainter: each row is measured first and moved
whole to the next page when it would not fit (`core.journal.report_plan.paginate`), with
the heading row repeated on each page. What the report holds is decided in
`core.journal.report_plan`; the trend and what seems to help come from
`core.journal.overview.summarize`, the same words as the Journal page and
`journal summary`.

The same drawing goes to a PDF (QPdfWriter), to a printer, or to the command line's
`journal report`. The graph is drawn in light colours whatever the app's theme, since
paper is white.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from companion import APP_NAME
from companion.core.check.history import record_summary
from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import BOTH_LEGS, Entry
from companion.core.journal.figures import PeriodFigures
from companion.core.journal.insights import InsightContent
from companion.core.journal.overview import JournalSummary, summarize
from companion.core.journal.report_plan import (
    KeyFigures,
    Period,
    activity_scores,
    key_figures,
    last_check,
    report_period,
    warning_signs,
)
from companion.core.journal.safety import load_check_rules
from companion.core.journal.series import DAY, next_day_start, range_start
from companion.core.journal.trend import TrendContent
from companion.core.shared.atomic_file import claim_output
from companion.core.shared.get_help import load_get_help
from companion.core.shared.paper import A4
from companion.core.shared.records import CheckRecord, TimerEvent
from companion.core.shared.wall_clock import day_zone
from companion.ui.journal.report_table import (
    HEADING_FILL,
    INK,
    EntryTable,
    PrintedWords,
    draw_page_number,
)
from companion.ui.shared.dates import day_text
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.paper import default_paper, page_size
from companion.ui.shared.theme import LIGHT, qpalette

CHART_WIDTH = 900  # pixels the graph is laid out at (then drawn three times larger)
CHART_HEIGHT = 480
MIN_CHART_HEIGHT = 450
CHART_SCALE = 3  # drawn at three times the size, for print
MIN_GRAPH_DAYS = 7  # a short journal's graph still shows a week
WEEKLY_ABOVE_DAYS = 400  # as the graph: weekly averages beyond about a year
RESOLUTION = 300  # dots per inch of the PDF
MARGIN_MM = 14
BODY_POINTS = 8.5  # page 1's text, shrunk when needed to fit one page
MUTED = "#4B5B63"
SIGNS_FILL = "#FBEAE5"  # a light warm tint behind the warning signs given


@dataclass(frozen=True)
class ReportOptions:
    """What the person chose: the entry table on the following pages, and the paper."""

    full: bool = False
    paper: str = A4


@dataclass(frozen=True)
class ReportData:
    """Everything the report reads: entries, timer events and checks sorted by time."""

    entries: Sequence[Entry]
    events: Sequence[TimerEvent]
    checks: Sequence[CheckRecord]
    now: datetime
    emergency_number: str | None
    language: str


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
        self.data = data
        self.content = content
        self.trend_content = trend_content
        self.options = options or ReportOptions(paper=default_paper())
        self.entries = list(data.entries)
        self.now = data.now
        self.period: Period | None = report_period(self.entries, data.checks)
        self.summary: JournalSummary = summarize(
            self.entries,
            data.events,
            self.now,
            trend_content=trend_content,
            insight_content=insight_content,
            journal_content=content,
            emergency_number=emergency_number_text(data.emergency_number),
        )
        self.pages_written = 0
        self.words = PrintedWords(QApplication.font())  # the person's own, as printed
        # The last check's line in the report's language, read once (page 1 is laid out up
        # to six times); the words saved on the day when the check's own cannot be read.
        check = last_check(data.checks, self.now)
        self.check_line = ""
        if check is not None:
            rules = load_check_rules(data.language)
            self.check_line = check.summary if rules is None else record_summary(rules, check)

    # --- the graph ---

    def graph_days(self) -> tuple[float, float]:
        """The graph's dates (seconds): the report's period as whole days, at least a week."""
        zone = day_zone(self.now)
        period = self.period
        last = period.last if period else self.now.date()
        end = datetime(last.year, last.month, last.day, 12, tzinfo=zone).timestamp()
        end = next_day_start(end, zone)
        start = range_start(end, MIN_GRAPH_DAYS, zone)
        if period is not None:
            first = datetime(period.first.year, period.first.month, period.first.day, tzinfo=zone)
            start = min(start, first.timestamp())
        return start, end

    def graph_title(self) -> str:
        start, end = self.graph_days()
        zone = day_zone(self.now)
        first = datetime.fromtimestamp(start, zone).date()
        last = datetime.fromtimestamp(end - 1, zone).date()
        return (
            QCoreApplication.translate("JournalReport", "The graph, %1 to %2")
            .replace("%1", day_text(first))
            .replace("%2", day_text(last))
        )

    def chart_image(self, height: int = CHART_HEIGHT) -> QImage:
        """The graph of the report's period, light colours, at print resolution."""
        from companion.ui.journal.chart import PainDistanceChart  # pyqtgraph: only to draw

        chart = PainDistanceChart(self.content)
        chart.setPalette(qpalette(LIGHT))
        chart.line_scale = CHART_SCALE
        chart.fixed_view_height = height
        chart.restyle()
        # On paper the reach plot, with its seven levels' names, gets a larger share.
        chart.view.ci.layout.setRowStretchFactor(0, 40)
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.resize(CHART_WIDTH, height + 200)
        chart.show()  # lays the plots out at this size, off screen
        chart.set_data(self.entries, self.data.events, self.data.checks, self.now)
        chart.show_dates(*self.graph_days())
        QApplication.sendPostedEvents()
        # Drawn at three times the size on a high-density image, so lines and text stay
        # in proportion and print sharply.
        image = QImage(chart.view.size() * CHART_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(CHART_SCALE)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = chart.view.viewport().rect()
        chart.view.render(painter, QRectF(area), area)
        painter.end()
        chart.close()
        chart.deleteLater()
        return image

    # --- page 1 ---

    def _level_words(self, level: float | None) -> str:
        if level is None:
            return "–"
        return self.content.levels[round(level)].label

    @staticmethod
    def _number(value: float | None, digits: int = 1) -> str:
        return "–" if value is None else QLocale().toString(value, "f", digits)

    def _figures_table(self, figures: KeyFigures) -> str:
        def row(name: str, cells: Sequence[str]) -> str:
            return (
                f"<tr><th align='left'>{html.escape(name)}</th>"
                + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
                + "</tr>"
            )

        columns: tuple[PeriodFigures, ...] = (figures.start, figures.latest, figures.overall)
        days = figures.days  # a plain name: Qt's extraction tool misses `figures.days`
        head = [
            QCoreApplication.translate("JournalReport", "First %n days", "", days),
            QCoreApplication.translate("JournalReport", "Last %n days", "", days),
            QCoreApplication.translate("JournalReport", "Whole period"),
        ]
        return (
            "<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr><th></th>"
            + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
            + "</tr>"
            + row(
                QCoreApplication.translate("JournalReport", "Entries"),
                [str(f.count) for f in columns],
            )
            + row(
                QCoreApplication.translate("JournalReport", "Pain reaches, on average"),
                [self._level_words(f.level) for f in columns],
            )
            + row(
                QCoreApplication.translate("JournalReport", "Pain now, 0 to 10 (average)"),
                [self._number(f.pain) for f in columns],
            )
            + row(
                QCoreApplication.translate("JournalReport", "Worst pain of the day (average)"),
                [self._number(f.worst) for f in columns],
            )
            + row(
                QCoreApplication.translate(
                    "JournalReport", "Walking before symptoms, minutes (average)"
                ),
                [self._number(f.walk, 0) for f in columns],
            )
            + "</table>"
        )

    def _activities_html(self) -> str:
        scores = activity_scores(self.entries)
        heading = html.escape(
            QCoreApplication.translate(
                "JournalReport", "Activities the person rates (0: cannot do it, 10: no trouble)"
            )
        )
        if not scores:
            none = QCoreApplication.translate("JournalReport", "No activities rated.")
            return f"<p class='head'>{heading}</p><p class='muted'>{html.escape(none)}</p>"
        head = [
            QCoreApplication.translate("JournalReport", "Activity"),
            QCoreApplication.translate("JournalReport", "First score"),
            QCoreApplication.translate("JournalReport", "Latest score"),
            QCoreApplication.translate("JournalReport", "Times rated"),
        ]
        rows = []
        for a in scores:
            first = (
                QCoreApplication.translate("JournalReport", "%1 on %2")
                .replace("%1", str(a.first))
                .replace("%2", day_text(a.first_day, short=True))
            )
            latest = (
                QCoreApplication.translate("JournalReport", "%1 on %2")
                .replace("%1", str(a.latest))
                .replace("%2", day_text(a.latest_day, short=True))
            )
            cells = [self.words(a.name), first, latest, str(a.times)]
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        return (
            f"<p class='head'>{heading}</p>"
            "<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"
            + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )

    def _check_html(self) -> str:
        check = last_check(self.data.checks, self.now)
        if check is None:
            text = QCoreApplication.translate("JournalReport", "No guided check has been done yet.")
        else:
            text = (
                QCoreApplication.translate("JournalReport", "Done on %1: %2")
                .replace("%1", day_text(check.time.date()))
                .replace("%2", self.check_line)
            )
        return html.escape(text)

    def _signs_html(self) -> str:
        shared = load_get_help(language=self.data.language)
        signs = warning_signs(self.entries, shared)
        if not signs:
            return html.escape(
                QCoreApplication.translate(
                    "JournalReport", "No warning sign was ticked in this period."
                )
            )
        items = []
        for found in signs:
            count = found.count
            when = day_range(found.first_day, found.last_day)
            if found.sign == BOTH_LEGS:  # not a box: the side and the feelings chosen
                words = QCoreApplication.translate(
                    "JournalReport",
                    "%1: in %n entries, where both legs were chosen with burning, tingling, "
                    "numbness or weakness (%2)",
                    "",
                    count,
                )
            else:
                words = QCoreApplication.translate(
                    "JournalReport", "%1: ticked in %n entries (%2)", "", count
                )
            line = words.replace("%1", shared.sign(found.sign).title).replace("%2", when)
            items.append(f"<li>{html.escape(line)}</li>")
        return "<ul class='signs'>" + "".join(items) + "</ul>"

    def _signs_block(self, title: str) -> str:
        """The warning signs, first after the introduction: at the foot of page 1, below
        the graph and the tables, a sign to act on today was the last thing read. When a
        sign was given, it stands in a tinted box."""
        heading = f"<p class='head'>{html.escape(title)}</p>"
        body = self._signs_html()
        if not body.startswith("<ul"):  # none given: a plain line
            return heading + f"<p>{body}</p>"
        return (
            f"<table width='100%' cellpadding='4' cellspacing='0' bgcolor='{SIGNS_FILL}'>"
            f"<tr><td>{heading}{body}</td></tr></table>"
        )

    def _trend_html(self) -> str:
        words = self.summary.words
        out = f"<p><b>{html.escape(words.title)}.</b> {html.escape(words.text)}</p>"
        if words.same_day:
            out += (
                f"<p><b>{html.escape(words.same_day.title)}.</b> "
                f"{html.escape(words.same_day.text)}</p>"
            )
        if words.warning:
            out += f"<p>{html.escape(words.warning)}</p>"
        if words.clinician:
            out += (
                f"<p><b>{html.escape(words.clinician.title)}.</b> "
                f"{html.escape(words.clinician.text)}</p>"
            )
        return out

    def _helps_html(self) -> str:
        s = self.summary
        out = f"<p class='head'>{html.escape(s.insights_title)}</p>"
        if not s.insights:
            return out + f"<p class='muted'>{html.escape(s.insights_none)}</p>"
        out += "<ul>" + "".join(f"<li>{html.escape(w.text)}</li>" for _i, w in s.insights)
        return out + f"</ul><p class='muted'>{html.escape(s.insights_about)}</p>"

    def _intro(self) -> str:
        count = len(self.entries)
        if self.period is None or not count:
            return QCoreApplication.translate(
                "JournalReport", "Made on %1. The journal has no entries yet."
            ).replace("%1", day_text(self.now.date()))
        made = day_text(self.now.date())
        if self.period.one_day:
            return (
                QCoreApplication.translate(
                    "JournalReport",
                    "Made on %1 from the person's own journal: %n entries on %2.",
                    "",
                    count,
                )
                .replace("%1", made)
                .replace("%2", day_text(self.period.first))
            )
        return (
            QCoreApplication.translate(
                "JournalReport",
                "Made on %1 from the person's own journal: %n entries from %2 to %3.",
                "",
                count,
            )
            .replace("%1", made)
            .replace("%2", day_text(self.period.first))
            .replace("%3", day_text(self.period.last))
        )

    def html_text(self, body_points: float = BODY_POINTS, image_width: int = 600) -> str:
        """Page 1 as HTML; `image_width` in the document's own units."""
        name_line = QCoreApplication.translate(
            "JournalReport", "Name: ______________________   Date of birth: ______________"
        )
        note = QCoreApplication.translate(
            "JournalReport",
            "The person wrote these entries themselves. The app explains and helps with "
            "self-care; it does not diagnose.",
        )
        legend = QCoreApplication.translate(
            "JournalReport",
            "Top: how far down the leg the pain reached each day (shaded; the foot at the "
            "bottom). Then pain now (thick line) and worst of the day (thin line), walking "
            "minutes before symptoms, and days with heat, ice, breaks or a guided check.",
        )
        start, end = self.graph_days()
        if end - start > WEEKLY_ABOVE_DAYS * DAY:
            legend += " " + QCoreApplication.translate(
                "JournalReport", "Over more than a year, the lines show weekly averages."
            )
        more = (
            QCoreApplication.translate(
                "JournalReport", "Every entry follows in a table on the next pages."
            )
            if self.options.full
            else ""
        )
        activities = self._activities_html()  # first: it may print stand-ins
        more += self.words.said()
        graph = ""
        if self.entries or self.data.checks:
            graph = (
                f"<p class='head'>{html.escape(self.graph_title())}</p>"
                f"<p><img src='chart://graph' width='{image_width}'></p>"
                f"<p class='muted small'>{html.escape(legend)}</p>"
            )
        small = body_points * 0.9
        # Outside the f-string below, where Qt's extraction tool could not see them.
        trend_title = QCoreApplication.translate("JournalReport", "Trend")
        figures_title = QCoreApplication.translate("JournalReport", "Key figures")
        check_title = QCoreApplication.translate("JournalReport", "Last guided check")
        signs_title = QCoreApplication.translate("JournalReport", "Warning signs in this period")
        title = QCoreApplication.translate("JournalReport", "Journal report for a clinician")
        return f"""
<html><head><style>
body {{ color: {INK}; font-size: {body_points:.2f}pt; }}
p.title {{ font-size: {body_points * 1.45:.2f}pt; font-weight: bold; margin-bottom: 2px; }}
p.head {{ font-size: {body_points * 1.12:.2f}pt; font-weight: bold; margin-top: 7px; }}
p {{ margin-top: 1px; margin-bottom: 3px; }}
ul {{ margin-top: 0px; margin-bottom: 2px; }}
li {{ margin-bottom: 1px; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background: {HEADING_FILL}; border: 1px solid #D5DEE0; }}
table.grid td {{ border: 1px solid #D5DEE0; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: {small:.2f}pt; }}
</style></head><body>
<p class='title'>{html.escape(title)} – {html.escape(APP_NAME)}</p>
<p>{html.escape(name_line)}</p>
<p class="muted">{html.escape(self._intro())} {html.escape(note)} {html.escape(more)}</p>
{self._signs_block(signs_title)}
<p class='head'>{html.escape(trend_title)}</p>
{self._trend_html()}
{graph}
<p class='head'>{html.escape(figures_title)}</p>
{self._figures_table(key_figures(self.entries, self.trend_content.rules.window_days))}
{activities}
<p class='head'>{html.escape(check_title)}</p>
<p>{self._check_html()}</p>
{self._helps_html()}
</body></html>"""

    def first_page(self, device: QPagedPaintDevice, size: QSizeF) -> QTextDocument:
        """Page 1 laid out for `device` in a `size` (device pixels) box, on one page.

        Tries the full-size graph and text first, then a smaller graph, then smaller
        text, until it fits.
        """
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
                    images[height] = self.chart_image(height)
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
        dialog.setWindowTitle(
            QCoreApplication.translate("JournalReport", "Print the journal report")
        )
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.render(printer)
        return True


def day_range(first: date, last: date) -> str:
    """ "1 December 2026 to 10 December 2026", or "4 December 2026" for one day."""
    if first == last:
        return day_text(first)
    return (
        QCoreApplication.translate("JournalReport", "%1 to %2")
        .replace("%1", day_text(first))
        .replace("%2", day_text(last))
    )
