"""The words and limits of the timers, read from `content/<language>/timers/`.

heat.toml and ice.toml hold the safety questions, reminders and spacing advice;
breaks.toml the movements suggested for a break, each marked with the check results it
fits; walking_check.toml the steps and questions of the walking check. Every file has
`sources`. Some safety rules are checked here as well, so that an edit cannot remove
them by accident: heat always asks about numb skin and a fresh injury, and nothing
suggested for the nerve pattern stretches the hamstrings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from companion.core.content import ContentError, Fields, InvalidContentError, read_toml
from companion.core.records import HEAT, ICE, LEADING_CHOICES, SCIATIC_NERVE
from companion.core.timers import LONGEST_MINUTES, SHORTEST_MINUTES, SafetyQuestion

FOLDER = "timers"
HEAT_FILE = "heat.toml"
ICE_FILE = "ice.toml"
BREAKS_FILE = "breaks.toml"
WALK_FILE = "walking_check.toml"
# Questions heat must always ask, answered "yes" means no heat.
REQUIRED_HEAT_STOPS = ("numb_skin", "fresh_injury")
# Words that must never appear in a movement suggested for the nerve pattern.
NERVE_FORBIDDEN = ("stretch",)


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
    finished_title: str
    finished_text: str
    sources: tuple[str, ...]


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


def _load_pack(path: Path, kind: str) -> PackTexts:
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
        questions.append(SafetyQuestion(qid, table.text("text"), stop_if, table.text("stop_text")))
    if kind == HEAT:
        for required in REQUIRED_HEAT_STOPS:
            if not any(q.id == required and q.stop_if for q in questions):
                raise root.error("question", f"heat must ask '{required}' (stop_if = true)")
    return PackTexts(
        kind=kind,
        title=root.text("title"),
        summary=root.text("summary"),
        intro=root.text("intro"),
        presets=tuple(presets),
        shortest=shortest,
        longest=longest,
        check_intro=root.text("check_intro"),
        questions=tuple(questions),
        reminders=root.text_list("reminders"),
        running_note=root.text("running_note"),
        spacing=root.text("spacing"),
        spacing_hours=_whole(root, "spacing_hours", 0, 12),
        finished_title=root.text("finished_title"),
        finished_text=root.text("finished_text"),
        sources=root.text_list("sources"),
    )


def _load_breaks(path: Path) -> BreakTexts:
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
        title, steps = table.text("title"), table.text("steps")
        if SCIATIC_NERVE in patterns or everyone:
            words = f"{title} {steps}".lower()
            for word in NERVE_FORBIDDEN:
                if word in words:
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
        title=root.text("title"),
        summary=root.text("summary"),
        intro=root.text("intro"),
        sleep_note=root.text("sleep_note"),
        movements=tuple(movements),
        sources=root.text_list("sources"),
    )


def _load_walk(path: Path) -> WalkTexts:
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
        title=root.text("title"),
        summary=root.text("summary"),
        intro=root.text("intro"),
        steps=root.text_list("steps"),
        limit_minutes=limit,
        limit_text=root.text("limit_text"),
        sitting_question=root.text("sitting_question"),
        bending_question=root.text("bending_question"),
        meaning=root.text("meaning"),
        sources=root.text_list("sources"),
    )


def _collect(folder: Path) -> tuple[list[ContentError], dict[str, Any]]:
    base = folder / FOLDER
    errors: list[ContentError] = []
    loaded: dict[str, Any] = {}
    loaders = (
        (HEAT, lambda: _load_pack(base / HEAT_FILE, HEAT)),
        (ICE, lambda: _load_pack(base / ICE_FILE, ICE)),
        ("breaks", lambda: _load_breaks(base / BREAKS_FILE)),
        ("walk", lambda: _load_walk(base / WALK_FILE)),
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
    """For `companion content check` (FEATURE_CHECKS): every problem in the timer texts."""
    errors, _loaded = _collect(folder)
    yield from errors
