"""The journal page's files: export (CSV, JSON), import with a preview, and the
clinician's report as a PDF or on paper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from companion.core.journal.choices import JournalContent
from companion.core.journal.io import (
    MAX_FILE_BYTES,
    ImportFileError,
    ImportPreview,
    export_csv,
    export_json,
    read_import,
)
from companion.core.journal.store import JournalStore
from companion.core.journal.trend import TrendContent
from companion.core.shared.app_state import AppState
from companion.core.shared.atomic_file import (
    atomic_write_bytes,
    describe_os_error,
    describe_read_error,
    output_file,
)
from companion.core.shared.bounded_read import read_bounded
from companion.core.shared.messages import in_language, message_of
from companion.core.shared.record_log import load_checks
from companion.core.shared.records import TimerEvent
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.dialog import file_chooser
from companion.ui.shared.page_layout import button, button_row, card, label
from companion.ui.shared.words_dialog import WordsDialog

if TYPE_CHECKING:  # the report and its dialog load when a report is first made
    from companion.ui.journal.report import JournalReport
    from companion.ui.journal.report_data import ReportOptions


class JournalFileActions:
    """The page's file actions, kept apart from its entries and trend.

    Mixed into `JournalPage`, which provides what is declared here.
    """

    state: AppState
    journal: JournalStore
    content: JournalContent
    trend_content: TrendContent
    ask_save_path: Callable[[str, str], str]
    ask_open_path: Callable[[], str]
    _notify: Callable[..., None]
    _load_events: Callable[[], list[TimerEvent]]
    confirm_import: Callable[[ImportPreview], bool]

    def _tools_card(self) -> QWidget:
        """Export, import, the report and printing, in one card."""
        frame, layout = card()
        frame.setAccessibleName(QCoreApplication.translate("JournalPage", "Keep, share and print"))
        layout.addWidget(
            label(QCoreApplication.translate("JournalPage", "Keep, share and print"), "heading")
        )
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "JournalPage",
                    "Save a copy of every entry (CSV opens in a spreadsheet), bring entries "
                    "back from such a copy, or make a one-page report for your clinician.",
                ),
                "muted",
            )
        )
        self.export_csv_button = button(QCoreApplication.translate("JournalPage", "Export as CSV"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_json_button = button(
            QCoreApplication.translate("JournalPage", "Export as JSON")
        )
        self.export_json_button.clicked.connect(lambda: self.export("json"))
        self.import_button = button(
            QCoreApplication.translate("JournalPage", "Import…"),
            accessible=QCoreApplication.translate("JournalPage", "Import entries from a file"),
        )
        self.import_button.clicked.connect(self.import_file)
        self.report_button = button(
            QCoreApplication.translate("JournalPage", "Report as PDF…"),
            accessible=QCoreApplication.translate(
                "JournalPage", "Save a report for a clinician as a PDF"
            ),
        )
        self.report_button.clicked.connect(self.save_report)
        self.print_button = button(
            QCoreApplication.translate("JournalPage", "Print…"),
            accessible=QCoreApplication.translate("JournalPage", "Print a report for a clinician"),
        )
        self.print_button.clicked.connect(self.print_report)
        layout.addLayout(
            button_row(  # as many in a line as fit: no button is squeezed at large text
                self.export_csv_button,
                self.export_json_button,
                self.import_button,
                self.report_button,
                self.print_button,
            )
        )
        return frame

    def _window(self) -> QWidget:
        """The page itself, as the parent of its dialogs."""
        assert isinstance(self, QWidget)
        return self

    def _ask_save_path(self, kind: str, suggested: str) -> str:
        filters = {
            "csv": QCoreApplication.translate("JournalPage", "CSV files (*.csv)"),
            "json": QCoreApplication.translate("JournalPage", "JSON files (*.json)"),
            "pdf": QCoreApplication.translate("JournalPage", "PDF files (*.pdf)"),
        }
        return self._chosen_path(
            file_chooser(
                self._window(),
                QCoreApplication.translate("JournalPage", "Save as"),
                str(Path.home() / suggested),
                filters[kind],
                save_as=kind,
            )
        )

    def _ask_open_path(self) -> str:
        return self._chosen_path(
            file_chooser(
                self._window(),
                QCoreApplication.translate("JournalPage", "Import entries"),
                str(Path.home()),
                QCoreApplication.translate("JournalPage", "Journal exports (*.csv *.json *.txt)"),
            )
        )

    @staticmethod
    def _chosen_path(dialog: QFileDialog) -> str:
        """The file chosen in `dialog`, or "" when it was closed (Cancel, Esc, Ctrl+Q)."""
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return ""
            return next(iter(dialog.selectedFiles()), "")
        finally:
            dialog.deleteLater()  # one box each time, not one kept for each

    def _file_stem(self) -> str:
        return f"journal-{self.state.now():%Y-%m-%d}"

    def export(self, kind: str) -> Path | None:
        path_text = self.ask_save_path(kind, f"{self._file_stem()}.{kind}")
        if not path_text:
            return None
        path = Path(path_text)
        entries = [item.entry for item in self.journal.entries()]
        saved = len(entries)
        text = export_csv(entries) if kind == "csv" else export_json(entries, self.state.now())
        try:
            # A link stays; the data folder's own files are never written over.
            target = output_file(path, keep_out=self.state.data_dir)
            atomic_write_bytes(target, text.encode("utf-8"))
        except OSError as exc:
            self._notify(
                QCoreApplication.translate(
                    "JournalPage", "The file could not be saved. %1"
                ).replace("%1", self._said(describe_os_error(exc))),
                can_undo=False,
            )
            return None
        self._notify(
            QCoreApplication.translate("JournalPage", "%n entries saved to %1.", "", saved).replace(
                "%1", str(path)
            ),
            can_undo=False,
        )
        return path

    def import_file(self) -> int:
        """Read a file, show what it holds, and add its entries only if the person agrees."""
        path_text = self.ask_open_path()
        if not path_text:
            return 0
        path = Path(path_text)
        try:
            raw = read_bounded(path, MAX_FILE_BYTES)  # a pipe or a device is refused
            preview = read_import(
                raw, name=path.name, now=self.state.now(), held=self.journal.counter()
            )
        except OSError as exc:
            self._notify(
                QCoreApplication.translate("JournalPage", "The file could not be read. %1").replace(
                    "%1", self._said(describe_read_error(exc))
                ),
                can_undo=False,
            )
            return 0
        except ImportFileError as exc:
            said = self._said(message_of(exc))
            self._notify(
                QCoreApplication.translate("JournalPage", "Nothing was imported. %1").replace(
                    "%1", said
                ),
                can_undo=False,
            )
            return 0
        if not preview.entries:
            self._notify(
                self.describe_preview(preview)
                + " "
                + QCoreApplication.translate("JournalPage", "Nothing was imported."),
                can_undo=False,
            )
            return 0
        if not self.confirm_import(preview):
            self._notify(
                QCoreApplication.translate("JournalPage", "Nothing was imported."), can_undo=False
            )
            return 0
        ids = self.journal.import_entries(preview.entries)
        added = len(ids)
        store = self.state.store
        if not store.pending:
            self._notify(
                QCoreApplication.translate("JournalPage", "%n entries were added.", "", added)
            )
        elif store.unfinished_change:
            self._notify(
                QCoreApplication.translate(
                    "JournalPage",
                    "%n entries were added and are safe on disk, but the journal's files are "
                    "not up to date yet. %1 This finishes by itself when there is space, or "
                    "choose Try saving again.",
                    "",
                    added,
                ).replace("%1", self._said(store.pending_reason() or ""))
            )
        elif (failure := store.pending_failure()) is not None and failure.newer_app:
            # Space cannot help: a newer version's files are in the folder (its words say so).
            self._notify(
                QCoreApplication.translate(
                    "JournalPage",
                    "%n entries were added, but they are not saved yet. %1 They are kept "
                    "while the app is open.",
                    "",
                    added,
                ).replace("%1", self._said(failure.reason))
            )
        else:
            self._notify(
                QCoreApplication.translate(
                    "JournalPage",
                    "%n entries were added, but they are not saved yet. %1 They are kept "
                    "while the app is open: free some space, then choose Try saving again.",
                    "",
                    added,
                ).replace("%1", self._said(store.pending_reason() or ""))
            )
        return len(ids)

    def _said(self, text: str) -> str:
        """A sentence the core made, in the language of the content shown."""
        return in_language(text, self.state.content.language)

    def describe_preview(self, preview: ImportPreview) -> str:
        # Counts in plain names: Qt's extraction tool reads no call or attribute there.
        ready, skipped, problems = len(preview.entries), preview.duplicates, len(preview.problems)
        more = preview.problems_not_shown
        lines = [
            QCoreApplication.translate("JournalPage", "%n new entries are ready to add.", "", ready)
        ]
        if preview.duplicates:
            lines.append(
                QCoreApplication.translate(
                    "JournalPage",
                    "%n are already in your journal and will be skipped.",
                    "",
                    skipped,
                )
            )
        if preview.problems:
            lines.append(
                QCoreApplication.translate(
                    "JournalPage",
                    "%n rows have problems and will be skipped:",
                    "",
                    problems,
                )
            )
            language = self.state.content.language
            lines += [problem.said(language) for problem in preview.problems_shown]
            if more:
                lines.append(QCoreApplication.translate("JournalPage", "…and %n more.", "", more))
        return "\n".join(lines)

    def import_question(self, preview: ImportPreview) -> WordsDialog:
        """The question before an import adds anything: what is ready, what is already
        there and each row's problem. A problem quotes what the row holds (an activity's
        name can be 40 letters with no space), so its words break where they must rather
        than widen the box past a small screen; they scroll when they are many."""
        question = WordsDialog(
            QCoreApplication.translate("JournalPage", "Import entries"), self._window()
        )
        question.column.addWidget(BreakingText(self.describe_preview(preview)))
        question.column.addStretch(1)
        ready = len(preview.entries)
        add = question.buttons.addButton(
            QCoreApplication.translate("JournalPage", "Add %n entries", "", ready),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        add.setDefault(True)  # Enter adds, as the question's first answer; Escape cancels
        question.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        return question

    def _confirm_import(self, preview: ImportPreview) -> bool:
        question = self.import_question(preview)
        try:
            return question.exec() == QDialog.DialogCode.Accepted
        finally:
            question.deleteLater()

    # --- report ---

    def ask_report_options(self) -> ReportOptions | None:
        """The report's choices (every entry too? which paper?), or None when cancelled."""
        from companion.ui.journal.report_dialog import ReportDialog

        dialog = ReportDialog(self._window())
        try:
            if dialog.exec() != ReportDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()  # one box per report, not one kept for each

    def _report(self, options: ReportOptions | None = None) -> JournalReport:
        from companion.core.journal.insights import load_insight_content
        from companion.ui.journal.report import JournalReport
        from companion.ui.journal.report_data import ReportData

        language = self.state.content.language
        data = ReportData(
            entries=[item.entry for item in self.journal.entries()],
            events=self._load_events(),
            checks=load_checks(self.state),
            now=self.state.now(),
            emergency_number=self.state.settings.current.emergency_number,
            language=language,
            unreadable=self.journal.unreadable,
        )
        return JournalReport(
            data,
            self.content,
            self.trend_content,
            load_insight_content(language=language),
            options,
        )

    def save_report(self) -> Path | None:
        options = self.ask_report_options()
        if options is None:
            return None
        path_text = self.ask_save_path("pdf", f"{self._file_stem()}-report.pdf")
        if not path_text:
            return None
        report = self._report(options)
        try:
            report.write_pdf(Path(path_text), keep_out=self.state.data_dir)
        except OSError as exc:
            self._notify(
                QCoreApplication.translate(
                    "JournalPage", "The report could not be saved. %1"
                ).replace("%1", self._said(describe_os_error(exc))),
                can_undo=False,
            )
            return None
        saved = QCoreApplication.translate("JournalPage", "The report was saved to %1.")
        self._notify(saved.replace("%1", path_text) + self._stand_ins_said(report), can_undo=False)
        return Path(path_text)

    def print_report(self) -> None:
        options = self.ask_report_options()
        if options is None:
            return
        report = self._report(options)
        if report.print_with_dialog(self._window()) and report.words.replaced:
            self._notify(self._stand_ins_said(report).strip(), can_undo=False)

    @staticmethod
    def _stand_ins_said(report: JournalReport) -> str:
        """What the app says when the report printed some of the person's characters as
        stand-ins (no font on the computer has them), with a space before; else ""."""
        if not report.words.replaced:
            return ""
        from companion.core.journal.report_plan import STAND_IN  # loaded with the report

        return " " + QCoreApplication.translate(
            "JournalPage",
            "Some characters you typed cannot be shown in the report, because this "
            "computer has no font for them. Each is printed as %1.",
        ).replace("%1", STAND_IN)
