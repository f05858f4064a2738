"""The screens of the guided check: start, question, urgent notice, emergency, under 18,
review.

Each screen is built fresh from the session's state and only displays it; the buttons'
signals go to the Check page, which asks the session what comes next.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.advice import Guidance
from companion.core.check.engine import RedFlagHit, fill_number
from companion.core.check.model import SelfTest, TriageContent
from companion.core.check.session import CheckSession
from companion.core.shared.records import EMERGENCY, URGENT
from companion.ui.check.answer_problem import AnswerProblem
from companion.ui.check.answers import AnswerInput, answer_input
from companion.ui.check.urgency import danger_frame, urgency_badge
from companion.ui.shared.dates import past_when_sentence
from companion.ui.shared.labelled_drawing import LabelledDrawing
from companion.ui.shared.page_layout import announce, bullet_list, button, button_row, card, label
from companion.ui.shared.rows import BesideOrBelow

if TYPE_CHECKING:  # the card is built, with printing, only on a kiosk (see page.py)
    from companion.ui.check.handoff_panel import HandoffPanel

PROGRESS_STEPS = 1000
# --- Start --------------------------------------------------------------------------


class StartScreen(QWidget):
    start_clicked = Signal()
    resume_clicked = Signal()

    def __init__(
        self,
        content: TriageContent,
        history: QWidget | None = None,
        *,
        resumable: bool = False,
        left: tuple[datetime, datetime] | None = None,  # when it was left, and now
    ) -> None:
        super().__init__()
        self._left_at: datetime | None = None  # when a check was left part-way, if offered
        self.left_label: QLabel | None = None  # says when, in the words of the day
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        hero, layout = card("hero", spacing=12)
        hero.setAccessibleName(self.tr("About the guided check"))
        layout.addWidget(label(self.tr("How this check works"), "heading"))
        layout.addWidget(
            bullet_list(
                [
                    self.tr(
                        "First, your age and a few safety questions. If an answer needs help "
                        "now, we say so straight away."
                    ),
                    self.tr(
                        "Then where it hurts, how it feels, how it started and what changes it."
                    ),
                    self.tr("Last, four gentle self-checks. Each is optional: you can skip any."),
                    self.tr("You can go back and change any answer. It takes about five minutes."),
                ]
            )
        )
        layout.addWidget(
            label(
                self.tr(
                    "The result shows which patterns your answers fit, and why. It explains; "
                    "it does not diagnose."
                ),
                "muted",
            )
        )
        if resumable:  # came Back from the first question, or a check was left part-way
            self.start_button = button(self.tr("Go on with my answers"), role="primary")
            if left is not None:  # when: are the answers still true?
                self._left_at = left[0]
                self.left_label = label("")
                layout.addWidget(self.left_label)
                self.follow_clock(left[1])
            self.start_button.clicked.connect(self.resume_clicked)
            self.start_again_button = button(self.tr("Start over"))
            self.start_again_button.clicked.connect(self.start_clicked)
            layout.addLayout(button_row(self.start_button, self.start_again_button))
        else:
            self.start_button = button(self.tr("Start the check"), role="primary")
            self.start_button.clicked.connect(self.start_clicked)
            layout.addLayout(button_row(self.start_button))
        column.addWidget(hero)
        self.history = history
        if history is not None:
            column.addWidget(history)

    def follow_clock(self, now: datetime) -> None:
        """Say when the check was left as seen at `now`: past midnight, "today at 23:50"
        becomes "yesterday at 23:50" on a screen that stayed open."""
        if self.left_label is None or self._left_at is None:
            return
        when = self._left_text(self._left_at, now)
        if when != self.left_label.text():
            self.left_label.setText(when)
            self.start_button.setAccessibleDescription(when)  # heard on reaching it

    def _left_text(self, left_at: datetime, now: datetime) -> str:
        return past_when_sentence(
            left_at,
            now,
            self.tr("You left this check today at %1."),
            self.tr("You left this check yesterday at %1."),
            self.tr("You left this check on %2 at %1.", "%2 a day of the week, %1 a time"),
        )

    def default_action(self) -> None:
        self.start_button.click()


# --- Question -----------------------------------------------------------------------


class SelfTestSteps(QWidget):
    """A self-check, one step at a time, each with its drawing."""

    def __init__(self, test: SelfTest) -> None:
        super().__init__()
        self.test = test
        self.index = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(label(test.title, "heading"))
        column.addWidget(label(test.intro))
        safety, safety_layout = card("warning")
        safety.setAccessibleName(self.tr("Safety: %1").replace("%1", test.safety))
        safety_layout.addWidget(label(self.tr("Safety first: %1").replace("%1", test.safety)))
        column.addWidget(safety)
        first = test.steps[0]
        row = QHBoxLayout()
        row.setSpacing(20)
        self.drawing = LabelledDrawing(
            first.drawing, first.description, min_height=180, height_cap=260
        )
        row.addWidget(self.drawing, 3)
        side = QVBoxLayout()
        side.setSpacing(8)
        self.step_label = label("", "muted")
        side.addWidget(self.step_label)
        self.step_text = label("")
        side.addWidget(self.step_text)
        # At least 200 px of words beside the drawing, and never less than the longest word
        # (a minimum width set on the words themselves would cut off a longer word).
        side.addItem(QSpacerItem(200, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        self.previous_button = button(self.tr("Previous step"))
        self.next_step_button = button(self.tr("Next step"))
        self.previous_button.clicked.connect(lambda: self._step_to(self.index - 1))
        self.next_step_button.clicked.connect(lambda: self._step_to(self.index + 1))
        side.addStretch(1)
        row.addLayout(side, 2)
        column.addLayout(row)
        column.addLayout(button_row(self.previous_button, self.next_step_button))
        self.show_step(0)

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.test.steps) - 1))
        step = self.test.steps[self.index]
        self.drawing.set_illustration(step.drawing, step.description)
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.test.steps)))
        )
        self.step_text.setText(step.text)
        at_start, at_end = self.index == 0, self.index == len(self.test.steps) - 1
        # A step button turned off under the keyboard would pass it on to the answers,
        # where the next Space picks one unread: the keyboard goes to the other step button.
        if at_end and self.next_step_button.hasFocus() and not at_start:
            self.previous_button.setEnabled(True)
            self.previous_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if at_start and self.previous_button.hasFocus() and not at_end:
            self.next_step_button.setEnabled(True)
            self.next_step_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.previous_button.setEnabled(not at_start)
        self.next_step_button.setEnabled(not at_end)

    def _step_to(self, index: int) -> None:
        """A step button: show the step, and say it (the keyboard stays on the button,
        so a screen reader would not hear the new words otherwise)."""
        self.show_step(index)
        announce(self, f"{self.step_label.text()}. {self.step_text.text()}")


class QuestionScreen(QWidget):
    next_clicked = Signal()
    why_opened = Signal()  # "Why we ask this" pressed: the page scrolls to the words
    back_clicked = Signal()
    skip_clicked = Signal()
    restart_clicked = Signal()

    def __init__(self, session: CheckSession) -> None:
        super().__init__()
        content = session.content
        question = session.current
        assert question is not None
        self.question = question
        progress = session.progress()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        where_text = (
            self.tr("Part %1 of %2: %3")
            .replace("%1", str(progress.section_number))
            .replace("%2", str(progress.section_count))
            .replace("%3", progress.section_title)
        )
        self.where_label = label(where_text, "muted")
        column.addWidget(self.where_label)
        # By part, not by question: the number of questions changes with the answers,
        # and a count that jumps (27, then 28) would feel like going backwards.
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(round(progress.done * PROGRESS_STEPS))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress_bar.setAccessibleName(self.tr("Progress: %1").replace("%1", where_text))
        column.addWidget(self.progress_bar)
        if session.first_in_section():
            column.addWidget(label(content.section(question.section).intro))

        self.self_test: SelfTestSteps | None = None
        if question.selftest:
            test_card, test_layout = card()
            self.self_test = SelfTestSteps(content.selftests[question.selftest])
            test_layout.addWidget(self.self_test)
            column.addWidget(test_card)

        box, layout = card(spacing=12)
        box.setAccessibleName(question.text)
        if question.hint:
            box.setAccessibleDescription(question.hint)
        self.question_label = label(question.text, "heading")
        layout.addWidget(self.question_label)
        self.hint_label: QLabel | None = None
        if question.hint:
            self.hint_label = label(question.hint, "muted")
            layout.addWidget(self.hint_label)
        # Above the answers, not under the last: there a long list put it below the
        # window (Spanish, 175%, 800x600) while the keyboard went to the first answer.
        self.error_box = AnswerProblem()
        self.error_label = self.error_box.words
        layout.addWidget(self.error_box)
        self.input: AnswerInput = answer_input(content, question)
        self.input.setAccessibleName(question.text)
        if question.hint:
            self.input.setAccessibleDescription(question.hint)
        current = session.current_answer()
        if current is not None:
            self.input.set_value(current)
        layout.addWidget(self.input)
        # Not a checkable button, which a screen reader calls a tick box: its words say
        # what a press does ("Hide why we ask this" once shown), and its name follows.
        self.why_button = button(self.tr("Why we ask this"))
        self.why_label = label(question.why, "muted")
        self.why_label.hide()
        self.why_button.clicked.connect(lambda: self._toggle_why(self.why_label.isHidden()))
        layout.addLayout(button_row(self.why_button))
        layout.addWidget(self.why_label)
        column.addWidget(box)
        self.input.changed.connect(self._answer_changed)

        self.back_button = button(
            self.tr("Back"), accessible=self.tr("Back to the previous question")
        )
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.next_button = button(self.tr("Next"), role="primary")
        self.next_button.setToolTip(self.tr("Next (Enter)"))
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        nav = [self.back_button, self.next_button]
        self.skip_button: QPushButton | None = None
        if question.selftest:
            self.skip_button = button(self.tr("Skip this check"))
            self.skip_button.clicked.connect(self.skip_clicked)
            nav.append(self.skip_button)
        self.nav_row = button_row(*nav)
        self.restart_button = button(self.tr("Start over"))
        self.restart_button.clicked.connect(self.restart_clicked)
        self.nav_row.addWidget(self.restart_button)
        # Held here only until the page shows the screen: it then moves the row out of the
        # column and pins it under it, always in view (a 1024x600 window at the largest
        # text had it below the edge).
        column.addLayout(self.nav_row)

    def _toggle_why(self, shown: bool) -> None:
        self.why_label.setVisible(shown)
        words = self.tr("Hide why we ask this") if shown else self.tr("Why we ask this")
        self.why_button.setText(words)
        self.why_button.setAccessibleName(words)
        if shown:
            self.why_opened.emit()

    def _answer_changed(self) -> None:
        # A Python method, not error_box.hide itself: PySide keeps a little memory for
        # each connection to a Qt method and never frees it (one per question shown).
        self.error_box.hide()

    def show_error(self, text: str) -> None:
        self.error_box.say(text)

    def default_action(self) -> None:
        self.next_button.click()


# --- Warnings -----------------------------------------------------------------------


def sign_lines(guidance: Guidance) -> QWidget:
    """Each warning sign at the result's level: its title, and what is special about it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(6)
    for sign in guidance.signs:
        column.addWidget(label(sign.title, "heading"))
        if sign.note:
            column.addWidget(label(sign.note))
    return box


def _notice_lines(
    content: TriageContent, hits: tuple[RedFlagHit, ...], number: str | None
) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(6)
    for hit in hits:
        column.addWidget(label(hit.title, "heading"))
        column.addWidget(label(fill_number(content, hit.note, number)))
    return box


def stop_buttons(
    screen: EmergencyScreen | AdultsOnlyScreen, column: QVBoxLayout
) -> tuple[QPushButton, QPushButton]:
    """Where the check stops: take the last answer back, or start again."""
    back = button(QCoreApplication.translate("CheckPage", "I answered by mistake: go back"))
    back.clicked.connect(screen.back_clicked)
    restart = button(QCoreApplication.translate("CheckPage", "Start over"))
    restart.clicked.connect(screen.restart_clicked)
    column.addLayout(button_row(back, restart))
    return back, restart


class NoticeScreen(QWidget):
    """An urgent sign: the advice now, then the person may go on with the check."""

    continue_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, content: TriageContent, hits: tuple[RedFlagHit, ...], number: str | None):
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        box, layout = card("warning", spacing=12)
        text = content.urgencies[URGENT]
        box.setAccessibleName(f"{text.label}: {text.heading}")
        layout.addWidget(urgency_badge(content, URGENT))
        layout.addWidget(label(text.heading, "title"))
        layout.addWidget(label(text.text))
        layout.addWidget(_notice_lines(content, hits, number))
        layout.addWidget(label(self.tr("What to do now"), "heading"))
        layout.addWidget(bullet_list([fill_number(content, t, number) for t in text.do_now]))
        column.addWidget(box)
        more, more_layout = card()
        more_layout.addWidget(
            label(
                self.tr(
                    "You can go on with the check. At the end it also shows what may help "
                    "while you wait to be seen. The advice above still stands."
                ),
            )
        )
        self.continue_button = button(self.tr("I understand: continue the check"), role="primary")
        self.back_button = button(self.tr("Back to change my answer"))
        self.continue_button.clicked.connect(self.continue_clicked)
        self.back_button.clicked.connect(self.back_clicked)
        more_layout.addLayout(button_row(self.continue_button, self.back_button))
        column.addWidget(more)

    def default_action(self) -> None:
        self.continue_button.click()


class EmergencyScreen(QWidget):
    """The check stops: what to do now, the number to call, and what to say.

    Without a number: on a shared clinic screen, tell the staff (`staff_help`); on a
    person's own computer, say so and offer Settings.
    """

    back_clicked = Signal()
    settings_clicked = Signal()
    restart_clicked = Signal()

    def __init__(
        self,
        content: TriageContent,
        guidance: Guidance,
        number: str | None,
        *,
        staff_help: str | None = None,
    ) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        box, layout = card(spacing=14)
        danger_frame(box)
        box.setAccessibleName(f"{guidance.label}: {guidance.heading}")
        layout.addWidget(urgency_badge(content, EMERGENCY))
        self.heading = label(guidance.heading, "title")
        layout.addWidget(self.heading)
        # The first step, in large type: whom to call (or, on a clinic's screen with no
        # number, to tell the staff). The other steps follow as a list.
        call, *steps = guidance.now
        self.call_label = label(call, "title")
        self.call_label.setObjectName("callNumber")
        self.call_label.setAccessibleName(call)
        layout.addWidget(self.call_label)
        layout.addWidget(label(guidance.text))
        layout.addWidget(sign_lines(guidance))
        layout.addWidget(bullet_list(steps))
        self.settings_button: QPushButton | None = None
        if not number and not staff_help:
            layout.addWidget(
                label(
                    self.tr(
                        "Your emergency number is not set. It depends on your country. You can "
                        "set it in Settings so the app shows it here."
                    ),
                    "muted",
                )
            )
            self.settings_button = button(self.tr("Set my emergency number in Settings"))
            self.settings_button.clicked.connect(self.settings_clicked)
            layout.addLayout(button_row(self.settings_button))
        column.addWidget(box)
        say, say_layout = card()
        say.setAccessibleName(self.tr("What to say when you call"))
        say_layout.addWidget(label(self.tr("What to say when you call"), "heading"))
        say_layout.addWidget(bullet_list(list(guidance.what_to_say)))
        column.addWidget(say)
        self.back_button, self.restart_button = stop_buttons(self, column)

    def default_action(self) -> None:
        """Enter does nothing here: nothing should move the person on by accident."""


class AdultsOnlyScreen(QWidget):
    """Under 18, after the warning signs: a kind word that the check is for adults, who
    can help instead, and any sign the answers met (its level wins)."""

    back_clicked = Signal()
    restart_clicked = Signal()

    def __init__(
        self, content: TriageContent, guidance: Guidance, *, handoff: HandoffPanel | None = None
    ) -> None:
        """`handoff`: on a kiosk, the "Take it home" card (a QR code, printing)."""
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        box, layout = card("hero", spacing=12)
        box.setAccessibleName(guidance.heading)
        layout.addWidget(urgency_badge(content, guidance.urgency, guidance.label))
        self.heading = label(guidance.heading, "title")
        layout.addWidget(self.heading)
        if guidance.signs:  # a warning sign from the safety questions: named first
            layout.addWidget(sign_lines(guidance))
        layout.addWidget(label(guidance.text))
        layout.addWidget(label(self.tr("What to do now"), "heading"))
        layout.addWidget(bullet_list(guidance.now))
        column.addWidget(box)
        self.handoff = handoff
        self.take_home_button: QPushButton | None = None
        if handoff is not None:
            self.take_home_button = handoff.take_home_button()
            column.addLayout(button_row(self.take_home_button))
            column.addWidget(handoff)
        self.back_button, self.restart_button = stop_buttons(self, column)

    def default_action(self) -> None:
        """Enter does nothing here."""


# --- Review -------------------------------------------------------------------------


class ReviewScreen(QWidget):
    change_clicked = Signal(str)
    result_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, session: CheckSession) -> None:
        super().__init__()
        content = session.content
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        intro, intro_layout = card("hero")
        intro_layout.addWidget(label(self.tr("Check your answers"), "heading"))
        intro_layout.addWidget(
            label(self.tr("Change any answer you like, then see your result."), "muted")
        )
        self.result_button = button(self.tr("See my result"), role="primary")
        self.result_button.clicked.connect(self.result_clicked)
        self.back_button = button(self.tr("Back"), accessible=self.tr("Back to the last question"))
        self.back_button.clicked.connect(self.back_clicked)
        intro_layout.addLayout(button_row(self.result_button, self.back_button))
        column.addWidget(intro)
        self.change_buttons: dict[str, QPushButton] = {}
        self.skipped_labels: dict[str, QLabel] = {}
        skipped = {s.id for s in session.skipped_sections()}
        lines = session.review()
        bold = QFont()
        bold.setBold(True)  # only the weight: the size still follows the text setting
        for part in content.sections:
            in_part = [line for line in lines if line.question.section == part.id]
            if not in_part and part.id not in skipped:
                continue
            box, layout = card(spacing=12)
            box.setAccessibleName(part.title)
            layout.addWidget(label(part.title, "heading"))
            column.addWidget(box)
            if not in_part:
                # The part was left out for these answers: say why, in its place.
                note = label(part.skipped_note, "muted")
                layout.addWidget(note)
                self.skipped_labels[part.id] = note
                continue
            for line in in_part:
                words = QVBoxLayout()
                words.setSpacing(2)
                words.addWidget(label(line.question.text, "muted"))
                answer = label(line.answer_text or self.tr("Not answered yet"))
                answer.setFont(bold)
                words.addWidget(answer)
                if line.question.id in session.remembered:
                    words.addWidget(label(self.tr("Remembered from your last check"), "muted"))
                change = button(
                    self.tr("Change"),
                    accessible=self.tr("Change: %1").replace("%1", line.question.text),
                )
                change.clicked.connect(
                    lambda _=False, q=line.question.id: self.change_clicked.emit(q)
                )
                self.change_buttons[line.question.id] = change
                layout.addWidget(BesideOrBelow(words, [change]))  # Change under it, if narrow

    def default_action(self) -> None:
        self.result_button.click()
