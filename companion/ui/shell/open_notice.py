"""A short notice at the top of the window when the app was started again while open.

The second copy quits at once (its line in a terminal is seen by nobody who started it
from a launcher), and the desktop may not let this window come forward (Wayland often
refuses): the notice says what happened, for a few seconds, and a screen reader hears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QWidget

from companion.ui.shared.page_layout import announce, card, label
from companion.ui.shared.tick_timer import TickTimer, qt_timer

SHOWN_MS = 6000  # long enough to read twice, short enough not to linger


class OpenAgainNotice(QWidget):
    """Hidden until `show_for_a_while`; hides itself `SHOWN_MS` later."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timer_factory: Callable[[QObject], TickTimer] | None = None,
    ) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 0)
        frame, layout = card("hero")
        outer.addWidget(frame)
        self.message = label(self.tr("The app was already open. Here it is."))
        layout.addWidget(self.message)
        frame.setAccessibleName(self.message.text())
        self.timer = (timer_factory or qt_timer)(self)
        self.timer.timeout.connect(self._end)
        self.hide()

    def show_for_a_while(self) -> None:
        """Show (again) for `SHOWN_MS`, and say it to a screen reader."""
        self.show()
        self.timer.stop()
        self.timer.start(SHOWN_MS)
        announce(self, self.message.text())

    def _end(self) -> None:
        self.timer.stop()
        self.hide()
