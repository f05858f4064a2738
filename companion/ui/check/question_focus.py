"""Where a question screen puts the keyboard and the view, on a page whose Back and Next
are pinned below its scrolling column: the control the keyboard is on always shows clear
of that row, and what just appeared (a problem with the answer, "Why we ask this") is
scrolled into view with it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.ui.check.screens import QuestionScreen
from companion.ui.shared.page_layout import PageScaffold, announce, lay_out_now


def focus_question(page: PageScaffold, screen: QuestionScreen) -> None:
    """A new question: the keyboard on a self-check's "Next step" (its steps are done
    before answering) or else on the answer, and the view from the steps' or the
    question's first words when they fit with it. When they do not, the keyboard's
    control wins (scrolled to the answer alone, at 175% in an 800x600 window the question
    began mid-sentence; scrolled to the question alone, the answer sat behind the row)."""
    lay_out_now()
    steps = screen.self_test
    if steps is not None and steps.next_step_button.isEnabled():
        steps.next_step_button.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        screen.input.focus_first()
    # The screen's, not the app's: in a window not active yet (just opened, or behind
    # another) the app has none, and the body map opened below its question's words.
    focus = screen.focusWidget()
    if focus is not None:
        page.show_control(focus, heading=steps or screen.question_label)


def show_problem(page: PageScaffold, screen: QuestionScreen, text: str) -> None:
    """Next with no answer (or one the check cannot take): the words say so above the
    answers, the keyboard goes to the first answer, both shown clear of the pinned row,
    and a screen reader is told (the keyboard moving would not say it)."""
    screen.show_error(text)
    lay_out_now()
    screen.input.focus_first()
    page.show_control(screen.focusWidget() or screen.input, heading=screen.error_box)
    announce(screen.error_label, text)


def show_why(page: PageScaffold, screen: QuestionScreen) -> None:
    """ "Why we ask this" opened: its words scrolled out from behind the pinned row, with
    the button still in view."""
    lay_out_now()
    page.show_opened(screen.why_button, screen.why_label)
