"""The kiosk's top bar: the clinic's name, the pages, any other languages, and "Finish
and clear", with the pages in as few rows as the screen allows.

On a 1024x600 screen at the kiosk's 115% text, a long clinic name in two lines of up to
260 px left the pages 533 px of the 576 they need (621 in Spanish): the last page went
to a second row and the bar took 132 px, 22% of the screen. So the width is shared out
in order: the pages get one row first (or, at the largest text, two); the name takes
the room left, in at most two lines, whole; if that is not enough, the words of "Finish
and clear" go on two lines too. Only a name too long for all that is shortened with
"…" (a screen reader, and a pointer resting on it, still get it whole).

On a narrower screen still (800x600 at 175%, with a language button), the pages beside
even a half-width name had 4 rows, and the bar took 316 px, 53% of the screen: there the
pages go in a row of their own under the name and the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from companion.ui.kiosk.clinic_badge import NAME_WIDTH_PX, ClinicBadge
from companion.ui.shared.single_choice import SwitchBar
from companion.ui.shared.word_break import FittingButton

ANY_WIDTH = 16777215  # Qt's QWIDGETSIZE_MAX: no upper limit
MOST_ROWS = 2  # of pages: a third row took 32% of a 1024x600 screen (Spanish at 175%)


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
        self.others = others
        self.finish = finish
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 10, 16, 10)
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
        """Give the name and "Finish and clear" the widths that keep the pages in as few
        rows as can be at `width` (see the module's note)."""
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
        tabs = [tab.sizeHint().width() for tab in self.switch.buttons.values()]
        gap = self.switch.row.spacing()
        finish_widths = (self.finish.sizeHint().width(), self.finish.width_for_lines(2))
        for rows in range(1, MOST_ROWS + 1):
            room = left - width_for_rows(tabs, gap, rows)
            for finish_width in finish_widths:
                if self.badge.name.fits(room - finish_width):
                    self._pages_beside(room - finish_width, finish_width)
                    return
        room = left - width_for_rows(tabs, gap, MOST_ROWS) - finish_widths[-1]
        if room >= NAME_WIDTH_PX // 2:  # shortened, beside pages in two rows
            self._pages_beside(min(room, NAME_WIDTH_PX), finish_widths[-1])
            return
        # The pages below: the name has the row but for the buttons.
        room = width - around
        for finish_width in finish_widths:
            if self.badge.name.fits(room - finish_width):
                break
        self._pages_under(max(room - finish_width, 1), finish_width)

    def _pages_beside(self, name_room: int, finish_width: int) -> None:
        if self.pages_below:
            self.column.removeWidget(self.switch)
            self.row.takeAt(1)  # the room that kept the buttons at the right edge
            self.row.insertWidget(1, self.switch, 1)
            self.pages_below = False
        self.badge.name.set_room(name_room)
        self.finish.setMaximumWidth(finish_width)

    def _pages_under(self, name_room: int, finish_width: int) -> None:
        if not self.pages_below:
            self.row.removeWidget(self.switch)
            self.row.insertStretch(1, 1)  # the buttons at the right edge
            self.column.addWidget(self.switch)
            self.pages_below = True
        self.badge.name.set_room(name_room)
        self.finish.setMaximumWidth(finish_width)
