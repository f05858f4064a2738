"""The guided check's engine: which question comes next, and what the answers point to.

Pure and deterministic: the same answers always give the same result, and every part of
the result can be traced to the answers and content rules behind it.

Answers map question ids to values: "yes" / "no" / "not_sure" for yes/no questions, the
option value for one-of, a list of option values for several-of and body-region
questions, a whole number 0 to 10 for scales. An answer to a question that is not shown
(because an earlier answer changed) is kept by the caller but ignored here.

What to do about a result (the advice, when to get help) is composed in one place,
`triage_advice.compose`, for every output.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from companion.core.check.model import (
    LIST_KINDS,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    YES_NO,
    YES_NO_VALUES,
    Question,
    RedFlagRule,
    Section,
    TriageContent,
    UrgencyText,
)
from companion.core.check.rules import may_hold, questions_in
from companion.core.shared.content import shown_value
from companion.core.shared.messages import Message, named_then_counted, quoted
from companion.core.shared.records import (
    EMERGENCY,
    MIXED,
    PATTERNS,
    SOON,
    URGENT,
    CheckRecord,
    most_urgent,
    urgency_rank,
)

ADULTS_ONLY = "adults_only"
# What the answers say about the patterns, as every output says it: one pattern leads;
# none leads but some came close; or none scored above 0 (too few answers, or all
# pointed away). `finding_of` decides it; `TriageResult.finding` holds it.
LEADS, CLOSEST, NONE_CLOSE = "leads", "closest", "none_close"
# Sections whose questions ask about warning signs directly: a sign there counts as asked
# about once its first question is answered (`_ruled_out`). Which questions are asked
# under 18 is decided by `questions_for`, from the rules.
SIGN_SECTIONS = ("about_you", "safety")


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
    title: str  # short plain words (its shared sign's title, or the rule's own)
    note: str  # what is special about the sign; may contain "{emergency_number}"
    advice: str  # the level's "act" and the note: the sign on its own, as the journal shows it
    question_ids: tuple[str, ...]
    heading: str  # its level's title ("Get medical help today"), from the shared words
    defers_self_care: bool = False  # its rule's: no self-care tips until a clinician looks


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
    summary: str
    answers: Mapping[str, object]  # the answers that counted (shown questions only)
    complete: bool  # every question shown was answered
    adults_only: bool = False  # under 18: the adult rules for patterns were not run
    skipped: tuple[Section, ...] = ()  # sections left out for these answers (say why)
    stopped: bool = False  # an emergency ended the check before all its questions

    def pattern(self, pattern_id: str) -> PatternScore:
        return next(p for p in self.patterns if p.id == pattern_id)

    @property
    def finding(self) -> str:
        """`LEADS`, `CLOSEST` or `NONE_CLOSE` (see `finding_of`)."""
        return finding_of(self.leading, [p.score for p in self.patterns])

    @property
    def scored(self) -> bool:
        """True when the answers were scored against the patterns: not under 18, and not
        a check an emergency stopped before its questions about the pain (the age alone
        would name a pattern)."""
        return not (self.adults_only or self.stopped)


def finding_of(leading: str, scores: Iterable[float]) -> str:
    """What the answers say about the patterns, from the leading pattern and every
    pattern's score (a saved check's too): `LEADS`, `CLOSEST` or `NONE_CLOSE`."""
    if leading != MIXED:
        return LEADS
    return CLOSEST if any(score > 0 for score in scores) else NONE_CLOSE


def finding_name(content: TriageContent, leading: str, found: str) -> str:
    """What the answers point to in a few words: the leading pattern's name, "Mixed
    picture", or, when nothing came close, the words for no pattern yet."""
    if found == NONE_CLOSE:
        return content.texts["no_pattern_name"]
    return content.patterns[leading].name


# --- Answers ------------------------------------------------------------------------


def answer_problem(question: Question, value: object) -> str | None:
    """Why `value` cannot be an answer to `question` (a Message), or None if it can."""
    q = question.id
    if question.kind == YES_NO:
        if value not in YES_NO_VALUES:
            allowed_yes_no = ", ".join(YES_NO_VALUES)
            return Message(
                "answers.one_of",
                question=q,
                allowed=allowed_yes_no,
                value=quoted(shown_value(value)),
            )
        return None
    if question.kind == SCALE:
        if isinstance(value, bool) or not isinstance(value, int):
            return Message("answers.whole_number", question=q, value=quoted(shown_value(value)))
        if not SCALE_MIN <= value <= SCALE_MAX:
            return Message("answers.out_of_range", question=q, value=value)
        return None
    allowed = question.values()
    if question.kind in LIST_KINDS:
        if not isinstance(value, list | tuple):
            return Message("answers.not_a_list", question=q, value=quoted(shown_value(value)))
        if len(set(map(str, value))) != len(value):
            return Message("answers.twice", question=q)
        for item in value:
            if item not in allowed:
                listed = ", ".join(allowed)
                return Message(
                    "answers.not_allowed",
                    question=q,
                    value=quoted(shown_value(item)),
                    allowed=listed,
                )
        exclusive = [v for v in value if (o := question.option(str(v))) and o.exclusive]
        if exclusive and len(value) > 1:
            return Message("answers.not_alone", question=q, value=quoted(shown_value(exclusive[0])))
        return None
    if value not in allowed:
        listed = ", ".join(allowed)
        return Message(
            "answers.one_of", question=q, allowed=listed, value=quoted(shown_value(value))
        )
    return None


def validate_answers(content: TriageContent, answers: Mapping[str, object]) -> dict[str, object]:
    """A clean copy of `answers` (lists as lists); AnswerError naming every problem."""
    problems: list[str] = []
    clean: dict[str, object] = {}
    unknown: list[str] = []
    for question_id, value in answers.items():
        if not content.has_question(question_id):
            unknown.append(question_id)
            continue
        problem = answer_problem(content.question(question_id), value)
        if problem:
            problems.append(problem)
        else:
            clean[question_id] = list(value) if isinstance(value, list | tuple) else value
    problems += named_then_counted(unknown, "answers.no_question", "answers.no_question_more")
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


def asked_questions(content: TriageContent, answers: Mapping[str, object]) -> list[Question]:
    """The questions a person goes through for these answers, in order: those shown, and
    under 18 only those of `questions_for`."""
    shown, counted = _walk(content, answers)
    return _asked_for(content, shown, counted)


def counted_answers(content: TriageContent, answers: Mapping[str, object]) -> dict[str, object]:
    """The answers to questions that are shown; answers left over from a changed path drop."""
    return _walk(content, answers)[1]


# --- Safety -------------------------------------------------------------------------


def _hit(content: TriageContent, rule: RedFlagRule, order: Mapping[str, int]) -> RedFlagHit:
    return RedFlagHit(
        rule_id=rule.id,
        urgency=rule.urgency,
        title=rule.title,
        note=rule.note,
        advice=f"{content.urgencies[rule.urgency].act} {rule.note}".strip(),
        question_ids=tuple(sorted(questions_in(rule.when), key=order.__getitem__)),
        heading=content.urgencies[rule.urgency].heading,
        defers_self_care=rule.defers_self_care,
    )


def _hits(content: TriageContent, counted: Mapping[str, object]) -> list[RedFlagHit]:
    order = {q.id: i for i, q in enumerate(content.questions)}
    hits = [_hit(content, rule, order) for rule in content.rules if rule.when.holds(counted)]
    # Stable sort: most urgent first, file order within a level.
    return sorted(hits, key=lambda hit: -urgency_rank(hit.urgency))


def red_flag_hits(content: TriageContent, answers: Mapping[str, object]) -> list[RedFlagHit]:
    """Every urgency rule that holds, most urgent first. Raises AnswerError on bad answers.

    Partial answers are fine: the journal passes only its own safety questions.
    """
    return _hits(content, counted_answers(content, validate_answers(content, answers)))


def is_adults_only(content: TriageContent, counted: Mapping[str, object]) -> bool:
    """True for a person under 18: after the questions of the urgent and emergency rules,
    the check stops kindly, without its adult rules."""
    return content.adults_only.when.holds(counted)


def questions_for(content: TriageContent, counted: Mapping[str, object]) -> frozenset[str]:
    """The ids of the questions this person's check may ask, whatever the answers still to
    come (a question is asked only when its show_if also holds): every question; under 18,
    the age and every question read by a rule more urgent than "see a clinician soon" that
    can still hold at that age, with the questions their show_if reads. Red flags apply at
    any age (domain notes section 1) and the most urgent level always wins, so a sign that
    rests on questions about the pain (a tear) is asked for too; the adult patterns and
    the "soon" rules are not, as under 18 the least the check says is "soon"."""
    everything = frozenset(q.id for q in content.questions)
    if not is_adults_only(content, counted):
        return everything
    deciding = questions_in(content.adults_only.when)
    age = {q: counted[q] for q in deciding if q in counted}
    wanted = set(deciding)
    for rule in content.rules:
        if urgency_rank(rule.urgency) > urgency_rank(SOON) and may_hold(rule.when, age):
            wanted |= questions_in(rule.when)
    for question in reversed(content.questions):  # a show_if reads earlier questions only
        if question.id in wanted and question.show_if is not None:
            wanted |= questions_in(question.show_if)
    return frozenset(wanted)


def _asked_for(
    content: TriageContent, shown: list[Question], counted: Mapping[str, object]
) -> list[Question]:
    """The questions a person goes through: those shown, of `questions_for`."""
    wanted = questions_for(content, counted)
    return [q for q in shown if q.id in wanted]


def _emergency(content: TriageContent, counted: Mapping[str, object]) -> bool:
    """True when an emergency rule holds: the check stops at once."""
    return any(rule.urgency == EMERGENCY and rule.when.holds(counted) for rule in content.rules)


def stop_reason(content: TriageContent, counted: Mapping[str, object]) -> str | None:
    """Why the check ends before its last question: "emergency", "adults_only" (under 18,
    once every question of `questions_for` shown is answered) or None."""
    if _emergency(content, counted):
        return EMERGENCY
    if is_adults_only(content, counted):
        shown = _walk(content, counted)[0]
        if all(q.id in counted for q in _asked_for(content, shown, counted)):
            return ADULTS_ONLY
    return None


def next_question(content: TriageContent, answers: Mapping[str, object]) -> Question | None:
    """The next question to ask, or None when the check is done or must stop (an
    emergency, or a person under 18 once the questions of `questions_for` are asked)."""
    shown, counted = _walk(content, validate_answers(content, answers))
    # The same stops as `stop_reason`, with the questions to ask worked out only once:
    # under 18, the check stops when none of `questions_for` is left unanswered.
    if _emergency(content, counted):
        return None
    return next((q for q in _asked_for(content, shown, counted) if q.id not in counted), None)


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


def _ruled_out(
    content: TriageContent,
    shown: list[Question],
    counted: Mapping[str, object],
    hits: list[RedFlagHit],
    ranked: list[PatternScore],
) -> list[RuledOut]:
    """Warning signs asked about and not reported, and patterns the answers pointed away
    from. A sign is named by its most urgent rule, once per question it starts from."""
    shown_ids = {q.id for q in shown}
    order = {q.id: i for i, q in enumerate(content.questions)}
    hit_questions = {q for hit in hits for q in hit.question_ids}
    named: set[str] = set()
    result: list[RuledOut] = []
    rules: list[RedFlagRule] = sorted(content.rules, key=lambda r: -urgency_rank(r.urgency))
    for rule in rules:
        if urgency_rank(rule.urgency) < urgency_rank(URGENT):
            continue
        asked = questions_in(rule.when)
        first = min(asked, key=order.__getitem__)
        if first in hit_questions or first not in counted:
            continue
        if content.question(first).section not in SIGN_SECTIONS and not asked <= counted.keys():
            continue  # a sign met by follow-ups (a tear) counts as asked once they were
        if not asked & shown_ids <= counted.keys():
            continue  # a question of it was never answered (an emergency stopped the check)
        if content.question(first).kind == YES_NO:
            if first in named:
                continue  # one line per yes/no question, named by its most urgent rule
            named.add(first)
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


def _urgency(hits: list[RedFlagHit], adults_only: bool) -> str:
    """The most urgent sign; under 18, at least "see a clinician soon"."""
    levels = [hit.urgency for hit in hits]
    return most_urgent([*levels, SOON] if adults_only else levels)


def summary_line(
    content: TriageContent,
    urgency: str,
    leading: str,
    *,
    adults_only: bool,
    stopped: bool,
    found: str = CLOSEST,
) -> str:
    """A result in one plain line, in `content`'s language: "Fits the sciatic nerve
    pattern best; see a clinician soon." (Home, the journal and its report show it.)
    `found`: the result's `finding` (it matters only when no pattern leads)."""
    said = content.urgencies[urgency].summary
    if stopped:  # an emergency stopped it, at any age
        return content.texts["summary_stopped"].format(urgency=said)
    if adults_only:
        return content.texts["summary_adults_only"].format(urgency=said)
    if leading == MIXED and found == NONE_CLOSE:
        return content.texts["summary_no_pattern"].format(urgency=said)
    if leading == MIXED:
        return content.texts["summary_mixed"].format(urgency=said)
    return content.texts["summary_leading"].format(
        pattern=content.patterns[leading].short, urgency=said
    )


def evaluate(content: TriageContent, answers: Mapping[str, object]) -> TriageResult:
    """The result for these answers (complete or not). Raises AnswerError on bad answers.

    Under 18 (`adults_only`), only what the urgent and emergency rules read is asked
    (`questions_for`) and the signs count as for anyone; the patterns are not scored (the
    adult rules do not apply), and the least it says is to see a clinician. Nor are they
    scored when an emergency stopped the check with questions left unasked (`stopped`).
    """
    shown, counted = _walk(content, validate_answers(content, answers))
    hits = _hits(content, counted)
    adults_only = is_adults_only(content, counted)
    complete = all(q.id in counted for q in _asked_for(content, shown, counted))
    stopped = not complete and any(hit.urgency == EMERGENCY for hit in hits)
    urgency = _urgency(hits, adults_only)
    if adults_only or stopped:
        ranked = [PatternScore(p, content.patterns[p].name, 0, (), ()) for p in PATTERNS]
        leading = MIXED
    else:
        ranked = _score_patterns(content, counted)
        leading = _leading(content, ranked)
    return TriageResult(
        urgency=urgency,
        urgency_text=content.urgencies[urgency],
        hits=tuple(hits),
        patterns=tuple(ranked),
        leading=leading,
        ruled_out=tuple(_ruled_out(content, shown, counted, hits, ranked)),
        summary=summary_line(
            content,
            urgency,
            leading,
            adults_only=adults_only,
            stopped=stopped,
            found=finding_of(leading, [p.score for p in ranked]),
        ),
        answers=counted,
        complete=complete,
        adults_only=adults_only,
        skipped=tuple(
            s for s in content.sections if s.show_if is not None and not s.show_if.holds(counted)
        ),
        stopped=stopped,
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
