"""The trend in words: is the pain retreating up the leg, steady, or spreading down?

The last 14 days are compared with the 14 days before (the numbers live in
``content/<language>/journal/trend.toml``). What counts is how far down the leg the pain
reached, on average: pain moving up towards the buttock is a good sign, pain moving
towards the calf and foot a sign of getting worse, and pain that retreats while the leg
grows weaker or more numb is no good sign at all: then the trend says so and gives the
same-day advice instead. After the shared timing rule's weeks (about six) of entries
without a clear improvement, the app suggests seeing a clinician.

Until both periods hold enough entries, an *early* direction is named from the last 14
days alone: with entries on enough different days spread over enough days, the latest
days' furthest reach is compared with the first days'. It is worded as early, needs a
bigger change than the full comparison (fewer entries, more chance), and a leg growing
weaker or more numb between those days still wins over any retreat. When the journal is
older than both periods (entries, then a gap), the early words speak of the days since
the person took it up again (`text_again`).

The words about getting help come from the app's shared words
(``content/<language>/shared/get_help.toml``), never from the trend's own file.

Each text has two voices (`TrendVoice`): the person's, on the Journal page and in
`journal summary` ("your leg", with advice), and the clinician report's (`report`: about
the person, "the leg", no advice to them). The report leaves out the words about
getting help, which speak to the person: its reader is the help.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from companion.core.journal.entry import NUMBNESS, WEAKNESS, WEAKNESS_WORSENING, Entry
from companion.core.journal.figures import between, count_until, figures_of, periods
from companion.core.journal.insights import read_insight_content
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    Fields,
    language_dir,
    placeholders_in_text,
    read_toml,
)
from companion.core.shared.get_help import GetHelp, read_get_help

RETREATING = "retreating"
STEADY = "steady"
SPREADING = "spreading"
TOO_LITTLE = "too_little"
WEAKER = "weaker"  # weakness or numbness increasing: overrides the others
TREND_KINDS = (RETREATING, STEADY, SPREADING, TOO_LITTLE, WEAKER)
# The shared warning sign whose same-day advice follows a WEAKER trend.
WEAKER_SIGN = WEAKNESS_WORSENING

TREND_FILE = Path("journal") / "trend.toml"
EARLY_NUMBERS = ("early_min_days", "early_span_days", "early_level_change")
# The early direction's own words, keyed by the direction they name.
EARLY_TEXTS = {
    RETREATING: "early_retreating",
    STEADY: "early_steady",
    SPREADING: "early_spreading",
}
# Each early table's words for a journal taken up again after a gap.
EARLY_AGAIN = "text_again"
# The clinician report's words in each table, beside the person's `text`: about the
# person, never to them. `report_title` only where the title speaks to the person.
REPORT = "report"
REPORT_TITLE = "report_title"
REPORT_AGAIN = "report_again"
TOO_LITTLE_START = "too_little_start"
TOO_LITTLE_RECENT = "too_little_recent"  # entries, but none in the last period
# Tables in the same file that other modules read (what seems to help).
EXTRA_TABLES = ("insights",)

# {time} in the no-clear-improvement words: weeks up to three months, then months up to
# two years, then years.
WEEKS, MONTHS, YEARS = "weeks", "months", "years"
TIME_UNITS = (WEEKS, MONTHS, YEARS)
MONTHS_FROM_DAYS = 13 * 7
YEARS_FROM_DAYS = 2 * 365
DAYS_PER_MONTH = 365.25 / 12
DAYS_PER_YEAR = 365.25
EXTRA_KEYS: dict[str, tuple[str, ...]] = {  # beside title and text
    SPREADING: ("link",),
    "no_improvement": TIME_UNITS,
    **{key: (EARLY_AGAIN, REPORT_AGAIN) for key in EARLY_TEXTS.values()},
}


@dataclass(frozen=True)
class TrendRules:
    window_days: int = 14
    min_entries: int = 3
    level_change: float = 0.5
    clinician_after_days: int = 42
    pain_change: float = 2.0
    early_min_days: int = 4  # days with an entry
    early_span_days: int = 5  # from the first of those days to the last, both counted
    early_level_change: float = 1.0


@dataclass(frozen=True)
class TrendText:
    title: str
    text: str


@dataclass(frozen=True)
class TrendVoice:
    """The trend's words for one reader: the person, or the clinician's report."""

    texts: dict[str, TrendText]  # one per trend kind
    early_texts: dict[str, TrendText]  # retreating, steady, spreading: worded as early
    early_texts_again: dict[str, str]  # the same after a gap: the days since
    too_little_start: TrendText  # too little, and no earlier period to compare with
    too_little_recent: TrendText  # entries before, none in the last period
    no_improvement: TrendText


@dataclass(frozen=True)
class TrendContent:
    rules: TrendRules
    person: TrendVoice  # the Journal page and `journal summary`
    report: TrendVoice  # the clinician's report
    spreading_link: str
    # How long the journal has been kept, as {time} in no_improvement: a phrase for each
    # unit (the language's "about 7 weeks", "about 5 months", "about 10 years").
    time_words: dict[str, str]
    get_help: GetHelp  # the shared words: footer, same-day advice, timing
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Trend:
    """The comparison, with the averages behind it (None where a period has no data)."""

    kind: str
    recent_count: int
    earlier_count: int
    recent_level: float | None
    earlier_level: float | None
    recent_pain: float | None
    earlier_pain: float | None
    recent_walk: float | None
    earlier_walk: float | None
    days_tracked: int
    no_improvement: bool
    # The early direction (see the module's docstring); `kind` holds it when `early`.
    early: bool = False
    early_days: int = 0  # days with an entry the early direction was read from
    first_level: float | None = None  # the first days' average furthest reach
    latest_level: float | None = None  # the latest days'
    # Where the pain moved, before a weaker or more numb leg overrides it.
    direction: str = TOO_LITTLE
    # Early, though the journal is older than both periods: read from the days since a gap.
    again: bool = False

    @property
    def check_warning_signs(self) -> bool:
        """Spreading pain: the person should look at the warning signs again."""
        return self.kind == SPREADING

    @property
    def needs_help_today(self) -> bool:
        """Weakness or numbness increasing: the same-day advice, whatever the pain did."""
        return self.kind == WEAKER

    @property
    def time_tracked(self) -> tuple[str, int]:
        """How long the journal has been kept, in the unit a person would say it in:
        whole weeks for the first three months, then months, then years from two years
        on, each to the nearest ("about 521 weeks" reads as a sum, not an answer)."""
        days = self.days_tracked
        if days < MONTHS_FROM_DAYS:
            return WEEKS, days // 7
        if days < YEARS_FROM_DAYS:
            return MONTHS, round(days / DAYS_PER_MONTH)
        return YEARS, round(days / DAYS_PER_YEAR)


def _share(entries: Sequence[Entry], feeling: str) -> float:
    return sum(feeling in e.feelings for e in entries) / len(entries) if entries else 0.0


def weaker_or_more_numb(recent: Sequence[Entry], earlier: Sequence[Entry]) -> bool:
    """Do the entries show weakness or numbness increasing?

    Yes when a recent entry ticks "weakness getting worse", or when weakness or numbness
    is ticked in a larger share of the recent entries than of the earlier ones. Erring
    towards yes is deliberate: the cost is one visit to a doctor.
    """
    if any(WEAKNESS_WORSENING in e.warning_signs for e in recent):
        return True
    if not recent or not earlier:
        return False
    return any(_share(recent, f) > _share(earlier, f) for f in (WEAKNESS, NUMBNESS))


def _direction(change: float, threshold: float) -> str:
    if change <= -threshold:
        return RETREATING
    if change >= threshold:
        return SPREADING
    return STEADY


@dataclass(frozen=True)
class _Early:
    direction: str
    days: int
    first_level: float
    latest_level: float
    first: Sequence[Entry]
    latest: Sequence[Entry]


def _early(recent: Sequence[Entry], rules: TrendRules) -> _Early | None:
    """The early direction from the recent entries alone, or None with too few days.

    Each day counts once, by its furthest reach (an evening entry lower down the leg
    than the morning's is the day's story). The first half of the days is compared
    with the latest half; with an odd number of days the middle one is left out.
    """
    by_day: dict[date, list[Entry]] = {}
    for entry in recent:
        by_day.setdefault(entry.time.date(), []).append(entry)
    days = sorted(by_day)
    if len(days) < rules.early_min_days:
        return None
    if (days[-1] - days[0]).days + 1 < rules.early_span_days:
        return None
    half = len(days) // 2
    first_days, latest_days = days[:half], days[-half:]
    first = [max(e.depth for e in by_day[d]) for d in first_days]
    latest = [max(e.depth for e in by_day[d]) for d in latest_days]
    first_level, latest_level = sum(first) / half, sum(latest) / half
    return _Early(
        direction=_direction(latest_level - first_level, rules.early_level_change),
        days=len(days),
        first_level=first_level,
        latest_level=latest_level,
        first=[e for d in first_days for e in by_day[d]],
        latest=[e for d in latest_days for e in by_day[d]],
    )


def classify_trend(
    entries: Sequence[Entry], now: datetime, rules: TrendRules | None = None
) -> Trend:
    """Compare the last `window_days` with the same span before; entries sorted by time.

    Without enough entries for that, the early direction from the last `window_days`
    alone, when there are enough days (`Trend.early`).
    """
    rules = rules or TrendRules()
    window = timedelta(days=rules.window_days)
    split = periods(entries, now, rules.window_days)
    recent_entries, earlier_entries = split.recent, split.earlier
    recent = figures_of(recent_entries)
    earlier = figures_of(earlier_entries)

    enough = recent.count >= rules.min_entries and earlier.count >= rules.min_entries
    kind = TOO_LITTLE
    early = None
    if enough:
        assert recent.level is not None and earlier.level is not None
        kind = _direction(recent.level - earlier.level, rules.level_change)
    else:
        early = _early(recent_entries, rules)
        if early is not None:
            kind = early.direction
    direction = kind
    if weaker_or_more_numb(recent_entries, earlier_entries) or (
        early is not None and weaker_or_more_numb(early.latest, early.first)
    ):
        kind = WEAKER

    past = count_until(entries, now)  # how many entries are not in the future
    days_tracked = (now - entries[0].time).days if past else 0
    no_improvement = False
    if past and days_tracked >= rules.clinician_after_days and recent.count >= rules.min_entries:
        first = entries[0].time
        start = figures_of(between(entries, first - timedelta(microseconds=1), first + window))
        if start.count >= rules.min_entries:
            assert start.level is not None and start.pain is not None
            assert recent.level is not None and recent.pain is not None
            still_there = recent.level >= 1 or recent.pain >= 1
            eased = start.pain - recent.pain >= rules.pain_change
            retreated = start.level - recent.level >= 2 * rules.level_change
            no_improvement = still_there and not eased and not retreated and kind != WEAKER
    return Trend(
        kind=kind,
        recent_count=recent.count,
        earlier_count=earlier.count,
        recent_level=recent.level,
        earlier_level=earlier.level,
        recent_pain=recent.pain,
        earlier_pain=earlier.pain,
        recent_walk=recent.walk,
        earlier_walk=earlier.walk,
        days_tracked=days_tracked,
        no_improvement=no_improvement,
        early=early is not None,
        early_days=early.days if early else 0,
        first_level=early.first_level if early else None,
        latest_level=early.latest_level if early else None,
        direction=direction,
        again=early is not None and entries[0].time < now - 2 * window,
    )


def _time_words(root: Fields) -> dict[str, str]:
    table = root.table("no_improvement")
    words = {unit: table.text(unit) for unit in TIME_UNITS}
    for unit, phrase in words.items():
        if placeholders_in_text(phrase) != {"{n}"}:  # nothing else is filled in there
            raise table.error(unit, "should contain {n}, the number of " + unit + ", alone")
    return words


def _text(
    root: Fields, data: dict[str, Any], key: str, *placeholders: str
) -> tuple[TrendText, TrendText]:
    """A table's words for the person and for the report (its title unless it has its own)."""
    raw = data.get(key)
    if raw is None:
        raise root.error(key, "is missing")
    if not isinstance(raw, dict):
        raise root.error(key, "should be a table with 'title', 'text' and 'report'")
    table = Fields(raw, root.file, key)
    allowed = ("title", "text", REPORT, REPORT_TITLE, *EXTRA_KEYS.get(key, ()))
    table.allow_only(*allowed)
    person = TrendText(table.text("title"), table.text("text"))
    report = TrendText(table.optional_text(REPORT_TITLE) or person.title, table.text(REPORT))
    for text, where in ((person, "text"), (report, REPORT)):
        for placeholder in placeholders:
            if placeholder not in text.title + text.text:
                raise table.error(where, f"should contain {placeholder}")
    return person, report


def _again(path: Path, data: dict[str, Any], key: str, text_key: str) -> str:
    table = Fields(data[key], path, key)
    text = table.text(text_key)
    if "{days}" not in text:
        raise table.error(text_key, "should contain {days}")
    return text


def _positive(root: Fields, data: dict[str, Any], key: str, kind: type) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise root.error(key, "should be a number above 0")
    if kind is int and not isinstance(value, int):
        raise root.error(key, "should be a whole number")
    return value


def read_trend_content(folder: Path) -> TrendContent:
    """Read `journal/trend.toml` from one language folder.

    Raises:
        ContentError: naming the file and the key.
    """
    path = folder / TREND_FILE
    root = read_toml(path)  # reports a missing file or bad TOML, naming the file
    data = root.as_dict()
    keys = ("window_days", "min_entries", "level_change", "pain_change", *EARLY_NUMBERS)
    root.allow_only(
        "sources",
        *keys,
        *TREND_KINDS,
        "no_improvement",
        *EARLY_TEXTS.values(),
        TOO_LITTLE_START,
        TOO_LITTLE_RECENT,
        *EXTRA_TABLES,
    )
    sources = root.text_list("sources")
    get_help = read_get_help(folder)
    get_help.sign(WEAKER_SIGN)  # the same-day advice must be there
    rules = TrendRules(
        window_days=int(_positive(root, data, "window_days", int)),
        min_entries=int(_positive(root, data, "min_entries", int)),
        level_change=float(_positive(root, data, "level_change", float)),
        clinician_after_days=7 * get_help.timing.weeks,
        pain_change=float(_positive(root, data, "pain_change", float)),
        early_min_days=int(_positive(root, data, "early_min_days", int)),
        early_span_days=int(_positive(root, data, "early_span_days", int)),
        early_level_change=float(_positive(root, data, "early_level_change", float)),
    )
    if rules.early_min_days < 2:
        raise root.error("early_min_days", "should be at least 2 (the first and latest days)")
    if rules.early_span_days < rules.early_min_days:
        raise root.error("early_span_days", "should be at least early_min_days")
    if rules.early_span_days > rules.window_days:
        raise root.error("early_span_days", "should be at most window_days")
    if rules.early_level_change < rules.level_change:
        raise root.error(
            "early_level_change", "should be at least level_change (fewer entries, more chance)"
        )
    texts = {
        RETREATING: _text(root, data, RETREATING),
        STEADY: _text(root, data, STEADY),
        SPREADING: _text(root, data, SPREADING),
        TOO_LITTLE: _text(root, data, TOO_LITTLE, "{min_entries}"),
        WEAKER: _text(root, data, WEAKER),
    }
    spreading = Fields(data[SPREADING], path, SPREADING)
    read_insight_content(folder)  # the same file's [insights] table: checked on load too
    early = {kind: _text(root, data, key, "{days}") for kind, key in EARLY_TEXTS.items()}
    start = _text(root, data, TOO_LITTLE_START, "{early_min_days}", "{early_span_days}")
    none_recent = _text(root, data, TOO_LITTLE_RECENT)
    no_improvement = _text(root, data, "no_improvement", "{time}")

    def voice(which: int, again_key: str) -> TrendVoice:  # 0: the person's, 1: the report's
        return TrendVoice(
            texts={kind: both[which] for kind, both in texts.items()},
            early_texts={kind: both[which] for kind, both in early.items()},
            early_texts_again={
                kind: _again(path, data, key, again_key) for kind, key in EARLY_TEXTS.items()
            },
            too_little_start=start[which],
            too_little_recent=none_recent[which],
            no_improvement=no_improvement[which],
        )

    return TrendContent(
        rules=rules,
        person=voice(0, EARLY_AGAIN),
        report=voice(1, REPORT_AGAIN),
        spreading_link=spreading.text("link"),
        time_words=_time_words(root),
        get_help=get_help,
        sources=sources,
    )


@cache
def _load(folder: Path) -> TrendContent:
    return read_trend_content(folder)


def load_trend_content(root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> TrendContent:
    return _load(language_dir(root, language))


@dataclass(frozen=True)
class TrendWords:
    """The trend as the person reads it, or as the clinician's report says it (then
    without `warning`, `link` and `same_day`, which speak to the person)."""

    title: str
    text: str
    warning: str | None  # spreading: the shared "when to get help" words (with `link`)
    link: str | None
    clinician: TrendText | None  # no clear improvement after about 6 weeks
    same_day: TrendText | None  # weaker or more numb: the shared same-day advice


def describe_trend(
    trend: Trend, content: TrendContent, emergency_number: str, *, report: bool = False
) -> TrendWords:
    """The trend in words; `emergency_number` is the number, or words that stand for it.
    `report`: the clinician report's words, about the person and with no advice to them."""
    voice = content.report if report else content.person
    text = voice.texts[trend.kind]
    rules = content.rules
    if trend.early and trend.kind in voice.early_texts:
        text = voice.early_texts[trend.kind]
        if trend.again:
            text = TrendText(text.title, voice.early_texts_again[trend.kind])
    elif trend.kind == TOO_LITTLE and trend.recent_count == 0 and trend.days_tracked:
        # A journal left for a while: none of its entries are recent, not too few of them
        # ("Not enough entries yet" under 5,003 entries, the last one 20 days ago).
        text = voice.too_little_recent
    elif trend.kind == TOO_LITTLE and trend.earlier_count < rules.min_entries:
        text = voice.too_little_start  # nothing to compare with yet: say what comes first
    unit, count = trend.time_tracked
    fill = {
        "{days}": str(trend.early_days),
        "{early_min_days}": str(rules.early_min_days),
        "{early_span_days}": str(rules.early_span_days),
        "{min_entries}": str(content.rules.min_entries),
        "{time}": content.time_words[unit].replace("{n}", str(count)),
        "{emergency_number}": emergency_number,
    }

    def filled(words: str) -> str:
        for key, value in fill.items():
            words = words.replace(key, value)
        return words

    clinician = None
    if trend.no_improvement:
        clinician = TrendText(filled(voice.no_improvement.title), filled(voice.no_improvement.text))
    spreading = trend.check_warning_signs and not report
    shared = content.get_help
    same_day = None
    if trend.needs_help_today and not report:
        level = shared.level(shared.sign(WEAKER_SIGN).level)
        same_day = TrendText(level.title, filled(shared.sign_advice(WEAKER_SIGN)))
    return TrendWords(
        title=filled(text.title),
        text=filled(text.text),
        warning=filled(shared.footer_text()) if spreading else None,
        link=content.spreading_link if spreading else None,
        clinician=clinician,
        same_day=same_day,
    )
