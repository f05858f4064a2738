"""Reading the check's TOML tables: typed fields, conditions that name earlier questions,
and a list of problems that loading gathers instead of stopping at the first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from companion.core.check.model import (
    LIST_KINDS,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    YES_NO,
    YES_NO_VALUES,
    Question,
)
from companion.core.check.rules import (
    Condition,
    ConditionError,
    Value,
    parse_condition,
)
from companion.core.shared.content import (
    ContentError,
    Fields,
)


def optional_text(fields: Fields, key: str) -> str:
    return fields.optional_text(key) or ""


def sources_field(fields: Fields) -> tuple[str, ...]:
    return fields.text_list("sources")


def int_field(fields: Fields, key: str) -> int:
    value = fields.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise fields.error(key, f"should be a whole number, not {value!r}")
    return value


def bool_field(fields: Fields, key: str) -> bool:
    value = fields.get(key, False)
    if not isinstance(value, bool):
        raise fields.error(key, f"should be true or false, not {value!r}")
    return value


def text_list_or_empty(fields: Fields, key: str) -> tuple[str, ...]:
    return fields.text_list(key) if fields.get(key) is not None else ()


def new_id(fields: Fields, earlier: Iterable[str]) -> str:
    """The `id` of a table, which no table before it uses."""
    found = fields.text("id")
    if found in earlier:
        raise fields.error("id", f"'{found}' is used twice")
    return found


def one_of_field(fields: Fields, key: str, allowed: tuple[str, ...]) -> str:
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


def condition_field(fields: Fields, key: str, questions: Mapping[str, Question]) -> Condition:
    text = fields.text(key)
    try:
        return parse_condition(text, _Resolver(questions))
    except ConditionError as exc:
        raise fields.error(key, str(exc)) from None


class LoadErrors:
    """Collects problems so one load reports all of them."""

    def __init__(self) -> None:
        self.items: list[ContentError] = []

    def add(self, error: ContentError) -> None:
        self.items.append(error)
