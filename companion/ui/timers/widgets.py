"""Small widgets the timer panels share: the big countdown, yes/no questions, time words."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.time_phrase import LATER, TODAY, TOMORROW, which_day
from companion.ui.shared.dates import at_time_text, past_when_sentence
from companion.ui.shared.page_layout import label
from companion.ui.shared.single_choice import ArrowChoice

# The countdown's digits, as a multiple of the body text size: big enough to read from
# across a room, and still growing with the text-size setting.
COUNTDOWN_FACTOR = 6.5


def clock_text(seconds: float) -> str:
    """12:05 for twelve minutes and five seconds (rounded up, so 0:00 means done)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


def spoken_duration(seconds: float) -> str:
    whole = max(0, int(-(-seconds // 1)))
    minutes, secs = divmod(whole, 60)
    # Two counts, each with its own plural forms, then put in the language's order.
    return (
        QCoreApplication.translate("Timers", "%1 %2", "a duration: minutes, then seconds")
        .replace("%1", QCoreApplication.translate("Timers", "%n minute(s)", "", minutes))
        .replace("%2", QCoreApplication.translate("Timers", "%n second(s)", "", secs))
    )


def time_of_day(moment: datetime) -> str:
    """10:45 (or 10:45 AM), as the person's locale writes the time, ready for "at %1"
    and "until %1" (in Spanish with its article: "la 1:45", "las 10:45")."""
    return at_time_text(moment)


def when_sentence(
    local: datetime, now: datetime, zone: tzinfo | None, today: str, tomorrow: str, later: str
) -> str:
    """One of three whole sentences, for the day core's `which_day` names: %1 the time
    (as `time_of_day` gives it), %2 the name of the day."""
    which = which_day(local, now, zone)
    sentence = {TODAY: today, TOMORROW: tomorrow, LATER: later}[which.day]
    day = QLocale().dayName(which.weekday, QLocale.FormatType.LongFormat)
    return sentence.replace("%1", time_of_day(local)).replace("%2", day)


def ended_before_restart(ended: datetime, now: datetime, zone: tzinfo | None) -> str:
    """When a session ended whose skin check was still unanswered when the app closed
    (it may be yesterday), and why it is asked now."""
    when = past_when_sentence(
        ended,
        now,
        QCoreApplication.translate("Timers", "It ended today at %1."),
        QCoreApplication.translate("Timers", "It ended yesterday at %1."),
        QCoreApplication.translate(
            "Timers", "It ended on %2 at %1.", "%2 a day of the week, %1 a time"
        ),
        zone=zone,
    )
    why = QCoreApplication.translate(
        "Timers", "The app was closed before you said you had checked your skin."
    )
    return f"{when} {why}"


def minutes_text(minutes: float) -> str:
    """ "1 minute", "15 minutes", "1.5 minutes" (the decimal mark as the locale writes it)."""
    if minutes == int(minutes):
        whole = int(minutes)
        return QCoreApplication.translate("Timers", "%n minute(s)", "", whole)
    value = QLocale().toString(float(minutes), "f", 1)
    return QCoreApplication.translate("Timers", "%1 minutes", "a part of a minute: 1.5").replace(
        "%1", value
    )


class Countdown(QLabel):
    """Very large digits that follow the app's text size."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("0:00", parent)
        self._name = name
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "countdown")
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._apply_size()

    def _apply_size(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * COUNTDOWN_FACTOR)
        font.setWeight(QFont.Weight.DemiBold)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_size()
        super().changeEvent(event)

    def show_seconds(self, seconds: float) -> None:
        text = clock_text(seconds)
        if text != self.text():  # every second: touch the widget only when it changes
            self.setText(text)
            self.setAccessibleName(f"{self._name}: {spoken_duration(seconds)}")


class YesNoQuestion(QWidget):
    """A question answered Yes or No (and optionally "I did not try")."""

    answered = Signal()

    def __init__(
        self, question_id: str, text: str, *, not_tried: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question_id = question_id
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.text_label = label(text)
        column.addWidget(self.text_label)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        choices: list[tuple[bool | None, str]] = [(True, self.tr("Yes")), (False, self.tr("No"))]
        if not_tried:
            choices.append((None, self.tr("I did not try")))
        for value, caption in choices:
            radio = QRadioButton(caption)
            radio.setAccessibleName(f"{caption}: {text}")
            self.group.addButton(radio)
            self.buttons[value] = radio
            radio.toggled.connect(self._toggled)
            row.addWidget(radio)
        row.addStretch(1)
        column.addLayout(row)
        self.keys = ArrowChoice(list(self.buttons.values()), self)  # arrows move and choose

    def _toggled(self, on: bool) -> None:
        if on:
            self.answered.emit()

    def answer(self) -> bool | None:
        """True, False, or None when not answered (or "I did not try")."""
        for value, radio in self.buttons.items():
            if radio.isChecked():
                return value
        return None

    def is_answered(self) -> bool:
        return any(radio.isChecked() for radio in self.buttons.values())

    def clear(self) -> None:
        self.group.setExclusive(False)
        for radio in self.buttons.values():
            radio.setChecked(False)
        self.group.setExclusive(True)


class FittingStack(QWidget):
    """Shows one of several views, and is as tall as that view.

    (A QStackedWidget is as tall as its tallest view when the views hold wrapping text,
    which leaves big gaps on a short view.) Hidden views take no room in the layout.
    """

    view_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._views: list[QWidget] = []
        self._current = -1

    def addWidget(self, widget: QWidget) -> int:
        self._views.append(widget)
        self._layout.addWidget(widget)
        if self._current < 0:
            self._current = 0
        else:
            widget.hide()
        return len(self._views) - 1

    def count(self) -> int:
        return len(self._views)

    def widget(self, index: int) -> QWidget:
        return self._views[index]

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self._views[self._current] if self._current >= 0 else None

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index, view in enumerate(self._views):
            if view is widget:
                self.setCurrentIndex(index)
                return
        raise ValueError("not one of this stack's views")

    def setCurrentIndex(self, index: int) -> None:
        """Show view `index`. If the keyboard was in the view going away (its button
        started or ended an activity), it moves to the new view's main button rather
        than to whatever Qt picks next (the sidebar, where Space would leave the page)."""
        if index == self._current:
            return
        old = self.currentWidget()
        focus = QApplication.focusWidget()
        keep_focus = focus is not None and old is not None and old.isAncestorOf(focus)
        self._views[index].show()
        if keep_focus:
            focus_main_control(self._views[index])
        for i, view in enumerate(self._views):
            if i != index:
                view.hide()
        self._current = index
        self.view_changed.emit(index)


def main_control(view: QWidget) -> QPushButton | None:
    """The button a person most likely wants next in `view`: its first usable primary
    button, or else its first usable button."""
    usable = [b for b in view.findChildren(QPushButton) if b.isVisibleTo(view) and b.isEnabled()]
    primary = [b for b in usable if b.property("role") == "primary"]
    candidates = primary or usable
    return candidates[0] if candidates else None


def focus_main_control(view: QWidget) -> None:
    control = main_control(view)
    if control is not None:
        control.setFocus(Qt.FocusReason.OtherFocusReason)


def set_role(widget: QWidget, role: str | None) -> None:
    """Give a widget another theme role and restyle it."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
