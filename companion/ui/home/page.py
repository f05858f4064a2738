"""Home: an obvious first step for a newcomer; the state at a glance for a returning user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.home.summary import HomeSummary, summarize
from companion.core.shared.app_state import AppState
from companion.core.shared.get_help import load_get_help
from companion.core.timers.status import TimerStatus
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.page_layout import (
    PageScaffold,
    button,
    button_row,
    card,
    label,
    replace_widget,
)
from companion.ui.shared.rows import EvenRows
from companion.ui.shared.timer_notices import unreadable_notice

# The last check's line in today's language, when it was saved without it, is made this
# long after Home shows: it loads the check's words (about 80 ms), never before the
# window's first paint (the timers start at the same time, see app.start).
CHECK_LINE_DELAY_MS = 300


def last_check_text(days: int) -> str:
    """When the last check was done, as one whole sentence (each language words it)."""
    if days <= 0:
        return QCoreApplication.translate("HomePage", "Last done today.")
    if days == 1:
        return QCoreApplication.translate("HomePage", "Last done yesterday.")
    return QCoreApplication.translate("HomePage", "Last done %n days ago.", "", days)


def last_entry_text(days: int) -> str:
    """When the last journal entry was made, as one whole sentence."""
    if days <= 0:
        return QCoreApplication.translate("HomePage", "Last entry today.")
    if days == 1:
        return QCoreApplication.translate("HomePage", "Last entry yesterday.")
    return QCoreApplication.translate("HomePage", "Last entry %n days ago.", "", days)


def last_time_text(count_text: str, on: date | None, on_text: str) -> str:
    """When something was last done: `count_text` ("Last done 3 days ago."), or, when
    the summary gives its day `on` (over about a year ago), `on_text` with that day."""
    if on is None:
        return count_text
    from companion.ui.shared.dates import day_text  # not on the start path

    return on_text.replace("%1", day_text(on))


class HomePage(PageScaffold):
    """Rebuilt from a fresh HomeSummary each time it is shown."""

    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome"), "", parent)
        self.state = state
        self._content = QWidget()
        self.add(self._content)
        self.finish()
        self.summary: HomeSummary | None = None
        self.check_tile: QWidget | None = None
        # A check's line in today's language, made after the window showed, by the
        # words saved on its day (a check an older version saved has only those).
        self._lines_today: dict[str, str] = {}
        # The page's width while the check tile keeps its height for a new line.
        self._held_at: int | None = None
        # The running timers' status, once they run (the main window sets it): Home says
        # what the Timers page says, such as a heat timer that could not be read.
        self.timer_status: Callable[[], TimerStatus | None] = lambda: None
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        if self.summary is not None and self.summary.last_check_line_missing:
            QTimer.singleShot(CHECK_LINE_DELAY_MS, self, self._say_check_line_today)

    def refresh(self) -> None:
        summary = summarize(self.state, self.timer_status())
        said = self._lines_today.get(summary.last_check_summary or "")
        if summary.last_check_line_missing and said is not None:
            summary = replace(summary, last_check_summary=said, last_check_line_missing=False)
        self._show(summary)

    def _show(self, summary: HomeSummary) -> None:
        if summary == self.summary:
            return
        self.summary = summary
        old = self._content
        self._content = self._build(summary)
        replace_widget(self.column, old, self._content)

    def _say_check_line_today(self) -> None:
        """The last check's line in today's language, for a check an older version saved
        (only in the language of its day). The tile keeps its height: nothing below it
        moves when the words change."""
        # Here, not at the top: the check's words are never loaded before the first paint.
        from companion.core.check.history import latest_summary_today

        shown = self.summary
        if shown is None or not shown.last_check_line_missing:
            return
        line = latest_summary_today(self.state)
        if line is None:
            return
        self._lines_today[shown.last_check_summary or ""] = line
        if line == shown.last_check_summary:  # the same words: nothing to show again
            self.summary = replace(shown, last_check_line_missing=False)
            return
        height = self.check_tile.height() if self.check_tile is not None else 0
        self.refresh()
        if self.check_tile is not None:
            self.check_tile.setMinimumHeight(height)
            self._held_at = self.width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width lets the check tile go back to its own height: kept, the tiles
        on an 800 px window widened to 1280 px at 175% stayed 403 px tall for words
        that need 308."""
        super().resizeEvent(event)
        if self._held_at is not None and event.size().width() != self._held_at:
            self._held_at = None
            if self.check_tile is not None:
                self.check_tile.setMinimumHeight(0)

    def _go(self, page: str) -> None:
        self.page_requested.emit(page)

    def _build(self, s: HomeSummary) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        if s.first_time:
            self.title_label.setText(self.tr("Welcome"))
            self.setAccessibleName(self.tr("Welcome"))
            self.intro_label.setText(
                self.tr(
                    "This app helps you make sense of pain at the back of your thigh "
                    "and look after it. Here is a good place to begin."
                )
            )
        else:
            self.title_label.setText(self.tr("Welcome back"))
            self.setAccessibleName(self.tr("Welcome back"))
            self.intro_label.setText(self.tr("Here is where things stand."))
        if not s.emergency_number:
            warn, warn_layout = card("warning")
            warn.setAccessibleName(self.tr("Emergency number not set"))
            warn_layout.addWidget(label(self.tr("Your emergency number is not set yet"), "heading"))
            warn_layout.addWidget(
                label(
                    self.tr(
                        "The app shows this number when a sign needs help right away. "
                        "It depends on your country, so please choose it yourself."
                    )
                )
            )
            set_number = button(self.tr("Set my emergency number"))
            set_number.clicked.connect(lambda: self._go("settings"))
            warn_layout.addLayout(button_row(set_number))
            column.addWidget(warn)
        lost = unreadable_notice(s.timers)
        if lost:  # above all else: a heat or ice pack may be on the skin now
            stopped, stopped_layout = card("warning")
            stopped.setAccessibleName(lost)
            stopped_layout.addWidget(label(lost))
            column.addWidget(stopped)
        column.addWidget(self._next_step(s))
        tiles = EvenRows(spacing=16)  # side by side, or one under another when narrow
        for tile in self._tiles(s):
            tiles.addWidget(tile)
        column.addLayout(tiles)
        safety, safety_layout = card()
        safety.setAccessibleName(self.tr("When to get help right away"))
        safety_layout.addWidget(label(self.tr("When to get help right away"), "heading"))
        line = load_get_help(language=self.state.content.language).emergency.replace(
            "{emergency_number}", emergency_number_text(s.emergency_number)
        )
        safety_layout.addWidget(label(line))
        column.addWidget(safety)
        return body

    def _next_step(self, s: HomeSummary) -> QWidget:
        hero, layout = card("hero", spacing=12)
        if s.first_time:
            heading = self.tr("Start with the guided check")
            text = self.tr(
                "Answer a few questions, with safety first. You will see which patterns "
                "your pain fits and why, and what you can do now. It takes about five "
                "minutes. It explains; it does not diagnose."
            )
            primary = button(self.tr("Start the guided check"), role="primary")
            primary.clicked.connect(lambda: self._go("check:start"))
            secondary = button(self.tr("Learn about nerve and muscle pain"))
            secondary.clicked.connect(lambda: self._go("learn"))
        elif not s.entry_today:
            heading = self.tr("Next step: today's journal entry")
            text = self.tr(
                "A short entry each day shows whether the pain is moving back up your "
                "leg or spreading down. It takes less than a minute."
            )
            primary = button(self.tr("Add today's entry"), role="primary")
            primary.clicked.connect(lambda: self._go("journal"))
            if s.last_check_days_ago is None:  # entries, but no check done yet
                secondary = button(self.tr("Take the guided check"))
            else:
                secondary = button(self.tr("Take the guided check again"))
            secondary.clicked.connect(lambda: self._go("check:start"))
        else:
            heading = self.tr("You are up to date for today")
            text = self.tr("Your journal has an entry for today. Well done for keeping track.")
            primary = button(self.tr("Open the journal"), role="primary")
            primary.clicked.connect(lambda: self._go("journal"))
            secondary = button(self.tr("Start a heat timer"))
            secondary.clicked.connect(lambda: self._go("timers"))
        hero.setAccessibleName(heading)
        layout.addWidget(label(heading, "heading"))
        layout.addWidget(label(text))
        layout.addLayout(button_row(primary, secondary))
        self.primary_action = primary
        return hero

    def _tiles(self, s: HomeSummary) -> list[QWidget]:
        if s.last_check_days_ago is None:
            check_text = self.tr("Not done yet.")
        else:
            check_text = last_time_text(
                last_check_text(s.last_check_days_ago), s.last_check_on, self.tr("Last done on %1.")
            )
            if s.last_check_summary:
                check_text += "\n" + s.last_check_summary
        if s.last_entry_days_ago is None:
            journal_text = self.tr("No entries yet.")
        else:
            journal_text = last_time_text(
                last_entry_text(s.last_entry_days_ago),
                s.last_entry_on,
                self.tr("Last entry on %1."),
            )
            if s.last_entry_pain is not None:
                journal_text += " " + self.tr("Pain then: %1 out of 10.").replace(
                    "%1", str(s.last_entry_pain)
                )
            week = s.entries_this_week
            journal_text += " " + self.tr("Entries in the last 7 days: %n.", "", week)
        if s.entries_ahead:
            ahead = self.tr(
                "%n entries have a date after today: the computer's clock may have been "
                "wrong when they were made.",
                "",
                s.entries_ahead,
            )
            # Only entries dated ahead: "No entries yet." would deny the journal's list.
            journal_text = ahead if s.last_entry_days_ago is None else f"{journal_text} {ahead}"
        if s.timers.running == 0:
            timer_text = self.tr("None running.")
        else:
            running = s.timers.running
            timer_text = self.tr("%n running.", "", running)
        if s.timers.skin_check_waiting:
            timer_text += " " + self.tr(
                "Your skin check is still waiting: please look at your skin, then say so "
                "on the Timers page."
            )
        if s.timers.breaks_on:
            timer_text += " " + self.tr("Break reminders are on.")
        tiles: list[QWidget] = []
        for heading, text in (
            (self.tr("Guided check"), check_text),
            (self.tr("Journal"), journal_text),
            (self.tr("Timers"), timer_text),
        ):
            tile, layout = card()
            tile.setAccessibleName(f"{heading}: {text}")
            layout.addWidget(label(heading, "heading"))
            body = label(text, "muted")
            layout.addWidget(body)
            layout.addStretch(1)
            tiles.append(tile)
        self.check_tile = tiles[0]
        return tiles
