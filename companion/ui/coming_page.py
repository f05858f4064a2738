"""An honest placeholder for a page that a coming update builds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from companion.ui.page_layout import PageScaffold, button, button_row, card, label


def tr(text: str) -> str:
    return QCoreApplication.translate("ComingPage", text)


def coming_texts() -> dict[str, tuple[str, str]]:
    """Title and promise for each page still being built."""
    return {
        "check": (
            tr("Guided check"),
            tr(
                "Safety questions first, then questions about your pain and a few gentle, "
                "optional self-tests. At the end you will see how urgent things are and "
                "which patterns fit, each with its reasons."
            ),
        ),
        "learn": (
            tr("Learn"),
            tr(
                "Drawings of the sciatic nerve and the hamstring muscles, short cards on "
                "how nerve pain and muscle pain differ, and what helps and what to avoid."
            ),
        ),
        "timers": (
            tr("Timers"),
            tr(
                "A heat timer with safety checks, an ice timer, reminders to get up from "
                "long sitting, and a walking check."
            ),
        ),
        "journal": (
            tr("Journal"),
            tr(
                "Record your pain, how far down the leg it reaches and how far you can "
                "walk, and see at a glance whether it is getting better."
            ),
        ),
    }


class ComingPage(PageScaffold):
    page_requested = Signal(str)

    def __init__(self, page: str, parent: QWidget | None = None) -> None:
        title, promise = coming_texts()[page]
        super().__init__(title, promise, parent)
        note, layout = card()
        note.setAccessibleName(tr("Coming soon"))
        layout.addWidget(label(tr("Coming soon"), "heading"))
        layout.addWidget(
            label(
                tr(
                    "This part of the app is still being built and will arrive in an "
                    "update. Nothing here is lost: what you set up elsewhere stays safe."
                )
            )
        )
        home = button(tr("Back to Home"))
        home.clicked.connect(lambda: self.page_requested.emit("home"))
        layout.addLayout(button_row(home))
        self.add(note)
        self.finish()


class CheckComingPage(ComingPage):
    def __init__(self, _state: object, parent: QWidget | None = None) -> None:
        super().__init__("check", parent)


class LearnComingPage(ComingPage):
    def __init__(self, _state: object, parent: QWidget | None = None) -> None:
        super().__init__("learn", parent)


class TimersComingPage(ComingPage):
    def __init__(self, _state: object, parent: QWidget | None = None) -> None:
        super().__init__("timers", parent)


class JournalComingPage(ComingPage):
    def __init__(self, _state: object, parent: QWidget | None = None) -> None:
        super().__init__("journal", parent)
