"""The guided check's engine: which question comes next, and what the answers point to.

Pure and deterministic: the same answers always give the same result, and every part of
the result can be traced to the answers and content rules behind it.

Answers map question ids to values: "yes" / "no" / "not_sure" for yes/no questions, the
option value for one-of, a list of option values for several-of and body-region
questions, a whole number 0 to 10 for scales. An answer to a question that is not shown
(because an earlier answer changed) is kept by the caller but ignored here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.core.records import (
    EMERGENCY,
    MIXED,
    PATTERNS,
    URGENT,
    CheckRecord,
    most_urgent,
    urgency_rank,
)
from companion.core.triage_content import (
    LIST_KINDS,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    YES_NO,
    YES_NO_VALUES,
    IfThen,
    Question,
    RedFlagRule,
    TriageContent,
    UrgencyText,
)
from companion.core.triage_rules import questions_in


class AnswerError(ValueError):
    """Answers that name unknown questions or hold impossible values."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class RedFlagHit:
    """One urgency rule that holds for the answers given."""

    rule_id: str
    urgency: str  # one of records.URGENCY_LEVELS ("urgent", "emergency", ...)
    title: str  # short plain words
    advice: str  # what to do now; may contain "{emergency_number}"
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """One answer that pointed towards a pattern (weight above 0) or away from it."""

    evidence_id: str
    weight: int
    text: str
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class PatternScore:
    id: str
    name: str
    score: int
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]


@dataclass(frozen=True)
class RuledOut:
    """A warning sign the person said no to, or a pattern the answers pointed away from."""

    kind: str  # "sign" or "pattern"
    id: str
    title: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriageResult:
    urgency: str
    urgency_text: UrgencyText
    hits: tuple[RedFlagHit, ...]  # most urgent first
    patterns: tuple[PatternScore, ...]  # best first
    leading: str  # a pattern id, or "mixed" when none clearly leads
    ruled_out: tuple[RuledOut, ...]
    do: tuple[str, ...]
    avoid: tuple[str, ...]
    if_then: tuple[IfThen, ...]
    summary: str
    answers: Mapping[str, object]  # the answers that counted (shown questions only)
    complete: bool  # every question shown was answered

    def pattern(self, pattern_id: str) -> PatternScore:
        return next(p for p in self.patterns if p.id == pattern_id)


# --- Answers ------------------------------------------------------------------------


def answer_problem(question: Question, value: object) -> str | None:
    """Why `value` cannot be an answer to `question`, or None if it can."""
    if question.kind == YES_NO:
        if value not in YES_NO_VALUES:
            return f"{question.id}: should be one of {', '.join(YES_NO_VALUES)}, not {value!r}"
        return None
    if question.kind == SCALE:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{question.id}: should be a whole number from 0 to 10, not {value!r}"
        if not SCALE_MIN <= value <= SCALE_MAX:
            return f"{question.id}: should be from 0 to 10, not {value}"
        return None
    allowed = question.values()
    if question.kind in LIST_KINDS:
        if not isinstance(value, list | tuple):
            return f"{question.id}: should be a list of answers, not {value!r}"
        if len(set(map(str, value))) != len(value):
            return f"{question.id}: lists the same answer twice"
        for item in value:
            if item not in allowed:
                return f"{question.id}: {item!r} is not one of {', '.join(allowed)}"
        exclusive = [v for v in value if (o := question.option(str(v))) and o.exclusive]
        if exclusive and len(value) > 1:
            return f"{question.id}: {exclusive[0]!r} cannot be picked with other answers"
        return None
    if value not in allowed:
        return f"{question.id}: should be one of {', '.join(allowed)}, not {value!r}"
    return None


def validate_answers(content: TriageContent, answers: Mapping[str, object]) -> dict[str, object]:
    """A clean copy of `answers` (lists as lists); AnswerError naming every problem."""
    problems: list[str] = []
    clean: dict[str, object] = {}
    for question_id, value in answers.items():
        if not content.has_question(question_id):
            problems.append(f"{question_id}: is not a question of the check")
            continue
        problem = answer_problem(content.question(question_id), value)
        if problem:
            problems.append(problem)
        else:
            clean[question_id] = list(value) if isinstance(value, list | tuple) else value
    if problems:
        raise AnswerError(problems)
    return clean


def _walk(
    content: TriageContent, answers: Mapping[str, object]
) -> tuple[list[Question], dict[str, object]]:
    """The questions shown for these answers, and the answers that count."""
    shown: list[Question] = []
    counted: dict[str, object] = {}
    for question in content.questions:
        if question.show_if is None or question.show_if.holds(counted):
            shown.append(question)
            if question.id in answers:
                counted[question.id] = answers[question.id]
    return shown, counted


def shown_questions(content: TriageContent, answers: Mapping[str, object]) -> list[Question]:
    """Every question asked for these answers, in order (answered or not)."""
    return _walk(content, answers)[0]


def counted_answers(content: TriageContent, answers: Mapping[str, object]) -> dict[str, object]:
    """The answers to questions that are shown; answers left over from a changed path drop."""
    return _walk(content, answers)[1]


# --- Safety -------------------------------------------------------------------------


def _hits(content: TriageContent, counted: Mapping[str, object]) -> list[RedFlagHit]:
    order = {q.id: i for i, q in enumerate(content.questions)}
    hits = [
        RedFlagHit(
            rule_id=rule.id,
            urgency=rule.urgency,
            title=rule.title,
            advice=rule.advice,
            question_ids=tuple(sorted(questions_in(rule.when), key=order.__getitem__)),
        )
        for rule in content.rules
        if rule.when.holds(counted)
    ]
    # Stable sort: most urgent first, file order within a level.
    return sorted(hits, key=lambda hit: -urgency_rank(hit.urgency))


def red_flag_hits(content: TriageContent, answers: Mapping[str, object]) -> list[RedFlagHit]:
    """Every urgency rule that holds, most urgent first. Raises AnswerError on bad answers.

    Partial answers are fine: the journal passes only its own safety questions.
    """
    return _hits(content, counted_answers(content, validate_answers(content, answers)))


def stops_here(content: TriageContent, answers: Mapping[str, object]) -> bool:
    """True when an answer means: stop the check and get emergency help now."""
    return any(hit.urgency == EMERGENCY for hit in red_flag_hits(content, answers))


def next_question(content: TriageContent, answers: Mapping[str, object]) -> Question | None:
    """The next question to ask, or None when the check is done or must stop (emergency)."""
    shown, counted = _walk(content, validate_answers(content, answers))
    if any(hit.urgency == EMERGENCY for hit in _hits(content, counted)):
        return None
    return next((q for q in shown if q.id not in counted), None)


def fill_number(content: TriageContent, text: str, number: str | None) -> str:
    """Put the emergency number from Settings into `text` (or words, if none is set)."""
    return text.replace("{emergency_number}", number or content.texts["no_number"])


# --- Result -------------------------------------------------------------------------


def _score_patterns(content: TriageContent, counted: Mapping[str, object]) -> list[PatternScore]:
    order = {q.id: i for i, q in enumerate(content.questions)}
    found: dict[str, list[Reason]] = {pattern: [] for pattern in PATTERNS}
    for evidence in content.evidence:
        if evidence.when.holds(counted):
            found[evidence.pattern].append(
                Reason(
                    evidence_id=evidence.id,
                    weight=evidence.weight,
                    text=evidence.reason,
                    question_ids=tuple(sorted(questions_in(evidence.when), key=order.__getitem__)),
                )
            )
    scores = [
        PatternScore(
            id=pattern,
            name=content.patterns[pattern].name,
            score=sum(r.weight for r in reasons),
            reasons_for=tuple(r for r in reasons if r.weight > 0),
            reasons_against=tuple(r for r in reasons if r.weight < 0),
        )
        for pattern, reasons in found.items()
    ]
    return sorted(scores, key=lambda p: -p.score)  # stable: ties keep PATTERNS order


def _leading(content: TriageContent, ranked: list[PatternScore]) -> str:
    best, runner_up = ranked[0], ranked[1]
    rule = content.scoring
    if best.score >= rule.lead_at_least and best.score - runner_up.score >= rule.lead_margin:
        return best.id
    return MIXED


def _advice_applies(
    patterns: tuple[str, ...], leading: str, ranked: list[PatternScore], content: TriageContent
) -> bool:
    """Pattern advice counts for the leading pattern; in a mixed picture, also for every
    pattern that scored enough to lead on its own (the careful choice)."""
    if not patterns:
        return True
    if leading in patterns:
        return True
    if leading != MIXED:
        return False
    strong = {p.id for p in ranked if p.score >= content.scoring.lead_at_least}
    return bool(strong.intersection(patterns))


def _ruled_out(
    content: TriageContent,
    counted: Mapping[str, object],
    hits: list[RedFlagHit],
    ranked: list[PatternScore],
) -> list[RuledOut]:
    hit_questions = {q for hit in hits for q in hit.question_ids}
    named: set[str] = set()
    result: list[RuledOut] = []
    rules: list[RedFlagRule] = sorted(content.rules, key=lambda r: -urgency_rank(r.urgency))
    for rule in rules:
        questions = questions_in(rule.when)
        if len(questions) != 1 or urgency_rank(rule.urgency) < urgency_rank(URGENT):
            continue
        (question_id,) = questions
        if question_id in hit_questions or question_id not in counted:
            continue
        if content.question(question_id).kind == YES_NO:
            if question_id in named:
                continue  # one line per yes/no question, named by its most urgent rule
            named.add(question_id)
        result.append(RuledOut("sign", rule.id, rule.title))
    for pattern in ranked:
        if pattern.score <= 0 and pattern.reasons_against:
            result.append(
                RuledOut(
                    "pattern",
                    pattern.id,
                    pattern.name,
                    tuple(r.text for r in pattern.reasons_against),
                )
            )
    return result


def evaluate(content: TriageContent, answers: Mapping[str, object]) -> TriageResult:
    """The result for these answers (complete or not). Raises AnswerError on bad answers."""
    shown, counted = _walk(content, validate_answers(content, answers))
    hits = _hits(content, counted)
    urgency = most_urgent([hit.urgency for hit in hits])
    ranked = _score_patterns(content, counted)
    leading = _leading(content, ranked)
    do: list[str] = []
    avoid: list[str] = []
    for advice in content.advice:
        if not _advice_applies(advice.patterns, leading, ranked, content):
            continue
        if advice.when is not None and not advice.when.holds(counted):
            continue
        target = do if advice.kind == "do" else avoid
        if advice.text not in target:
            target.append(advice.text)
    urgency_text = content.urgencies[urgency]
    if leading == MIXED:
        summary = content.texts["summary_mixed"].format(urgency=urgency_text.summary)
    else:
        summary = content.texts["summary_leading"].format(
            pattern=content.patterns[leading].short, urgency=urgency_text.summary
        )
    return TriageResult(
        urgency=urgency,
        urgency_text=urgency_text,
        hits=tuple(hits),
        patterns=tuple(ranked),
        leading=leading,
        ruled_out=tuple(_ruled_out(content, counted, hits, ranked)),
        do=tuple(do),
        avoid=tuple(avoid),
        if_then=content.if_then,
        summary=summary,
        answers=counted,
        complete=all(q.id in counted for q in shown),
    )


def check_record(result: TriageResult, time: datetime) -> CheckRecord:
    """The record saved for a finished check (see AppState.save_check)."""
    return CheckRecord(
        time=time,
        urgency=result.urgency,
        leading=result.leading,
        patterns=tuple((p.id, float(p.score)) for p in result.patterns),
        summary=result.summary,
        answers=dict(result.answers),
    )


def result_json(
    content: TriageContent, result: TriageResult, number: str | None = None
) -> dict[str, Any]:
    """The result as plain JSON data, for the command line and for review."""

    def reason(r: Reason) -> dict[str, Any]:
        return {
            "evidence": r.evidence_id,
            "weight": r.weight,
            "text": r.text,
            "questions": list(r.question_ids),
        }

    return {
        "urgency": result.urgency,
        "urgency_label": result.urgency_text.label,
        "leading": result.leading,
        "summary": result.summary,
        "complete": result.complete,
        "red_flags": [
            {
                "rule": hit.rule_id,
                "urgency": hit.urgency,
                "title": hit.title,
                "advice": fill_number(content, hit.advice, number),
                "questions": list(hit.question_ids),
            }
            for hit in result.hits
        ],
        "patterns": [
            {
                "id": p.id,
                "name": p.name,
                "score": p.score,
                "reasons": [reason(r) for r in (*p.reasons_for, *p.reasons_against)],
            }
            for p in result.patterns
        ],
        "ruled_out": [
            {"kind": r.kind, "id": r.id, "title": r.title, "reasons": list(r.reasons)}
            for r in result.ruled_out
        ],
        "advice": {
            "now": [fill_number(content, t, number) for t in result.urgency_text.do_now],
            "do": list(result.do),
            "avoid": list(result.avoid),
            "if_then": [
                {"if": item.if_text, "then": fill_number(content, item.then_text, number)}
                for item in result.if_then
            ],
        },
    }
