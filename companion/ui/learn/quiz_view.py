"""The "check what you learned" quiz: one question at a time, kind feedback, a card to
read after each answer. Nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.learn.quiz import Quiz, QuizSession
from companion.ui.shared.page_layout import (
    PageScaffold,
    announce,
    back_keys,
    button,
    button_row,
    card,
    enter_presses_button,
    label,
)
from companion.ui.shared.single_choice import ArrowChoice
from companion.ui.shared.word_break import WrappingRadio


class QuizView(PageScaffold):
    """Emits `card_requested(id)` to read the card behind a question, and `back()`."""

    card_requested = Signal(str)
    back = Signal()

    def __init__(self, quiz: Quiz, card_titles: dict[str, str], parent: QWidget | None = None):
        questions = len(quiz.questions)
        super().__init__(
            self.tr("Check what you learned"),
            # Not "nothing is marked": the end says "You got 5 of 8 right".
            self.tr(
                "%n short question(s). Take your time: nothing is saved, and your score is"
                " only for you.",
                "",
                questions,
            ),
            parent,
        )
        self.session = QuizSession(quiz)
        self.card_titles = card_titles
        self.back_button = button(self.tr("← Back to Learn"), accessible=self.tr("Back to Learn"))
        self.back_button.clicked.connect(self.back)
        back_keys(self, self.back)
        self.column.insertLayout(0, button_row(self.back_button))

        self.progress = label("", "muted")
        self.add(self.progress)
        self.question_card, question_layout = card(spacing=8)
        self.question_label = label("", "heading")
        question_layout.addWidget(self.question_label)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.choices_box)
        self.check_button = button(self.tr("Check my answer"), role="primary")
        self.check_button.clicked.connect(self.check_answer)
        question_layout.addLayout(button_row(self.check_button))
        self.pick_first = label(self.tr("Pick one of the answers first."), "muted")
        self.pick_first.hide()
        question_layout.addWidget(self.pick_first)
        self.add(self.question_card)

        self.feedback_card, feedback_layout = card(spacing=8)
        self.feedback_card.setAccessibleName(self.tr("Feedback"))
        self.verdict = label("", "heading")
        self.right_answer = label("")
        self.feedback_text = label("")
        self.read_button = button("")
        self.read_button.clicked.connect(self._read_card)
        self.next_button = button(self.tr("Next question"), role="primary")
        self.next_button.clicked.connect(self.next_question)
        feedback_layout.addWidget(self.verdict)
        feedback_layout.addWidget(self.right_answer)
        feedback_layout.addWidget(self.feedback_text)
        feedback_layout.addLayout(button_row(self.next_button, self.read_button))
        self.add(self.feedback_card)

        self.end_card, end_layout = card(spacing=10)
        self.end_heading = label("", "heading")
        self.end_text = label("")
        self.again_button = button(self.tr("Try again"), role="primary")
        self.again_button.clicked.connect(self.restart)
        # Not "Back to Learn": the button at the top says that, and the two would sound alike.
        self.done_button = button(self.tr("Back to the cards"))
        self.done_button.clicked.connect(self.back)
        end_layout.addWidget(self.end_heading)
        end_layout.addWidget(self.end_text)
        end_layout.addLayout(button_row(self.again_button, self.done_button))
        self.add(self.end_card)
        self.finish()
        self.choice_buttons: list[QRadioButton] = []
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._chosen)
        self.keys = ArrowChoice([], self)  # arrows move and choose, as in the guided check
        self.show_question()

    def resume(self) -> None:
        """The quiz opened again (from Learn's tile) where it was left: the keyboard goes
        where the person was. Finished, it goes to "Try again" and the score is said again:
        focus fell on "Back to Learn", and nothing said the quiz was done."""
        if self.session.finished:
            self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self, self.end_card.accessibleName())
        elif self.session.feedback is not None:  # the model says, not what is on screen
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.choice_buttons:
            checked = self.group.checkedButton()
            (checked or self.choice_buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def restart(self) -> None:
        self.session.restart()
        self.show_question()

    def show_question(self) -> None:
        s = self.session
        self.end_card.hide()
        self.feedback_card.hide()
        self.question_card.show()
        self.keys.clear()
        for old in self.choice_buttons:
            self.group.removeButton(old)
            self.choices_layout.removeWidget(old)
            old.deleteLater()
        self.choice_buttons = []
        question = s.question
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(s.index + 1)).replace("%2", str(s.total))
        )
        self.question_label.setText(question.text)
        self.question_card.setAccessibleName(question.text)
        for index, text in enumerate(question.choices):
            choice = WrappingRadio(text)  # a long answer wraps at large text
            choice.setAccessibleName(text)
            self.group.addButton(choice, index)
            self.keys.add(choice)
            self.choices_layout.addWidget(choice)
            choice.show()  # added to a page that may already be on screen
            self.choice_buttons.append(choice)
        self.pick_first.hide()
        self.next_button.setText(
            self.tr("See my result") if s.index + 1 == s.total else self.tr("Next question")
        )
        self.choice_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self) -> None:
        choice = self.group.checkedId()
        if choice >= 0:
            self.pick_first.hide()
            self.session.pick(choice)  # the feedback goes when it is about another answer
            self.feedback_card.setVisible(self.session.feedback is not None)

    def check_answer(self) -> None:
        choice = self.group.checkedId()
        if choice < 0:
            self.pick_first.show()
            return
        feedback = self.session.answer(choice)
        self.verdict.setText(self.tr("✓ Well done") if feedback.correct else self.tr("✗ Not quite"))
        # After a wrong answer, the right one is said in words and marked in the list.
        self.right_answer.setVisible(not feedback.correct)
        self.right_answer.setText(
            self.tr("The right answer: %1").replace("%1", feedback.right_choice)
        )
        if not feedback.correct:
            right = self.choice_buttons[self.session.question.correct]
            right.setText("✓ " + feedback.right_choice)
            right.setAccessibleName(
                self.tr("%1 (the right answer)").replace("%1", feedback.right_choice)
            )
        self.feedback_text.setText(feedback.message)
        title = self.card_titles.get(feedback.card, feedback.card)
        self.read_button.setText(self.tr("Read the card"))
        self.read_button.setAccessibleName(self.tr("Read the card: %1").replace("%1", title))
        self.read_button.setToolTip(title)
        spoken = [self.verdict.text(), feedback.message]
        if not feedback.correct:
            spoken.insert(1, self.right_answer.text())
        self.feedback_card.setAccessibleName(". ".join(spoken))
        self.feedback_card.show()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._into_view(self.next_button, self.verdict)
        # The keyboard goes on to "Next question": the feedback is said, or never heard.
        announce(self, self.feedback_card.accessibleName())

    def next_question(self) -> None:
        self.session.next()
        if self.session.finished:
            self.show_end()
        else:
            self.show_question()

    def show_end(self) -> None:
        s = self.session
        self.question_card.hide()
        self.feedback_card.hide()
        self.progress.setText(self.tr("All done"))
        self.end_heading.setText(
            self.tr("You got %1 of %2 right the first time.")
            .replace("%1", str(s.score))
            .replace("%2", str(s.total))
        )
        if s.score == s.total:
            words = self.tr("Wonderful. You know the key ideas.")
        elif s.score * 2 >= s.total:
            words = self.tr("Well done. The cards behind the others are worth another look.")
        else:
            words = self.tr("That's fine: this is how learning works. The cards explain each one.")
        self.end_text.setText(words)
        self.end_card.setAccessibleName(f"{self.end_heading.text()} {words}")
        self.end_card.show()
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._into_view(self.again_button, self.end_heading)
        # The keyboard goes to "Try again": the score is said, or never heard.
        announce(self, self.end_card.accessibleName())

    def _into_view(self, button: QWidget, heading: QWidget) -> None:
        """Scroll to what just appeared: its button, and its heading above it. Qt follows
        the keyboard only when Tab moves it, so on a 1024x600 screen at large text the
        feedback opened below the page's edge: a click on "Check my answer" seemed to do
        nothing but put a tick by the right answer."""
        for _ in range(4):  # lay the new card out, so it can be scrolled to
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(button)
        self.ensureWidgetVisible(heading)  # when both cannot show, the words' start

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms and goes on, as in the guided check: on a question it checks the
        answer; with the feedback shown it goes to the next question."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if enter_presses_button(self, event):
                pass
            elif self.feedback_card.isVisible():
                self.next_button.click()
            elif self.question_card.isVisible():
                self.check_button.click()
            return
        super().keyPressEvent(event)

    def _read_card(self) -> None:
        feedback = self.session.feedback
        if feedback is not None:
            self.card_requested.emit(feedback.card)
