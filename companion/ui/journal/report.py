"""A short report for a clinician: summary, trend, the graph, recent entries, the last check.

Laid out as one HTML document (QTextDocument) and written to a PDF with QPdfWriter, or
printed through the system's print dialog. The graph is drawn in light colours whatever
the app's theme, since paper is white.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_NAME
from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import Entry
from companion.core.journal.figures import PeriodFigures, periods
from companion.core.journal.summary import summarize_entry
from companion.core.journal.trend import TrendContent, classify_trend, describe_trend
from companion.core.shared.app_state import AppState
from companion.core.shared.records import CheckRecord, TimerEvent

CHART_WIDTH = 900
CHART_HEIGHT = 600
CHART_SCALE = 3  # drawn at three times the size, for print
RECENT_DAYS = 14
MAX_ROWS = 16


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalReport", text)


class JournalReport:
    """Everything the report shows, gathered once; `write_pdf` or `print_with_dialog`."""

    def __init__(
        self,
        state: AppState,
        content: JournalContent,
        trend_content: TrendContent,
        entries: Sequence[Entry],
        events: Sequence[TimerEvent],
        checks: Sequence[CheckRecord],
    ) -> None:
        self.state = state
        self.content = content
        self.trend_content = trend_content
        self.entries = list(entries)
        self.events = list(events)
        self.checks = list(checks)
        self.now = state.now()

    # --- the graph ---

    def chart_image(self) -> QImage:
        """The graph of the last 3 months, light colours, at print resolution."""
        from companion.ui.journal.chart import PainDistanceChart
        from companion.ui.shared.theme import LIGHT, qpalette

        chart = PainDistanceChart(self.content)
        chart.setPalette(qpalette(LIGHT))
        chart.line_scale = CHART_SCALE
        chart.restyle()
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.resize(CHART_WIDTH, CHART_HEIGHT)
        chart.show()  # lays the plots out at this size, off screen
        chart.set_data(self.entries, self.events, self.checks, self.now)
        chart.set_range("3m")
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

    # --- the text ---

    def _level_words(self, level: float | None) -> str:
        if level is None:
            return "–"
        return self.content.levels[round(level)].label

    @staticmethod
    def _number(value: float | None, digits: int = 1) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    def _period_row(self, name: str, figures: PeriodFigures) -> str:
        cells = [
            name,
            str(figures.count),
            self._level_words(figures.level),
            self._number(figures.pain),
            self._number(figures.worst),
            self._number(figures.walk, 0),
            self._number(figures.sitting, 0),
        ]
        return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"

    def _summary_table(self) -> str:
        days = self.trend_content.rules.window_days
        split = periods(self.entries, self.now, days)
        head = [
            tr("Period"),
            tr("Entries"),
            tr("Reaches on average"),
            tr("Pain now"),
            tr("Worst pain"),
            tr("Walking (min)"),
            tr("Sitting (min)"),
        ]
        return (
            "<table class='grid' width='100%' cellspacing='0' cellpadding='4'><tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in head)
            + "</tr>"
            + self._period_row(tr("Last %1 days").replace("%1", str(days)), split.recent_figures)
            + self._period_row(
                tr("The %1 days before").replace("%1", str(days)), split.earlier_figures
            )
            + "</table>"
        )

    def _entries_table(self) -> str:
        since = self.now - timedelta(days=RECENT_DAYS)
        recent = [e for e in self.entries if e.time > since][-MAX_ROWS:]
        if not recent:
            recent = self.entries[-MAX_ROWS:]
        head = [
            tr("Date"),
            tr("Pain (worst)"),
            tr("Reaches"),
            tr("Walk"),
            tr("Done"),
            tr("Notes"),
        ]
        rows = []
        for entry in reversed(recent):
            s = summarize_entry(entry, self.content)
            reach = s.reach_short + (f" ({s.side.lower()})" if s.side else "")
            pain = str(s.pain) + (f" ({s.worst})" if s.worst is not None else "")
            notes = []
            if s.warning_signs:
                notes.append(tr("Warning signs ticked."))
            if s.feelings:
                notes.append(", ".join(s.feelings))
            if s.note:
                notes.append(s.note if len(s.note) <= 90 else s.note[:88] + "…")
            cells = [
                entry.time.strftime("%a %d %b, %H:%M"),
                pain,
                reach,
                "" if s.walked is None else f"{s.walked:g}",
                ", ".join(s.done),
                " ".join(notes),
            ]
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        return (
            "<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in head)
            + "</tr></thead>"
            + "".join(rows)
            + "</table>"
        )

    def _check_text(self) -> str:
        check = self.state.latest_check()
        if check is None:
            return html.escape(tr("No guided check has been done yet."))
        when = check.time.strftime("%d %b %Y")
        return html.escape(tr("Done on %1: %2").replace("%1", when).replace("%2", check.summary))

    def html_text(self) -> str:
        trend = classify_trend(self.entries, self.now, self.trend_content.rules)
        number = self.state.settings.current.emergency_number
        words = describe_trend(
            trend, self.trend_content, number or tr("your local emergency number")
        )
        first = self.entries[0].time.strftime("%d %b %Y") if self.entries else "–"
        last = self.entries[-1].time.strftime("%d %b %Y") if self.entries else "–"
        trend_html = f"<p><b>{html.escape(words.title)}.</b> {html.escape(words.text)}</p>"
        if words.same_day:
            trend_html += (
                f"<p><b>{html.escape(words.same_day.title)}.</b> "
                f"{html.escape(words.same_day.text)}</p>"
            )
        if words.warning:
            trend_html += f"<p>{html.escape(words.warning)}</p>"
        if words.clinician:
            trend_html += (
                f"<p><b>{html.escape(words.clinician.title)}.</b> "
                f"{html.escape(words.clinician.text)}</p>"
            )
        intro = (
            tr("Made on %1 from the person's own journal: %2 entries from %3 to %4.")
            .replace("%1", self.now.strftime("%d %B %Y"))
            .replace("%2", str(len(self.entries)))
            .replace("%3", first)
            .replace("%4", last)
        )
        note = tr(
            "The person wrote these notes themselves. The app explains and helps with "
            "self-care; it does not diagnose."
        )
        legend = tr(
            "Top: how far down the leg the pain reached (the foot at the bottom). Then pain "
            "now (thick line) and worst of the day (thin line), walking minutes before "
            "symptoms, and days with heat, ice, breaks or a guided check."
        )
        return f"""
<html><head><style>
body {{ color: #1B262C; }}
h1 {{ font-size: 16pt; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; margin-top: 10px; margin-bottom: 4px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background: #E8F1F1; text-align: left; border: 1px solid #D5DEE0; }}
table.grid td {{ border: 1px solid #D5DEE0; }}
.muted {{ color: #4B5B63; }}
</style></head><body>
<h1>{html.escape(tr("Journal report"))} – {html.escape(APP_NAME)}</h1>
<p class="muted">{html.escape(intro)} {html.escape(note)}</p>
<h2>{html.escape(tr("Trend"))}</h2>
{trend_html}
{self._summary_table()}
<h2>{html.escape(tr("Last guided check"))}</h2>
<p>{self._check_text()}</p>
<h2>{html.escape(tr("The last 3 months"))}</h2>
<p><img src="chart://graph" width="600"></p>
<p class="muted">{html.escape(legend)}</p>
<h2>{html.escape(tr("Recent entries"))}</h2>
{self._entries_table()}
</body></html>"""

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        font = QFont(QApplication.font())
        font.setPointSizeF(8.5)
        doc.setDefaultFont(font)
        if self.entries:
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl("chart://graph"), self.chart_image()
            )
        doc.setHtml(self.html_text())
        return doc

    # --- output ---

    def write_pdf(self, path: Path) -> None:
        """Write the report as an A4 PDF.

        Raises:
            OSError: the file could not be written.
        """
        writer = QPdfWriter(str(path))
        writer.setTitle(tr("Journal report"))
        writer.setCreator(APP_NAME)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(14, 14, 14, 14),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = self.document()
        doc.print_(writer)
        del writer  # finishes the file
        if not path.is_file() or path.stat().st_size == 0:
            raise OSError(f"The PDF file {path} was not written.")

    def print_with_dialog(self, parent: QWidget) -> bool:
        """Ask for a printer, then print; False when the person cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Print the journal report"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.document().print_(printer)
        return True
