"""The clinician report's graph: the Journal page's graph drawn for paper, over the
report's period as whole days (at least a week), in light colours whatever the app's
theme, since paper is white."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from companion.core.journal.choices import JournalContent
from companion.core.journal.graph_range import next_day_start, range_start
from companion.core.journal.report_plan import Period
from companion.core.shared.wall_clock import day_zone
from companion.ui.journal.report_data import ReportData
from companion.ui.shared.dates import day_text
from companion.ui.shared.theme import LIGHT, qpalette

CHART_WIDTH = 900  # pixels the graph is laid out at (then drawn three times larger)
CHART_HEIGHT = 480
MIN_CHART_HEIGHT = 450
CHART_SCALE = 3  # drawn at three times the size, for print
MIN_GRAPH_DAYS = 7  # a short journal's graph still shows a week
WEEKLY_ABOVE_DAYS = 400  # as the graph: weekly averages beyond about a year


def graph_days(period: Period | None, now: datetime) -> tuple[float, float]:
    """The graph's dates (seconds): the report's period as whole days, at least a week."""
    zone = day_zone(now)
    last = period.last if period else now.date()
    end = datetime(last.year, last.month, last.day, 12, tzinfo=zone).timestamp()
    end = next_day_start(end, zone)
    start = range_start(end, MIN_GRAPH_DAYS, zone)
    if period is not None:
        first = datetime(period.first.year, period.first.month, period.first.day, tzinfo=zone)
        start = min(start, first.timestamp())
    return start, end


def graph_title(period: Period | None, now: datetime) -> str:
    start, end = graph_days(period, now)
    zone = day_zone(now)
    first = datetime.fromtimestamp(start, zone).date()
    last = datetime.fromtimestamp(end - 1, zone).date()
    return (
        QCoreApplication.translate("JournalReport", "The graph, %1 to %2")
        .replace("%1", day_text(first))
        .replace("%2", day_text(last))
    )


def chart_image(
    data: ReportData, content: JournalContent, period: Period | None, height: int = CHART_HEIGHT
) -> QImage:
    """The graph of the report's period, light colours, at print resolution."""
    from companion.ui.journal.chart import PainDistanceChart  # pyqtgraph: only to draw

    chart = PainDistanceChart(content)
    chart.setPalette(qpalette(LIGHT))
    chart.line_scale = CHART_SCALE
    chart.fixed_view_height = height
    chart.restyle()
    # On paper the reach plot, with its seven levels' names, gets a larger share.
    chart.view.ci.layout.setRowStretchFactor(0, 40)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(CHART_WIDTH, height + 200)
    chart.show()  # lays the plots out at this size, off screen
    # The report's entries are those up to today (`JournalReport` split them once); page 1
    # says how many were left out.
    chart.set_data(list(data.entries), data.events, data.checks, data.now)
    chart.show_dates(*graph_days(period, data.now))
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
