"""The kiosk's top bar: the clinic's name, the pages, any other languages, and "Finish
and clear", in one row when they fit, else in two rows made on purpose.

One row: the pages beside the name, whole in at most two lines ("Finish and clear" in
two lines too if that is what it takes), or shortened with "…" when half its usual
room is left (a screen reader, and a pointer resting on it, still get it whole; the
welcome says it whole in its title).

Two rows: the name and the buttons above, the four pages together below, spread across
the bar. The pages used to go on beside the name in a second row as a flowing row
wraps: in Spanish at 175% on a 1024x600 screen "Inicio" and "Revisión guiada" beside the
name, "Aprender" and "Calor y pausas" under them, a bar of 132 px (22% of the screen)
that looked like an accident. The pages alone need 849 px of the 992 there and "Terminar
y borrar" 292, so one row cannot be had even without the name: two rows it is, as short
as they can be (120 px, from 132: the rows closer together).

Only where the pages alone in a row would break their words (800x600 at 175%) do they
stay beside the name, in two rows: below it they made a bar of 152 px, and a long
take-home code needs 468 of the 600.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from companion.ui.kiosk.clinic_badge import NAME_WIDTH_PX, ClinicBadge
from companion.ui.shared.rows import OneRow
from companion.ui.shared.single_choice import SwitchBar
from companion.ui.shared.word_break import FittingButton

ANY_WIDTH = 16777215  # Qt's QWIDGETSIZE_MAX: no upper limit
ONE_ROW_MARGINS = (16, 10, 16, 10)
TWO_ROWS_MARGINS = (16, 6, 16, 6)  # with the rows 6 px apart: a bar 10 px shorter
TWO_ROWS_GAP = 6


def width_for_rows(widths: list[int], gap: int, rows: int) -> int:
    """The narrowest row that holds `widths`, in order and `gap` apart, in at most
    `rows` rows (as a flowing row lays them out)."""

    def rows_at(width: int) -> int:
        count, used = 1, 0
        for each in widths:
            if used and used + gap + each > width:
                count, used = count + 1, each
            else:
                used += (gap if used else 0) + each
        return count

    low = max(widths, default=0)
    high = sum(widths) + gap * max(len(widths) - 1, 0)
    while low < high:
        middle = (low + high) // 2
        if rows_at(middle) <= rows:
            high = middle
        else:
            low = middle + 1
    return high


class KioskBar(QFrame):
    """`badge`, the page `switch`, `others` (language buttons) and `finish`, in a row."""

    def __init__(
        self,
        badge: ClinicBadge,
        switch: SwitchBar,
        others: list[FittingButton],
        finish: FittingButton,
    ) -> None:
        super().__init__()
        self.setObjectName("kioskBar")
        self.badge = badge
        self.switch = switch
        assert isinstance(switch.row, OneRow)  # the kiosk's pages: SwitchBar(one_row=True)
        self.pages_row = switch.row
        self.others = others
        self.finish = finish
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(*ONE_ROW_MARGINS)
        self.column.setSpacing(8)
        self.row = QHBoxLayout()
        self.row.setSpacing(8)
        self.column.addLayout(self.row)
        self.row.addWidget(badge)
        self.row.addWidget(switch, 1)
        for widget in (*others, finish):
            self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)  # not as tall as the bar
        self.pages_below = False  # the pages in a row of their own, under the others

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.share_out(event.size().width())
        super().resizeEvent(event)

    def share_out(self, width: int) -> None:
        """Put the pages beside the name or under it, and give the name and "Finish and
        clear" their widths, for a bar `width` wide (see the module's note)."""
        margins = self.column.contentsMargins()
        buttons = [*self.others, self.finish]
        around = (
            margins.left()
            + margins.right()
            + self.row.spacing() * len(buttons)
            + sum(other.sizeHint().width() for other in self.others)
            + self.badge.around_name()
        )
        left = width - around - self.row.spacing()  # the pages beside the name
        gap = self.switch.row.spacing()
        tabs = [tab.sizeHint().width() for tab in self.switch.buttons.values()]
        room = left - sum(tabs) - gap * max(len(tabs) - 1, 0)
        finish_widths = (self.finish.sizeHint().width(), self.finish.width_for_lines(2))
        for finish_width in finish_widths:
            if self.badge.name.fits(room - finish_width):
                self._pages_beside(room - finish_width, finish_width)
                return
        if room - finish_widths[-1] >= NAME_WIDTH_PX // 2:  # shortened, in one row
            self._pages_beside(min(room - finish_widths[-1], NAME_WIDTH_PX), finish_widths[-1])
            return
        # The pages below: the name has the row but for the buttons.
        room = width - around
        if sum(tabs) + gap * (len(tabs) - 1) > width - margins.left() - margins.right():
            # Even alone in a row the pages would break their words (800x600 at 175%):
            # a bar of 152 px there left a long take-home code 448 px of the 468 it needs.
            # Two rows of pages beside the name (shortened) keep the bar at 132.
            beside = left - width_for_rows(tabs, gap, 2) - finish_widths[-1]
            if beside >= NAME_WIDTH_PX // 2:
                self._pages_beside(min(beside, NAME_WIDTH_PX), finish_widths[-1])
                return
        # "Finish and clear" in two lines only if that shows the name whole: else it
        # made the row taller for a name shortened all the same.
        finish_width = next(
            (each for each in finish_widths if self.badge.name.fits(room - each)), finish_widths[0]
        )
        self._pages_under(max(room - finish_width, 1), finish_width)

    def _pages_beside(self, name_room: int, finish_width: int) -> None:
        if self.pages_below:
            self.column.removeWidget(self.switch)
            self.row.takeAt(1)  # the room that kept the buttons at the right edge
            self.row.insertWidget(1, self.switch, 1)
            self.pages_below = False
            self.column.setContentsMargins(*ONE_ROW_MARGINS)
            self.column.setSpacing(8)
            self.pages_row.set_spread(False)
        self.badge.name.set_room(name_room)
        self.finish.setMaximumWidth(finish_width)

    def _pages_under(self, name_room: int, finish_width: int) -> None:
        if not self.pages_below:
            self.row.removeWidget(self.switch)
            self.row.insertStretch(1, 1)  # the buttons at the right edge
            self.column.addWidget(self.switch)
            self.pages_below = True
            self.column.setContentsMargins(*TWO_ROWS_MARGINS)
            self.column.setSpacing(TWO_ROWS_GAP)
            self.pages_row.set_spread(True)
        self.badge.name.set_room(name_room)
        self.finish.setMaximumWidth(finish_width)
