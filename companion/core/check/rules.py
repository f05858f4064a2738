"""The small rule language of the guided check's content files.

A condition names questions and the answers that make it hold, for example::

    felt_pop == yes and (walk_normally in [no, not_sure] or bruising == large)
    pain_regions has [calf, foot]
    pain_now >= 7
    not feel has numb

Comparisons: ``==``, ``!=`` and ``in [...]`` for yes/no and one-of questions; ``has`` (one
value, or a list meaning "any of these") for several-of and body-region questions;
``==``, ``!=``, ``>=``, ``<=``, ``>`` and ``<`` for 0 to 10 questions. Combine with
``and``, ``or``, ``not`` and brackets. A comparison on a question that has no answer
never holds, so ``not`` is the only way to say "unless".

Conditions are parsed once, when the content is loaded, and checked against the
question list there, so a typo is reported with its file and key, never at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

COMPARISONS = ("==", "!=", ">=", "<=", ">", "<", "in", "has")
_TOKEN = re.compile(r"\s*(==|!=|>=|<=|>|<|\(|\)|\[|\]|,|[A-Za-z_][A-Za-z0-9_]*|-?\d+)")
_KEYWORDS = {"and", "or", "not", "in", "has"}

Value = str | int


class ConditionError(ValueError):
    """A condition that cannot be read, or that names something unknown."""


@dataclass(frozen=True)
class Compare:
    question: str
    op: str
    values: frozenset[Value]

    def holds(self, answers: Mapping[str, object]) -> bool:
        answer = answers.get(self.question)
        if answer is None:
            return False
        if self.op == "has":
            return isinstance(answer, list | tuple) and any(v in self.values for v in answer)
        if isinstance(answer, list | tuple):
            return False
        if self.op in ("==", "in"):
            return answer in self.values
        if self.op == "!=":
            return answer not in self.values
        if not isinstance(answer, int) or isinstance(answer, bool):
            return False
        (limit,) = self.values
        assert isinstance(limit, int)
        if self.op == ">=":
            return answer >= limit
        if self.op == "<=":
            return answer <= limit
        if self.op == ">":
            return answer > limit
        return answer < limit


@dataclass(frozen=True)
class Not:
    inner: Condition

    def holds(self, answers: Mapping[str, object]) -> bool:
        return not self.inner.holds(answers)


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        return all(part.holds(answers) for part in self.parts)


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        return any(part.holds(answers) for part in self.parts)


Condition = Compare | Not | All | AnyOf


def questions_in(condition: Condition) -> set[str]:
    """Every question id the condition looks at."""
    if isinstance(condition, Compare):
        return {condition.question}
    if isinstance(condition, Not):
        return questions_in(condition.inner)
    return set().union(*(questions_in(part) for part in condition.parts))


def may_hold(condition: Condition, known: Mapping[str, object]) -> bool:
    """False only when the condition cannot hold, whatever the questions without an
    answer in `known` are answered: `age_band == age_70_plus and onset == sudden_other`
    cannot, once the age is under 18."""
    return _truth(condition, known) is not False


def _truth(condition: Condition, known: Mapping[str, object]) -> bool | None:
    """The condition's value for `known`, or None when it turns on a question not in it."""
    if isinstance(condition, Compare):
        return condition.holds(known) if condition.question in known else None
    if isinstance(condition, Not):
        inner = _truth(condition.inner, known)
        return None if inner is None else not inner
    values = [_truth(part, known) for part in condition.parts]
    settled = isinstance(condition, All)  # All: one False settles it; AnyOf: one True
    if (not settled) in values:
        return not settled
    return settled if None not in values else None


def comparisons_in(condition: Condition) -> list[Compare]:
    if isinstance(condition, Compare):
        return [condition]
    if isinstance(condition, Not):
        return comparisons_in(condition.inner)
    return [c for part in condition.parts for c in comparisons_in(part)]


# Checks one comparison against the question list: (question, op, raw values) -> the
# values to compare with (a body-region area becomes its regions), or ConditionError.
Resolver = Callable[[str, str, tuple[Value, ...]], frozenset[Value]]


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ConditionError(f"cannot read {text[position:].strip()!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str, resolve: Resolver) -> None:
        self.tokens = _tokens(text)
        self.position = 0
        self.resolve = resolve

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None:
            raise ConditionError(
                "ends too early" + (f": expected {expected!r}" if expected else "")
            )
        if expected is not None and token != expected:
            raise ConditionError(f"expected {expected!r} but found {token!r}")
        self.position += 1
        return token

    def parse(self) -> Condition:
        if not self.tokens:
            raise ConditionError("is empty")
        condition = self.either()
        if self.peek() is not None:
            raise ConditionError(f"unexpected {self.peek()!r}")
        return condition

    def either(self) -> Condition:
        parts = [self.both()]
        while self.peek() == "or":
            self.take()
            parts.append(self.both())
        return parts[0] if len(parts) == 1 else AnyOf(tuple(parts))

    def both(self) -> Condition:
        parts = [self.single()]
        while self.peek() == "and":
            self.take()
            parts.append(self.single())
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def single(self) -> Condition:
        token = self.peek()
        if token == "not":
            self.take()
            return Not(self.single())
        if token == "(":
            self.take()
            inner = self.either()
            self.take(")")
            return inner
        return self.comparison()

    def name(self) -> str:
        token = self.take()
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", token) or token in _KEYWORDS:
            raise ConditionError(f"expected a question id but found {token!r}")
        return token

    def value(self) -> Value:
        token = self.take()
        if re.fullmatch(r"-?\d+", token):
            return int(token)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", token) or token in _KEYWORDS:
            raise ConditionError(f"expected an answer value but found {token!r}")
        return token

    def comparison(self) -> Compare:
        question = self.name()
        op = self.take()
        if op not in COMPARISONS:
            raise ConditionError(f"expected one of {' '.join(COMPARISONS)} after {question!r}")
        if self.peek() == "[":
            if op not in ("in", "has"):
                raise ConditionError(f"a list of values needs 'in' or 'has', not {op!r}")
            self.take("[")
            values = [self.value()]
            while self.peek() == ",":
                self.take()
                values.append(self.value())
            self.take("]")
        else:
            if op == "in":
                raise ConditionError("'in' needs a list in brackets, like [yes, not_sure]")
            values = [self.value()]
        return Compare(question, op, self.resolve(question, op, tuple(values)))


def parse_condition(text: str, resolve: Resolver) -> Condition:
    """Parse `text`; raise ConditionError saying what is wrong."""
    return _Parser(text, resolve).parse()
