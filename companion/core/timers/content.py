"""The words and limits of the timers, read from `content/<language>/timers/`.

heat.toml and ice.toml hold the safety questions, reminders and spacing advice;
breaks.toml the movements suggested for a break, each marked with the check results it
fits; walking_check.toml the steps and questions of the walking check. Every file has
`sources`. Some safety rules are checked here as well, so that an edit cannot remove
them by accident: heat always asks about numb skin and a fresh injury, and nothing
suggested for the nerve pattern stretches the hamstrings. A text may use the app's
shared words about getting help (`{sign:clot_signs}`, `{timing}`...: see
`companion.core.shared.get_help`); they are filled in here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from companion.core.shared.content import ContentError, Fields, InvalidContentError, read_toml
from companion.core.shared.get_help import GetHelp, fill_or_error, read_get_help
from companion.core.shared.records import HEAT, ICE, LEADING_CHOICES, SCIATIC_NERVE
from companion.core.timers.finished import FinishedPack
from companion.core.timers.pack import SafetyQuestion
from companion.core.timers.records import LONGEST_MINUTES, SHORTEST_MINUTES

FOLDER = "timers"
HEAT_FILE = "heat.toml"
ICE_FILE = "ice.toml"
BREAKS_FILE = "breaks.toml"
WALK_FILE = "walking_check.toml"
# Questions heat must always ask, answered "yes" means no heat.
REQUIRED_HEAT_STOPS = ("numb_skin", "fresh_injury")
# Words (or their start) that must never appear in a movement suggested for the nerve
# pattern, in every shipped language: "estir" is the start of estirar, estiramiento.
NERVE_FORBIDDEN = ("stretch", "estir")


@dataclass(frozen=True)
class PackTexts:
    """Heat or ice: limits, the safety check, and what to do at the end."""

    kind: str
    title: str
    summary: str
    intro: str
    presets: tuple[int, ...]
    shortest: int
    longest: int
    check_intro: str
    questions: tuple[SafetyQuestion, ...]
    reminders: tuple[str, ...]
    running_note: str  # the one reminder shown beside the countdown
    spacing: str
    spacing_hours: int  # the least time between two sessions this advice asks for (0: none)
    finished_title: str  # the time ran out: "time is up"
    finished_text: str
    stopped_title: str  # the person stopped it sooner: "time is up" would not be true
    sources: tuple[str, ...]

    def end_title(self, finished: FinishedPack) -> str:
        """The heading at the end of `finished`: "time is up" only when it was."""
        return self.stopped_title if finished.stopped_early else self.finished_title


@dataclass(frozen=True)
class Movement:
    """Something to do in a movement break."""

    id: str
    title: str
    steps: str
    patterns: tuple[str, ...]
    for_everyone: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class BreakTexts:
    title: str
    summary: str
    intro: str
    sleep_note: str
    movements: tuple[Movement, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class WalkTexts:
    title: str
    summary: str
    intro: str
    steps: tuple[str, ...]
    limit_minutes: int
    limit_text: str
    sitting_question: str
    bending_question: str
    meaning: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TimerContent:
    heat: PackTexts
    ice: PackTexts
    breaks: BreakTexts
    walk: WalkTexts

    def pack(self, kind: str) -> PackTexts:
        return self.heat if kind == HEAT else self.ice


def _whole(fields: Fields, key: str, low: int, high: int) -> int:
    value = fields.get(key)
    if value is None:
        raise fields.error(key, "is missing")
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise fields.error(key, f"should be a whole number from {low} to {high}")
    return value


class _Words:
    """Reads the texts of one timer file with the shared words filled in.

    The timers show their texts as they are, so no text may bring in `{emergency_number}`.
    """

    def __init__(self, shared: GetHelp) -> None:
        self.shared = shared

    def text(self, fields: Fields, key: str) -> str:
        return fill_or_error(self.shared, fields, key, markdown=False, number=False)

    def text_list(self, fields: Fields, key: str) -> tuple[str, ...]:
        items = fields.text_list(key)
        filled = []
        for index, item in enumerate(items):
            one = Fields({"item": item}, fields.file, fields.path)
            try:
                filled.append(fill_or_error(self.shared, one, "item", markdown=False, number=False))
            except ContentError as exc:
                raise fields.error(f"{key}[{index}]", exc.message) from None
        return tuple(filled)


def _load_pack(path: Path, kind: str, words: _Words) -> PackTexts:
    root = read_toml(path)
    root.allow_only(
        "title",
        "summary",
        "intro",
        "presets",
        "shortest",
        "longest",
        "check_intro",
        "question",
        "reminders",
        "running_note",
        "spacing",
        "spacing_hours",
        "finished_title",
        "finished_text",
        "stopped_title",
        "sources",
    )
    shortest = _whole(root, "shortest", SHORTEST_MINUTES, LONGEST_MINUTES)
    longest = _whole(root, "longest", shortest, LONGEST_MINUTES)
    presets = root.get("presets")
    if not isinstance(presets, list) or not presets:
        raise root.error("presets", "should be a non-empty list of minutes")
    for index, value in enumerate(presets):
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not shortest <= value <= longest
        ):
            raise root.error(f"presets[{index}]", f"should be {shortest} to {longest} minutes")
    questions = []
    seen: set[str] = set()
    for table in root.tables("question"):
        table.allow_only("id", "text", "stop_if", "stop_text")
        qid = table.text("id")
        if qid in seen:
            raise table.error("id", f"'{qid}' is used twice")
        seen.add(qid)
        stop_if = table.get("stop_if")
        if not isinstance(stop_if, bool):
            raise table.error("stop_if", "should be true or false")
        questions.append(
            SafetyQuestion(qid, words.text(table, "text"), stop_if, words.text(table, "stop_text"))
        )
    if kind == HEAT:
        for required in REQUIRED_HEAT_STOPS:
            if not any(q.id == required and q.stop_if for q in questions):
                raise root.error("question", f"heat must ask '{required}' (stop_if = true)")
    return PackTexts(
        kind=kind,
        title=words.text(root, "title"),
        summary=words.text(root, "summary"),
        intro=words.text(root, "intro"),
        presets=tuple(presets),
        shortest=shortest,
        longest=longest,
        check_intro=words.text(root, "check_intro"),
        questions=tuple(questions),
        reminders=words.text_list(root, "reminders"),
        running_note=words.text(root, "running_note"),
        spacing=words.text(root, "spacing"),
        spacing_hours=_whole(root, "spacing_hours", 0, 12),
        finished_title=words.text(root, "finished_title"),
        finished_text=words.text(root, "finished_text"),
        stopped_title=words.text(root, "stopped_title"),
        sources=root.text_list("sources"),
    )


def _load_breaks(path: Path, words: _Words) -> BreakTexts:
    root = read_toml(path)
    root.allow_only("title", "summary", "intro", "sleep_note", "movement", "sources")
    movements = []
    seen: set[str] = set()
    for table in root.tables("movement"):
        table.allow_only("id", "title", "steps", "patterns", "for_everyone", "sources")
        mid = table.text("id")
        if mid in seen:
            raise table.error("id", f"'{mid}' is used twice")
        seen.add(mid)
        patterns = table.text_list("patterns")
        for index, pattern in enumerate(patterns):
            if pattern not in LEADING_CHOICES:
                known = ", ".join(LEADING_CHOICES)
                raise table.error(f"patterns[{index}]", f"'{pattern}' is not one of {known}")
        everyone = table.get("for_everyone", False)
        if not isinstance(everyone, bool):
            raise table.error("for_everyone", "should be true or false")
        title, steps = words.text(table, "title"), words.text(table, "steps")
        if SCIATIC_NERVE in patterns or everyone:
            said = f"{title} {steps}".lower()
            for word in NERVE_FORBIDDEN:
                if word in said:
                    raise table.error(
                        "steps",
                        f"mentions '{word}': nothing suggested for the nerve pattern (or for "
                        "everyone) may stretch the hamstrings",
                    )
        movements.append(
            Movement(mid, title, steps, patterns, everyone, table.text_list("sources"))
        )
    if not any(m.for_everyone for m in movements):
        raise root.error("movement", "at least one movement needs for_everyone = true")
    return BreakTexts(
        title=words.text(root, "title"),
        summary=words.text(root, "summary"),
        intro=words.text(root, "intro"),
        sleep_note=words.text(root, "sleep_note"),
        movements=tuple(movements),
        sources=root.text_list("sources"),
    )


def _load_walk(path: Path, words: _Words) -> WalkTexts:
    root = read_toml(path)
    root.allow_only(
        "title",
        "summary",
        "intro",
        "steps",
        "limit_minutes",
        "limit_text",
        "sitting_question",
        "bending_question",
        "meaning",
        "sources",
    )
    limit = _whole(root, "limit_minutes", 30, 30)
    return WalkTexts(
        title=words.text(root, "title"),
        summary=words.text(root, "summary"),
        intro=words.text(root, "intro"),
        steps=words.text_list(root, "steps"),
        limit_minutes=limit,
        limit_text=words.text(root, "limit_text"),
        sitting_question=words.text(root, "sitting_question"),
        bending_question=words.text(root, "bending_question"),
        meaning=words.text(root, "meaning"),
        sources=root.text_list("sources"),
    )


def _collect(folder: Path) -> tuple[list[ContentError], dict[str, Any]]:
    base = folder / FOLDER
    errors: list[ContentError] = []
    loaded: dict[str, Any] = {}
    try:
        words = _Words(read_get_help(folder))
    except ContentError as exc:
        return [exc], loaded  # without the shared words no text can be filled in
    loaders = (
        (HEAT, lambda: _load_pack(base / HEAT_FILE, HEAT, words)),
        (ICE, lambda: _load_pack(base / ICE_FILE, ICE, words)),
        ("breaks", lambda: _load_breaks(base / BREAKS_FILE, words)),
        ("walk", lambda: _load_walk(base / WALK_FILE, words)),
    )
    for name, loader in loaders:
        try:
            loaded[name] = loader()
        except ContentError as exc:
            errors.append(exc)
    return errors, loaded


def load_timer_content(folder: Path) -> TimerContent:
    """Load one language's timer texts; raise InvalidContentError listing every problem."""
    errors, loaded = _collect(folder)
    if errors:
        raise InvalidContentError(errors)
    return TimerContent(loaded[HEAT], loaded[ICE], loaded["breaks"], loaded["walk"])


@lru_cache(maxsize=4)
def cached_timer_content(folder: Path) -> TimerContent:
    return load_timer_content(folder)


def check_timer_content(folder: Path) -> Iterator[ContentError]:
    """For `companion content check` (`content check`): every problem in the timer texts."""
    errors, _loaded = _collect(folder)
    yield from errors
