"""Loads the check's words: the result's texts for each urgency and pattern, the advice,
and the self-tests' steps."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from companion.core.check.get_help import (
    SharedWords,
    level_words,
)
from companion.core.check.load_fields import (
    LoadErrors,
    bool_field,
    condition_field,
    optional_text,
    sources_field,
    text_list_or_empty,
)
from companion.core.check.model import (
    AdultsOnly,
    Advice,
    NoHeat,
    PatternText,
    Question,
    Reassurance,
    SelfTest,
    SelfTestStep,
    UrgencyText,
)
from companion.core.shared.content import (
    ContentError,
    Fields,
    read_toml,
)
from companion.core.shared.get_help import Sign
from companion.core.shared.records import (
    EMERGENCY,
    MIXED,
    PATTERNS,
    SELF_CARE,
    SOON,
    URGENCY_LEVELS,
)

TEXT_KEYS = (
    "summary_leading",  # {pattern} {urgency}
    "summary_mixed",  # {urgency}
    "summary_adults_only",  # {urgency}
    "summary_stopped",  # {urgency}: an emergency ended the check early, nothing scored
    "summary_no_pattern",  # {urgency}: no pattern scored above 0
    "no_pattern_name",  # what the answers point to, when no pattern scored above 0
    "no_pattern_fits",  # ...and what that means, in a few sentences
    "tips_for_pattern",  # self-care's step about the pattern's tips, word for word
    "tips_no_pattern",  # said in its place when no pattern scored above 0
    "tips_below",  # the "see a clinician soon" step that points to the tips, word for word
    "tips_below_short",  # the same without pointing to the tips
    "no_number",  # said instead of the number while none is set
    "safety_clear",
    "kiosk_no_number",  # a shared screen without a number: tell the staff
    "self_care_waits",  # in place of self-care, when a sign defers it (red_flags.toml)
)


def _load_adults_only(
    root: Fields, questions: Mapping[str, Question], shared: SharedWords
) -> AdultsOnly:
    table = root.table("adults_only")
    table.allow_only("when", "label", "heading", "text", "do_now", "kiosk_ask_here", "sources")
    return AdultsOnly(
        when=condition_field(table, "when", questions),
        when_text=table.text("when"),
        label=table.text("label"),
        heading=table.text("heading"),
        text=shared.text(table, "text"),
        do_now=shared.text_list(table, "do_now"),
        sources=shared.sources(sources_field(table), table, "text", "do_now"),
        kiosk_ask_here=shared.text(table, "kiosk_ask_here"),
    )


def _urgency_text(table: Fields, level: str, shared: SharedWords) -> UrgencyText:
    """One level's words: for emergency, urgent and soon, the heading and the first
    step are the shared level's title and action; the file holds the steps after it."""
    own = ("heading",) if level not in shared.words.levels else ()
    table.allow_only(
        "label", "summary", *own, "text", "do_now", "kiosk_do_now", "what_to_say", "sources"
    )
    what_to_say = shared.text_list(table, "what_to_say") if table.get("what_to_say") else ()
    if level == EMERGENCY and not what_to_say:
        raise table.error("what_to_say", "is missing")
    heading, act, steps = level_words(table, level, shared, shared.text_list(table, "do_now"))
    kiosk_steps: tuple[str, ...] = ()
    if table.get("kiosk_do_now") is not None:  # the kiosk has no journal to point to
        own_steps = shared.text_list(table, "kiosk_do_now")
        kiosk_steps = level_words(table, level, shared, own_steps)[2]
    return UrgencyText(
        level=level,
        label=table.text("label"),
        summary=table.text("summary"),
        heading=heading,
        act=act,
        text=shared.text(table, "text"),
        do_now=steps,
        sources=shared.sources(sources_field(table), table, "text", "do_now"),
        what_to_say=what_to_say,
        kiosk_do_now=kiosk_steps,
    )


def load_outcomes(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: LoadErrors
) -> tuple[dict[str, UrgencyText], dict[str, PatternText], dict[str, str], AdultsOnly | None]:
    root = read_toml(path)
    root.allow_only("urgency", "pattern", "texts", "adults_only")
    urgencies: dict[str, UrgencyText] = {}
    urgency_root = root.table("urgency")
    urgency_root.allow_only(*URGENCY_LEVELS)
    for level in URGENCY_LEVELS:
        try:
            urgencies[level] = _urgency_text(urgency_root.table(level), level, shared)
        except ContentError as exc:
            errors.add(exc)
    patterns: dict[str, PatternText] = {}
    pattern_root = root.table("pattern")
    pattern_root.allow_only(*PATTERNS, MIXED)
    for pattern in (*PATTERNS, MIXED):
        try:
            table = pattern_root.table(pattern)
            table.allow_only("name", "short", "fits", "kiosk_fits", "learn_topic", "sources")
            patterns[pattern] = PatternText(
                id=pattern,
                name=table.text("name"),
                short=table.text("short"),
                fits=shared.text(table, "fits"),
                learn_topic=table.text("learn_topic"),
                sources=sources_field(table),
                kiosk_fits=shared.optional_text(table, "kiosk_fits"),
            )
        except ContentError as exc:
            errors.add(exc)
    texts: dict[str, str] = {}
    try:
        text_table = root.table("texts")
        text_table.allow_only(*TEXT_KEYS)
        for key in TEXT_KEYS:
            texts[key] = text_table.text(key)
    except ContentError as exc:
        errors.add(exc)
    # The steps that point to the tips, found by their words (`handoff` never keeps one
    # without a tip).
    for level, text_key in ((SELF_CARE, "tips_for_pattern"), (SOON, "tips_below")):
        urgency = urgencies.get(level)
        if urgency is None or text_key not in texts:
            continue
        for key, steps in (("do_now", urgency.do_now), ("kiosk_do_now", urgency.kiosk_do_now)):
            if steps and texts[text_key] not in steps:
                where = f"urgency.{level}.{key}"
                errors.add(ContentError(path, where, f"should hold texts.{text_key} word for word"))
    adults_only: AdultsOnly | None = None
    try:
        adults_only = _load_adults_only(root, questions, shared)
    except ContentError as exc:
        errors.add(exc)
    return urgencies, patterns, texts, adults_only


_Advices = tuple[tuple[Advice, ...], tuple[NoHeat, ...], tuple[Sign, ...], tuple[Reassurance, ...]]


def load_advice(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: LoadErrors
) -> _Advices:
    root = read_toml(path)
    root.allow_only("advice", "no_heat", "when_to_get_help", "reassurance")
    advice: list[Advice] = []
    for index, table in enumerate(root.tables("advice")):
        try:
            table.allow_only("kind", "text", "kiosk_text", "patterns", "when", "heat", "sources")
            kind = table.text("kind")
            if kind not in ("do", "avoid"):
                raise table.error("kind", f"should be 'do' or 'avoid', not '{kind}'")
            patterns = text_list_or_empty(table, "patterns")
            for pattern in patterns:
                if pattern not in (*PATTERNS, MIXED):
                    raise table.error("patterns", f"'{pattern}' is not a pattern")
            when_text = optional_text(table, "when")
            when = condition_field(table, "when", questions) if when_text else None
            advice.append(
                Advice(
                    id=f"advice[{index}]",
                    kind=kind,
                    text=shared.text(table, "text"),
                    patterns=patterns,
                    when=when,
                    when_text=when_text,
                    sources=sources_field(table),
                    heat=bool_field(table, "heat"),
                    kiosk_text=shared.optional_text(table, "kiosk_text"),
                )
            )
        except ContentError as exc:
            errors.add(exc)
    no_heat: list[NoHeat] = []
    for index, table in enumerate(root.tables("no_heat")):
        try:
            table.allow_only("when", "text", "sources")
            no_heat.append(
                NoHeat(
                    id=f"no_heat[{index}]",
                    when=condition_field(table, "when", questions),
                    when_text=table.text("when"),
                    text=shared.text(table, "text"),
                    sources=sources_field(table),
                )
            )
        except ContentError as exc:
            errors.add(exc)
    watch_for: list[Sign] = []
    try:
        table = root.table("when_to_get_help")
        table.allow_only("signs")
        for sign_id in table.text_list("signs"):
            sign = shared.sign(table, "signs", sign_id)
            if sign in watch_for:
                raise table.error("signs", f"'{sign_id}' is listed twice")
            watch_for.append(sign)
    except ContentError as exc:
        errors.add(exc)
    reassurance: list[Reassurance] = []
    for index, table in enumerate(root.tables("reassurance")):
        try:
            table.allow_only("text", "sources")
            reassurance.append(
                Reassurance(
                    f"reassurance[{index}]", shared.text(table, "text"), sources_field(table)
                )
            )
        except ContentError as exc:
            errors.add(exc)
    for pattern in (*PATTERNS, MIXED):
        for kind in ("do", "avoid"):
            if not any(a.kind == kind and pattern in a.patterns for a in advice):
                errors.add(ContentError(path, f"advice for '{pattern}'", f"has no '{kind}' text"))
    return tuple(advice), tuple(no_heat), tuple(watch_for), tuple(reassurance)


def load_selftests(path: Path, errors: LoadErrors) -> dict[str, SelfTest]:
    root = read_toml(path)
    root.allow_only("selftest")
    tests: dict[str, SelfTest] = {}
    for table in root.tables("selftest"):
        try:
            table.allow_only("id", "title", "intro", "safety", "step", "sources")
            test_id = table.text("id")
            if test_id in tests:
                raise table.error("id", f"'{test_id}' is used twice")
            steps = []
            for step in table.tables("step"):
                step.allow_only("text", "drawing", "description")
                steps.append(
                    SelfTestStep(step.text("text"), step.text("drawing"), step.text("description"))
                )
            tests[test_id] = SelfTest(
                id=test_id,
                title=table.text("title"),
                intro=table.text("intro"),
                safety=table.text("safety"),
                steps=tuple(steps),
                sources=sources_field(table),
            )
        except ContentError as exc:
            errors.add(exc)
    return tests
