"""The journal: short entries about the pain, kept safe for years, with undo.

An entry says how much it hurts (0 to 10), how far down the leg the pain reaches (the
most useful sign of progress with nerve pain: pain that retreats up towards the buttock
is getting better), how it feels, how long walking and sitting are comfortable, and what
was done that day. Entries live in the ``journal`` collection, one file per year, so a
save rewrites one year only.

The ids of the choices (levels, feelings...) are fixed here because every stored entry
holds them; their words come from ``content/<language>/journal/choices.toml``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from companion.core.shared.messages import Message, quoted
from companion.core.shared.numbers import plain_digits
from companion.core.shared.wall_clock import day_zone

# How far down the leg, from the top (no pain) to the bottom (ankle and foot).
LEVELS = (
    "none",
    "lower_back",
    "buttock",
    "upper_thigh",
    "lower_thigh_knee",
    "calf",
    "ankle_foot",
)
NO_PAIN = "none"
SIDES = ("left", "right", "both")
BOTH = "both"
NUMBNESS = "numbness"
WEAKNESS = "weakness"
FEELINGS = ("ache", "sharp", "burning", "tingling", NUMBNESS, WEAKNESS)
SLEEP = ("good", "woke", "poor")
DONE = ("heat", "ice", "breaks", "exercises", "medicine")
# Tick boxes for warning signs; the ids are the guided check's safety question ids, so
# the check's own red-flag rules decide what they mean (see `safety_answers`).
WEAKNESS_WORSENING = "weakness_worsening"
SADDLE_NUMBNESS = "saddle_numbness"
BLADDER_BOWEL_CHANGE = "bladder_bowel_change"
# A clot can form in a leg rested for days, and travel to the lungs: both can start
# while a person keeps the journal, so they are ticked there too (shared/domain.md, 1).
CHEST_BREATH = "chest_breath"
CLOT_SIGNS = "clot_signs"
BOTH_LEGS = "both_legs"
# New signs go at the end: stored entries keep their signs in this order.
WARNING_SIGNS = (
    WEAKNESS_WORSENING,
    SADDLE_NUMBNESS,
    BLADDER_BOWEL_CHANGE,
    CHEST_BREATH,
    CLOT_SIGNS,
)
# The feelings that make "both legs" a nerve sign the check asks about.
NERVE_FEELINGS = ("burning", "tingling", "numbness", "weakness")

MAX_PAIN = 10
MAX_ACTIVITIES = 3
MAX_ACTIVITY_NAME = 60
MAX_NOTE = 2000
# What the form's note field takes: more pasted is cut there. Qt needs seconds to lay out
# 200,000 letters with no space between (a copied log, a link) and minutes for 10 MB.
NOTE_FIELD_MOST = 10 * MAX_NOTE
MAX_WALK_MINUTES = 600
MAX_SITTING_MINUTES = 24 * 60
EARLIEST_YEAR = 1900  # a stored entry read back: anything earlier is damage
# ... or later: the graph and the report need the days after an entry's (9999-12-31
# had none, and stopped them), and its time in any zone (23:59 at -12:00 is year 10000).
LATEST_YEAR = 9998
# A new or imported entry further back than this is refused: the year was mistyped.
MAX_ENTRY_AGE_YEARS = 20
UNDO_DEPTH = 20

# The order of fields in exports; also every key an entry may have.
FIELDS = (
    "time",
    "pain_now",
    "pain_worst",
    "level",
    "side",
    "feelings",
    "walk_minutes",
    "sitting_minutes",
    "sleep",
    "done",
    "activities",
    "warning_signs",
    "note",
)


@dataclass(frozen=True)
class Activity:
    """A personal activity (such as "sitting at work") rated 0 (cannot do it) to 10."""

    name: str
    rating: int


@dataclass(frozen=True)
class Entry:
    """One journal entry. Build it with `parse_entry`, which checks every field."""

    time: datetime
    pain_now: int
    level: str
    side: str | None = None
    pain_worst: int | None = None
    feelings: tuple[str, ...] = ()
    walk_minutes: float | None = None
    sitting_minutes: int | None = None
    sleep: str | None = None
    done: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()
    warning_signs: tuple[str, ...] = ()
    note: str = ""

    @property
    def depth(self) -> int:
        """0 for no pain down to 6 for the ankle and foot."""
        return LEVELS.index(self.level)

    @cached_property
    def timestamp(self) -> float:
        """The time in seconds since 1970 (what a graph's date axis counts), worked out
        once: the graph's series are made again after every save, from years of entries."""
        return self.time.timestamp()

    def to_dict(self) -> dict[str, Any]:
        """The stored and exported form (JSON values only)."""
        return {
            "time": self.time.isoformat(),
            "pain_now": self.pain_now,
            "pain_worst": self.pain_worst,
            "level": self.level,
            "side": self.side,
            "feelings": list(self.feelings),
            "walk_minutes": self.walk_minutes,
            "sitting_minutes": self.sitting_minutes,
            "sleep": self.sleep,
            "done": list(self.done),
            "activities": [{"name": a.name, "rating": a.rating} for a in self.activities],
            "warning_signs": list(self.warning_signs),
            "note": self.note,
        }


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an entry: the field and a plain sentence."""

    field: str
    message: str  # a Message: English as text, in another language with `in_language`


class EntryError(ValueError):
    """An entry that cannot be saved; `problems` says what to fix, field by field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(p.message for p in self.problems))


class _Checker:
    """Collects every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, name: str, message: str) -> None:
        self.problems.append(Problem(name, message))


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _filled(item: Any) -> bool:
    """Whether a row of activities holds anything (the form sends its empty rows too)."""
    if isinstance(item, Mapping):
        return not (_is_blank(item.get("name")) and _is_blank(item.get("rating")))
    return True


# A number written as text (typed, or a cell of an imported file): the digits 0-9 and,
# where a decimal is allowed, one decimal point (or comma, as typed in Spanish), as the
# README promises. Python's own float() and int() also take "1_0" (10), "1e2" (100) and
# the digits of other scripts ("٥", "５"): an import turned such cells into other numbers.
# No sign: no number in a journal is below 0, and "-0" was stored as a pain of 0.
_PLAIN_WHOLE = re.compile(r"[0-9]+")
_PLAIN_DECIMAL = re.compile(r"(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")


def _number(value: Any, *, whole: bool = False) -> float | None:
    """A number from JSON or plain text ("7", "7.5", "7,5"; "7" only when `whole`);
    None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = plain_digits(value.strip())  # "٥" typed on an Arabic keyboard is 5
        if not (_PLAIN_WHOLE if whole else _PLAIN_DECIMAL).fullmatch(text):
            return None
        number = float(text.replace(",", "."))
    else:
        return None
    return number if math.isfinite(number) else None


def _whole(value: Any, low: int, high: int) -> int | None:
    number = _number(value, whole=True)
    if number is None or number != int(number) or not low <= number <= high:
        return None
    return int(number)


def earliest_entry_day(now: datetime) -> date:
    """The earliest day a new or imported entry may have: `MAX_ENTRY_AGE_YEARS` before
    today (29 February falls back to the 28th)."""
    today = now.date()
    try:
        return today.replace(year=today.year - MAX_ENTRY_AGE_YEARS)
    except ValueError:
        return today.replace(year=today.year - MAX_ENTRY_AGE_YEARS, day=28)


def entry_day(moment: datetime) -> date:
    """The day an entry or check made at `moment` belongs to: the date on its own clock,
    as written when it was made (the journal lists it under that day). One answer for
    the list, Home and the reminder: after a flight "now" is read in another zone, where
    the same moment can fall on another date, and screens converting on their own
    disagreed (an entry made at 08:00 on Tuesday in Tokyo, read at 20:00 on Monday in
    New York: Home said "up to date for today", the reminder "no entry for today")."""
    return moment.date()


def days_ago(moment: datetime, now: datetime) -> int:
    """Whole days from the day of `moment` to `now`'s day. A day after today's (made in
    a zone ahead, hours ago) counts as today: that entry is not missing, nor past."""
    return max(0, (now.date() - entry_day(moment)).days)


ZONE_DAYS = 2  # clocks are set from UTC-12 to UTC+14: one moment's dates differ by 2 at most


def counts_for(moment: datetime, today: date) -> bool:
    """Whether an entry made at `moment` is an entry for `today`: on that day by its own
    clock, or up to ZONE_DAYS later (made hours ago on a clock ahead). Further ahead is a
    clock that was set wrong, later put right: not today's entry, or it would silence the
    reminder and Home's "today's entry" for days."""
    return 0 <= (entry_day(moment) - today).days <= ZONE_DAYS


def dated_ahead(moment: datetime, today: date) -> bool:
    """Whether an entry made at `moment` is dated more than ZONE_DAYS after `today`: made
    while the computer's clock ran ahead (or the year was mistyped), not an entry of
    today nor of any past day; counted with today's it said "Last entry today" on
    Home, over "Next step: today's journal entry"."""
    return (entry_day(moment) - today).days > ZONE_DAYS


@dataclass(frozen=True)
class DatedEntries:
    """Entries parted by `dated_ahead`: those a summary of days up to today sums up, in
    their order, and those dated ahead, which it leaves out (and says how many)."""

    current: list[Entry]
    ahead: list[Entry]


def dated_entries(entries: Sequence[Entry], today: date) -> DatedEntries:
    """The one rule for whatever sums up the journal's days (Home, the clinician
    report): an entry dated more than ZONE_DAYS after `today` is in none of its figures.
    Counted, three entries dated +1, +30 and +400 days ran the report's period and graph
    to a date over a year ahead, and its "Last 14 days" held the one entry dated ahead."""
    current: list[Entry] = []
    ahead: list[Entry] = []
    for entry in entries:
        (ahead if dated_ahead(entry.time, today) else current).append(entry)
    return DatedEntries(current, ahead)


def _time(value: Any, check: _Checker, now: datetime | None) -> datetime | None:
    if isinstance(value, datetime):
        moment: datetime | None = value
    elif _is_blank(value):
        check.fail("time", Message("entry.time_missing"))
        return None
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            check.fail("time", Message("entry.time_unreadable", value=quoted(value)))
            return None
    assert moment is not None
    if moment.tzinfo is None or moment.utcoffset() is None:
        check.fail("time", Message("entry.time_no_zone", value=quoted(value)))
        return None
    if now is not None and moment.astimezone(now.tzinfo).date() < earliest_entry_day(now):
        years = MAX_ENTRY_AGE_YEARS
        check.fail("time", Message("entry.time_too_old", year=moment.year, years=years))
        return None
    if moment.year < EARLIEST_YEAR:
        check.fail("time", Message("entry.time_too_early", year=EARLIEST_YEAR))
        return None
    if moment.year > LATEST_YEAR:
        check.fail("time", Message("entry.time_too_late", year=LATEST_YEAR))
        return None
    if now is not None and moment > now:
        check.fail("time", Message("entry.time_future"))
        return None
    return moment


def _choices(
    value: Any, name: str, allowed: tuple[str, ...], what: str, check: _Checker
) -> tuple[str, ...]:
    """A list of ids (or one text with ids split by ';'), de-duplicated, in `allowed` order."""
    if _is_blank(value):
        return ()
    if isinstance(value, str):
        items: list[Any] = [part.strip() for part in value.split(";") if part.strip()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        check.fail(name, Message("entry.not_a_list", what=Message(what)))
        return ()
    unknown = [str(item) for item in items if item not in allowed]
    if unknown:
        shown = quoted(unknown[0])
        check.fail(
            name,
            Message(
                "entry.not_one_of", value=shown, what=Message(what), allowed=", ".join(allowed)
            ),
        )
        return ()
    return tuple(choice for choice in allowed if choice in items)


def _one_of(
    value: Any, name: str, allowed: tuple[str, ...], what: str, check: _Checker
) -> str | None:
    if _is_blank(value):
        return None
    text = value.strip() if isinstance(value, str) else value
    if text not in allowed:
        shown = quoted(value)
        check.fail(
            name,
            Message(
                "entry.not_one_of", value=shown, what=Message(what), allowed=", ".join(allowed)
            ),
        )
        return None
    return str(text)


def _has_control_characters(text: str, allowed: str = "") -> bool:
    return any((ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in allowed for c in text)


# Half of a surrogate pair: a paste can bring one, but no file can hold it as UTF-8.
_BROKEN_CHARACTER = re.compile("[\ud800-\udfff]")


def _activities(value: Any, check: _Checker) -> tuple[Activity, ...]:
    if _is_blank(value):
        return ()
    if not isinstance(value, list | tuple):
        check.fail("activities", Message("entry.activities_not_list"))
        return ()
    # Too many is said once, before each name is looked at: a file can list thousands,
    # and a line for each long name helps nobody.
    if sum(map(_filled, value)) > MAX_ACTIVITIES:
        check.fail("activities", Message("entry.activities_too_many", most=MAX_ACTIVITIES))
        return ()
    found: list[Activity] = []
    seen: set[str] = set()
    for item in value:
        if isinstance(item, Activity):
            raw_name: Any = item.name
            raw_rating: Any = item.rating
        elif isinstance(item, Mapping):
            raw_name, raw_rating = item.get("name"), item.get("rating")
        else:
            check.fail("activities", Message("entry.activity_shape"))
            return ()
        name = " ".join(raw_name.split()) if isinstance(raw_name, str) else ""
        if not name:
            if _is_blank(raw_rating):
                continue  # an empty row
            check.fail("activities", Message("entry.activity_unnamed"))
            continue
        if _BROKEN_CHARACTER.search(name):
            check.fail("activities", Message("entry.activity_broken", name=quoted(name)))
            continue
        if _has_control_characters(name):
            check.fail("activities", Message("entry.activity_hidden", name=quoted(name)))
            continue
        if len(name) > MAX_ACTIVITY_NAME:
            long_name = Message("entry.activity_long", name=name[:20], most=MAX_ACTIVITY_NAME)
            check.fail("activities", long_name)
            continue
        if name.casefold() in seen:
            check.fail("activities", Message("entry.activity_twice", name=quoted(name)))
            continue
        seen.add(name.casefold())
        rating = _whole(raw_rating, 0, MAX_PAIN)
        if rating is None:
            check.fail("activities", Message("entry.activity_rating", name=quoted(name)))
            continue
        found.append(Activity(name, rating))
    if len(found) > MAX_ACTIVITIES:
        check.fail("activities", Message("entry.activities_too_many", most=MAX_ACTIVITIES))
        return ()
    return tuple(found)


# A line break typed with Shift+Enter in a word processor is pasted as a vertical tab,
# and a page break copied from a PDF as a form feed: hidden, so a note holding one could
# not be saved and the person could not see why. Each is a line break.
_PASTED_BREAKS = str.maketrans({"\v": "\n", "\f": "\n"})


def _note(value: Any, check: _Checker) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        check.fail("note", Message("entry.note_not_text"))
        return ""
    lines = value.replace("\r\n", "\n").translate(_PASTED_BREAKS).split("\n")
    text = "\n".join(line.rstrip() for line in lines).strip()
    if len(text) > MAX_NOTE:
        check.fail("note", Message("entry.note_long", most=MAX_NOTE))
        return ""
    if _BROKEN_CHARACTER.search(text):
        check.fail("note", Message("entry.note_broken"))
        return ""
    if _has_control_characters(text, "\n\t"):
        check.fail("note", Message("entry.note_hidden"))
        return ""
    return text


def parse_entry(
    data: Mapping[str, Any], *, now: datetime | None = None, strict: bool = True
) -> Entry:
    """Check raw values (from the form, a stored record or an imported row) and build an Entry.

    Numbers may be given as numbers or as text; lists as lists or as text split by ';'.
    Empty optional values mean "not noted".

    Args:
        data: Field name -> value, as in `FIELDS`.
        now: When given, a time after it is refused, and one more than
            `MAX_ENTRY_AGE_YEARS` before it (a mistyped year).
        strict: Refuse keys that are not journal fields (they are nearly always typos);
            stored records are read with `strict=False`.

    Raises:
        EntryError: listing every problem, each with a plain message.
    """
    check = _Checker()
    if strict:
        for key in data:
            if key not in FIELDS:
                check.fail(quoted(key), Message("entry.unknown_field", key=quoted(key)))
    moment = _time(data.get("time"), check, now)

    pain_now = _whole(data.get("pain_now"), 0, MAX_PAIN)
    if pain_now is None:
        if _is_blank(data.get("pain_now")):
            check.fail("pain_now", Message("entry.pain_missing"))
        else:
            check.fail("pain_now", Message("entry.pain_not_whole"))
    pain_worst: int | None = None
    if not _is_blank(data.get("pain_worst")):
        pain_worst = _whole(data.get("pain_worst"), 0, MAX_PAIN)
        if pain_worst is None:
            check.fail("pain_worst", Message("entry.worst_not_whole"))
        elif pain_now is not None and pain_worst < pain_now:
            check.fail("pain_worst", Message("entry.worst_below_now"))

    level = _one_of(data.get("level"), "level", LEVELS, "entry.levels", check)
    if level is None and _is_blank(data.get("level")):
        check.fail("level", Message("entry.level_missing"))
    side = _one_of(data.get("side"), "side", SIDES, "entry.sides", check)
    if level == NO_PAIN:
        side = None  # no pain anywhere: no side to record
    elif level is not None and side is None and _is_blank(data.get("side")):
        check.fail("side", Message("entry.side_missing"))

    walk: float | None = None
    if not _is_blank(data.get("walk_minutes")):
        number = _number(data.get("walk_minutes"))
        if number is None or not 0 <= number <= MAX_WALK_MINUTES:
            check.fail("walk_minutes", Message("entry.walk_range", most=MAX_WALK_MINUTES))
        else:
            walk = round(number, 1)
    sitting: int | None = None
    if not _is_blank(data.get("sitting_minutes")):
        sitting = _whole(data.get("sitting_minutes"), 0, MAX_SITTING_MINUTES)
        if sitting is None:
            check.fail("sitting_minutes", Message("entry.sitting_range", most=MAX_SITTING_MINUTES))

    entry_fields = {
        "feelings": _choices(data.get("feelings"), "feelings", FEELINGS, "entry.feelings", check),
        "sleep": _one_of(data.get("sleep"), "sleep", SLEEP, "entry.sleep_choices", check),
        "done": _choices(data.get("done"), "done", DONE, "entry.things_done", check),
        "activities": _activities(data.get("activities"), check),
        "warning_signs": _choices(
            data.get("warning_signs"), "warning_signs", WARNING_SIGNS, "entry.warning_signs", check
        ),
        "note": _note(data.get("note"), check),
    }
    if check.problems:
        raise EntryError(check.problems)
    assert moment is not None and pain_now is not None and level is not None
    return Entry(
        time=moment,
        pain_now=pain_now,
        level=level,
        side=side,
        pain_worst=pain_worst,
        walk_minutes=walk,
        sitting_minutes=sitting,
        **entry_fields,  # type: ignore[arg-type]
    )


def local_moment(wall: datetime, now: datetime) -> datetime:
    """A wall-clock time picked in the form, with the right UTC offset.

    When `now` is in this computer's time zone (its offset is the one the zone has at
    that moment), the offset is the one in force on the date picked (summer time or
    not); otherwise (a test clock) it is `now`'s offset. In the hour that repeats when
    clocks go back a wall time is two moments: now's own minute is now (the offset in
    force as it was made), and any other is the later of the two that is not after now
    (01:10 at the second 01:45 means 35 minutes ago, not 95).
    """
    naive = wall.replace(tzinfo=None, fold=0)
    if naive == now.replace(tzinfo=None, second=0, microsecond=0, fold=0):
        return now.replace(second=0, microsecond=0)
    zone = day_zone(now)  # None: this computer's zone, read as local time by astimezone
    options = [naive.replace(tzinfo=zone, fold=fold).astimezone(zone) for fold in (0, 1)]
    past = [moment for moment in options if moment <= now]
    return max(past) if past else min(options)
