"""What seems to help: the day after doing something, compared with the day after not.

For heat, ice, movement breaks, walking and each "what I did" choice, each day with an
entry is looked at together with the day before it. When the day before had the thing
(ticked in an entry, or recorded by a timer), the day counts as "after"; when the day
before had an entry without it and no timer record of it, the day counts as "without".
A day before with no entry and no record says nothing, so it is left out.

A day's story is its furthest reach down the leg and its highest pain, so several
entries in one day do not count several times. Days are the calendar days of the times
as recorded (each entry and timer event keeps its own UTC offset).

Only a thing with at least `min_days` days of each shows (3 and 3, as Bearable does). The
words live in ``content/<language>/journal/trend.toml`` under ``[insights]``: they say
"seems", give the counts, and never advise stopping any care. The clinician's report has
its own (``[insights.report]``): about the person's entries, with no advice to them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import DONE, LEVELS, Entry
from companion.core.journal.figures import between
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    Fields,
    language_dir,
    read_toml,
)
from companion.core.shared.numbers import decimal_text
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE, WALK, TimerEvent

WALKING = "walking"
# Every thing compared, in the order shown: the "what I did" choices, then walking.
FACTORS = (*DONE, WALKING)
# Timer records that count as doing a thing that day (a skipped break does not).
TIMER_FACTORS: Mapping[str, str] = {HEAT: "heat", ICE: "ice", BREAK_TAKEN: "breaks", WALK: WALKING}

# How the day after compares.
BETTER = "better"  # reach or pain lower, neither higher
SAME = "same"  # no difference that counts
MIXED = "mixed"  # one lower, the other higher
WORSE = "worse"  # reach or pain higher, neither lower
EFFECTS = (BETTER, SAME, MIXED, WORSE)

INSIGHTS_KEY = "insights"
REPORT_KEY = "report"  # the clinician report's words, in a table of their own
_VOICE_KEYS = ("about", "none_yet", *EFFECTS)  # said by each voice
_TEXT_KEYS = ("title", *_VOICE_KEYS)


@dataclass(frozen=True)
class InsightRules:
    min_days: int = 3
    days: int = 90
    level_change: float = 0.5
    pain_change: float = 1.0


@dataclass(frozen=True)
class Insight:
    """One thing compared; levels are 0 (no pain) to 6 (ankle and foot), pain 0 to 10."""

    factor: str
    days_with: int
    days_without: int
    reach_with: float
    reach_without: float
    pain_with: float
    pain_without: float
    effect: str

    @property
    def reach_change(self) -> float:
        """Negative: the pain reached less far down the leg the day after."""
        return self.reach_with - self.reach_without

    @property
    def pain_change(self) -> float:
        return self.pain_with - self.pain_without


@dataclass(frozen=True)
class _Day:
    reach: int
    pain: int
    done: frozenset[str]


def _days(entries: Iterable[Entry]) -> dict[date, _Day]:
    days: dict[date, _Day] = {}
    for entry in entries:
        day = entry.time.date()
        walked = frozenset({WALKING}) if entry.walk_minutes is not None else frozenset()
        done = frozenset(entry.done) | walked
        old = days.get(day)
        if old is None:
            days[day] = _Day(entry.depth, entry.pain_now, done)
        else:
            days[day] = _Day(
                max(old.reach, entry.depth), max(old.pain, entry.pain_now), old.done | done
            )
    return days


def _timer_days(events: Iterable[TimerEvent]) -> dict[date, set[str]]:
    found: dict[date, set[str]] = {}
    for event in events:
        factor = TIMER_FACTORS.get(event.kind)
        if factor is not None:
            found.setdefault(event.time.date(), set()).add(factor)
    return found


def _mean(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def _effect(reach_change: float, pain_change: float, rules: InsightRules) -> str:
    better = reach_change <= -rules.level_change or pain_change <= -rules.pain_change
    worse = reach_change >= rules.level_change or pain_change >= rules.pain_change
    if better and worse:
        return MIXED
    if better:
        return BETTER
    return WORSE if worse else SAME


def _event_time(event: TimerEvent) -> datetime:
    return event.time


def find_insights(
    entries: Sequence[Entry],
    events: Sequence[TimerEvent],
    now: datetime,
    rules: InsightRules | None = None,
) -> tuple[Insight, ...]:
    """The things with enough days of each to compare, in `FACTORS` order; entries and
    events sorted by time (only the last days' are looked at).

    Only days within the last `rules.days` up to `now` count (the day before the first
    of them may still say what was done).
    """
    rules = rules or InsightRules()
    start = now - timedelta(days=rules.days)
    day_before = start - timedelta(days=1)
    recent = between(entries, start, now)
    days = _days(recent)
    first_event = bisect.bisect_right(events, day_before, key=_event_time)
    last_event = bisect.bisect_right(events, now, key=_event_time)
    timers = _timer_days(events[first_event:last_event])
    before_start = between(entries, day_before, start)
    known = {**_days(before_start), **days}  # days whose entries say what was done
    found = []
    for factor in FACTORS:
        after: list[_Day] = []
        without: list[_Day] = []
        for day, outcome in days.items():
            previous = day - timedelta(days=1)
            did = factor in timers.get(previous, ())
            tracked = known.get(previous)
            if did or (tracked is not None and factor in tracked.done):
                after.append(outcome)
            elif tracked is not None:
                without.append(outcome)
        if len(after) < rules.min_days or len(without) < rules.min_days:
            continue
        reach_with, reach_without = (
            _mean([d.reach for d in after]),
            _mean([d.reach for d in without]),
        )
        pain_with = _mean([d.pain for d in after])
        pain_without = _mean([d.pain for d in without])
        found.append(
            Insight(
                factor=factor,
                days_with=len(after),
                days_without=len(without),
                reach_with=reach_with,
                reach_without=reach_without,
                pain_with=pain_with,
                pain_without=pain_without,
                effect=_effect(reach_with - reach_without, pain_with - pain_without, rules),
            )
        )
    return tuple(found)


# --- words ----------------------------------------------------------------------


@dataclass(frozen=True)
class InsightContent:
    rules: InsightRules
    texts: Mapping[str, str]  # title, about, none_yet and one per effect: to the person
    # about, none_yet and one per effect in the clinician's report: about the person
    report_texts: Mapping[str, str]
    factors: Mapping[str, str]  # the name of each thing inside a sentence
    language: str = DEFAULT_LANGUAGE  # how numbers inside the sentences are written

    def voice(self, report: bool) -> Mapping[str, str]:
        """The words for the person, or for the clinician's report."""
        return self.report_texts if report else self.texts


@dataclass(frozen=True)
class InsightWords:
    factor: str
    effect: str
    text: str


def _number(table: Fields, data: Mapping[str, Any], key: str, whole: bool) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise table.error(key, "should be a number above 0")
    if whole and not isinstance(value, int):
        raise table.error(key, "should be a whole number")
    return value


def read_insight_content(folder: Path) -> InsightContent:
    """Read the ``[insights]`` table of `journal/trend.toml` from one language folder.

    Raises:
        ContentError: naming the file and the key.
    """
    path = folder / "journal" / "trend.toml"
    root = read_toml(path)
    table = root.table(INSIGHTS_KEY)
    data = table.as_dict()
    numbers = ("min_days", "days", "level_change", "pain_change")
    table.allow_only(*numbers, *_TEXT_KEYS, "factors", REPORT_KEY)
    rules = InsightRules(
        min_days=int(_number(table, data, "min_days", whole=True)),
        days=int(_number(table, data, "days", whole=True)),
        level_change=float(_number(table, data, "level_change", whole=False)),
        pain_change=float(_number(table, data, "pain_change", whole=False)),
    )
    if rules.min_days < 3:
        raise table.error("min_days", "should be at least 3 (fewer days show chance, not help)")
    texts = _voice_texts(table, _TEXT_KEYS)
    report = table.table(REPORT_KEY)
    report.allow_only(*_VOICE_KEYS)
    report_texts = _voice_texts(report, _VOICE_KEYS)
    names = table.table("factors")
    names.allow_only(*FACTORS)
    factors = {factor: names.text(factor) for factor in FACTORS}
    return InsightContent(rules, texts, report_texts, factors, language=folder.name)


_NEEDS = {
    "about": ("{min_days}",),
    BETTER: ("{factor}", "{with}", "{without}", "{reach_with}", "{reach_without}"),
    SAME: ("{factor}", "{with}", "{without}"),
    MIXED: ("{factor}", "{with}", "{without}"),
    WORSE: ("{factor}", "{with}", "{without}"),
}


def _voice_texts(table: Fields, keys: Sequence[str]) -> dict[str, str]:
    """One voice's words, each with its placeholders, none advising to stop care."""
    texts = {key: table.text(key) for key in keys}
    for key, placeholders in _NEEDS.items():
        for placeholder in placeholders:
            if placeholder not in texts[key]:
                raise table.error(key, f"should contain {placeholder}")
    for key, text in texts.items():
        lowered = text.lower()
        if "stop " in lowered and "do not stop" not in lowered:
            raise table.error(key, "should never advise stopping care")
    return texts


@cache
def _load(folder: Path) -> InsightContent:
    return read_insight_content(folder)


def load_insight_content(
    root: Path | None = None, language: str = DEFAULT_LANGUAGE
) -> InsightContent:
    return _load(language_dir(root, language))


def _level_words(level: float, journal: JournalContent) -> str:
    return journal.levels[min(len(LEVELS) - 1, max(0, round(level)))].label.lower()


def describe_insight(
    insight: Insight, content: InsightContent, journal: JournalContent, *, report: bool = False
) -> InsightWords:
    """One insight as a sentence: "seems", the counts, never "stop" (`report`: in the
    clinician report's words)."""
    fill = {
        "{factor}": content.factors[insight.factor],
        "{with}": str(insight.days_with),
        "{without}": str(insight.days_without),
        "{reach_with}": _level_words(insight.reach_with, journal),
        "{reach_without}": _level_words(insight.reach_without, journal),
        "{pain_with}": decimal_text(insight.pain_with, content.language),
        "{pain_without}": decimal_text(insight.pain_without, content.language),
    }
    text = content.voice(report)[insight.effect]
    for key, value in fill.items():
        text = text.replace(key, value)
    return InsightWords(insight.factor, insight.effect, text)


def about_text(content: InsightContent, *, report: bool = False) -> str:
    return content.voice(report)["about"].replace("{min_days}", str(content.rules.min_days))


def none_yet_text(content: InsightContent, *, report: bool = False) -> str:
    """What shows while nothing has enough days to compare."""
    return content.voice(report)["none_yet"].replace("{min_days}", str(content.rules.min_days))
