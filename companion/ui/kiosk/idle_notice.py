"""The kiosk's "Still there?" notice, shown after a quiet spell, before answers are wiped.

It keeps no time itself: the kiosk window's idle watch calls `set_seconds_left` each
second and decides when to reset.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from companion.ui.kiosk.overlay import Overlay
from companion.ui.shared.page_layout import announce, button, label


def seconds_left_text(seconds: int) -> str:
    return QCoreApplication.translate(
        "IdleNotice", "%n second(s) left before the screen clears.", "", seconds
    )


class IdleNotice(Overlay):
    """Emits `still_here()` when the person shows they are still using the screen."""

    still_here = Signal()
    card_width = 620

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, accessible_name=self.tr("Still there?"))
        self.heading = label(self.tr("Still there?"), "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.content.addWidget(self.heading)
        self.message = label(
            self.tr(
                "To keep things private, this screen will soon clear the answers "
                "and start again for the next person."
            )
        )
        self.message.setProperty("kiosk", "lead")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.content.addWidget(self.message)
        self.count = label("", None)
        self.count.setProperty("kiosk", "count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.count.setAccessibleName(self.tr("Time left"))
        self.content.addWidget(self.count)
        self.count_unit = label("", "muted")
        self.count_unit.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.content.addWidget(self.count_unit)
        self.content.addSpacing(8)
        self.button = button(self.tr("I'm still here"), role="primary")
        self.button.setProperty("kiosk", "big")
        self.button.setAutoDefault(True)  # Enter on it presses it, like Space
        self.button.clicked.connect(self.still_here)
        self.content.addWidget(self.button)
        self.seconds_left = 0
        self.set_seconds_left(20)

    def open(self) -> None:
        super().open()
        # The keyboard lands on the button: a screen reader would hear only "I'm still
        # here", not what is about to happen.
        words = (self.heading.text(), self.message.text(), seconds_left_text(self.seconds_left))
        announce(self, " ".join(words))

    def set_seconds_left(self, seconds: int) -> None:
        seconds = max(seconds, 0)
        self.seconds_left = seconds
        self.count.setText(str(seconds))
        # The unit under the big number: "second" or "seconds", the number shown above it.
        self.count_unit.setText(self.tr("second(s)", "unit under the number", seconds))
        words = seconds_left_text(seconds)
        self.count.setAccessibleDescription(words)
        self.card.setAccessibleDescription(words)

    def backdrop_pressed(self) -> None:
        # A touch anywhere shows someone is there: no need to find the button.
        self.still_here.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.still_here.emit()
            return
        super().keyPressEvent(event)
