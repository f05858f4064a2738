"""Journal: add an entry in seconds, read the trend, see the pain-distance graph.

The page shows, top to bottom: the actions (add, export, import, report, print), a
notice with Undo after each change, the guided check's advice when an entry shows a
warning sign, the trend in words, the graph (pyqtgraph is imported only when the graph
is first shown) or an invitation to make the first entry, and the newest entries with
Change and Delete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.history import record_summary
from companion.core.journal.choices import load_journal_content
from companion.core.journal.days import JournalList, list_days
from companion.core.journal.entry import Entry, dated_entries
from companion.core.journal.insights import load_insight_content
from companion.core.journal.io import (
    ImportPreview,
)
from companion.core.journal.overview import JournalSummary, summarize
from companion.core.journal.reminder import should_offer
from companion.core.journal.safety import load_check_rules, safety_answers
from companion.core.journal.store import ADDED, DELETED, EDITED, IMPORTED, JournalStore, StoredEntry
from companion.core.journal.suggest import newest_walk, remembered_activities, suggest_entry
from companion.core.journal.summary import summarize_entry
from companion.core.journal.trend import load_trend_content
from companion.core.shared.app_state import AppState
from companion.core.shared.record_log import EventLog, load_checks
from companion.core.shared.records import CheckRecord, TimerEvent
from companion.ui.journal.check_row import CheckRow
from companion.ui.journal.empty_card import EmptyJournalCard
from companion.ui.journal.entry_list import EntryList
from companion.ui.journal.entry_row import EntryRow, entry_when
from companion.ui.journal.files import JournalFileActions
from companion.ui.journal.form import JournalForm
from companion.ui.journal.overview_cards import InsightsCard, TrendCard
from companion.ui.journal.reminder_offer import ReminderOffer
from companion.ui.journal.safety_notice import SafetyNotice
from companion.ui.journal.words import pain_words, reach_words, trend_figures, walk_words
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.page_layout import (
    PageScaffold,
    announce,
    button,
    button_row,
    card,
    label,
)
from companion.ui.shared.reminder import reminder_for
from companion.ui.shared.rows import BesideOrBelow

if TYPE_CHECKING:
    from companion.core.check.model import TriageContent
    from companion.ui.journal.chart import PainDistanceChart  # loads with the first graph

RECENT_ROWS = 7
MORE_ROWS = 21
# What the page reads first: the graph's first range (3 months) and the trend's windows.
FIRST_LOOK_DAYS = 92
# The other years are read from this long after the first look, so it is drawn first.
READ_REST_AFTER_MS = 100


class JournalPage(PageScaffold, JournalFileActions):
    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("JournalPage", "Journal"),
            QCoreApplication.translate(
                "JournalPage",
                "A short entry each day shows whether the pain is moving back up your leg "
                "or spreading further down. It takes under a minute.",
            ),
            parent,
        )
        self.state = state
        self.content = load_journal_content(language=state.content.language)
        self.trend_content = load_trend_content(language=state.content.language)
        self.insight_content = load_insight_content(language=state.content.language)
        self.reminder = reminder_for(state)
        self.journal = JournalStore(state)
        self.form: JournalForm | None = None
        self.chart: PainDistanceChart | None = None
        self.event_log = EventLog(state)
        self.checks: list[CheckRecord] = load_checks(state)
        self._summary_day: date | None = None  # the day the trend was worked out on
        self.listing = JournalList((), more=False)
        self.shown_rows = RECENT_ROWS
        self._triage: TriageContent | None = None
        self._triage_loaded = False
        self._chart_dirty = True
        # Replaced in tests: they return a path (or "") instead of opening a file dialog.
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.ask_open_path: Callable[[], str] = self._ask_open_path
        self.confirm_import: Callable[[ImportPreview], bool] = self._confirm_import

        self.add(self._actions_row())
        self.safety = SafetyNotice()
        self.add(self.safety)
        self.reminder_offer = ReminderOffer(self.reminder)
        self.reminder_offer.answered.connect(lambda said: self._notify(said, can_undo=False))
        self.add(self.reminder_offer)
        self.trend_card = TrendCard()
        self.trend_card.check_requested.connect(lambda: self.page_requested.emit("check"))
        self.add(self.trend_card)
        self.empty_card = EmptyJournalCard()
        self.first_entry_button = self.empty_card.first_entry_button
        self.first_entry_button.clicked.connect(self.new_entry)
        self.add(self.empty_card)
        self.graph_card, self.graph_layout = card()
        self.graph_card.setAccessibleName(QCoreApplication.translate("JournalPage", "Graph"))
        self.graph_layout.addWidget(
            label(
                QCoreApplication.translate(
                    "JournalPage", "How far down, pain and walking over time"
                ),
                "heading",
            )
        )
        self.numbers_label = label("", "muted")
        self.graph_layout.addWidget(self.numbers_label)
        self.add(self.graph_card)
        self.insights_card = InsightsCard(self.insight_content.texts["title"])
        self.add(self.insights_card)
        self.list_card, list_layout = card()
        self.list_card.setAccessibleName(
            QCoreApplication.translate("JournalPage", "Recent entries")
        )
        list_layout.addWidget(
            label(QCoreApplication.translate("JournalPage", "Recent entries"), "heading")
        )
        self.unreadable_label = label("", "muted")
        list_layout.addWidget(self.unreadable_label)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(4)
        list_layout.addLayout(self.list_box)
        self.entry_list = EntryList(
            self.list_box, self.summary_of, self.edit_entry, self.delete_entry, self.check_summary
        )
        self.more_button = button(QCoreApplication.translate("JournalPage", "Show more entries"))
        self.more_button.clicked.connect(self._show_more)
        list_layout.addLayout(button_row(self.more_button))
        self.add(self.list_card)
        self.tools_card = self._tools_card()
        self.add(self.tools_card)
        self.finish()

        for keys, action in (
            ("Ctrl+N", self.new_entry),
            (QKeySequence.StandardKey.Undo, self.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            # Only while the page is shown (a hidden widget's shortcuts are off).
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        self.journal.add_listener(self._on_changed)
        state.add_reset_listener(self._after_reset)
        state.add_check_listener(lambda _record: self._checks_changed())
        # The years the first look needs are read now, the others while the page shows.
        self._reader = QTimer(self)
        self._reader.setSingleShot(True)
        self._reader.timeout.connect(self._read_more)
        # After a save: the notice (and the first time, the reminder offer) on the next
        # turn of the event loop, once the new entry, trend, list and graph are laid out.
        self._pending_notice: tuple[str, bool] | None = None
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(0)
        self._notice_timer.timeout.connect(self._show_saved_notice)
        self.refresh()

    # --- building ---

    def _actions_row(self) -> QWidget:
        """The intro with the button that starts an entry, in place of the plain intro.

        After a change the notice (with Undo) takes the intro's place, in room kept for
        the taller of the two, so nothing on the page moves under the pointer: the next
        row's Delete stays where it was."""
        self.intro_label.hide()
        self.top_slot = QStackedWidget()
        self.top_intro = label(self.intro_label.text(), "muted")
        self.top_slot.addWidget(self.top_intro)
        self.notice = self._notice_row()
        self.top_slot.addWidget(self.notice)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.top_slot)
        self.add_button = button(
            QCoreApplication.translate("JournalPage", "Add an entry"), role="primary"
        )
        self.add_button.setToolTip(QCoreApplication.translate("JournalPage", "Ctrl+N"))
        self.add_button.clicked.connect(self.new_entry)
        # The button goes under the words when both do not fit (a file's long name in the
        # notice, the largest text in a narrow window), so neither is squeezed.
        return BesideOrBelow(words, [self.add_button])

    def _notice_row(self) -> QWidget:
        row_widget = QWidget()
        row_widget.setAccessibleName(QCoreApplication.translate("JournalPage", "Notice"))
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.notice_text = BreakingText(role="heading")  # a saved file's path, say
        self.undo_button = button(
            QCoreApplication.translate("JournalPage", "Undo"),
            accessible=QCoreApplication.translate("JournalPage", "Undo the last change"),
        )
        self.undo_button.setToolTip(QCoreApplication.translate("JournalPage", "Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        return row_widget

    # --- showing ---

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._chart_dirty = True  # timers may have added events while the page was hidden
        self.follow_clock()
        self._refresh_chart()
        if self._reader.isActive():
            # Counted from now, not from when the page was made: the first look is drawn
            # before the next year is read, however long building the page took.
            self._reader.start(READ_REST_AFTER_MS)

    def follow_clock(self) -> None:
        """Work out the trend again on a new day (on showing the page, and once a minute
        while it is shown): it counts its days back from today, so a window kept open or
        in the tray for weeks went on warning of pain spreading from entries long past."""
        if self.state.now().date() != self._summary_day:
            self._show_summary([item.entry for item in self.journal.loaded()])
        if self.form is not None:
            self.form.follow_clock()  # an entry left open past midnight can take the new day

    def refresh(self) -> None:
        """Trend, list and (when shown) the graph, from the journal as it is now."""
        self.journal.read_first(
            self._first_look(), self.trend_content.rules.window_days, newest=self.shown_rows
        )
        items = self.journal.loaded()
        if not self.journal.complete and not self._reader.isActive():
            self._reader.start(READ_REST_AFTER_MS)
        has_entries = bool(items)
        self.empty_card.setVisible(not has_entries)
        # A check is a marker on the graph, even before the first entry.
        self.graph_card.setVisible(has_entries or bool(self.state.latest_check()))
        self.trend_card.setVisible(has_entries)
        self.insights_card.setVisible(has_entries)
        self.empty_card.word(has_checks=bool(self.checks))
        # An empty journal has one obvious step; only import makes sense beside it.
        for widget in (
            self.add_button,
            self.export_csv_button,
            self.export_json_button,
            self.report_button,
            self.print_button,
        ):
            widget.setVisible(has_entries)
        self._show_summary([item.entry for item in items])
        self._refresh_list(items)
        self._chart_dirty = True
        if self.isVisible():
            self._refresh_chart()

    def _show_summary(self, entries: list[Entry]) -> None:
        """The trend and what seems to help, from the summary `journal summary` prints."""
        now = self.state.now()
        # What seems to help looks at the last weeks' timer events only.
        since = now - timedelta(days=self.insight_content.rules.days + 1)
        summary = summarize(
            entries,
            self.event_log.refresh(since),
            now,
            trend_content=self.trend_content,
            insight_content=self.insight_content,
            journal_content=self.content,
            emergency_number=self._emergency_number(),
        )
        self.summary: JournalSummary = summary
        self._summary_day = now.date()
        self.trend = summary.trend
        self.trend_card.show_summary(summary)
        days = self.trend_content.rules.window_days
        self.numbers_label.setText(trend_figures(summary.trend, self.content, days))
        self.numbers_label.setVisible(bool(self.numbers_label.text()))
        self.insights_card.show_summary(summary)

    def _emergency_number(self) -> str:
        return emergency_number_text(self.state.settings.current.emergency_number)

    def check_summary(self, record: CheckRecord) -> str:
        """A check's line in today's language (its saved words are the day's)."""
        rules = self.triage()
        return record_summary(rules, record) if rules is not None else record.summary

    def summary_of(self, entry: Entry) -> str:
        s = summarize_entry(entry, self.content)
        parts = [pain_words(s), reach_words(s)]
        if (walked := walk_words(s)) is not None:
            parts.append(walked)
        if s.done:
            parts.append(", ".join(s.done))
        if s.warning_signs:
            parts.append(QCoreApplication.translate("JournalPage", "warning signs noted"))
        if s.note:
            parts.append(f"“{s.note_first_line[:60]}”")
        return " · ".join(parts)

    def _refresh_list(self, items: list[StoredEntry]) -> None:
        """Entries and finished checks, newest first, under a heading for each day."""
        self.listing = list_days(items, self.checks, self.shown_rows)
        self.entry_list.show(self.listing)
        self.more_button.setVisible(self.listing.more)
        self.list_card.setVisible(bool(self.listing.days))
        unreadable = self.journal.unreadable
        self.unreadable_label.setVisible(unreadable > 0)
        self.unreadable_label.setText(
            QCoreApplication.translate(
                "JournalPage",
                "%n saved entries could not be read; they are kept as they are.",
                "",
                unreadable,
            )
        )

    @property
    def rows(self) -> list[EntryRow]:
        """The list's entry rows, newest first."""
        return self.entry_list.rows

    @property
    def day_headings(self) -> list[QLabel]:
        return self.entry_list.day_headings

    @property
    def check_rows(self) -> dict[int, CheckRow]:
        return self.entry_list.check_rows

    def _checks_changed(self) -> None:
        self.checks = load_checks(self.state)
        self.refresh()

    def _show_more(self) -> None:
        self.shown_rows += MORE_ROWS
        self._refresh_list(self.journal.entries())

    def _load_events(self) -> list[TimerEvent]:
        return self.event_log.refresh()

    def _first_look(self) -> datetime:
        """Where the entries and events read first begin (see `JournalStore.read_first`)."""
        days = max(FIRST_LOOK_DAYS, 2 * self.trend_content.rules.window_days)
        return self.state.now() - timedelta(days=days)

    def _read_more(self) -> None:
        """Read one more year of entries; with the last, show them all."""
        if self.journal.read_more():
            self.refresh()
        else:
            self._reader.start(0)  # one year per turn of the event loop: the page answers

    def _refresh_chart_later(self) -> None:
        self._chart_dirty = True
        if self.isVisible():
            self._refresh_chart()

    def _refresh_chart(self) -> None:
        if not self._chart_dirty or not self.graph_card.isVisibleTo(self):
            return
        now = self.state.now()
        # Entries dated ahead are left out of the graph, as of Home and the report; it says
        # how many.
        dated = dated_entries([item.entry for item in self.journal.loaded()], now.date())
        self._chart_dirty = False
        if self.chart is None:  # the graph library loads now, not with the page
            from companion.ui.journal.chart import PainDistanceChart

            self.chart = PainDistanceChart(self.content, check_line=self.check_summary)
            self.graph_layout.addWidget(self.chart)
        self.chart.set_data(
            dated.current,
            self.event_log.refresh(None if self.journal.complete else self._first_look()),
            load_checks(self.state),
            now,
            ahead=len(dated.ahead),
        )

    # --- entries ---

    def triage(self) -> TriageContent | None:
        """The guided check's rules, loaded the first time a sign is given (the page
        opens without them); None when they cannot be loaded."""
        if not self._triage_loaded:
            self._triage_loaded = True
            self._triage = load_check_rules(self.state.content.language)
        return self._triage

    def _recent_walk(self, since: Entry | None) -> TimerEvent | None:
        return newest_walk(self._load_events(), since.time if since else None, self.state.now())

    def _open_form(self, form: JournalForm) -> JournalForm:
        if self.form is not None:
            self.form.close()
        self.form = form
        form.saved.connect(self._after_save)
        form.delete_requested.connect(self.delete_entry)
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()
        return form

    def _form_closed(self, form: JournalForm) -> None:
        if self.form is form:
            self.form = None
        # Closing hid the form at once; it is deleted on the next turn of the event loop,
        # after the page has laid out (and drawn) what the save changed. Deleting a form's
        # hundred widgets takes several milliseconds the page need not wait for.
        QTimer.singleShot(0, form, form.deleteLater)

    def new_entry(self) -> JournalForm:
        latest = self.journal.latest(1)
        last = latest[0].entry if latest else None
        suggestion = suggest_entry(last, self._recent_walk(last), self.state.now())
        return self._open_form(
            JournalForm(
                self.state,
                self.journal,
                self.content,
                suggestion=suggestion,
                activity_names=remembered_activities(self.journal.entries()),
                triage=self.triage,
                parent=self,
            )
        )

    def edit_entry(self, entry_id: str) -> JournalForm:
        return self._open_form(
            JournalForm(
                self.state,
                self.journal,
                self.content,
                entry_id=entry_id,
                activity_names=remembered_activities(self.journal.entries()),
                triage=self.triage,
                parent=self,
            )
        )

    def delete_entry(self, entry_id: str) -> None:
        try:
            entry = self.journal.delete(entry_id)
        except KeyError:
            return
        self._notify(
            QCoreApplication.translate("JournalPage", "The entry of %1 was deleted.").replace(
                "%1", entry_when(entry)
            )
        )

    def undo(self) -> None:
        undone = self.journal.undo()
        if undone is None:
            self._notify(
                QCoreApplication.translate("JournalPage", "There is nothing to undo."),
                can_undo=False,
            )
            return
        taken_back = undone.count
        texts = {
            ADDED: QCoreApplication.translate("JournalPage", "The new entry was taken back."),
            EDITED: QCoreApplication.translate("JournalPage", "The change was taken back."),
            DELETED: QCoreApplication.translate("JournalPage", "The deleted entry is back."),
            IMPORTED: QCoreApplication.translate(
                "JournalPage", "The %n imported entries were taken back.", "", taken_back
            ),
        }
        self._notify(texts[undone.kind])

    def _after_save(self, kind: str, entry: Entry) -> None:
        """The list, trend and graph already show the entry (the journal's listener); the
        warning signs' advice shows now, "Entry saved." (with Undo) and, after the first
        entry, the reminder offer (made once) on the next turn of the event loop.

        Showing the notice and the offer the first time lays the whole page out again
        (about 15 ms at 3,650 entries): waiting one turn lets the entry reach the screen
        first and makes that one layout pass with the form's closing, not two. The
        journal benchmark's "save" stops after the first turn (it includes setting the
        notice's words, its announcement and showing the offer, not the layout pass
        that follows); its "settled" column runs until everything has been laid out."""
        self.show_safety(entry)
        words = (
            QCoreApplication.translate("JournalPage", "Entry saved.")
            if kind == ADDED
            else QCoreApplication.translate("JournalPage", "Your change was saved.")
        )
        offer = kind == ADDED and should_offer(
            self.reminder.current, entry_count=len(self.journal), kiosk=self.state.kiosk
        )
        self._pending_notice = (words, offer)
        self._notice_timer.start()

    def _show_saved_notice(self) -> None:
        pending, self._pending_notice = self._pending_notice, None
        if pending is None:
            return
        words, offer = pending
        self._notify(words)
        if offer:
            self.reminder_offer.offer()

    def open_request(self, action: str) -> None:
        """ "new": open a new entry (the daily reminder's "Add entry")."""
        if action == "new":
            self.new_entry()

    def show_safety(self, entry: Entry) -> None:
        """After saving: the check's advice for any warning sign in the entry."""
        self.safety.show_for(self.state, safety_answers(entry), self.triage, entry.time)
        if self.safety.isVisible():
            self.ensureWidgetVisible(self.safety)

    def _notify(self, text: str, *, can_undo: bool = True) -> None:
        # A newer notice (an undo before the save's showed) replaces the waiting one.
        self._pending_notice = None
        self._notice_timer.stop()
        self.notice_text.setText(text)
        self.undo_button.setVisible(can_undo and self.journal.can_undo())
        self.notice.setAccessibleDescription(text)
        self.top_slot.setCurrentWidget(self.notice)
        announce(self, text)

    def _on_changed(self) -> None:
        self.refresh()

    def _after_reset(self) -> None:
        self._pending_notice = None
        self._notice_timer.stop()
        self.top_slot.setCurrentWidget(self.top_intro)
        self.safety.hide()
        self.reminder_offer.hide()
        self.checks = load_checks(self.state)
        self.refresh()
