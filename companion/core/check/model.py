"""Loads and checks the guided check's decision content (`content/<lang>/triage/`).

Everything the check asks and decides is data, so clinicians can read and sign it off:

- `questions.toml`: sections and questions in the order they are asked;
- `red_flags.toml`: the rules that set how urgent the result is;
- `evidence.toml`: what each answer adds to (or takes from) each pattern, and the
  scoring thresholds;
- `outcomes.toml`: the words for each urgency level and each pattern, for a person
  under 18, and the summary;
- `advice.toml`: what to do, what to avoid, when heat must not be used, and which
  warning signs to watch for;
- `selftests.toml`: the guided self-checks, step by step, each step with a drawing.

The words the whole app shares about getting help (the warning signs, each level's
title and action, the timing rule) live in `shared/get_help.toml`; the check names them
rather than writing them again, and `triage_get_help` reads them in and rejects words
that drift from them.

Loading validates every file and names the file and key of every problem: unknown ids,
conditions that cannot be read, patterns with no evidence, missing texts. The slower
checks that walk the check's paths (a question no one can reach, advice that conflicts
with a safety rule or repeats another line, the case stories) run in `content check`
(`triage_checks.check_language`), so opening the Check page stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.core.check.get_help import (
    POSSIBLE_PLACEHOLDER,
    SharedWords,
    level_words,
    rule_words,
)
from companion.core.check.rules import (
    All,
    Condition,
    ConditionError,
    Value,
    parse_condition,
)
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    Fields,
    InvalidContentError,
    language_dir,
    read_toml,
)
from companion.core.shared.get_help import GetHelp, Sign, read_get_help
from companion.core.shared.records import (
    EMERGENCY,
    MIXED,
    PATTERNS,
    SOON,
    URGENCY_LEVELS,
    URGENT,
)

FOLDER = "triage"

# Answer kinds.
YES_NO = "yes_no"
ONE_OF = "one_of"
SEVERAL_OF = "several_of"
SCALE = "scale"
BODY_REGION = "body_region"
KINDS = (YES_NO, ONE_OF, SEVERAL_OF, SCALE, BODY_REGION)
LIST_KINDS = (SEVERAL_OF, BODY_REGION)

YES, NO, NOT_SURE = "yes", "no", "not_sure"
YES_NO_VALUES = (YES, NO, NOT_SURE)
SKIPPED = "skipped"  # the answer of a self-check the person chose to skip
SCALE_MIN, SCALE_MAX = 0, 10

# Safety questions the journal maps its entries to: their ids and answers are a contract.
SHARED_SAFETY_QUESTIONS = (
    "saddle_numbness",
    "bladder_bowel_change",
    "both_legs",
    "weakness_worsening",
)
RULE_URGENCIES = (SOON, URGENT, EMERGENCY)


@dataclass(frozen=True)
class Option:
    value: str
    text: str
    area: str | None = None  # body regions: the part of the leg, whichever side
    exclusive: bool = False  # "none of these": cannot be picked with other options


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    show_if: Condition | None = None  # applies to every question in the section
    show_if_text: str = ""
    skipped_note: str = ""  # shown in the section's place when show_if does not hold


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    kind: str
    text: str
    why: str
    options: tuple[Option, ...]
    sources: tuple[str, ...]
    short: str = ""  # a few words naming the question, for the printed summary
    hint: str = ""  # a short line under the question: what counts, what does not
    show_if: Condition | None = None  # with the section's own condition folded in
    show_if_text: str = ""
    selftest: str | None = None
    low: str = ""  # scale: what 0 means
    high: str = ""  # scale: what 10 means
    remember: bool = False  # kept from the last saved check and not asked again

    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    sign: str  # the id of its warning sign in shared/get_help.toml
    urgency: str
    title: str  # the shared sign's title, or the rule's own more exact one
    note: str  # the shared sign's note and the rule's own; never a timescale
    when: Condition
    when_text: str
    sources: tuple[str, ...]  # the rule's own, then the shared sign's


@dataclass(frozen=True)
class Evidence:
    id: str  # "<pattern>.<n>", numbered per pattern in file order
    index: int  # its place in evidence.toml, for error messages ("evidence[3]")
    pattern: str
    weight: int  # above 0 points towards the pattern, below 0 points away
    when: Condition
    when_text: str
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Scoring:
    lead_at_least: int  # the best pattern needs this many points to lead...
    lead_margin: int  # ...and this many more than the next; otherwise "mixed"


@dataclass(frozen=True)
class UrgencyText:
    level: str
    label: str  # one or two words, shown beside the icon
    summary: str  # a few words for the one-line summary ("see a clinician soon")
    heading: str  # the shared level's title (self-care: the check's own)
    act: str  # the shared level's action: how soon to act ("" for self-care)
    text: str
    do_now: tuple[str, ...]  # the shared action first, then the check's own steps
    sources: tuple[str, ...]
    what_to_say: tuple[str, ...] = ()  # emergency only: what to say when calling


@dataclass(frozen=True)
class AdultsOnly:
    """What the check says, without running its adult rules, to a person under 18."""

    when: Condition
    when_text: str
    label: str
    heading: str
    text: str
    do_now: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PatternText:
    id: str
    name: str  # "Irritated sciatic nerve"
    short: str  # "the sciatic nerve pattern", used inside sentences
    fits: str  # a paragraph: what this pattern is, in plain words
    learn_topic: str  # a word for Learn to find its card (free text, not an id)
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Advice:
    id: str
    kind: str  # "do" or "avoid"
    text: str
    patterns: tuple[str, ...]  # applies when one of these leads, or scores high when mixed
    when: Condition | None
    when_text: str
    sources: tuple[str, ...]
    heat: bool = False  # suggests heat, or is a tip for using it


@dataclass(frozen=True)
class NoHeat:
    """When heat must not be used; `text` is then shown under "Avoid"."""

    id: str
    when: Condition
    when_text: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reassurance:
    """A good sign, shown with a self-care or "see a clinician soon" result."""

    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SelfTestStep:
    text: str
    drawing: str  # the name of an SVG in assets/illustrations, without ".svg"
    description: str  # what the drawing shows, for screen readers


@dataclass(frozen=True)
class SelfTest:
    id: str
    title: str
    intro: str
    safety: str
    steps: tuple[SelfTestStep, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TriageContent:
    """The whole decision content of one language, validated."""

    language: str
    yes_no_texts: Mapping[str, str]
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]
    rules: tuple[RedFlagRule, ...]
    evidence: tuple[Evidence, ...]
    scoring: Scoring
    urgencies: Mapping[str, UrgencyText]
    patterns: Mapping[str, PatternText]  # every pattern id, and "mixed"
    texts: Mapping[str, str]
    adults_only: AdultsOnly
    advice: tuple[Advice, ...]
    no_heat: tuple[NoHeat, ...]
    watch_for: tuple[Sign, ...]  # "when to get help": shared signs, in file order
    reassurance: tuple[Reassurance, ...]
    selftests: Mapping[str, SelfTest]
    get_help: GetHelp  # the shared words about getting help
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    def question(self, question_id: str) -> Question:
        """The question called `question_id`; KeyError if there is none."""
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def option_text(self, question: Question, value: object) -> str:
        """The words of one answer, as the person saw them."""
        if question.kind == YES_NO and isinstance(value, str):
            return self.yes_no_texts.get(value, value)
        if question.kind == SCALE:
            return str(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.option_text(question, v) for v in value)
        option = question.option(str(value))
        return option.text if option else str(value)


# --- Loading ------------------------------------------------------------------------


def _optional_text(fields: Fields, key: str) -> str:
    return fields.optional_text(key) or ""


def _sources(fields: Fields) -> tuple[str, ...]:
    return fields.text_list("sources")


def _int(fields: Fields, key: str) -> int:
    value = fields.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise fields.error(key, f"should be a whole number, not {value!r}")
    return value


def _bool(fields: Fields, key: str) -> bool:
    value = fields.get(key, False)
    if not isinstance(value, bool):
        raise fields.error(key, f"should be true or false, not {value!r}")
    return value


def _text_list_or_empty(fields: Fields, key: str) -> tuple[str, ...]:
    return fields.text_list(key) if fields.get(key) is not None else ()


def _new_id(fields: Fields, earlier: Iterable[str]) -> str:
    """The `id` of a table, which no table before it uses."""
    found = fields.text("id")
    if found in earlier:
        raise fields.error("id", f"'{found}' is used twice")
    return found


def _one_of(fields: Fields, key: str, allowed: tuple[str, ...]) -> str:
    value = fields.text(key)
    if value not in allowed:
        raise fields.error(key, f"'{value}' is not one of {', '.join(allowed)}")
    return value


class _Resolver:
    """Checks each comparison in a condition against the questions asked before it."""

    def __init__(self, questions: Mapping[str, Question]) -> None:
        self.questions = questions

    def __call__(self, question_id: str, op: str, values: tuple[Value, ...]) -> frozenset[Value]:
        question = self.questions.get(question_id)
        if question is None:
            known = ", ".join(self.questions) or "none"
            raise ConditionError(f"names an unknown question {question_id!r} (known: {known})")
        if question.kind == SCALE:
            if op in ("in", "has"):
                raise ConditionError(f"{question_id!r} is a 0 to 10 question: use ==, >= or <=")
            for value in values:
                if not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
                    raise ConditionError(
                        f"{question_id!r} takes a number from 0 to 10, not {value!r}"
                    )
            return frozenset(values)
        if question.kind in LIST_KINDS:
            if op != "has":
                raise ConditionError(f"{question_id!r} takes several answers: use 'has'")
            areas: dict[str, set[str]] = {}
            for option in question.options:
                if option.area:
                    areas.setdefault(option.area, set()).add(option.value)
            resolved: set[Value] = set()
            for value in values:
                if value in question.values():
                    resolved.add(value)
                elif value in areas:
                    resolved.update(areas[str(value)])
                else:
                    allowed = ", ".join([*question.values(), *areas])
                    raise ConditionError(
                        f"{value!r} is not an answer of {question_id!r} (answers: {allowed})"
                    )
            return frozenset(resolved)
        if op not in ("==", "!=", "in"):
            raise ConditionError(f"{question_id!r} takes one answer: use ==, != or in")
        allowed_values = YES_NO_VALUES if question.kind == YES_NO else question.values()
        for value in values:
            if value not in allowed_values:
                raise ConditionError(
                    f"{value!r} is not an answer of {question_id!r} "
                    f"(answers: {', '.join(allowed_values)})"
                )
        return frozenset(values)


def _condition(fields: Fields, key: str, questions: Mapping[str, Question]) -> Condition:
    text = fields.text(key)
    try:
        return parse_condition(text, _Resolver(questions))
    except ConditionError as exc:
        raise fields.error(key, str(exc)) from None


class _Errors:
    """Collects problems so one load reports all of them."""

    def __init__(self) -> None:
        self.items: list[ContentError] = []

    def add(self, error: ContentError) -> None:
        self.items.append(error)


def _load_questions(
    path: Path, shared: SharedWords, errors: _Errors
) -> tuple[dict[str, str], tuple[Section, ...], tuple[Question, ...]]:
    root = read_toml(path)
    root.allow_only("yes_no", "section", "question")
    yes_no_table = root.table("yes_no")
    yes_no_table.allow_only(*YES_NO_VALUES)
    yes_no = {value: yes_no_table.text(value) for value in YES_NO_VALUES}
    sections: list[Section] = []
    section_tables: dict[str, Fields] = {}
    for table in root.tables("section"):
        try:
            table.allow_only("id", "title", "intro", "show_if", "skipped_note")
            section = Section(table.text("id"), table.text("title"), table.text("intro"))
            if section.id in section_tables:
                raise table.error("id", f"'{section.id}' is used twice")
            if (table.get("show_if") is None) != (table.get("skipped_note") is None):
                raise table.error("show_if", "needs a skipped_note saying why, and only with it")
            sections.append(section)
            section_tables[section.id] = table
        except ContentError as exc:
            errors.add(exc)
    questions: dict[str, Question] = {}
    opened: set[str] = set()
    for table in root.tables("question"):
        try:
            section_id = table.text("section")
            if section_id not in section_tables:
                known = ", ".join(section_tables)
                raise table.error("section", f"'{section_id}' is not a section (known: {known})")
            place = next(i for i, s in enumerate(sections) if s.id == section_id)
            if section_id not in opened:
                # A section's condition may look at the questions asked before it.
                opened.add(section_id)
                sections[place] = _section_condition(
                    sections[place], section_tables[section_id], questions
                )
            question = _question(table, questions, sections[place], shared)
        except ContentError as exc:
            errors.add(exc)
            continue
        questions[question.id] = question
    for section in sections:
        if not any(q.section == section.id for q in questions.values()):
            errors.add(ContentError(path, f"section '{section.id}'", "has no questions"))
    for question_id in SHARED_SAFETY_QUESTIONS:
        found = questions.get(question_id)
        if found is None or found.kind != YES_NO or found.show_if is not None:
            errors.add(
                ContentError(
                    path,
                    f"question '{question_id}'",
                    "the journal needs this safety question, always asked, with yes/no answers",
                )
            )
    return yes_no, tuple(sections), tuple(questions.values())


def _section_condition(section: Section, table: Fields, earlier: Mapping[str, Question]) -> Section:
    text = _optional_text(table, "show_if")
    if not text:
        return section
    return Section(
        section.id,
        section.title,
        section.intro,
        show_if=_condition(table, "show_if", earlier),
        show_if_text=text,
        skipped_note=table.text("skipped_note"),
    )


def _question(
    table: Fields, earlier: Mapping[str, Question], section: Section, shared: SharedWords
) -> Question:
    table.allow_only(
        "id",
        "section",
        "kind",
        "short",
        "text",
        "hint",
        "why",
        "option",
        "show_if",
        "remember",
        "selftest",
        "low",
        "high",
        "sources",
    )
    question_id = _new_id(table, earlier)
    kind = _one_of(table, "kind", KINDS)
    options: list[Option] = []
    if kind in (ONE_OF, SEVERAL_OF, BODY_REGION):
        for option_table in table.tables("option"):
            option_table.allow_only("value", "text", "area", "exclusive")
            value = option_table.text("value")
            if any(o.value == value for o in options):
                raise option_table.error("value", f"'{value}' is used twice")
            exclusive = _bool(option_table, "exclusive")
            if exclusive and kind != SEVERAL_OF:
                raise option_table.error("exclusive", "only several-of questions have it")
            area = _optional_text(option_table, "area") or None
            if kind == BODY_REGION and area is None:
                raise option_table.error("area", "is missing")
            options.append(Option(value, option_table.text("text"), area, exclusive))
    elif table.get("option") is not None:
        raise table.error("option", f"a {kind} question has no options")
    show_if_text = _optional_text(table, "show_if")
    show_if = _condition(table, "show_if", earlier) if show_if_text else None
    if section.show_if is not None:
        # The section's condition is part of every question's own.
        parts = (section.show_if, show_if) if show_if is not None else (section.show_if,)
        show_if = All(parts) if len(parts) > 1 else section.show_if
        show_if_text = " and ".join(
            f"({text})" for text in (section.show_if_text, show_if_text) if text
        )
    remember = _bool(table, "remember")
    if remember and show_if is not None:
        raise table.error("remember", "only a question that is always asked can be remembered")
    selftest = _optional_text(table, "selftest") or None
    if selftest and (kind != ONE_OF or SKIPPED not in [o.value for o in options]):
        raise table.error("selftest", f"a self-check question is one-of with a '{SKIPPED}' answer")
    low = high = ""
    if kind == SCALE:
        low, high = table.text("low"), table.text("high")
    return Question(
        id=question_id,
        section=section.id,
        kind=kind,
        # A question asks about a sign in its own words; why it is asked may use the
        # shared sentences (the timing rule), and must not write them again.
        text=table.text("text"),
        why=shared.text(table, "why"),
        options=tuple(options),
        sources=shared.sources(_sources(table), table, "why"),
        short=table.text("short"),
        hint=shared.optional_text(table, "hint"),
        show_if=show_if,
        show_if_text=show_if_text,
        selftest=selftest,
        low=low,
        high=high,
        remember=remember,
    )


def _load_rules(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: _Errors
) -> tuple[RedFlagRule, ...]:
    root = read_toml(path)
    root.allow_only("possible_title", "rule")
    possible = root.text("possible_title")
    if POSSIBLE_PLACEHOLDER not in possible:
        raise root.error("possible_title", f"should contain {POSSIBLE_PLACEHOLDER}")
    rules: list[RedFlagRule] = []
    for table in root.tables("rule"):
        try:
            rules.append(_rule(table, questions, shared, possible, [r.id for r in rules]))
        except ContentError as exc:
            errors.add(exc)
    return tuple(rules)


def _rule(
    table: Fields,
    questions: Mapping[str, Question],
    shared: SharedWords,
    possible_title: str,
    earlier: list[str],
) -> RedFlagRule:
    table.allow_only("id", "sign", "urgency", "possible", "when", "title", "note", "sources")
    rule_id = _new_id(table, earlier)
    urgency = _one_of(table, "urgency", RULE_URGENCIES)
    when = _condition(table, "when", questions)
    words = rule_words(table, shared, urgency, when, possible_title)
    return RedFlagRule(
        id=rule_id,
        sign=words.sign,
        urgency=urgency,
        title=words.title,
        note=words.note,
        when=when,
        when_text=table.text("when"),
        sources=tuple(dict.fromkeys((*_sources(table), *words.sources))),
    )


def _load_evidence(
    path: Path, questions: Mapping[str, Question], errors: _Errors
) -> tuple[tuple[Evidence, ...], Scoring]:
    root = read_toml(path)
    root.allow_only("scoring", "evidence")
    scoring_table = root.table("scoring")
    scoring_table.allow_only("lead_at_least", "lead_margin")
    scoring = Scoring(_int(scoring_table, "lead_at_least"), _int(scoring_table, "lead_margin"))
    found: list[Evidence] = []
    counts: dict[str, int] = {}
    for index, table in enumerate(root.tables("evidence")):
        try:
            table.allow_only("pattern", "weight", "when", "reason", "sources")
            pattern = table.text("pattern")
            if pattern not in PATTERNS:
                raise table.error("pattern", f"'{pattern}' is not one of {', '.join(PATTERNS)}")
            weight = _int(table, "weight")
            if weight == 0:
                raise table.error("weight", "should not be 0 (leave the line out instead)")
            counts[pattern] = counts.get(pattern, 0) + 1
            found.append(
                Evidence(
                    id=f"{pattern}.{counts[pattern]}",
                    index=index,
                    pattern=pattern,
                    weight=weight,
                    when=_condition(table, "when", questions),
                    when_text=table.text("when"),
                    reason=table.text("reason"),
                    sources=_sources(table),
                )
            )
        except ContentError as exc:
            errors.add(exc)
    for pattern in PATTERNS:
        if not any(e.pattern == pattern and e.weight > 0 for e in found):
            errors.add(ContentError(path, f"evidence for '{pattern}'", "no answer points to it"))
    return tuple(found), scoring


TEXT_KEYS = (
    "summary_leading",  # {pattern} {urgency}
    "summary_mixed",  # {urgency}
    "summary_adults_only",  # {urgency}
    "no_number",  # said instead of the number while none is set
    "safety_clear",
    "kiosk_no_number",  # a shared screen without a number: tell the staff
)


def _load_adults_only(
    root: Fields, questions: Mapping[str, Question], shared: SharedWords
) -> AdultsOnly:
    table = root.table("adults_only")
    table.allow_only("when", "label", "heading", "text", "do_now", "sources")
    return AdultsOnly(
        when=_condition(table, "when", questions),
        when_text=table.text("when"),
        label=table.text("label"),
        heading=table.text("heading"),
        text=shared.text(table, "text"),
        do_now=shared.text_list(table, "do_now"),
        sources=shared.sources(_sources(table), table, "text", "do_now"),
    )


def _urgency_text(table: Fields, level: str, shared: SharedWords) -> UrgencyText:
    """One level's words: for emergency, urgent and soon, the heading and the first
    step are the shared level's title and action; the file holds the steps after it."""
    own = ("heading",) if level not in shared.words.levels else ()
    table.allow_only("label", "summary", *own, "text", "do_now", "what_to_say", "sources")
    what_to_say = shared.text_list(table, "what_to_say") if table.get("what_to_say") else ()
    if level == EMERGENCY and not what_to_say:
        raise table.error("what_to_say", "is missing")
    heading, act, steps = level_words(table, level, shared, shared.text_list(table, "do_now"))
    return UrgencyText(
        level=level,
        label=table.text("label"),
        summary=table.text("summary"),
        heading=heading,
        act=act,
        text=shared.text(table, "text"),
        do_now=steps,
        sources=shared.sources(_sources(table), table, "text", "do_now"),
        what_to_say=what_to_say,
    )


def _load_outcomes(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: _Errors
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
            table.allow_only("name", "short", "fits", "learn_topic", "sources")
            patterns[pattern] = PatternText(
                id=pattern,
                name=table.text("name"),
                short=table.text("short"),
                fits=shared.text(table, "fits"),
                learn_topic=table.text("learn_topic"),
                sources=_sources(table),
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
    adults_only: AdultsOnly | None = None
    try:
        adults_only = _load_adults_only(root, questions, shared)
    except ContentError as exc:
        errors.add(exc)
    return urgencies, patterns, texts, adults_only


_Advices = tuple[tuple[Advice, ...], tuple[NoHeat, ...], tuple[Sign, ...], tuple[Reassurance, ...]]


def _load_advice(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: _Errors
) -> _Advices:
    root = read_toml(path)
    root.allow_only("advice", "no_heat", "when_to_get_help", "reassurance")
    advice: list[Advice] = []
    for index, table in enumerate(root.tables("advice")):
        try:
            table.allow_only("kind", "text", "patterns", "when", "heat", "sources")
            kind = table.text("kind")
            if kind not in ("do", "avoid"):
                raise table.error("kind", f"should be 'do' or 'avoid', not '{kind}'")
            patterns = _text_list_or_empty(table, "patterns")
            for pattern in patterns:
                if pattern not in (*PATTERNS, MIXED):
                    raise table.error("patterns", f"'{pattern}' is not a pattern")
            when_text = _optional_text(table, "when")
            when = _condition(table, "when", questions) if when_text else None
            advice.append(
                Advice(
                    id=f"advice[{index}]",
                    kind=kind,
                    text=shared.text(table, "text"),
                    patterns=patterns,
                    when=when,
                    when_text=when_text,
                    sources=_sources(table),
                    heat=_bool(table, "heat"),
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
                    when=_condition(table, "when", questions),
                    when_text=table.text("when"),
                    text=shared.text(table, "text"),
                    sources=_sources(table),
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
                Reassurance(f"reassurance[{index}]", shared.text(table, "text"), _sources(table))
            )
        except ContentError as exc:
            errors.add(exc)
    for pattern in (*PATTERNS, MIXED):
        for kind in ("do", "avoid"):
            if not any(a.kind == kind and pattern in a.patterns for a in advice):
                errors.add(ContentError(path, f"advice for '{pattern}'", f"has no '{kind}' text"))
    return tuple(advice), tuple(no_heat), tuple(watch_for), tuple(reassurance)


def _load_selftests(path: Path, errors: _Errors) -> dict[str, SelfTest]:
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
                sources=_sources(table),
            )
        except ContentError as exc:
            errors.add(exc)
    return tests


def load_triage(root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> TriageContent:
    """Load and validate one language's triage content; raise InvalidContentError."""
    return load_folder(language_dir(root, language) / FOLDER, language)


def load_folder(folder: Path, language: str, *, scan: bool = False) -> TriageContent:
    """Load and validate the triage folder `folder` (with the shared words of the
    language folder above it); raise InvalidContentError. `scan`: also look through
    every sentence for a shared sign or the timing rule written again (content check)."""
    try:
        shared = SharedWords(read_get_help(folder.parent), scan=scan)
    except ContentError as exc:
        raise InvalidContentError([exc]) from None  # the check's words rest on these
    errors = _Errors()

    def guarded(loader: Any, *args: Any) -> Any:
        try:
            return loader(*args, errors)
        except ContentError as exc:
            errors.add(exc)
            return None

    loaded = guarded(_load_questions, folder / "questions.toml", shared)
    yes_no, sections, questions = loaded if loaded else ({}, (), ())
    by_id = {q.id: q for q in questions}
    rules = guarded(_load_rules, folder / "red_flags.toml", by_id, shared) or ()
    evidence, scoring = guarded(_load_evidence, folder / "evidence.toml", by_id) or ((), None)
    outcomes = guarded(_load_outcomes, folder / "outcomes.toml", by_id, shared)
    urgencies, patterns, texts, adults_only = outcomes if outcomes else ({}, {}, {}, None)
    advices = guarded(_load_advice, folder / "advice.toml", by_id, shared)
    advice, no_heat, watch_for, reassurance = advices or ((), (), (), ())
    selftests = guarded(_load_selftests, folder / "selftests.toml") or {}
    if errors.items or scoring is None or adults_only is None:
        raise InvalidContentError(errors.items)
    content = TriageContent(
        language=language,
        yes_no_texts=yes_no,
        sections=sections,
        questions=questions,
        rules=rules,
        evidence=evidence,
        scoring=scoring,
        urgencies=urgencies,
        patterns=patterns,
        texts=texts,
        adults_only=adults_only,
        advice=advice,
        no_heat=no_heat,
        watch_for=watch_for,
        reassurance=reassurance,
        selftests=selftests,
        get_help=shared.words,
    )
    problems = list(_self_check_links(content, folder))
    if problems:
        raise InvalidContentError(problems)
    return content


def _self_check_links(content: TriageContent, folder: Path) -> Iterator[ContentError]:
    """Every self-check a question names exists, and every self-check is used."""
    for question in content.questions:
        if question.selftest and question.selftest not in content.selftests:
            yield ContentError(
                folder / "questions.toml",
                f"question '{question.id}'.selftest",
                f"'{question.selftest}' is not in selftests.toml",
            )
    used = {q.selftest for q in content.questions}
    for test_id in content.selftests:
        if test_id not in used:
            yield ContentError(
                folder / "selftests.toml", f"selftest '{test_id}'", "no question uses it"
            )
