"""The Check page: the guided check, one screen at a time.

The page shows whatever screen the CheckSession (companion/core) is on and passes the
person's clicks back to it. A finished check (the result, or the emergency stop) is
saved through AppState, which keeps it in memory only in kiosk mode.

Keys: Enter goes on (or presses the focused button), Alt+Left goes back. Backspace is
never "back", so it cannot throw an answer away by accident.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from companion.core.app_state import AppState
from companion.core.content import InvalidContentError
from companion.core.triage import AnswerError, counted_answers
from companion.core.triage_content import TriageContent, load_triage
from companion.core.triage_session import (
    EMERGENCY_STOP,
    QUESTION,
    REVIEW,
    START,
    URGENT_NOTICE,
    CheckSession,
)
from companion.ui.check_result import ResultScreen
from companion.ui.check_screens import (
    EmergencyScreen,
    NoticeScreen,
    QuestionScreen,
    ReviewScreen,
    StartScreen,
)
from companion.ui.page_layout import PageScaffold, card, label

if TYPE_CHECKING:
    from companion.ui.handoff_panel import PrinterFactory


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckPage", text)


class CheckPage(PageScaffold):
    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Guided check"),
            tr("Safety first, then your pain. See which patterns your answers fit, and why."),
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
        self._last_saved: object = None
        self.problem_label = label("", "muted")
        self.problem_label.hide()
        self.column.insertWidget(2, self.problem_label)
        try:
            self.content: TriageContent | None = load_triage(language=state.content.language)
        except InvalidContentError as exc:
            self.content = None
            self._show_broken(exc)
            return
        self.session = CheckSession(self.content)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        state.add_reset_listener(self.restart)
        self.show_screen()

    def _show_broken(self, exc: InvalidContentError) -> None:
        box, layout = card("warning")
        layout.addWidget(label(tr("The guided check cannot start"), "heading"))
        layout.addWidget(
            label(
                tr("Its content files have problems. Please reinstall the app.\n\n%1").replace(
                    "%1", str(exc)
                )
            )
        )
        self._replace(box)

    # --- Screens ----------------------------------------------------------------------

    def number(self) -> str | None:
        return self.state.settings.current.emergency_number

    def _replace(self, widget: QWidget) -> None:
        old = self.view
        self.view = widget
        self.column.replaceWidget(old, widget)
        old.hide()
        old.deleteLater()
        widget.show()

    def show_screen(self) -> None:
        assert self.content is not None
        session = self.session
        self.problem_label.hide()
        self.intro_label.setVisible(session.screen == START)
        widget: QWidget
        if session.screen == START:
            latest = self.state.latest_check()
            start = StartScreen(self.content, latest.summary if latest else None)
            start.start_clicked.connect(self.start)
            widget = start
        elif session.screen == QUESTION:
            question = QuestionScreen(session)
            question.next_clicked.connect(self.next)
            question.back_clicked.connect(self.go_back)
            question.skip_clicked.connect(self.skip)
            question.restart_clicked.connect(self.restart)
            widget = question
        elif session.screen == URGENT_NOTICE:
            notice = NoticeScreen(self.content, session.notice, self.number())
            notice.continue_clicked.connect(self.go_on)
            notice.back_clicked.connect(self.go_back)
            widget = notice
        elif session.screen == EMERGENCY_STOP:
            emergency = EmergencyScreen(self.content, session.notice, self.number())
            emergency.back_clicked.connect(self.go_back)
            emergency.settings_clicked.connect(lambda: self.page_requested.emit("settings"))
            emergency.restart_clicked.connect(self.restart)
            widget = emergency
            self._save()
        elif session.screen == REVIEW:
            review = ReviewScreen(session)
            review.change_clicked.connect(self.change)
            review.result_clicked.connect(self.finish_check)
            review.back_clicked.connect(self.go_back)
            widget = review
        else:
            result = ResultScreen(
                self.content,
                session.result(),
                self.number(),
                kiosk=self.state.kiosk,
                handoff=self._handoff() if self.state.kiosk else None,
            )
            result.page_requested.connect(self.page_requested)
            result.print_clicked.connect(self.print_summary)
            result.pdf_clicked.connect(self.ask_pdf_path)
            result.change_clicked.connect(self.go_back)
            result.restart_clicked.connect(self.restart)
            widget = result
            self._save()
        self._replace(widget)
        self.verticalScrollBar().setValue(0)
        self._focus_first(widget)

    def _focus_first(self, widget: QWidget) -> None:
        """Put the keyboard where the person will want it (the answer, or the main button)."""
        if isinstance(widget, QuestionScreen):
            widget.input.focus_first()
        elif isinstance(widget, StartScreen):
            widget.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, NoticeScreen):
            widget.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, EmergencyScreen):
            widget.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, ReviewScreen):
            widget.result_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(widget, ResultScreen):
            widget.urgency_heading.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        """Keep the finished check (once for the same answers)."""
        assert self.content is not None
        key = repr(sorted(counted_answers(self.content, self.session.answers).items()))
        if key == self._last_saved:
            return
        self._last_saved = key
        self.state.save_check(self.session.record(self.state.now()))

    # --- Actions ----------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()
        self.show_screen()

    def next(self) -> None:
        screen = self.view
        if not isinstance(screen, QuestionScreen):
            return
        value = screen.input.value()
        if value is None:
            screen.show_error(tr("Please choose an answer to go on."))
            screen.input.focus_first()
            return
        try:
            self.session.answer(value)
        except AnswerError as exc:
            screen.show_error(str(exc))
            return
        self.session.next()
        self.show_screen()

    def skip(self) -> None:
        self.session.skip()
        self.show_screen()

    def go_on(self) -> None:
        self.session.go_on_after_notice()
        self.show_screen()

    def go_back(self) -> None:
        if self.content is None or not self.session.can_go_back():
            return
        # Keep an answer picked but not yet confirmed with Next, so Back loses nothing.
        if isinstance(self.view, QuestionScreen):
            value = self.view.input.value()
            if value is not None:
                with contextlib.suppress(AnswerError):
                    self.session.answer(value)
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
        self._last_saved = None
        self.show_screen()

    # --- Keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.content is not None:
            focus = QApplication.focusWidget()
            if (
                isinstance(focus, QPushButton)
                and not focus.isCheckable()
                and self.isAncestorOf(focus)
            ):
                focus.click()
            else:
                action = getattr(self.view, "default_action", None)
                if action is not None:
                    action()
            return
        super().keyPressEvent(event)

    # --- Print and PDF ----------------------------------------------------------------

    def summary_html(self) -> str:
        from companion.ui.check_report import report_html

        assert self.content is not None
        return report_html(self.content, self.session.result(), self.number(), self.state.now())

    def handoff_summary(self) -> str | None:
        """The short text inside the kiosk's QR code; None if its words cannot load."""
        from companion.core.handoff import load_handoff_words, summary_text

        assert self.content is not None
        try:
            words = load_handoff_words(language=self.state.content.language)
        except InvalidContentError:
            return None
        config = self.state.kiosk_config
        assert config is not None, "the hand-off is for kiosk mode"
        result = self.session.result()
        return summary_text(self.content, result, self.state.now(), words, config)

    def _handoff(self) -> QWidget | None:
        """The kiosk's "Take it home" card, when the clinic offers a QR code or printing."""
        from companion.ui.handoff_panel import HandoffPanel, default_printer, offers_handoff

        config = self.state.kiosk_config
        assert config is not None
        summary = self.handoff_summary()
        if not offers_handoff(config) or summary is None:
            return None
        return HandoffPanel(
            summary,
            self.summary_html(),
            config,
            printer_factory=self.printer_factory or default_printer,
        )

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from companion.ui.check_report import render

        if self.state.kiosk:
            return  # no dialogs on a shared screen: the "Take it home" card prints
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        html = self.summary_html()
        dialog.accepted.connect(lambda: render(html, printer))
        self.print_dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def ask_pdf_path(self) -> None:
        if self.state.kiosk:
            return  # nothing is written to disk on a shared screen
        name = f"thigh-pain-check-{self.state.now():%Y-%m-%d}.pdf"
        dialog = QFileDialog(self, tr("Save the summary as PDF"), str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        from companion.ui.check_report import save_pdf

        if self.state.kiosk:
            return False
        try:
            save_pdf(self.summary_html(), path)
        except OSError as exc:
            self._tell(tr("The PDF could not be saved: %1").replace("%1", str(exc)))
            return False
        self._tell(tr("Saved the summary to %1").replace("%1", str(path)))
        return True

    def _tell(self, text: str) -> None:
        if isinstance(self.view, ResultScreen):
            self.view.show_message(text)
        else:
            self.problem_label.setText(text)
            self.problem_label.show()
