"""A calm banner above the pages when data could not be saved or a file was broken.

It reads the state of the store and settings each time something changes, so it always
shows what is true now: unsaved changes with "Try again", or a broken file (a data file
or the settings) with the newest backup to restore. A data file set aside earlier (by
the app, or by `journal import`) that nobody dealt with yet is among the store's
problems from the start, until *Restore the backup* or *Carry on without it*.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from companion.core.shared.app_state import AppState
from companion.core.shared.messages import in_language
from companion.core.shared.settings import SettingsProblem
from companion.core.shared.store_events import StoreProblem
from companion.ui.shared.page_layout import button, card, label


class StoreBanner(QWidget):
    """Hidden while all is well."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dismissed: set[StoreProblem | SettingsProblem] = set()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 0)
        self.frame, layout = card("warning")
        self.frame.setAccessibleName(self.tr("Data warning"))
        outer.addWidget(self.frame)
        self.heading = label("", "heading")
        self.message = label("")
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.retry_button = button(self.tr("Try saving again"))
        self.retry_button.clicked.connect(self.retry)
        self.restore_button = button(self.tr("Restore the backup"), role="primary")
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = button(self.tr("Carry on without it"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for widget in (self.retry_button, self.restore_button, self.dismiss_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        state.settings.add_listener(lambda _settings: self.refresh())
        self.watch_store()

    def watch_store(self) -> None:
        """Follow the store (again after all data was deleted, which opens a new one)."""
        self._dismissed.clear()
        self.state.store.add_listener(lambda _event: self.refresh())
        self.refresh()

    def unsaved(self) -> bool:
        return bool(self.state.store.pending) or not self.state.settings.state.saved

    def open_problem(self) -> StoreProblem | SettingsProblem | None:
        problems: list[StoreProblem | SettingsProblem] = list(self.state.store.problems)
        if self.state.settings.problem is not None:
            problems.append(self.state.settings.problem)
        problems = [p for p in problems if p not in self._dismissed]
        return problems[-1] if problems else None

    def refresh(self) -> None:
        problem = self.open_problem()
        self.retry_button.hide()
        self.restore_button.hide()
        self.dismiss_button.hide()
        if self.unsaved():
            why = self.state.settings.state.problem or self.state.store.pending_failure()
            reason = in_language(why.reason if why else "", self.state.content.language)
            self.heading.setText(self.tr("Your latest changes are not saved yet"))
            if why is not None and why.newer_app:
                advice = self.tr("%1 Your changes are kept while the app is open.")
            else:
                advice = self.tr(
                    "%1 Your changes are kept while the app is open. Free some space or "
                    "fix the folder, then try again."
                )
            self.message.setText(advice.replace("%1", reason))
            self.retry_button.show()
            self.setVisible(True)
        elif problem is not None:
            if isinstance(problem, SettingsProblem):
                self.heading.setText(self.tr("Your settings could not be read"))
            else:
                self.heading.setText(self.tr("A data file could not be read"))
            self.message.setText(in_language(problem.message, self.state.content.language))
            if problem.newest_backup is not None:
                self.restore_button.show()
            self.dismiss_button.show()
            self.setVisible(True)
        else:
            self.setVisible(False)

    def retry(self) -> None:
        self.state.store.retry_pending()
        self.state.settings.retry_save()
        self.refresh()

    def restore(self) -> None:
        problem = self.open_problem()
        if isinstance(problem, SettingsProblem):
            self.state.settings.restore_backup()  # tells the listeners, which refresh
        elif problem is not None:
            if not self.state.store.restore_backup(problem):  # the backup went meanwhile
                self.refresh()
                self.message.setText(
                    self.message.text()
                    + " "
                    + self.tr("The backup copy can no longer be read, so nothing was brought back.")
                )
                return
            self._dismissed.add(problem)
        self.refresh()

    def dismiss(self) -> None:
        problem = self.open_problem()
        if isinstance(problem, StoreProblem):
            self.state.store.dismiss(problem)  # not told again at the next start either
        elif problem is not None:
            self._dismissed.add(problem)
        self.refresh()
