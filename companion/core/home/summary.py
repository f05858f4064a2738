"""What the Home page shows: a first step for newcomers, the state at a glance for others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

from companion.core.journal.entry import Entry, EntryError, counts_for, dated_entries, days_ago
from companion.core.journal.stored import stored_entry
from companion.core.shared.app_state import CHECKS, JOURNAL, AppState
from companion.core.shared.collection import Record
from companion.core.timers.status import TimerStatus, stored_status

WEEK_DAYS = 7
# Past about a year, "Last entry 20521 days ago" is a count nobody can place in time:
# Home says the day instead ("Last entry on 3 March 2019").
DATED_AFTER_DAYS = 365


@dataclass(frozen=True)
class HomeSummary:
    """What Home shows, worked out once from the data folder."""

    first_time: bool
    emergency_number: str | None
    last_check_days_ago: int | None
    # The last check's day, when it is more than DATED_AFTER_DAYS ago; else None.
    last_check_on: date | None
    last_check_summary: str | None
    # The newest check was saved without its line in today's language (an older
    # version): Home has it made once the window shows (check.history).
    last_check_line_missing: bool
    last_entry_days_ago: int | None
    # The newest entry's day, when it is more than DATED_AFTER_DAYS ago; else None.
    last_entry_on: date | None
    last_entry_pain: int | None
    entry_today: bool
    entries_this_week: int
    # Entries dated days after today (made while the clock ran ahead): none of the above
    # counts them; Home says they are there, or the journal's list would seem to disagree.
    entries_ahead: int
    timers: TimerStatus  # what Home says of the timers (its count leaves out break reminders)


def _readable(records: list[Record]) -> list[Entry]:
    """The entries among `records` that the journal can read (it skips the others too)."""
    found = []
    for record in records:
        try:
            found.append(stored_entry(record.data))
        except EntryError:
            continue
    return found


def _made(entry: Entry) -> float:
    return entry.timestamp


def _long_ago(today: date, days: int | None) -> date | None:
    """The day `days` before `today`, when that is so long ago that a count of days
    says less than the date would."""
    if days is None or days <= DATED_AFTER_DAYS:
        return None
    return today - timedelta(days=days)


def summarize(state: AppState, timers: TimerStatus | None = None) -> HomeSummary:
    """What Home says. `timers`: the running timers' status, once they run (it holds
    what only they know, such as a damaged record set aside at their start); before
    that, the saved records are read (`stored_status`)."""
    now = state.now()
    has_checks = state.store.table(CHECKS).count() > 0
    last_check = state.latest_check()
    # Only the newest entries: start-up must not read years of journal files.
    journal = state.store.partitioned(JOURNAL, "time")
    newest = journal.newest_first()  # read on from where the last look stopped
    recent: list[Record] = []
    readable: list[Entry] = []
    wanted = 16
    today = now.date()
    while True:
        more = list(islice(newest, wanted - len(recent)))
        recent += more
        readable += _readable(more)
        # Dated days ahead (a clock that ran ahead, then was put right): the store lists
        # them first, yet they are neither today's entry nor the last one made so far.
        dated = dated_entries(readable, today)
        entries = dated.current
        recent_days = [days_ago(entry.time, now) for entry in entries]
        if len(recent) < wanted or (recent_days and max(recent_days) >= WEEK_DAYS):
            break
        wanted *= 4  # more than that many entries this week (or ahead): look further back
    # The one made last. The store lists each year's file newest first, the newest file
    # first: an entry dated 1 January on a clock ahead (Tokyo) comes before one made
    # later on 31 December on a clock behind (New York).
    last_entry = max(entries, key=_made, default=None)
    # The newest by its day (an entry made in a zone behind can be newer by the clock).
    entry_days = min(recent_days) if recent_days else None
    check_days = days_ago(last_check.time, now) if last_check else None
    return HomeSummary(
        first_time=not has_checks and not recent,
        emergency_number=state.settings.current.emergency_number,
        last_check_days_ago=check_days,
        last_check_on=_long_ago(today, check_days),
        last_check_summary=last_check.summary_in(state.content.language) or None
        if last_check
        else None,
        last_check_line_missing=last_check is not None
        and not state.kiosk
        and not last_check.summaries.get(state.content.language),
        last_entry_days_ago=entry_days,
        last_entry_on=_long_ago(today, entry_days),
        last_entry_pain=last_entry.pain_now if last_entry else None,
        entry_today=any(counts_for(entry.time, now.date()) for entry in entries),
        entries_this_week=sum(1 for days in recent_days if days < WEEK_DAYS),
        entries_ahead=len(dated.ahead),
        timers=timers if timers is not None else stored_status(state),
    )
