"""The Journal page's list: a heading for each day, that day's entries and checks under it.

A save changes the list by one row, so the list keeps its widgets for what they show (an
entry's id, a day, a check) and moves them into place: only a new or changed row gets
new words and a layout of its own, not every row shifted down by one. A row whose entry
left the list is filled in again for the one that joined, and is made afresh only when
there is none spare.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from companion.core.journal.days import JournalList
from companion.core.journal.entry import Entry
from companion.core.journal.store import StoredEntry
from companion.core.shared.records import CheckRecord
from companion.ui.journal.check_row import CheckRow
from companion.ui.journal.entry_row import EntryRow
from companion.ui.shared.dates import day_text, time_text
from companion.ui.shared.page_layout import label

DAY_INDENT = 20  # how far an entry or check sits in under its day's heading
# Room between one day's last row and the next day's heading: the heading's own top
# margin, so the list holds widgets only (a gap of its own would be a layout item to
# delete by hand whenever days leave the list).
DAY_GAP = 12

_Row = TypeVar("_Row", bound=QWidget)


class EntryList:
    """The rows in `box`, newest first; `show` brings them in line with a listing."""

    def __init__(
        self,
        box: QVBoxLayout,
        summary_of: Callable[[Entry], str],
        edit: Callable[[str], object],
        delete: Callable[[str], object],
        check_summary: Callable[[CheckRecord], str] = lambda record: record.summary,
    ) -> None:
        self.box = box
        self._check_summary = check_summary
        self._summary_of = summary_of
        self._edit = edit
        self._delete = delete
        self.rows: list[EntryRow] = []  # as shown, newest first
        self.check_rows: dict[int, CheckRow] = {}  # by the id of the record each shows
        self._days: dict[date, QLabel] = {}  # each day's heading, as shown

    @property
    def day_headings(self) -> list[QLabel]:
        """The days' headings as shown, newest first."""
        return list(self._days.values())

    def show(self, listing: JournalList) -> None:
        """Show `listing`, changing only the rows and headings that differ."""
        shown_ids = {item.id for item in listing.items if isinstance(item, StoredEntry)}
        by_id = {row.item.id: row for row in self.rows}
        spare_rows = [row for row in self.rows if row.item.id not in shown_ids]
        days = {day.day for day in listing.days}
        spare_days = [heading for day, heading in self._days.items() if day not in days]
        focus = self._focus_leaving(shown_ids)
        plan: list[QWidget] = []  # the list's widgets in order
        rows: list[EntryRow] = []
        headings: dict[date, QLabel] = {}
        check_rows: dict[int, CheckRow] = {}
        for index, day in enumerate(listing.days):
            heading = self._days.get(day.day)
            if heading is None:
                heading = spare_days.pop() if spare_days else label("", "heading")
                heading.setText(day_text(day.day, weekday=True))
            # Room above every day but the first (set only when it differs, by Qt).
            heading.setContentsMargins(0, DAY_GAP if index else 0, 0, 0)
            headings[day.day] = heading
            plan.append(heading)
            for item in day.items:
                if isinstance(item, CheckRecord):
                    known = self.check_rows.get(id(item))
                    check = known if known is not None and known.record is item else None
                    if check is None:
                        check = _indented(CheckRow(item, self._check_summary(item)))
                    check_rows[id(item)] = check
                    plan.append(check_rows[id(item)])
                    continue
                row = by_id.get(item.id)
                fresh = row is None and not spare_rows
                if row is None:
                    row = spare_rows.pop() if spare_rows else self._new_row(item)
                if fresh or row.item is not item:
                    # Under its day's heading the time alone is enough.
                    row.show_item(item, self._summary_of(item.entry), time_text(item.entry.time))
                rows.append(row)
                plan.append(row)
        self._lay_out(plan)
        self.rows = rows
        self._days = headings
        self.check_rows = check_rows
        if focus is not None:
            index, which = focus
            if rows:
                row = rows[min(index, len(rows) - 1)]
                button = row.delete_button if which == "delete" else row.change_button
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_leaving(self, shown_ids: set[str]) -> tuple[int, str] | None:
        """Where the keyboard is, when it is on a row whose entry leaves the list: the
        row's place and button. The row that takes that place gets it (as Delete, pressed
        again and again, deletes one entry after another)."""
        focused = QApplication.focusWidget()
        for index, row in enumerate(self.rows):
            if row.item.id in shown_ids or focused is None or not row.isAncestorOf(focused):
                continue
            return index, "delete" if focused is row.delete_button else "change"
        return None

    def _new_row(self, item: StoredEntry) -> EntryRow:
        row = EntryRow(item, "")
        # At the top, beside the time: a summary that wraps onto a second line (narrow
        # window, large text) then never moves the buttons a person is about to press.
        buttons_row = row.layout()
        if buttons_row is not None:
            for widget in (row.change_button, row.delete_button):
                buttons_row.setAlignment(widget, Qt.AlignmentFlag.AlignTop)
        row.change_button.clicked.connect(lambda _c=False, r=row: self._edit(r.item.id))
        row.delete_button.clicked.connect(lambda _c=False, r=row: self._delete(r.item.id))
        return _indented(row)

    def _lay_out(self, plan: list[QWidget]) -> None:
        """Put `plan` in the box, moving only what is out of place; what is left over
        goes. Each widget put in (again) is one more for the next layout pass, and Qt
        queues a call to show it: moving them all would cost a call for every row."""
        box = self.box
        for index, wanted in enumerate(plan):
            item = box.itemAt(index)
            if item is None or item.widget() is not wanted:
                if box.indexOf(wanted) >= 0:
                    box.removeWidget(wanted)
                box.insertWidget(index, wanted)
        while box.count() > len(plan):
            item = box.itemAt(len(plan))
            widget = item.widget() if item is not None else None
            assert widget is not None  # the box holds widgets only
            # removeWidget, not takeAt: Qt then deletes the layout item itself (an item
            # takeAt hands back is ours to delete, and from Python nothing would).
            box.removeWidget(widget)
            widget.hide()
            widget.deleteLater()


def _indented(row: _Row) -> _Row:
    """Under its day, a little in: the day is the heading, the time the detail."""
    layout = row.layout()
    if layout is not None:
        margins = layout.contentsMargins()
        layout.setContentsMargins(DAY_INDENT, margins.top(), margins.right(), margins.bottom())
    return row
