"""The kiosk's top bar: the clinic's name, the pages, any other languages, and "Finish
and clear", with the pages in as few rows as the screen allows.

On a 1024x600 screen at the kiosk's 115% text, a long clinic name in two lines of up to
260 px left the pages 533 px of the 576 they need (621 in Spanish): the last page went
to a second row and the bar took 132 px, 22% of the screen. So the width is shared out
in order: the pages get one row first (or, at the largest text, two); the name takes
the room left, in at most two lines, whole; if that is not enough, the words of "Finish
and clear" go on two lines too. Only a name too long for all that is shortened with
"…" (a screen reader, and a pointer resting on it, still get it whole).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

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
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(16, 10, 16, 10)
        self.row.setSpacing(8)
        self.row.addWidget(badge)
        self.row.addWidget(switch, 1)
        for widget in (*others, finish):
            self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)  # not as tall as the bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.share_out(event.size().width())
        super().resizeEvent(event)

    def share_out(self, width: int) -> None:
        """Give the name and "Finish and clear" the widths that keep the pages in as few
        rows as can be at `width` (see the module's note)."""
        margins = self.row.contentsMargins()
        shown: list[QWidget] = [self.badge, self.switch, *self.others, self.finish]
        left = width - (
            margins.left()
            + margins.right()
            + self.row.spacing() * (len(shown) - 1)
            + sum(other.sizeHint().width() for other in self.others)
            + self.badge.around_name()
        )
        tabs = [tab.sizeHint().width() for tab in self.switch.buttons.values()]
        gap = self.switch.row.spacing()
        finish_widths = (self.finish.sizeHint().width(), self.finish.width_for_lines(2))
        for rows in range(1, MOST_ROWS + 1):
            room = left - width_for_rows(tabs, gap, rows)
            for finish_width in finish_widths:
                if self.badge.name.fits(room - finish_width):
                    self.badge.name.set_room(room - finish_width)
                    self.finish.setMaximumWidth(finish_width)
                    return
        # No room for the whole name: shortened, beside pages in two rows if they fit.
        room = left - width_for_rows(tabs, gap, MOST_ROWS) - finish_widths[-1]
        self.badge.name.set_room(max(min(room, NAME_WIDTH_PX), NAME_WIDTH_PX // 2))
        self.finish.setMaximumWidth(finish_widths[-1] if room > 0 else ANY_WIDTH)
