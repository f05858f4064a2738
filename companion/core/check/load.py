"""Loads the guided check's content (``content/<language>/triage/``) into the typed model,
validating as it goes: every problem names the file and the key."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from companion.core.check.get_help import (
    POSSIBLE_PLACEHOLDER,
    SharedWords,
    rule_words,
)
from companion.core.check.load_fields import (
    LoadErrors,
    bool_field,
    condition_field,
    int_field,
    new_id,
    one_of_field,
    optional_text,
    sources_field,
)
from companion.core.check.load_texts import load_advice, load_outcomes, load_selftests
from companion.core.check.model import (
    BODY_REGION,
    FOLDER,
    KINDS,
    ONE_OF,
    RULE_URGENCIES,
    SCALE,
    SEVERAL_OF,
    SHARED_SAFETY_QUESTIONS,
    SKIPPED,
    YES_NO,
    YES_NO_VALUES,
    Evidence,
    Option,
    Question,
    RedFlagRule,
    Scoring,
    Section,
    TriageContent,
)
from companion.core.check.rules import (
    All,
)
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    Fields,
    InvalidContentError,
    language_dir,
    read_toml,
)
from companion.core.shared.get_help import read_get_help
from companion.core.shared.records import (
    EMERGENCY,
    PATTERNS,
)

# --- Loading ------------------------------------------------------------------------


def _load_questions(
    path: Path, shared: SharedWords, errors: LoadErrors
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
    text = optional_text(table, "show_if")
    if not text:
        return section
    return Section(
        section.id,
        section.title,
        section.intro,
        show_if=condition_field(table, "show_if", earlier),
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
        "kiosk_why",
        "option",
        "show_if",
        "remember",
        "selftest",
        "low",
        "high",
        "sources",
    )
    question_id = new_id(table, earlier)
    kind = one_of_field(table, "kind", KINDS)
    options: list[Option] = []
    if kind in (ONE_OF, SEVERAL_OF, BODY_REGION):
        for option_table in table.tables("option"):
            option_table.allow_only("value", "text", "area", "exclusive")
            value = option_table.text("value")
            if any(o.value == value for o in options):
                raise option_table.error("value", f"'{value}' is used twice")
            exclusive = bool_field(option_table, "exclusive")
            if exclusive and kind != SEVERAL_OF:
                raise option_table.error("exclusive", "only several-of questions have it")
            area = optional_text(option_table, "area") or None
            if kind == BODY_REGION and area is None:
                raise option_table.error("area", "is missing")
            options.append(Option(value, option_table.text("text"), area, exclusive))
    elif table.get("option") is not None:
        raise table.error("option", f"a {kind} question has no options")
    show_if_text = optional_text(table, "show_if")
    show_if = condition_field(table, "show_if", earlier) if show_if_text else None
    if section.show_if is not None:
        # The section's condition is part of every question's own.
        parts = (section.show_if, show_if) if show_if is not None else (section.show_if,)
        show_if = All(parts) if len(parts) > 1 else section.show_if
        show_if_text = " and ".join(
            f"({text})" for text in (section.show_if_text, show_if_text) if text
        )
    remember = bool_field(table, "remember")
    if remember and show_if is not None:
        raise table.error("remember", "only a question that is always asked can be remembered")
    selftest = optional_text(table, "selftest") or None
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
        sources=shared.sources(sources_field(table), table, "why"),
        short=table.text("short"),
        hint=shared.optional_text(table, "hint"),
        show_if=show_if,
        show_if_text=show_if_text,
        selftest=selftest,
        low=low,
        high=high,
        remember=remember,
        kiosk_why=shared.optional_text(table, "kiosk_why"),
    )


def _load_rules(
    path: Path, questions: Mapping[str, Question], shared: SharedWords, errors: LoadErrors
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
    table.allow_only(
        "id", "sign", "urgency", "possible", "when", "title", "note", "defers_self_care", "sources"
    )
    rule_id = new_id(table, earlier)
    urgency = one_of_field(table, "urgency", RULE_URGENCIES)
    defers = bool_field(table, "defers_self_care")
    if defers and urgency == EMERGENCY:
        raise table.error(
            "defers_self_care", "an emergency already shows no self-care: leave it out"
        )
    when = condition_field(table, "when", questions)
    words = rule_words(table, shared, urgency, when, possible_title)
    return RedFlagRule(
        id=rule_id,
        sign=words.sign,
        urgency=urgency,
        title=words.title,
        note=words.note,
        when=when,
        when_text=table.text("when"),
        sources=tuple(dict.fromkeys((*sources_field(table), *words.sources))),
        defers_self_care=defers,
    )


def _load_evidence(
    path: Path, questions: Mapping[str, Question], errors: LoadErrors
) -> tuple[tuple[Evidence, ...], Scoring]:
    root = read_toml(path)
    root.allow_only("scoring", "evidence")
    scoring_table = root.table("scoring")
    scoring_table.allow_only("lead_at_least", "lead_margin")
    scoring = Scoring(
        int_field(scoring_table, "lead_at_least"), int_field(scoring_table, "lead_margin")
    )
    found: list[Evidence] = []
    counts: dict[str, int] = {}
    for index, table in enumerate(root.tables("evidence")):
        try:
            table.allow_only("pattern", "weight", "when", "reason", "sources")
            pattern = table.text("pattern")
            if pattern not in PATTERNS:
                raise table.error("pattern", f"'{pattern}' is not one of {', '.join(PATTERNS)}")
            weight = int_field(table, "weight")
            if weight == 0:
                raise table.error("weight", "should not be 0 (leave the line out instead)")
            counts[pattern] = counts.get(pattern, 0) + 1
            found.append(
                Evidence(
                    id=f"{pattern}.{counts[pattern]}",
                    index=index,
                    pattern=pattern,
                    weight=weight,
                    when=condition_field(table, "when", questions),
                    when_text=table.text("when"),
                    reason=table.text("reason"),
                    sources=sources_field(table),
                )
            )
        except ContentError as exc:
            errors.add(exc)
    for pattern in PATTERNS:
        if not any(e.pattern == pattern and e.weight > 0 for e in found):
            errors.add(ContentError(path, f"evidence for '{pattern}'", "no answer points to it"))
    return tuple(found), scoring


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
    errors = LoadErrors()

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
    outcomes = guarded(load_outcomes, folder / "outcomes.toml", by_id, shared)
    urgencies, patterns, texts, adults_only = outcomes if outcomes else ({}, {}, {}, None)
    advices = guarded(load_advice, folder / "advice.toml", by_id, shared)
    advice, no_heat, watch_for, reassurance = advices or ((), (), (), ())
    selftests = guarded(load_selftests, folder / "selftests.toml") or {}
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
