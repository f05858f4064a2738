"""Answers given at random along the check's own path: for property tests and the
check's benchmark (never shipped in the product)."""

from __future__ import annotations

import random

from companion.core.check.engine import next_question
from companion.core.check.model import (
    LIST_KINDS,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    YES_NO,
    Question,
    TriageContent,
)


def random_answer(question: Question, rng: random.Random) -> object:
    """Any valid answer to `question`."""
    if question.kind == YES_NO:
        return rng.choice(["yes", "no", "not_sure"])
    if question.kind == SCALE:
        return rng.randint(SCALE_MIN, SCALE_MAX)
    if question.kind in LIST_KINDS:
        plain = [o.value for o in question.options if not o.exclusive]
        exclusive = [o.value for o in question.options if o.exclusive]
        if exclusive and rng.random() < 0.2:
            return [rng.choice(exclusive)]
        return rng.sample(plain, rng.randint(0, len(plain)))
    return rng.choice(question.values())


def random_path(content: TriageContent, rng: random.Random) -> dict[str, object]:
    """Answers given by someone clicking at random until the check ends or stops."""
    answers: dict[str, object] = {}
    while (question := next_question(content, answers)) is not None:
        answers[question.id] = random_answer(question, rng)
    return answers
