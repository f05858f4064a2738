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

import bisect
import gc
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from companion.core.shared.app_state import CHECKS, JOURNAL, AppState
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    Fields,
    language_dir,
    read_toml,
)
from companion.core.shared.get_help import PlaceholderError, read_get_help
from companion.core.shared.records import (
    EVENT_KINDS,
    EVENTS,
    WALK,
    CheckRecord,
    RecordError,
    TimerEvent,
)
from companion.core.shared.store import Collection, PartitionedCollection

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
BOTH_LEGS = "both_legs"
WARNING_SIGNS = (WEAKNESS_WORSENING, SADDLE_NUMBNESS, BLADDER_BOWEL_CHANGE)
# The feelings that make "both legs" a nerve sign the check asks about.
NERVE_FEELINGS = ("burning", "tingling", "numbness", "weakness")

MAX_PAIN = 10
MAX_ACTIVITIES = 3
MAX_ACTIVITY_NAME = 60
MAX_NOTE = 2000
MAX_WALK_MINUTES = 600
MAX_SITTING_MINUTES = 24 * 60
EARLIEST_YEAR = 1900
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
    message: str


class EntryError(ValueError):
    """An entry that cannot be saved; `problems` says what to fix, field by field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(p.message for p in self.problems))

    def message_for(self, name: str) -> str | None:
        return next((p.message for p in self.problems if p.field == name), None)


class _Checker:
    """Collects every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, name: str, message: str) -> None:
        self.problems.append(Problem(name, message))


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: Any) -> float | None:
    """A number from JSON or typed text ("7", "7.5", "7,5"); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _whole(value: Any, low: int, high: int) -> int | None:
    number = _number(value)
    if number is None or number != int(number) or not low <= number <= high:
        return None
    return int(number)


def _time(value: Any, check: _Checker, now: datetime | None) -> datetime | None:
    if isinstance(value, datetime):
        moment: datetime | None = value
    elif _is_blank(value):
        check.fail("time", "Please give the date and time.")
        return None
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            check.fail(
                "time",
                f"The date and time '{_shown(value)}' is not in a form the app can read, "
                "such as 2026-03-09T08:30:00+01:00.",
            )
            return None
    assert moment is not None
    if moment.tzinfo is None or moment.utcoffset() is None:
        check.fail("time", f"The date and time '{_shown(value)}' has no time zone, such as +01:00.")
        return None
    if moment.year < EARLIEST_YEAR:
        check.fail("time", f"The date is before {EARLIEST_YEAR}. Please check the year.")
        return None
    if now is not None and moment > now:
        check.fail("time", "The date and time is in the future. Please pick a time up to now.")
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
        check.fail(name, f"The {what} should be a list.")
        return ()
    unknown = [str(item) for item in items if item not in allowed]
    if unknown:
        check.fail(
            name,
            f"'{_shown(unknown[0])}' is not one of the {what}: {', '.join(allowed)}.",
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
        check.fail(name, f"'{_shown(value)}' is not one of the {what}: {', '.join(allowed)}.")
        return None
    return str(text)


def _has_control_characters(text: str, allowed: str = "") -> bool:
    return any((ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in allowed for c in text)


# Half of a surrogate pair: a paste can bring one, but no file can hold it as UTF-8.
_BROKEN_CHARACTER = re.compile("[\ud800-\udfff]")
_NOT_SHOWN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
BROKEN_CHARACTER_TEXT = (
    "holds a broken character (half of an emoji or symbol, perhaps cut off when it was "
    "copied) that cannot be saved. Please type it again."
)


def _shown(value: Any, limit: int = 40) -> str:
    """A value as it can be quoted in a message: hidden and broken characters as \\u
    escapes (a message must always print and save), long text cut short."""
    text = _NOT_SHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _activities(value: Any, check: _Checker) -> tuple[Activity, ...]:
    if _is_blank(value):
        return ()
    if not isinstance(value, list | tuple):
        check.fail("activities", "The activities should be a list.")
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
            check.fail("activities", "Each activity needs a name and a rating.")
            return ()
        name = " ".join(raw_name.split()) if isinstance(raw_name, str) else ""
        if not name:
            if _is_blank(raw_rating):
                continue  # an empty row
            check.fail("activities", "Please give each rated activity a name.")
            continue
        if _BROKEN_CHARACTER.search(name):
            check.fail("activities", f"The activity '{_shown(name)}' {BROKEN_CHARACTER_TEXT}")
            continue
        if _has_control_characters(name):
            check.fail(
                "activities",
                f"The activity '{_shown(name)}' holds hidden control characters that cannot "
                "be saved.",
            )
            continue
        if len(name) > MAX_ACTIVITY_NAME:
            check.fail(
                "activities",
                f"Please keep the name '{name[:20]}...' under {MAX_ACTIVITY_NAME} letters.",
            )
            continue
        if name.casefold() in seen:
            check.fail("activities", f"'{_shown(name)}' is listed twice.")
            continue
        seen.add(name.casefold())
        rating = _whole(raw_rating, 0, MAX_PAIN)
        if rating is None:
            check.fail(
                "activities", f"Please rate '{_shown(name)}' from 0 to 10, or clear its name."
            )
            continue
        found.append(Activity(name, rating))
    if len(found) > MAX_ACTIVITIES:
        check.fail("activities", f"Up to {MAX_ACTIVITIES} activities can be rated.")
        return ()
    return tuple(found)


def _note(value: Any, check: _Checker) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        check.fail("note", "The note should be text.")
        return ""
    text = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()
    if len(text) > MAX_NOTE:
        check.fail("note", f"The note is too long: please keep it under {MAX_NOTE:,} letters.")
        return ""
    if _BROKEN_CHARACTER.search(text):
        check.fail("note", f"The note {BROKEN_CHARACTER_TEXT}")
        return ""
    if _has_control_characters(text, "\n\t"):
        check.fail("note", "The note holds hidden control characters that cannot be saved.")
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
        now: When given, a time after it is refused.
        strict: Refuse keys that are not journal fields (they are nearly always typos);
            stored records are read with `strict=False`.

    Raises:
        EntryError: listing every problem, each with a plain message.
    """
    check = _Checker()
    if strict:
        for key in data:
            if key not in FIELDS:
                check.fail(_shown(key), f"'{_shown(key)}' is not a journal field.")
    moment = _time(data.get("time"), check, now)

    pain_now = _whole(data.get("pain_now"), 0, MAX_PAIN)
    if pain_now is None:
        if _is_blank(data.get("pain_now")):
            check.fail("pain_now", "Please choose how much it hurts now, from 0 to 10.")
        else:
            check.fail("pain_now", "Pain now should be a whole number from 0 to 10.")
    pain_worst: int | None = None
    if not _is_blank(data.get("pain_worst")):
        pain_worst = _whole(data.get("pain_worst"), 0, MAX_PAIN)
        if pain_worst is None:
            check.fail("pain_worst", "Worst pain should be a whole number from 0 to 10.")
        elif pain_now is not None and pain_worst < pain_now:
            check.fail(
                "pain_worst",
                "The worst pain in the last day cannot be lower than the pain now.",
            )

    level = _one_of(data.get("level"), "level", LEVELS, "levels", check)
    if level is None and _is_blank(data.get("level")):
        check.fail("level", "Please choose how far down the leg the pain reaches.")
    side = _one_of(data.get("side"), "side", SIDES, "sides", check)
    if level == NO_PAIN:
        side = None  # no pain anywhere: no side to record
    elif level is not None and side is None and _is_blank(data.get("side")):
        check.fail("side", "Please choose which side hurts: left, right or both legs.")

    walk: float | None = None
    if not _is_blank(data.get("walk_minutes")):
        number = _number(data.get("walk_minutes"))
        if number is None or not 0 <= number <= MAX_WALK_MINUTES:
            check.fail(
                "walk_minutes",
                f"Walking minutes should be a number from 0 to {MAX_WALK_MINUTES}, or left empty.",
            )
        else:
            walk = round(number, 1)
    sitting: int | None = None
    if not _is_blank(data.get("sitting_minutes")):
        sitting = _whole(data.get("sitting_minutes"), 0, MAX_SITTING_MINUTES)
        if sitting is None:
            check.fail(
                "sitting_minutes",
                f"Sitting minutes should be a whole number from 0 to {MAX_SITTING_MINUTES}, "
                "or left empty.",
            )

    entry_fields = {
        "feelings": _choices(data.get("feelings"), "feelings", FEELINGS, "feelings", check),
        "sleep": _one_of(data.get("sleep"), "sleep", SLEEP, "sleep choices", check),
        "done": _choices(data.get("done"), "done", DONE, "things done", check),
        "activities": _activities(data.get("activities"), check),
        "warning_signs": _choices(
            data.get("warning_signs"), "warning_signs", WARNING_SIGNS, "warning signs", check
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


_LEVEL_INDEX = {level: i for i, level in enumerate(LEVELS)}
_FEELING_INDEX = {feeling: i for i, feeling in enumerate(FEELINGS)}
_DONE_INDEX = {done: i for i, done in enumerate(DONE)}
_SIGN_INDEX = {sign: i for i, sign in enumerate(WARNING_SIGNS)}


def _canonical_ids(value: Any, index: dict[str, int]) -> tuple[str, ...] | None:
    """The ids as a tuple if `value` is a list of known ids in the app's order, else None."""
    if type(value) is not list:
        return None
    last = -1
    for item in value:
        position = index.get(item) if type(item) is str else None
        if position is None or position <= last:
            return None
        last = position
    return tuple(value)


def stored_entry(data: Mapping[str, Any]) -> Entry:
    """Read a stored record quickly: a record exactly as `Entry.to_dict` wrote it is
    taken as it is; anything else goes through `parse_entry` (same result, slower).

    Raises:
        EntryError: the record is not a valid entry.
    """
    return _trusted_entry(data) or parse_entry(data, strict=False)


def _trusted_text(text: str, limit: int) -> bool:
    """True for one line of text exactly as the checks would leave it (or empty)."""
    return not text or (len(text) <= limit and text.isprintable() and text == text.strip())


def _trusted_activities(value: Any) -> tuple[Activity, ...] | None:
    if type(value) is not list or len(value) > MAX_ACTIVITIES:
        return None
    found = []
    seen = set()
    for item in value:
        if type(item) is not dict or len(item) != 2:
            return None
        name, rating = item.get("name"), item.get("rating")
        if type(name) is not str or type(rating) is not int or not 0 <= rating <= MAX_PAIN:
            return None
        if not name or not _trusted_text(name, MAX_ACTIVITY_NAME) or "  " in name:
            return None
        key = name.casefold()
        if key in seen:
            return None
        seen.add(key)
        found.append(Activity(name, rating))
    return tuple(found)


def _trusted_entry(data: Mapping[str, Any]) -> Entry | None:
    time_text = data.get("time")
    if type(time_text) is not str:
        return None
    try:
        moment = datetime.fromisoformat(time_text)
    except ValueError:
        return None
    if moment.utcoffset() is None or moment.year < EARLIEST_YEAR:
        return None
    pain = data.get("pain_now")
    worst = data.get("pain_worst")
    level = data.get("level")
    side = data.get("side")
    if type(pain) is not int or not 0 <= pain <= MAX_PAIN:
        return None
    if worst is not None and (type(worst) is not int or not pain <= worst <= MAX_PAIN):
        return None
    if type(level) is not str or level not in _LEVEL_INDEX:
        return None
    if (side is not None) if level == NO_PAIN else (side not in SIDES):
        return None
    walk = data.get("walk_minutes")
    if walk is not None:
        if type(walk) not in (int, float) or not 0 <= walk <= MAX_WALK_MINUTES:
            return None
        walk = float(walk)
        if round(walk, 1) != walk:
            return None
    sitting = data.get("sitting_minutes")
    if sitting is not None and (
        type(sitting) is not int or not 0 <= sitting <= MAX_SITTING_MINUTES
    ):
        return None
    sleep = data.get("sleep")
    if sleep is not None and sleep not in SLEEP:
        return None
    feelings = _canonical_ids(data.get("feelings", []), _FEELING_INDEX)
    done = _canonical_ids(data.get("done", []), _DONE_INDEX)
    signs = _canonical_ids(data.get("warning_signs", []), _SIGN_INDEX)
    if feelings is None or done is None or signs is None:
        return None
    activities = _trusted_activities(data.get("activities", []))
    note = data.get("note", "")
    if activities is None or type(note) is not str or not _trusted_text(note, MAX_NOTE):
        return None
    return Entry(
        time=moment,
        pain_now=pain,
        level=level,
        side=side,
        pain_worst=worst,
        feelings=feelings,
        walk_minutes=walk,
        sitting_minutes=sitting,
        sleep=sleep,
        done=done,
        activities=activities,
        warning_signs=signs,
        note=note,
    )


def safety_answers_from(
    level: str | None,
    side: str | None,
    warning_signs: Sequence[str],
    feelings: Sequence[str] = (),
) -> dict[str, str]:
    """The guided check's safety answers that an entry gives ("yes" only).

    Nerve-type feelings (burning, tingling, numbness, weakness) in both legs, and each
    ticked warning sign, count as a "yes" to the matching question; an ache in both legs
    does not, as the check's own question asks about nerve symptoms only. Nothing else
    is answered: an entry does not ask the other questions, and the check's own
    red-flag rules (`triage.red_flag_hits`) decide what the answers mean.
    """
    answers = {sign: "yes" for sign in WARNING_SIGNS if sign in warning_signs}
    nerve_type = any(feeling in NERVE_FEELINGS for feeling in feelings)
    if side == BOTH and level != NO_PAIN and nerve_type:
        answers[BOTH_LEGS] = "yes"
    return answers


def safety_answers(entry: Entry) -> dict[str, str]:
    return safety_answers_from(entry.level, entry.side, entry.warning_signs, entry.feelings)


def local_moment(wall: datetime, now: datetime) -> datetime:
    """A wall-clock time picked in the form, with the right UTC offset.

    When `now` comes from this computer's clock, the offset is the one in force on that
    date (summer time or not); otherwise (a test clock) it is `now`'s offset.
    """
    naive = wall.replace(tzinfo=None)
    system_now = datetime.now().astimezone()
    if system_now.utcoffset() == now.utcoffset():
        return naive.astimezone()
    return naive.replace(tzinfo=now.tzinfo)


# --- the words for the choices ------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    short: str = ""
    description: str = ""


@dataclass(frozen=True)
class JournalContent:
    """The words for every choice, in the app's order."""

    levels: tuple[Choice, ...]
    sides: tuple[Choice, ...]
    feelings: tuple[Choice, ...]
    sleep: tuple[Choice, ...]
    done: tuple[Choice, ...]
    sources: tuple[str, ...]

    def label(self, group: str, choice_id: str | None) -> str:
        for choice in getattr(self, group):
            if choice.id == choice_id:
                return str(choice.label)
        return ""

    def level(self, level_id: str) -> Choice:
        return self.levels[LEVELS.index(level_id)]


CHOICES_FILE = Path("journal") / "choices.toml"
_GROUPS = (
    ("level", LEVELS, True),
    ("side", SIDES, False),
    ("feeling", FEELINGS, False),
    ("sleep", SLEEP, False),
    ("done", DONE, False),
)


def _choice_group(
    root: Fields, key: str, ids: tuple[str, ...], described: bool
) -> tuple[Choice, ...]:
    tables = root.tables(key)
    found = []
    for table in tables:
        if described:
            table.allow_only("id", "label", "short", "description")
        else:
            table.allow_only("id", "label")
        choice_id = table.text("id")
        if choice_id not in ids:
            raise table.error("id", f"'{choice_id}' is not one of {', '.join(ids)}")
        if described:
            found.append(
                Choice(
                    choice_id, table.text("label"), table.text("short"), table.text("description")
                )
            )
        else:
            found.append(Choice(choice_id, table.text("label")))
    order = tuple(choice.id for choice in found)
    if order != ids:
        raise root.error(key, f"should list exactly these ids in this order: {', '.join(ids)}")
    return tuple(found)


def read_choices(folder: Path) -> JournalContent:
    """Read `journal/choices.toml` from one language folder.

    Raises:
        ContentError: naming the file and the key.
    """
    root = read_toml(folder / CHOICES_FILE)
    root.allow_only("sources", *(key for key, _ids, _described in _GROUPS))
    sources = root.text_list("sources")
    levels, sides, feelings, sleep, done = (
        _choice_group(root, key, ids, described) for key, ids, described in _GROUPS
    )
    return JournalContent(levels, sides, feelings, sleep, done, sources)


@cache
def _load_choices(folder: Path) -> JournalContent:
    return read_choices(folder)


def load_journal_content(
    root: Path | None = None, language: str = DEFAULT_LANGUAGE
) -> JournalContent:
    """The journal's words for one language (read once, then kept)."""
    return _load_choices(language_dir(root, language))


def check_journal_content(folder: Path) -> Iterator[ContentError]:
    """For `content check`: every problem in the journal's content files of one language."""
    from companion.core.journal.trend import read_trend_content

    for reader in (read_choices, read_trend_content):
        try:
            reader(folder)
        except ContentError as exc:
            yield exc
    yield from _check_warning_sign_words(folder)


def _check_warning_sign_words(folder: Path) -> Iterator[ContentError]:
    """The entry form names its warning signs with the app's shared words."""
    try:
        shared = read_get_help(folder)
    except ContentError:
        return  # reported by the shared words' own check
    for sign in WARNING_SIGNS:
        try:
            shared.sign(sign)
        except PlaceholderError as exc:
            yield ContentError(shared.path, "sign", f"{exc} (the journal's entry form needs it)")


# --- the stored journal, with undo --------------------------------------------


@dataclass(frozen=True)
class StoredEntry:
    id: str
    entry: Entry


@dataclass
class _Step:
    """One change that undo can take back."""

    kind: str  # "added", "edited", "deleted", "imported"
    ids: list[str] = field(default_factory=list)  # what the change left in the store
    before: Entry | None = None  # the entry as it was (edited, deleted)


ADDED, EDITED, DELETED, IMPORTED = "added", "edited", "deleted", "imported"


@dataclass(frozen=True)
class Undone:
    """What `JournalStore.undo` took back: the kind of change and how many entries."""

    kind: str
    count: int
    entry: Entry | None


def _sort_key(item: StoredEntry) -> tuple[datetime, str]:
    return item.entry.time, item.id


class JournalStore:
    """The journal of one AppState: entries in time order, kept in memory once read.

    Every change goes through here, so the in-memory list stays in step with the store
    and a save costs one year file, not a re-read of every year. After the data folder
    was reset (`AppState.delete_all_data`) the list and the undo steps start afresh.
    """

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._store_seen: object | None = None
        self._items: list[StoredEntry] = []
        self._undo: list[_Step] = []
        self._listeners: list[Callable[[], None]] = []
        self.unreadable = 0  # stored records that are not valid entries (left untouched)

    @property
    def _collection(self) -> Collection:
        return self._state.store.partitioned(JOURNAL, "time")

    def _ensure_loaded(self) -> None:
        if self._store_seen is self._state.store:
            return
        self._store_seen = self._state.store
        self._undo.clear()
        items = []
        unreadable = 0
        collection = self._collection
        assert isinstance(collection, PartitionedCollection)
        # Read without copies, and without the garbage collector rescanning the growing
        # list thousands of times: years of entries load in a fraction of the time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for record_id, data in collection.peek_all():
                try:
                    items.append(StoredEntry(record_id, stored_entry(data)))
                except EntryError:
                    unreadable += 1
            items.sort(key=_sort_key)
        finally:
            if collecting:
                gc.enable()
        self._items = items
        self.unreadable = unreadable

    def add_listener(self, callback: Callable[[], None]) -> None:
        """`callback()` runs after every change (including undo)."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # --- reading ---

    def entries(self) -> list[StoredEntry]:
        """Every readable entry, oldest first (a new list; the entries are immutable)."""
        self._ensure_loaded()
        return list(self._items)

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._items)

    def latest(self, n: int = 1) -> list[StoredEntry]:
        """The newest `n` entries, newest first."""
        self._ensure_loaded()
        return self._items[::-1][:n] if n < len(self._items) else self._items[::-1]

    def get(self, entry_id: str) -> Entry | None:
        self._ensure_loaded()
        return next((item.entry for item in self._items if item.id == entry_id), None)

    # --- changing, with undo ---

    def _insert(self, entry: Entry) -> str:
        entry_id = self._collection.insert(entry.to_dict())
        bisect.insort(self._items, StoredEntry(entry_id, entry), key=_sort_key)
        return entry_id

    def _drop(self, entry_id: str) -> Entry | None:
        self._collection.remove(entry_id)
        for index, item in enumerate(self._items):
            if item.id == entry_id:
                del self._items[index]
                return item.entry
        return None

    def _replace(self, entry_id: str, entry: Entry) -> str:
        new_id = self._collection.update(entry_id, entry.to_dict())
        self._items = [item for item in self._items if item.id != entry_id]
        bisect.insort(self._items, StoredEntry(new_id, entry), key=_sort_key)
        if new_id != entry_id:  # moved to another year's file
            self._rename(entry_id, new_id)
        return new_id

    def _rename(self, old_id: str, new_id: str) -> None:
        """Older undo steps follow an entry whose id changed."""
        for step in self._undo:
            step.ids = [new_id if i == old_id else i for i in step.ids]

    def _remember(self, step: _Step) -> None:
        self._undo.append(step)
        del self._undo[:-UNDO_DEPTH]

    def add(self, entry: Entry) -> str:
        self._ensure_loaded()
        entry_id = self._insert(entry)
        self._remember(_Step(ADDED, [entry_id]))
        self._changed()
        return entry_id

    def edit(self, entry_id: str, entry: Entry) -> str:
        """Replace an entry; returns its id, which changes if it moved to another year.

        Raises:
            KeyError: there is no such entry.
        """
        self._ensure_loaded()
        before = self.get(entry_id)
        if before is None:
            raise KeyError(entry_id)
        new_id = self._replace(entry_id, entry)
        self._remember(_Step(EDITED, [new_id], before))
        self._changed()
        return new_id

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry (undo brings it back).

        Raises:
            KeyError: there is no such entry.
        """
        self._ensure_loaded()
        if self.get(entry_id) is None:
            raise KeyError(entry_id)
        before = self._drop(entry_id)
        assert before is not None
        self._remember(_Step(DELETED, [entry_id], before))
        self._changed()
        return before

    def import_entries(self, entries: Sequence[Entry]) -> list[str]:
        """Add many entries as one change (one undo takes them all back).

        All or nothing, on disk as in memory: after a crash at any moment either every
        entry is in the journal or none is, and an entry that cannot be saved (a
        ValueError) leaves the journal as it was.
        """
        self._ensure_loaded()
        before = list(self._items)
        try:
            with self._state.store.transaction():
                ids = [self._insert(entry) for entry in entries]
        except BaseException:
            self._items = before
            raise
        if ids:
            self._remember(_Step(IMPORTED, ids))
            self._changed()
        return ids

    def can_undo(self) -> bool:
        self._ensure_loaded()
        return bool(self._undo)

    def undo(self) -> Undone | None:
        """Take back the newest change; None when there is nothing to undo."""
        self._ensure_loaded()
        if not self._undo:
            return None
        step = self._undo.pop()
        entry: Entry | None = None
        if step.kind in (ADDED, IMPORTED):
            try:
                with self._state.store.transaction():  # all or nothing, as the import
                    for entry_id in step.ids:
                        self._collection.remove(entry_id)
            except BaseException:
                self._undo.append(step)
                raise
            gone = set(step.ids)
            dropped = [item for item in self._items if item.id in gone]
            self._items = [item for item in self._items if item.id not in gone]
            entry = dropped[-1].entry if dropped else None
        elif step.kind == EDITED:
            assert step.before is not None
            entry = step.before
            self._replace(step.ids[0], step.before)
        elif step.kind == DELETED:
            assert step.before is not None
            entry = step.before
            self._rename(step.ids[0], self._insert(step.before))
        self._changed()
        return Undone(step.kind, len(step.ids), entry)

    def contains(self, entry: Entry) -> bool:
        """True when an entry with exactly these values is already in the journal."""
        self._ensure_loaded()
        start = bisect.bisect_left(self._items, entry.time, key=lambda item: item.entry.time)
        for item in self._items[start:]:
            if item.entry.time != entry.time:
                break
            if item.entry == entry:
                return True
        return False


# --- what the rest of the app recorded ----------------------------------------


def _event(data: Mapping[str, Any]) -> TimerEvent | None:
    """A stored timer event (quickly when it is exactly as saved); None when damaged."""
    time_text, kind, minutes = data.get("time"), data.get("kind"), data.get("minutes")
    details = data.get("details", {})
    if (
        type(time_text) is str
        and kind in EVENT_KINDS
        and type(minutes) is float
        and minutes >= 0
        and type(details) is dict
    ):
        try:
            moment = datetime.fromisoformat(time_text)
        except ValueError:
            return None
        if moment.utcoffset() is not None:
            return TimerEvent(moment, str(kind), minutes, dict(details))
    try:
        return TimerEvent.from_dict(data)
    except (RecordError, TypeError, ValueError):
        return None


def load_events(state: AppState) -> list[TimerEvent]:
    """Every readable timer event, oldest first (damaged records are skipped)."""
    collection = state.store.partitioned(EVENTS, "time")
    assert isinstance(collection, PartitionedCollection)
    collecting = gc.isenabled()
    gc.disable()  # see JournalStore._ensure_loaded
    try:
        events = [
            event for _id, data in collection.peek_all() if (event := _event(data)) is not None
        ]
        events.sort(key=lambda event: event.time)
    finally:
        if collecting:
            gc.enable()
    return events


class EventLog:
    """The timer events, read again only when their number changed.

    Timers only ever add events, so the same count means nothing new; a save in the
    journal (which happens often) then costs no re-read of years of events.
    """

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._store: object | None = None
        self._count = -1
        self.events: list[TimerEvent] = []

    def refresh(self) -> list[TimerEvent]:
        count = self._state.store.partitioned(EVENTS, "time").count()
        if self._store is not self._state.store or count != self._count:
            self._store = self._state.store
            self._count = count
            self.events = load_events(self._state)
        return self.events


def load_checks(state: AppState) -> list[CheckRecord]:
    """Every readable finished check, oldest first (in kiosk mode only this session's)."""
    if state.kiosk:
        latest = state.latest_check()
        return [latest] if latest else []
    checks = []
    for record in state.store.table(CHECKS).all():
        try:
            checks.append(CheckRecord.from_dict(record.data))
        except (RecordError, TypeError, ValueError):
            continue
    checks.sort(key=lambda check: check.time)
    return checks


def newest_walk(
    events: Sequence[TimerEvent], since: datetime | None, now: datetime
) -> TimerEvent | None:
    """The newest walking check after `since` (the last entry) and not after `now`."""
    for event in reversed(events):
        if event.kind != WALK or event.time > now:
            continue
        if since is not None and event.time <= since:
            return None
        return event
    return None


def remembered_activities(entries: Sequence[StoredEntry], limit: int = 12) -> list[str]:
    """Activity names used before, the most recent first, each once."""
    names: list[str] = []
    seen: set[str] = set()
    for item in reversed(entries):
        for activity in item.entry.activities:
            if activity.name.casefold() not in seen:
                seen.add(activity.name.casefold())
                names.append(activity.name)
        if len(names) >= limit:
            break
    return names[:limit]


@dataclass(frozen=True)
class Suggestion:
    """What a new entry's form starts with, and why.

    `from_last` is the previous entry whose values are offered (None for the first
    entry); `walk` is the walking check whose minutes were filled in.
    """

    values: dict[str, Any]
    from_last: Entry | None
    walk: TimerEvent | None


def suggest_entry(last: Entry | None, walk: TimerEvent | None, now: datetime) -> Suggestion:
    """Start values for a new entry: now, the last entry's ratings, the newest walk.

    What was done, warning signs and the note are never copied: they are about today.
    Walking minutes come only from a walking check made since the last entry.
    """
    values: dict[str, Any] = {"time": now.replace(second=0, microsecond=0)}
    if last is not None:
        values.update(
            pain_now=last.pain_now,
            pain_worst=last.pain_worst,
            level=last.level,
            side=last.side,
            feelings=last.feelings,
            sitting_minutes=last.sitting_minutes,
            sleep=last.sleep,
            activities=last.activities,
        )
    if walk is not None:
        values["walk_minutes"] = round(walk.minutes, 1)
    return Suggestion(values, last, walk)


def with_time(entry: Entry, moment: datetime) -> Entry:
    return replace(entry, time=moment)
