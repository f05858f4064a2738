"""What the clinician's report holds and how it is laid out, decided once (no Qt).

Page 1 stands alone: the period, the trend, the graph, the key figures, the rated
activities' first and latest scores, the last check, the warning signs ticked in the
period and what seems to help. The entry table, when asked for, follows on its own pages,
and a row never splits across two pages (`paginate`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from companion.core.journal.entry import BOTH_LEGS, WARNING_SIGNS, Entry, dated_ahead
from companion.core.journal.figures import PeriodFigures, figures_of
from companion.core.journal.safety import signs_given
from companion.core.shared.get_help import GetHelp
from companion.core.shared.records import CheckRecord, urgency_rank

MAX_ACTIVITIES_SHOWN = 6  # page 1 has room for this many rated activities
MAX_NOTE_IN_TABLE = 400  # characters of a note in the entry table (a row fits a page)
NOTE_CUT_LOOKBACK = 20  # a note is cut at the last space this close to its end, if any
# Printed for a character no font on the computer has (Chinese, most emoji on a plain
# Debian): the replacement character, which readers know as "a character is missing
# here", where the font's own empty box looked like a tick box or a printing fault.
STAND_IN = "\ufffd"


@dataclass(frozen=True)
class Period:
    """The days the report covers: the first entry's day to the last entry's day."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def one_day(self) -> bool:
        """All on one day: the report names that day once, not "4 December to 4 December"."""
        return self.first == self.last


def report_period(
    entries: Sequence[Entry], checks: Sequence[CheckRecord], today: date
) -> Period | None:
    """From the first to the last entry (checks count when there are no entries). The
    entries are those up to today (`dated_entries(...).current`, as everywhere in the
    report) and checks dated ahead of `today` are left out (`dated_ahead`): the period
    ends today at the latest, or up to ZONE_DAYS after it (made on a clock ahead, hours
    ago)."""
    times = [e.time for e in entries] or [c.time for c in checks if not dated_ahead(c.time, today)]
    if not times:
        return None
    return Period(min(times).date(), max(times).date())


@dataclass(frozen=True)
class KeyFigures:
    """The figures at the start of the period, at its end, and over all of it."""

    days: int  # how many days each of `start` and `latest` covers
    start: PeriodFigures
    latest: PeriodFigures
    overall: PeriodFigures


def key_figures(entries: Sequence[Entry], window_days: int) -> KeyFigures:
    """The first and last `window_days` days (each half the journal when it is shorter
    than two windows, so the two never overlap); entries sorted by time."""
    if not entries:
        empty = figures_of(())
        return KeyFigures(0, empty, empty, empty)
    first_day, last_day = entries[0].time.date(), entries[-1].time.date()
    span = (last_day - first_day).days + 1
    days = max(1, min(window_days, span // 2))
    start_end = first_day + timedelta(days=days)
    latest_start = last_day - timedelta(days=days - 1)
    start = [e for e in entries if e.time.date() < start_end]
    latest = [e for e in entries if e.time.date() >= latest_start]
    if span == 1:  # one day: all of it is both the start and the latest
        start = latest = list(entries)
    return KeyFigures(days, figures_of(start), figures_of(latest), figures_of(entries))


@dataclass(frozen=True)
class ActivityScores:
    """A rated activity's first and latest score (0 cannot do it, 10 no trouble)."""

    name: str
    first: int
    first_day: date
    latest: int
    latest_day: date
    times: int  # how many entries rated it


def activity_scores(entries: Sequence[Entry]) -> tuple[ActivityScores, ...]:
    """Each activity's first and latest rating, the most recently rated first; at most
    `MAX_ACTIVITIES_SHOWN` (names compared without case)."""
    found: dict[str, ActivityScores] = {}
    for entry in entries:
        for activity in entry.activities:
            key = activity.name.casefold()
            day = entry.time.date()
            old = found.get(key)
            if old is None:
                found[key] = ActivityScores(
                    activity.name, activity.rating, day, activity.rating, day, 1
                )
            else:
                found[key] = ActivityScores(
                    old.name, old.first, old.first_day, activity.rating, day, old.times + 1
                )
    ordered = sorted(found.values(), key=lambda a: a.latest_day, reverse=True)
    return tuple(ordered[:MAX_ACTIVITIES_SHOWN])


@dataclass(frozen=True)
class SignDays:
    """A warning sign given in the period: on how many entries, first and last day."""

    sign: str
    count: int
    first_day: date
    last_day: date


def most_urgent_first(signs: Iterable[str], shared: GetHelp) -> tuple[str, ...]:
    """Warning sign ids, those to act on soonest first (by their level in the shared
    words), each level in the order given."""
    return tuple(sorted(signs, key=lambda sign: -urgency_rank(shared.sign(sign).level)))


def warning_signs(entries: Sequence[Entry], shared: GetHelp) -> tuple[SignDays, ...]:
    """The warning signs `entries` give (`signs_given`: ticked, or nerve symptoms in both
    legs), most urgent first (`most_urgent_first`)."""
    given = [(e.time.date(), signs_given(e)) for e in entries]
    out = []
    for sign in most_urgent_first((*WARNING_SIGNS, BOTH_LEGS), shared):
        days = [day for day, signs in given if sign in signs]
        if days:
            out.append(SignDays(sign, len(days), min(days), max(days)))
    return tuple(out)


def last_check(checks: Sequence[CheckRecord], now: datetime) -> CheckRecord | None:
    """The newest check at or before `now`. `checks` are the stored ones: a check the
    person withdrew (took back) is no longer stored, so it never shows."""
    past = [c for c in checks if c.time <= now]
    return max(past, key=lambda c: c.time) if past else None


@dataclass(frozen=True)
class ClippedNote:
    """A note as the entry table shows it: on one line, cut short with "…" when too
    long, and how many of its characters were left out (the table says so)."""

    text: str
    left_out: int  # 0: the whole note is shown


def clipped_note(note: str) -> ClippedNote:
    """A note short enough that its table row fits on one page."""
    text = " ".join(note.split())
    if len(text) <= MAX_NOTE_IN_TABLE:
        return ClippedNote(text, 0)
    kept = MAX_NOTE_IN_TABLE - 1  # room for "…"
    # Cut between words ("went…", not "went d…") when a space is near enough.
    space = text.rfind(" ", kept - NOTE_CUT_LOOKBACK, kept + 1)
    if space > 0:
        kept = space
    shown = text[:kept]
    return ClippedNote(shown + "…", len(text) - len(shown))


@dataclass(frozen=True)
class PrintableText:
    """Words as the report prints them: each character no font can draw as `STAND_IN`."""

    text: str
    replaced: int  # how many characters were replaced


def printable(text: str, can_draw: Callable[[str], bool]) -> PrintableText:
    """`text` with `STAND_IN` for each character `can_draw` says no font has (spaces
    are never asked about: they draw nothing)."""
    out, replaced = [], 0
    for char in text:
        if char.isspace() or can_draw(char):
            out.append(char)
        else:
            out.append(STAND_IN)
            replaced += 1
    return PrintableText("".join(out), replaced)


def paginate(heights: Sequence[float], room: float) -> list[tuple[int, int]]:
    """Rows of the given heights onto pages with `room` for rows each (after the table's
    heading row). Returns (start, stop) index pairs, one per page, in order; a row never
    splits: one that does not fit moves whole to the next page. A row taller than a page
    (never, with notes clipped) gets a page of its own."""
    pages: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for index, height in enumerate(heights):
        if used + height > room and index > start:
            pages.append((start, index))
            start, used = index, 0.0
        used += height
    if start < len(heights):
        pages.append((start, len(heights)))
    return pages
