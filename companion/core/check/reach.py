"""Searches through the guided check's paths, to prove content can be reached.

A question is reachable when some answers to the questions before it make it appear,
without an answer stopping the check first (an emergency, or a person under 18). The
search only varies the questions its `show_if` depends on (and theirs in turn); every
other question gets a calm answer that stops nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping

from companion.core.check.engine import is_adults_only, stop_reason
from companion.core.check.model import (
    LIST_KINDS,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    YES_NO,
    Question,
    TriageContent,
)
from companion.core.check.rules import Condition, questions_in

MAX_COMBINATIONS = 20_000  # far above any real show_if; guards against a runaway search


def candidate_values(question: Question) -> list[object]:
    """A small set of answers that covers every way a condition can look at `question`."""
    if question.kind == YES_NO:
        return ["no", "yes", "not_sure"]
    if question.kind == SCALE:
        return list(range(SCALE_MIN, SCALE_MAX + 1))
    if question.kind in LIST_KINDS:
        return [[], *([value] for value in question.values())]
    return list(question.values())


def calm_value(content: TriageContent, question: Question) -> object:
    """An answer to `question` that on its own stops nothing (no emergency, not under 18)."""
    for value in candidate_values(question):
        answer = {question.id: value}
        if stop_reason(content, answer) is None and not is_adults_only(content, answer):
            return value
    return candidate_values(question)[0]


def _needed(content: TriageContent, question_ids: set[str]) -> list[str]:
    """These questions, and every question their `show_if` depends on, in order."""
    needed: set[str] = set(question_ids)
    todo = [content.question(q) for q in question_ids]
    while todo:
        current = todo.pop()
        if current.show_if is None:
            continue
        for question_id in questions_in(current.show_if) - needed:
            needed.add(question_id)
            todo.append(content.question(question_id))
    return [q.id for q in content.questions if q.id in needed]


def answer_all(
    content: TriageContent,
    fixed: Mapping[str, object],
    calm: Mapping[str, object],
    stop_at: str | None = None,
) -> tuple[dict[str, object], bool]:
    """Answer the check in order, `fixed` answers first, calm ones elsewhere, the way
    `next_question` walks it. Returns the answers and whether `stop_at` was asked."""
    counted: dict[str, object] = {}
    for question in content.questions:
        if question.show_if is not None and not question.show_if.holds(counted):
            continue
        if question.id == stop_at:
            return counted, True
        counted[question.id] = fixed.get(question.id, calm[question.id])
        if stop_reason(content, counted) is not None:
            break  # the check stops here
    return counted, False


def _combinations(
    content: TriageContent, needed: list[str], calm: Mapping[str, object]
) -> Iterator[dict[str, object]]:
    """Answers to `needed`, the calm ones first: a search cut short at `MAX_COMBINATIONS`
    then still covers the paths where no earlier answer stops the check (with the
    plain order, a condition on ten questions met only "under 18" within the limit)."""

    def calm_first(question_id: str) -> list[object]:
        values = candidate_values(content.question(question_id))
        return sorted(values, key=lambda value: value != calm[question_id])

    choices = [calm_first(q) for q in needed]
    for combo in itertools.islice(itertools.product(*choices), MAX_COMBINATIONS):
        yield dict(zip(needed, combo, strict=True))


def calm_answers(content: TriageContent) -> dict[str, object]:
    return {q.id: calm_value(content, q) for q in content.questions}


def unreachable_questions(content: TriageContent) -> Iterator[str]:
    """The ids of questions that no answers can make appear."""
    calm = calm_answers(content)
    for question in content.questions:
        needed = _needed(content, questions_in(question.show_if) if question.show_if else set())
        if not any(
            answer_all(content, fixed, calm, stop_at=question.id)[1]
            for fixed in _combinations(content, needed, calm)
        ):
            yield question.id


def answers_meeting(
    content: TriageContent, condition: Condition, calm: Mapping[str, object] | None = None
) -> dict[str, object] | None:
    """Answers given along the check's own path that make `condition` hold, or None."""
    calm = calm if calm is not None else calm_answers(content)
    for fixed in _combinations(content, _needed(content, questions_in(condition)), calm):
        answers, _ = answer_all(content, fixed, calm)
        if condition.holds(answers):
            return answers
    return None
