"""First run: the language, what the app is and is not, then the emergency number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.shared.app_state import AppState
from companion.core.shared.messages import in_language, message_of
from companion.ui.shared.dialog import Dialog
from companion.ui.shared.emergency_number_field import EmergencyNumberField
from companion.ui.shared.language_choice import LanguageChoice
from companion.ui.shared.page_layout import button, label, markdown_label
from companion.ui.shared.theme import forgettable

BUTTON_GAP_PX = 12


def scrolled(page: QWidget, name: str) -> QScrollArea:
    """`page` in a scroll area of its own, heard as `name`: a step scrolls when the
    screen is too small for its words at the text size chosen."""
    scroll = QScrollArea()
    forgettable(scroll)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    page.setObjectName("pageBody")
    scroll.setWidget(page)
    scroll.setAccessibleName(name)
    return scroll


class WelcomeDialog(Dialog):
    """Two short steps. Finishing saves `welcome_done` (and the number, if chosen).

    "Continue", then "Start using the app", is the default: Enter in the list or the
    typed number presses it, and Enter on Back or "Later" presses that one (`Dialog`)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.resize(680, 540)
        layout = self.box_layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.step_label = label("", "muted")
        layout.addWidget(self.step_label)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._intro_step())
        self.steps.addWidget(self._number_step())
        layout.addWidget(self.steps, 1)
        # Tab in reading order: the language, then the words under it (a Tab stop, to
        # scroll them); Qt's order put the scroll area around them first.
        QWidget.setTabOrder(self.language_choice.combo, self.intro_scroll)
        row = QHBoxLayout()
        row.setSpacing(BUTTON_GAP_PX)
        self.back_button = button(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._show_step(0))
        self.later_button = button(self.tr("Set the number later"))
        self.later_button.clicked.connect(self._finish)
        self.next_button = button(self.tr("Continue"), role="primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self._show_step(0)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self.resize(self._fitting_width(), self.height())  # before Qt centres it
        super().setVisible(visible)

    def _widen(self) -> None:
        """Grow about the box's middle to `_fitting_width`, then as tall as the second
        step's words need (up to nine tenths of the screen), so they are not cut off
        below before anyone scrolls; its two long buttons take two lines at most."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width = self._fitting_width()
        two_lines = [self.later_button, self.next_button]
        least = sum(b.width_for_lines(2) for b in two_lines)
        margins = self.box_layout.contentsMargins()
        others = self.back_button.sizeHint().width() + 2 * BUTTON_GAP_PX
        if least + others + margins.left() + margins.right() <= width:
            for widget in two_lines:
                widget.setMinimumWidth(widget.width_for_lines(2))
        self.box_layout.activate()
        scroll = self.steps.currentWidget()
        assert isinstance(scroll, QScrollArea)
        page = scroll.widget()
        if page is None:
            return
        inside = width - (self.width() - scroll.viewport().width())
        words = page.heightForWidth(inside)
        if words < 0:
            words = page.sizeHint().height()
        height = self.height() + max(0, words - scroll.viewport().height())
        if room is not None:
            height = min(height, room.height() * 9 // 10)
        height = max(height, self.height())
        x = self.x() - (width - self.width()) // 2
        y = self.y() - (height - self.height()) // 2
        if room is not None:
            x = max(room.left(), min(x, room.right() + 1 - width))
            y = max(room.top(), min(y, room.bottom() + 1 - height))
        self.setGeometry(x, y, width, height)

    def _fitting_width(self) -> int:
        """Wide enough for the second step's three buttons with their words on one line,
        up to nine tenths of the screen, never narrower than it opens. At the largest text
        in Spanish on a 1024 x 600 screen, the 680 px box broke "Elegir el número más
        tarde" onto three lines (a 112 px button) and its words were cut off below the
        list of numbers until scrolled."""
        buttons = (self.back_button, self.later_button, self.next_button)
        for widget in buttons:
            widget.ensurePolished()  # the words' size at the text size chosen
        margins = self.box_layout.contentsMargins()
        need = sum(b.sizeHint().width() for b in buttons) + 2 * BUTTON_GAP_PX
        need += margins.left() + margins.right()
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().width() * 9 // 10)
        return max(self.width(), need)

    def _intro_step(self) -> QWidget:
        doc = self.state.content.welcome
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self._language_row())
        column.addWidget(label(doc.title, "title"))
        self.intro_text = markdown_label(doc.body)
        column.addWidget(self.intro_text)
        column.addStretch(1)
        # Heard as what it holds: the title here is the dialog's own name, heard already.
        self.intro_scroll = scrolled(page, self.tr("What this app is and is not"))
        return self.intro_scroll

    def _language_row(self) -> QWidget:
        """The same choice as Settings -> Language, first, each language in its own name
        (someone who cannot read this one still finds theirs); it applies from the next
        start, and the note under it says so in both languages."""
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(12)
        heading = label(self.tr("Language"))
        self.language_choice = LanguageChoice(self.state, self._save_language)
        heading.setBuddy(self.language_choice.combo)
        line.addWidget(heading, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(self.language_choice, 1)
        column.addLayout(line)
        self.language_status = label("", "muted")
        self.language_status.hide()
        column.addWidget(self.language_status)
        return row

    def _save_language(self, code: str | None) -> None:
        try:
            self.state.settings.update(language=code)
        except ValueError as exc:
            said = message_of(exc)
        else:
            problem = self.state.settings.state.problem
            said = problem.reason if problem and not self.state.settings.state.saved else ""
        self.language_status.setText(in_language(said, self.state.content.language))
        self.language_status.setVisible(bool(said))

    def _number_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        self.number_field = EmergencyNumberField(
            self.state.content.emergency_choices, self.state.content.language
        )
        self.number_field.put_above(  # the title names the list for a screen reader
            label(self.tr("Your emergency number"), "title"),
            label(
                self.tr(
                    "A few signs need help right away. When that happens, the app shows "
                    "the number to call. It depends on where you live, so please pick it "
                    "here. You can change it later in Settings."
                )
            ),
        )
        self.number_field.set_number(self.state.settings.current.emergency_number)
        self.number_field.number_chosen.connect(lambda _n: self._update_buttons())
        self.number_field.combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.number_field.other.textChanged.connect(lambda _t: self._update_buttons())
        column.addWidget(self.number_field)
        self.number_hint = label(
            self.tr("Choose a number to continue, or choose “Set the number later”."), "muted"
        )
        column.addWidget(self.number_hint)
        column.addStretch(1)
        # It scrolls too: at the largest text, in Spanish, on a 600 px screen, its words
        # were squeezed and cut off below.
        return scrolled(page, self.tr("Your emergency number"))

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step %1 of 2").replace("%1", str(index + 1)))
        self.back_button.setVisible(index > 0)
        self.later_button.setVisible(index == 1)
        if index == 0:
            self.next_button.setText(self.tr("Continue"))
            self.next_button.setFocus()
        else:
            self.next_button.setText(self.tr("Start using the app"))
            self.number_field.combo.setFocus()
        self.next_button.setAccessibleName(self.next_button.text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_number_step = self.steps.currentIndex() == 1
        ready = not on_number_step or self.number_field.number() is not None
        self.next_button.setEnabled(ready)
        self.number_hint.setVisible(not ready)
        if on_number_step and self.isVisible():
            self._widen()  # the hint, or a number's second line, may need more room

    def _next(self) -> None:
        if self.steps.currentIndex() == 0:
            self._show_step(1)
            return
        if self.number_field.number() is None:
            return
        self._save_number()
        self._finish()

    def keep_number(self) -> None:
        """Keep the number chosen on the second step, should the welcome be left before
        "Start using the app" (Esc, Ctrl+Q, logging out): it shows again next time, with
        the number still chosen, instead of asking for it afresh. "Set the number later"
        keeps none. Opened again from Help once finished, leaving it is a cancel: the
        number set in Settings stays."""
        if not self.state.settings.current.welcome_done:
            self._save_number()

    def _save_number(self) -> None:
        """The one place the welcome saves the number: the one chosen on the second step,
        if it is not the one saved already."""
        number = self.number_field.number() if self.steps.currentIndex() == 1 else None
        if number is not None and number != self.state.settings.current.emergency_number:
            self.state.settings.update(emergency_number=number)

    def reject(self) -> None:
        self.keep_number()
        super().reject()

    def _finish(self) -> None:
        self.state.settings.update(welcome_done=True)
        self.accept()
