"""Page 1 of the clinician's report, which stands alone: who made it and when, the
warning signs given, the trend, the graph, the key figures, the activities rated, the last
guided check and what seems to help.

Its text size and graph width are the caller's: `report.JournalReport.first_page` shrinks
them until page 1 fits one page. What it holds is decided in `core.journal.report_plan`;
the trend and what seems to help come from `core.journal.overview.summarize`, the same
findings as the Journal page and `journal summary`, in the report's words: about the
person, to a clinician.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

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
    warning_signs,
)
from companion.core.journal.safety import load_check_rules, signs_given
from companion.core.journal.series import DAY
from companion.core.journal.trend import TrendContent
from companion.core.shared.get_help import load_get_help
from companion.ui.journal.report_data import ReportData
from companion.ui.journal.report_graph import WEEKLY_ABOVE_DAYS, graph_days, graph_title
from companion.ui.journal.report_table import HEADING_FILL, INK, PrintedWords
from companion.ui.shared.dates import day_text
from companion.ui.shared.emergency_number_field import emergency_number_text

BODY_POINTS = 8.5  # page 1's text, shrunk when needed to fit one page
MUTED = "#4B5B63"
SIGNS_FILL = "#FBEAE5"  # a light warm tint behind the warning signs given


class PageOne:
    """Page 1 of the report of `data` over `period`, gathered once, as HTML (`html_text`).
    `words` prints the person's own words (and says which characters it printed as
    stand-ins); `full`: the entry table follows."""

    def __init__(
        self,
        data: ReportData,
        content: JournalContent,
        trend_content: TrendContent,
        insight_content: InsightContent,
        *,
        period: Period | None,
        words: PrintedWords,
        full: bool,
        ahead: Sequence[Entry] = (),
    ) -> None:
        self.data = data
        self.content = content
        self.trend_content = trend_content
        self.entries = list(data.entries)
        self.now = data.now
        self.period = period
        self.words = words
        self.full = full
        self.ahead = list(ahead)  # dated ahead of today: left out, and said (`_ahead_html`)
        self.summary: JournalSummary = summarize(
            self.entries,
            data.events,
            self.now,
            trend_content=trend_content,
            insight_content=insight_content,
            journal_content=content,
            emergency_number=emergency_number_text(data.emergency_number),
            report=True,  # about the person, to a clinician
        )
        # The last check's line in the report's language, read once (page 1 is laid out up
        # to six times); the words saved on the day when the check's own cannot be read.
        check = last_check(data.checks, self.now)
        self.check_line = ""
        if check is not None:
            rules = load_check_rules(data.language)
            self.check_line = check.summary if rules is None else record_summary(rules, check)

    def _level_words(self, level: float | None) -> str:
        if level is None:
            return "–"
        return self.content.levels[round(level)].label

    @staticmethod
    def _number(value: float | None, digits: int = 1) -> str:
        return "–" if value is None else QLocale().toString(value, "f", digits)

    def _figures_table(self, figures: KeyFigures) -> str:
        if not figures.overall.count:  # a table of dashes under "First 0 days" said nothing
            none = QCoreApplication.translate(
                "JournalReport", "There are no entries to sum up yet."
            )
            return f"<p class='muted'>{html.escape(none)}</p>"

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
            # Quoted as what the person saw: the check's words speak to the person.
            text = (
                QCoreApplication.translate(
                    "JournalReport", "Done on %1. The result the person saw: “%2”"
                )
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
        if not count and self.ahead:  # `_ahead_html` says what the journal holds
            return QCoreApplication.translate("JournalReport", "Made on %1.").replace(
                "%1", day_text(self.now.date())
            )
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

    def _unreadable_html(self) -> str:
        """A line saying the report may be incomplete: saved entries it could not read."""
        count = self.data.unreadable  # a plain name: Qt's extraction tool misses attributes
        if not count:
            return ""
        words = QCoreApplication.translate(
            "JournalReport",
            "%n saved entries could not be read and are not in this report, so it may be "
            "incomplete.",
            "",
            count,
        )
        return f"<p><b>{html.escape(words)}</b></p>"

    def _ahead_html(self) -> str:
        """A line saying how many entries were left out because their date is after
        today, and how many of those give a warning sign (a clinician would ask)."""
        count = len(self.ahead)  # a plain name: Qt's extraction tool misses attributes
        if not count:
            return ""
        words = QCoreApplication.translate(
            "JournalReport",
            "%n entries are left out of this report because their date is after today "
            "(the computer's clock may have been wrong when they were made). They are "
            "still in the journal.",
            "",
            count,
        )
        signs = sum(1 for entry in self.ahead if signs_given(entry))
        if signs:
            words += " " + QCoreApplication.translate(
                "JournalReport", "Of these, %n give a warning sign.", "", signs
            )
        return f"<p><b>{html.escape(words)}</b></p>"

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
        start, end = graph_days(self.period, self.now)
        if end - start > WEEKLY_ABOVE_DAYS * DAY:
            legend += " " + QCoreApplication.translate(
                "JournalReport", "Over more than a year, the lines show weekly averages."
            )
        more = (
            QCoreApplication.translate(
                "JournalReport", "Every entry follows in a table on the next pages."
            )
            if self.full and self.entries  # no table follows an empty journal
            else ""
        )
        activities = self._activities_html()  # first: it may print stand-ins
        more += self.words.said()
        graph = ""
        if self.entries or self.data.checks:
            graph = (
                f"<p class='head'>{html.escape(graph_title(self.period, self.now))}</p>"
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
{self._unreadable_html()}
{self._ahead_html()}
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


def day_range(first: date, last: date) -> str:
    """ "1 December 2026 to 10 December 2026", or "4 December 2026" for one day."""
    if first == last:
        return day_text(first)
    return (
        QCoreApplication.translate("JournalReport", "%1 to %2")
        .replace("%1", day_text(first))
        .replace("%2", day_text(last))
    )
