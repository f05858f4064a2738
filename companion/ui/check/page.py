"""The Check page: the guided check, one screen at a time.

The page shows whatever screen the CheckSession (companion/core) is on and passes the
person's clicks back to it. A finished check (the result, or the emergency stop) is
saved through a CheckKeeper (core), which keeps the saved record in step with the
answers: a mistake taken back, or a changed answer, takes the old result away. AppState
keeps it in memory only in kiosk mode. Past checks are listed on the start screen (not
in kiosk mode), to open read-only, print, save as PDF, or delete with undo.

Keys: Enter goes on (or presses the focused button), Alt+Left goes back. Backspace is
never "back", so it cannot throw an answer away by accident.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from companion.core.check.advice import Guidance, compose, staff_help
from companion.core.check.engine import AnswerError, TriageResult, counted_answers
from companion.core.check.history import (
    CheckKeeper,
    Reopened,
    find_check,
    past_checks,
    record_summary,
    reopen,
)
from companion.core.check.load import load_triage
from companion.core.check.model import TriageContent
from companion.core.check.session import (
    ADULTS_ONLY_STOP,
    EMERGENCY_STOP,
    QUESTION,
    REVIEW,
    START,
    URGENT_NOTICE,
    CheckSession,
)
from companion.core.check.unfinished import keep_unfinished, read_unfinished
from companion.core.shared.app_state import AppState
from companion.core.shared.content import InvalidContentError
from companion.ui.check.history_view import CheckHistoryList
from companion.ui.check.question_focus import focus_question, show_problem, show_why
from companion.ui.check.report import when_text
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import (
    AdultsOnlyScreen,
    EmergencyScreen,
    NoticeScreen,
    QuestionScreen,
    ReviewScreen,
    StartScreen,
)
from companion.ui.shared.dialog import file_chooser, quit_keys
from companion.ui.shared.page_layout import (
    PageScaffold,
    StatusLabel,
    card,
    enter_presses_button,
    label,
    lay_out_now,
    replace_widget,
)

if TYPE_CHECKING:
    from companion.ui.check.handoff_panel import HandoffPanel, PrinterFactory


class CheckPage(PageScaffold):
    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Guided check"),
            self.tr("Safety first, then your pain. See which patterns your answers fit, and why."),
            parent,
        )
        self.state = state
        self.view: QWidget = QWidget()
        self.add(self.view)
        self.finish()
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QWidget | None = None
        # Kiosk printing: None is the system's default printer; tests pass their own.
        self.printer_factory: PrinterFactory | None = None
        self.keeper = CheckKeeper(state)
        self.viewing: Reopened | None = None  # a past check, open to read
        self._viewing_id: str | None = None  # its id, to come back to its row
        self._undo: tuple[dict[str, object], str] | None = None  # a deleted check's data
        self._show_all = False
        self._number_shown: str | None = None  # the emergency number the screen was built with
        self.problem_label = StatusLabel()  # may name a file saved
        self.column.insertWidget(2, self.problem_label)
        try:
            self.content: TriageContent | None = load_triage(language=state.content.language)
            if state.kiosk:  # a shared screen has no journal to point to
                self.content = self.content.on_shared_screen()
        except InvalidContentError as exc:
            self.content = None
            self._show_broken(exc)
            return
        self.session = CheckSession(self.content)
        kept = read_unfinished(state, self.content)  # a check left part-way: offered back
        self._left_at = kept.kept_at if kept is not None else None  # said until gone on
        if kept is not None:
            self.session.pick_up(kept.answers, kept.remembered, kept.at)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        state.add_reset_listener(self._after_reset)
        self.show_screen()

    def _show_broken(self, exc: InvalidContentError) -> None:
        box, layout = card("warning")
        layout.addWidget(label(self.tr("The guided check cannot start"), "heading"))
        layout.addWidget(
            label(
                self.tr("Its content files have problems. Please reinstall the app.\n\n%1").replace(
                    "%1", str(exc)
                )
            )
        )
        self._replace(box)

    # --- Screens ----------------------------------------------------------------------

    def number(self) -> str | None:
        return self.state.settings.current.emergency_number

    def guidance(self, result: TriageResult) -> Guidance:
        assert self.content is not None
        staff = staff_help(self.content, self.state.kiosk_config)
        return compose(self.content, result, self.number(), staff_help=staff)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back from Settings (the emergency screen links there): a number set
        meanwhile shows on the screen that asked for it. A question is left alone, with
        any answer picked on it."""
        super().showEvent(event)
        if self.content is None:
            return
        if self.number() != self._number_shown and not isinstance(self.view, QuestionScreen):
            self.show_screen()
        self.follow_clock()

    def follow_clock(self) -> None:
        """On showing, and once a minute and on waking while shown: the offer to go on
        says "today" or "yesterday" as the clock reads now, not as it did when drawn."""
        if isinstance(self.view, StartScreen):
            self.view.follow_clock(self.state.now())

    def _replace(self, widget: QWidget) -> None:
        old = self.view
        self.view = widget
        replace_widget(self.column, old, widget)

    def show_screen(self) -> None:
        assert self.content is not None
        session = self.session
        self._number_shown = self.number()
        self.problem_label.hide()
        self.intro_label.setVisible(session.screen == START and self.viewing is None)
        widget: QWidget
        if self.viewing is not None:
            widget = self._past_screen(self.viewing)
        elif session.screen == START:
            left = (self._left_at, self.state.now()) if self._left_at is not None else None
            start = StartScreen(
                self.content, self._history(), resumable=session.can_resume(), left=left
            )
            start.start_clicked.connect(self.start)
            start.resume_clicked.connect(self.resume)
            widget = start
        elif session.screen == QUESTION:
            question = QuestionScreen(session)
            question.next_clicked.connect(self.next)
            question.back_clicked.connect(self.go_back)
            question.skip_clicked.connect(self.skip)
            question.restart_clicked.connect(self.restart)
            question.why_opened.connect(lambda: show_why(self, question))
            widget = question
        elif session.screen == URGENT_NOTICE:
            notice = NoticeScreen(self.content, session.notice, self.number())
            notice.continue_clicked.connect(self.go_on)
            notice.back_clicked.connect(self.go_back)
            widget = notice
        elif session.screen == EMERGENCY_STOP:
            result = session.result()
            emergency = EmergencyScreen(
                self.content,
                self.guidance(result),
                self.number(),
                staff_help=staff_help(self.content, self.state.kiosk_config),
            )
            emergency.back_clicked.connect(self.go_back)
            emergency.settings_clicked.connect(lambda: self.page_requested.emit("settings"))
            emergency.restart_clicked.connect(self.restart)
            widget = emergency
            self.keeper.keep(session.record(self.state.now()))
        elif session.screen == ADULTS_ONLY_STOP:
            result = session.result()
            adults = AdultsOnlyScreen(
                self.content, self.guidance(result), handoff=self._handoff(result)
            )
            adults.back_clicked.connect(self.go_back)
            adults.restart_clicked.connect(self.restart)
            widget = adults  # not saved: there is nothing of the adult check to keep
        elif session.screen == REVIEW:
            review = ReviewScreen(session)
            review.change_clicked.connect(self.change)
            review.result_clicked.connect(self.finish_check)
            review.back_clicked.connect(self.go_back)
            widget = review
        else:
            result = session.result()
            result_screen = ResultScreen(
                self.content,
                result,
                self.guidance(result),
                kiosk=self.state.kiosk,
                handoff=self._handoff(result),
            )
            result_screen.page_requested.connect(self.page_requested)
            result_screen.print_clicked.connect(self.print_summary)
            result_screen.pdf_clicked.connect(self.ask_pdf_path)
            result_screen.change_clicked.connect(self.go_back)
            result_screen.restart_clicked.connect(self.restart)
            widget = result_screen
            self.keeper.keep(session.record(self.state.now()))
        if self.viewing is None:
            keep_unfinished(self.state, session)  # kept as answered, so quitting loses none
        self._replace(widget)
        self.pin_below(widget.nav_row if isinstance(widget, QuestionScreen) else None)
        self.verticalScrollBar().setValue(0)
        self._focus_first(widget)

    def _history(self) -> QWidget | None:
        """The list of past checks (never on a shared screen: nothing is kept there)."""
        assert self.content is not None
        if self.state.kiosk:
            return None
        history = CheckHistoryList(
            self.content,
            past_checks(self.state, self.content),
            undo_text=self._undo[1] if self._undo else "",
            show_all=self._show_all,
        )
        history.open_requested.connect(self.open_past)
        history.delete_requested.connect(self.delete_past)
        history.undo_clicked.connect(self.undo_delete)
        if history.more_button is not None:
            history.more_button.clicked.connect(self._show_all_checks)
        return history

    def _past_screen(self, past: Reopened) -> QWidget:
        assert self.content is not None
        lines = [
            self.tr("Done on %1. Read only: to answer again, start a new check.").replace(
                "%1", when_text(past.record.time)
            )
        ]
        if past.reads_differently:
            lines.append(
                self.tr(
                    "The check has been updated since, so it reads these answers a little "
                    "differently today. On the day it said: %1"
                ).replace("%1", record_summary(self.content, past.record))
            )
        if past.dropped:
            dropped = len(past.dropped)
            lines.append(
                self.tr(
                    "%n answer(s) are no longer asked by the check and were left out.",
                    "",
                    dropped,
                )
            )
        screen = ResultScreen(
            self.content, past.result, self.guidance(past.result), kiosk=False, past=lines
        )
        screen.page_requested.connect(self.page_requested)
        screen.print_clicked.connect(self.print_summary)
        screen.pdf_clicked.connect(self.ask_pdf_path)
        screen.close_clicked.connect(self.close_past)
        return screen

    def _focus_first(self, widget: QWidget) -> None:
        """Put the keyboard where the person will want it (the answer, or the main button),
        but only on a page that is shown: a page being built, or waiting behind another,
        leaves the keyboard where the person has it."""
        if not self.isVisible():
            return
        if isinstance(widget, QuestionScreen):
            focus_question(self, widget)
        elif isinstance(widget, StartScreen):
            widget.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, NoticeScreen):
            widget.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, EmergencyScreen | AdultsOnlyScreen):
            widget.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, ReviewScreen):
            widget.result_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, ResultScreen):
            widget.urgency_heading.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Actions ----------------------------------------------------------------------

    def _remembered(self) -> dict[str, object]:
        latest = self.state.latest_check()
        return dict(latest.answers) if latest else {}

    def start(self) -> None:
        self._left_at = None
        self.keeper.forget()
        self.viewing = None
        self.session.start(self._remembered())
        self.show_screen()

    def resume(self) -> None:
        self._left_at = None
        self.session.resume()
        self.show_screen()

    def open_request(self, action: str) -> None:
        """Another page asks for the check: "start" is Home's "take the check" button,
        which opens the first question (the start screen only before the first check)."""
        if self.content is None or action != "start":
            return
        self.viewing = None
        if not self.session.in_progress():
            self.keeper.forget()
        self.session.open_from_elsewhere(not self.state.past_checks(), self._remembered())
        self.show_screen()

    def _answers_changed(self) -> None:
        """A result the answers no longer give is taken away at once."""
        assert self.content is not None
        self.keeper.follow(counted_answers(self.content, self.session.answers))

    def next(self) -> None:
        screen = self.view
        if not isinstance(screen, QuestionScreen):
            return
        value = screen.input.value()
        if value is None:
            show_problem(self, screen, self.tr("Please choose an answer to go on."))
            return
        try:
            self.session.answer(value)
        except AnswerError as exc:
            show_problem(self, screen, str(exc))
            return
        self._answers_changed()
        self.session.next()
        self.show_screen()

    def skip(self) -> None:
        self.session.skip()
        self._answers_changed()
        self.show_screen()

    def go_on(self) -> None:
        self.session.go_on_after_notice()
        self.show_screen()

    def go_back(self) -> None:
        if self.viewing is not None:  # Alt+Left on a past check: back to the list, as its button
            self.close_past()
            return
        if self.content is None or not self.session.can_go_back():
            return
        # Keep an answer picked but not yet confirmed with Next, so Back loses nothing.
        if isinstance(self.view, QuestionScreen):
            value = self.view.input.value()
            if value is not None:
                with contextlib.suppress(AnswerError):
                    self.session.answer(value)
                self._answers_changed()
        if self.session.screen == EMERGENCY_STOP:
            self.keeper.withdraw()  # "I answered by mistake": the result is taken back
        self.session.back()
        self.show_screen()

    def change(self, question_id: str) -> None:
        self.session.change(question_id)
        self.show_screen()

    def finish_check(self) -> None:
        if not self.session.all_answered():
            self.session.back()  # to the last question; the review lists what is missing
        else:
            self.session.finish()
        self.show_screen()

    def restart(self) -> None:
        if self.content is None:
            return
        self.session.restart()
        self.keeper.forget()
        self.viewing = None
        self.show_screen()

    def _after_reset(self) -> None:
        """All data was deleted: nothing saved is this check's any more."""
        self._undo = None
        self.restart()

    # --- Past checks ------------------------------------------------------------------

    def open_past(self, check_id: str) -> None:
        assert self.content is not None
        record = find_check(self.state, check_id)
        if record is None:
            self.show_screen()
            return
        self.viewing = reopen(self.content, record)
        self._viewing_id = check_id
        self.show_screen()

    def close_past(self) -> None:
        """Back to the list, with the keyboard on the Open button of the check just read."""
        self.viewing = None
        self.show_screen()
        if isinstance(self.view, StartScreen) and isinstance(self.view.history, CheckHistoryList):
            for row in self.view.history.rows:
                if row.check.id == self._viewing_id and self.isVisible():
                    lay_out_now()  # so the list can be scrolled to
                    row.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.ensureWidgetVisible(row.open_button)

    def delete_past(self, check_id: str) -> None:
        record = find_check(self.state, check_id)
        data = self.state.remove_check(check_id)
        if check_id == self.keeper.check_id:
            self.keeper.forget()
        if data is not None and record is not None:
            text = self.tr("Deleted the check of %1.").replace("%1", when_text(record.time))
            self._undo = (data, text)
        self.show_screen()
        if isinstance(self.view, StartScreen) and isinstance(self.view.history, CheckHistoryList):
            self.view.history.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        if self._undo is not None:
            self.state.restore_check(dict(self._undo[0]))
            self._undo = None
        self.show_screen()

    def _show_all_checks(self) -> None:
        self._show_all = True
        self.show_screen()

    # --- Keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button the keyboard is on, a show-or-hide one too ("Why we
        ask this", the drawing's zoom, a result's section); on an answer's choice (one of
        a group) or elsewhere it does the screen's own thing: confirm and go on."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.content is not None:
            focus = QApplication.focusWidget()
            on_an_answer = (
                isinstance(focus, QPushButton) and focus.isCheckable() and focus.group() is not None
            )
            if on_an_answer or not enter_presses_button(self, event):
                action = getattr(self.view, "default_action", None)
                if action is not None:
                    action()
            return
        super().keyPressEvent(event)

    # --- Print and PDF ----------------------------------------------------------------
    # The summary's report, printing and the kiosk's hand-off load when first used: most
    # checks end without any of them.

    def summary_versions(self) -> list[str]:
        """The one-page summary of the result on screen (a past check's, when one is open),
        at each level of detail, most first (see `check_report.render`)."""
        from companion.ui.check.report import report_versions

        assert self.content is not None
        if self.viewing is not None:
            result, when = self.viewing.result, self.viewing.record.time
        else:
            result, when = self.session.result(), self.state.now()
        return report_versions(self.content, result, self.guidance(result), when)

    def summary_html(self) -> str:
        """The summary with every detail, as HTML."""
        return self.summary_versions()[0]

    def handoff_summary(self) -> str | None:
        """The short text inside the kiosk's QR code; None if its words cannot load."""
        from companion.core.check.handoff import load_handoff_words, summary_text

        assert self.content is not None
        try:
            words = load_handoff_words(language=self.state.content.language)
        except InvalidContentError:
            return None
        config = self.state.kiosk_config
        assert config is not None, "the hand-off is for kiosk mode"
        result = self.session.result()
        return summary_text(self.content, result, self.state.now(), words, config)

    def _handoff(self, result: TriageResult) -> HandoffPanel | None:
        """The kiosk's "Take it home" card, when this result offers a way home (a QR
        code or printing: `ways_home` decides, for every screen that ends a check)."""
        from companion.core.check.handoff import ways_home

        ways = ways_home(result, self.state.kiosk_config)
        summary = self.handoff_summary() if ways else None
        if summary is None:
            return None
        # Printing support loads only on a kiosk that offers a way home.
        from companion.ui.check.handoff_panel import HandoffPanel, default_printer

        return HandoffPanel(
            summary,
            self.summary_versions(),
            ways,
            printer_factory=self.printer_factory or default_printer,
        )

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from companion.ui.check.report import render

        if self.state.kiosk:
            return  # no dialogs on a shared screen: the "Take it home" card prints
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        versions = self.summary_versions()
        dialog.accepted.connect(lambda: render(versions, printer))
        quit_keys(dialog)
        self.print_dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def ask_pdf_path(self) -> None:
        if self.state.kiosk:
            return  # nothing is written to disk on a shared screen
        when = self.viewing.record.time if self.viewing is not None else self.state.now()
        name = f"thigh-pain-check-{when:%Y-%m-%d}.pdf"
        dialog = file_chooser(
            self,
            self.tr("Save the summary as PDF"),
            str(Path.home() / name),
            self.tr("PDF files (*.pdf)"),
            save_as="pdf",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        from companion.core.shared.atomic_file import describe_os_error
        from companion.core.shared.messages import in_language
        from companion.ui.check.report import save_pdf

        if self.state.kiosk:
            return False
        try:
            save_pdf(self.summary_versions(), path, keep_out=self.state.data_dir)
        except OSError as exc:
            why = in_language(describe_os_error(exc), self.state.content.language)
            self._tell(self.tr("The PDF could not be saved: %1").replace("%1", why))
            return False
        self._tell(self.tr("Saved the summary to %1").replace("%1", str(path)))
        return True

    def _tell(self, text: str) -> None:
        if isinstance(self.view, ResultScreen):
            self.view.show_message(text)
        else:
            self.problem_label.setText(text)
