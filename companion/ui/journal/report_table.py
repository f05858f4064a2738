"""The clinician report's entry table, on the pages after the first: one row an entry,
newest first, rows never split across pages (where each page breaks is `paginate`'s, in
core), the heading row again on every page; and the page number at the foot of every
page of the report, page 1 too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import BOTH_LEGS, WARNING_SIGNS, Entry
from companion.core.journal.report_plan import (
    STAND_IN,
    Period,
    clipped_note,
    most_urgent_first,
    paginate,
    printable,
    report_period,
)
from companion.core.journal.safety import signs_given
from companion.core.journal.summary import summarize_entry
from companion.core.shared.get_help import load_get_help
from companion.ui.shared.dates import day_and_time_text, day_text
from companion.ui.shared.glyphs import Glyphs

TABLE_POINTS = 8.0
CELL_PADDING_PT = 2.5
INK = "#1B262C"
RULE = "#C9D3D6"
HEADING_FILL = "#E8F1F1"
PAGE_NUMBER_INK = "#4B5B63"
PAGE_NUMBER_POINTS = 7.5
# The page number sits in the bottom margin (14 mm), this far below the printable area:
# well inside what printers can print (most leave 4 to 6 mm at the edge), and none of
# page 1's room is taken (a ten-year journal in Spanish needs all of it).
PAGE_NUMBER_GAP_MM = 2.5
# The entry table's columns and their share of the width (before `column_widths` fits
# the first ones to their words).
COLUMN_SHARES = (0.17, 0.08, 0.13, 0.06, 0.17, 0.14, 0.25)
LEFT_TO_RIGHT_ISOLATE = "\u2066"  # Unicode's marks around words of another direction
POP_ISOLATE = "\u2069"
_FIRST_WRAPPING = 4  # symptoms, done and notes: the columns whose cells wrap
# The widest a day and time is written in numbers: two-digit day and month, and a time
# in the morning and in the evening (a 12-hour clock's words differ in width).
_WIDEST_MOMENTS = (datetime(2026, 12, 28, 10, 58), datetime(2026, 12, 28, 22, 58))
# The sides the reach column is made wide enough for. "Both legs" is rarer, and wide
# enough for it ("Pantorrilla, Las dos piernas") the notes would lose a quarter more.
USUAL_SIDES = ("left", "right")
_TITLE_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
)


class PrintedWords:
    """The person's own words as the report prints them: each character no font on the
    computer has as `STAND_IN` (a row of empty boxes said nothing), and whether any was
    (the report says so on page 1, the app where the report was made)."""

    def __init__(self, font: QFont) -> None:
        self.glyphs = Glyphs(font)
        self.replaced = False

    def __call__(self, words: str) -> str:
        shown = printable(words, self.glyphs.can_draw)
        self.replaced = self.replaced or shown.replaced > 0
        return shown.text

    def said(self) -> str:
        """Page 1's sentence about the stand-ins, with a space before; "" when none."""
        if not self.replaced:
            return ""
        return " " + QCoreApplication.translate(
            "JournalReport",
            "Some characters the person typed could not be printed: each is shown as %1.",
        ).replace("%1", STAND_IN)


class EntryTable:
    """The entries (oldest first, as the journal keeps them) as a table on pages."""

    def __init__(
        self,
        entries: Sequence[Entry],
        content: JournalContent,
        language: str,
        now: datetime,
        printable: Callable[[str], str] = str,
    ) -> None:
        self.entries = list(entries)
        self.content = content
        self.language = language
        self.now = now
        self.printable = printable  # the person's words as the report can print them

    def rows(self) -> list[list[str]]:
        """The entry table's cells, newest entry first."""
        shared = load_get_help(language=self.language)
        rows = []
        for entry in reversed(self.entries):
            s = summarize_entry(entry, self.content)
            symptoms = list(s.feelings)
            symptoms += [
                QCoreApplication.translate("JournalReport", "Warning sign: %1").replace(
                    "%1", shared.sign(sign).title
                )
                for sign in most_urgent_first(signs_given(entry), shared)
            ]
            rows.append(
                [
                    # In numbers: "27 de nov de 2026, 7:00" wrapped onto two lines on
                    # every row in Spanish, and the table took 38% more pages.
                    day_and_time_text(entry.time, numeric=True),
                    pain_text(s.pain, s.worst),
                    reach_text(s.reach_short, s.side),
                    "" if s.walked is None else QLocale().toString(s.walked, "g", 4),
                    ", ".join(symptoms),
                    ", ".join(s.done),
                    note_text(s.note, self.printable),
                ]
            )
        return rows

    @staticmethod
    def head() -> list[str]:
        return [
            QCoreApplication.translate("JournalReport", "Date"),
            QCoreApplication.translate("JournalReport", "Pain"),
            QCoreApplication.translate("JournalReport", "Reaches"),
            QCoreApplication.translate("JournalReport", "Walk (min)"),
            QCoreApplication.translate("JournalReport", "Symptoms"),
            QCoreApplication.translate("JournalReport", "Done"),
            QCoreApplication.translate("JournalReport", "Notes"),
        ]

    def column_widths(self, device: QPaintDevice, width: float) -> list[float]:
        """Each column's width. The date, the pain and how far it reaches are as wide as
        their longest usual cell, so they keep to one line: on two lines they made every
        row two lines tall ("7 (worst 7)", "Pantorrilla, Izquierda": 3,000 such entries
        took 101 pages, 105 in Spanish; 63 and 64 now). No column is narrower than a word
        of its heading ("Caminar (min)" read "Cami / nar" in Spanish). The columns that
        wrap anyway (symptoms, done, notes) share what is left, by their shares; taking
        it all from the notes made a journal of long notes 77% longer in Spanish."""
        bold = self._table_font()
        bold.setBold(True)
        heading_metrics = QFontMetricsF(bold, device)
        metrics = QFontMetricsF(self._table_font(), device)
        pad = self._padding(device)
        needs = [
            max(heading_metrics.horizontalAdvance(word) for word in heading.split() or [""])
            + 2 * pad
            + 1
            for heading in self.head()
        ]
        for index, words in self._choice_words().items():
            # A word with its comma: "Adormecimiento," wrapped its comma alone onto the
            # next line, and "Medicamentos" read "Medicamento / s" in Spanish.
            widest = max(metrics.horizontalAdvance(word + ",") for word in words)
            needs[index] = max(needs[index], widest + 2 * pad + 1)
        widths = [
            max(need, share * width) for need, share in zip(needs, COLUMN_SHARES, strict=True)
        ]
        for index, texts in self._longest_cells():
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            # one padding more, so a fitted column does not run into the next one
            widths[index] = max(needs[index], widest + 3 * pad + 1)
        left = width - sum(widths[:_FIRST_WRAPPING])
        shares = COLUMN_SHARES[_FIRST_WRAPPING:]
        for index, share in enumerate(shares, start=_FIRST_WRAPPING):
            widths[index] = left * share / sum(shares)
        for index in range(_FIRST_WRAPPING, len(widths) - 1):
            more = max(0.0, needs[index] - widths[index])
            widths[index] += more
            widths[-1] -= more
        return widths

    def _choice_words(self) -> dict[int, list[str]]:
        """The wrapping columns whose cells are lists of chosen words (symptoms and
        warning signs, what was done), each with every word its cells can hold."""
        shared = load_get_help(language=self.language)
        symptoms = [choice.label for choice in self.content.feelings]
        symptoms += [
            QCoreApplication.translate("JournalReport", "Warning sign: %1").replace(
                "%1", shared.sign(sign).title
            )
            for sign in (*WARNING_SIGNS, BOTH_LEGS)
        ]
        done = [choice.label for choice in self.content.done]
        return {
            _FIRST_WRAPPING: [word for text in symptoms for word in text.split()],
            _FIRST_WRAPPING + 1: [word for text in done for word in text.split()],
        }

    def _longest_cells(self) -> list[tuple[int, list[str]]]:
        """The columns that keep to one line, each with its longest usual cells."""
        sides = [side.label for side in self.content.sides if side.id in USUAL_SIDES]
        return [
            (0, [day_and_time_text(moment, numeric=True) for moment in _WIDEST_MOMENTS]),
            (1, [pain_text(10, 10)]),
            (
                2,
                [
                    reach_text(level.short, side)
                    for level in self.content.levels
                    for side in (None, *sides)
                ],
            ),
        ]

    def title(self) -> str:
        """The heading of every table page: the days the entries cover (the page's
        number is at its foot, as on every page of the report)."""
        today = self.now.date()
        period = report_period(self.entries, (), today) or Period(today, today)
        if period.one_day:
            return QCoreApplication.translate("JournalReport", "Entries, %1").replace(
                "%1", day_text(period.first)
            )
        return (
            QCoreApplication.translate("JournalReport", "Entries, %1 to %2")
            .replace("%1", day_text(period.first))
            .replace("%2", day_text(period.last))
        )

    def title_height(self, device: QPaintDevice, width: float) -> float:
        """The room above the heading row for a page's title: a long title takes two
        lines, and its second once ran into the heading row."""
        metrics = QFontMetricsF(self._title_font(), device)
        title = self.title()
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), _TITLE_FLAGS, title)
        return box.height() + metrics.height() * 0.8

    def pages(
        self, device: QPagedPaintDevice, width: float, height: float
    ) -> tuple[list[tuple[int, int]], list[float], float]:
        """How the rows fall on pages: (start, stop) pairs, each row's height and the
        heading row's height, in device pixels."""
        font = self._table_font()
        bold = QFont(font)
        bold.setBold(True)
        pad = self._padding(device)
        widths = self.column_widths(device, width)

        def row_height(cells: Sequence[str], row_font: QFont) -> float:
            tallest = max(
                cell_layout(text, row_font, device, w - 2 * pad).boundingRect().height()
                for w, text in zip(widths, cells, strict=True)
            )
            return tallest + 2 * pad

        head_height = row_height(self.head(), bold)
        title_height = self.title_height(device, width)
        heights = [row_height(cells, font) for cells in self.rows()]
        return paginate(heights, height - head_height - title_height), heights, head_height

    def _table_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(TABLE_POINTS)
        return font

    def _title_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(TABLE_POINTS * 1.4)
        font.setBold(True)
        return font

    @staticmethod
    def _padding(device: QPaintDevice) -> float:
        return float(CELL_PADDING_PT * device.logicalDpiY() / 72)

    def draw(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        page: QSizeF,
        laid_out: tuple[list[tuple[int, int]], list[float], float],
        total: int,
    ) -> int:
        """The entry table on new pages, as `pages` laid it out in `page` (the printable
        area), each with its number; returns how many pages it took. `total`: the
        report's pages, page 1 too."""
        pages, heights, head_height = laid_out
        width = page.width()
        rows = self.rows()
        pad = self._padding(device)
        widths = self.column_widths(device, width)
        font = self._table_font()
        bold = QFont(font)
        bold.setBold(True)
        rule = QPen(QColor(RULE))
        rule.setWidthF(device.logicalDpiY() / 150)
        title_height = self.title_height(device, width)
        for number, (start, stop) in enumerate(pages, start=1):
            device.newPage()
            painter.setPen(QColor(INK))
            painter.setFont(self._title_font())
            painter.drawText(QRectF(0, 0, width, title_height), _TITLE_FLAGS, self.title())
            y = title_height
            painter.fillRect(QRectF(0, y, width, head_height), QColor(HEADING_FILL))
            self._draw_row(painter, device, self.head(), widths, y, pad, bold)
            y += head_height
            painter.setPen(rule)
            painter.drawLine(QRectF(0, y, width, 0).topLeft(), QRectF(0, y, width, 0).topRight())
            for index in range(start, stop):
                self._draw_row(painter, device, rows[index], widths, y, pad, font)
                y += heights[index]
                painter.setPen(rule)
                painter.drawLine(
                    QRectF(0, y, width, 0).topLeft(), QRectF(0, y, width, 0).topRight()
                )
            draw_page_number(painter, device, page, number + 1, total)
        return len(pages)

    @staticmethod
    def _draw_row(
        painter: QPainter,
        device: QPagedPaintDevice,
        cells: Sequence[str],
        widths: Sequence[float],
        y: float,
        pad: float,
        font: QFont,
    ) -> None:
        painter.setPen(QColor(INK))
        x = 0.0
        for w, text in zip(widths, cells, strict=True):
            cell_layout(text, font, device, w - 2 * pad).draw(painter, QPointF(x + pad, y + pad))
            x += w


def _page_number_font() -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(PAGE_NUMBER_POINTS)
    return font


def draw_page_number(
    painter: QPainter, device: QPaintDevice, page: QSizeF, number: int, total: int
) -> None:
    """ "Page 2 of 5" just below the bottom right of `page` (the printable area), the
    same place on every page: a loose sheet says where it belongs and that none is
    missing."""
    text = (
        QCoreApplication.translate("JournalReport", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total))
    )
    line = QFontMetricsF(_page_number_font(), device).height()
    gap = PAGE_NUMBER_GAP_MM / 25.4 * device.logicalDpiY()
    painter.save()
    painter.setFont(_page_number_font())
    painter.setPen(QColor(PAGE_NUMBER_INK))
    box = QRectF(0, page.height() + gap, page.width(), line)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)
    painter.restore()


def note_text(note: str, printable: Callable[[str], str] = str) -> str:
    """The notes column's cell: the note (as `printable` prints it), and when it was cut
    short to fit the page, how much of it is left out (the whole note stays in the app)."""
    clipped = clipped_note(note)
    shown = printable(clipped.text)
    left_out = clipped.left_out  # a plain name: Qt's extraction tool misses an attribute
    if not left_out:
        return shown
    cut = QCoreApplication.translate(
        "JournalReport", "(cut short: %n more character(s) in the app)", "", left_out
    )
    # Kept apart from the note (a left-to-right isolate): after a Hebrew or Arabic note
    # the words took the note's direction and read "cut short:) … 1604 more characters
    # in (the app", their brackets turned round.
    return f"{shown} {LEFT_TO_RIGHT_ISOLATE}{cut}{POP_ISOLATE}"


def pain_text(pain: int, worst: int | None) -> str:
    """The pain column's cell: the pain now, and the worst pain when it was given."""
    if worst is None:
        return str(pain)
    return (
        QCoreApplication.translate("JournalReport", "%1 (worst %2)")
        .replace("%1", str(pain))
        .replace("%2", str(worst))
    )


def reach_text(short: str, side: str | None) -> str:
    """The reach column's cell: how far down the leg, in a word or two, and which leg."""
    if not side:
        return short
    return (
        QCoreApplication.translate("JournalReport", "%1, %2")
        .replace("%1", short)
        .replace("%2", side)
    )


def cell_layout(text: str, font: QFont, device: QPaintDevice, width: float) -> QTextLayout:
    """A table cell's text laid out in lines `width` wide: broken between words, and
    inside a word only when one word is wider than the cell (so nothing spills over)."""
    layout = QTextLayout(text or " ", font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout
