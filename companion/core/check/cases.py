"""Case stories that test the check's logic: `triage validate CASES.toml`.

A clinician writes stories as answers with the urgency and leading pattern they expect::

    [[case]]
    id = "strain-sprint"
    story = "24, sudden sharp pain while sprinting"     # optional, for people
    answers = { onset = "sudden_sport", pain_regions = ["upper_thigh_left"] }
    urgency = ["self_care", "soon"]    # allowed urgencies
    leading = ["hamstring_strain"]     # allowed leading patterns, "mixed", or "any"

Each case is evaluated with exactly the answers given (a question left out counts as
not answered). The project keeps its own stories in `content/<lang>/triage/cases.toml`;
`content check` fails when any of them is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from companion.core.check.engine import (
    AnswerError,
    TriageResult,
    counted_answers,
    evaluate,
    validate_answers,
)
from companion.core.check.model import TriageContent
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    parse_toml,
    read_text,
    shown_value,
)
from companion.core.shared.messages import quoted, say
from companion.core.shared.records import LEADING_CHOICES, URGENCY_LEVELS, urgency_rank

CASES_FILE = "cases.toml"
ANY = "any"
CASE_KEYS = ("id", "story", "answers", "urgency", "leading")
# A clinician's own stories may run to thousands (the project's are 36 KB for 76).
MAX_CASES_BYTES = 16 * 1024 * 1024

RIGHT = "right"
UNDER = "under-triaged"
OVER = "over-triaged"
LEADING_WRONG = "leading pattern wrong"


class CaseFileError(ValueError):
    """A case file that cannot be used; each problem names the line or case and key."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Case:
    id: str
    story: str
    answers: Mapping[str, object]
    urgency: tuple[str, ...]
    leading: tuple[str, ...]  # pattern ids and "mixed", or ("any",)


@dataclass(frozen=True)
class CaseOutcome:
    case: Case
    result: TriageResult
    verdict: str  # RIGHT, UNDER, OVER or LEADING_WRONG

    @property
    def right(self) -> bool:
        return self.verdict == RIGHT


_ID_LINE = re.compile(r"""^[ \t]*id[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')""", re.MULTILINE)


def _id_lines(text: str) -> dict[str, list[int]]:
    """The lines where each case's id is written, in order, so a message can point there
    (one pass over the file: thousands of cases must not mean thousands of passes)."""
    lines: dict[str, list[int]] = {}
    line, counted_to = 1, 0
    for found in _ID_LINE.finditer(text):
        line += text.count("\n", counted_to, found.start())
        counted_to = found.start()
        case_id = found.group(1) if found.group(1) is not None else found.group(2)
        lines.setdefault(case_id, []).append(line)
    return lines


def _choices(value: object, allowed: Sequence[str], key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise CaseFileError([f"{where}: {key}: should be a list, like [{allowed[0]!r}]"])
    for item in value:
        if item not in allowed:
            listed = ", ".join(map(str, allowed))
            raise CaseFileError(
                [f"{where}: {key}: {quoted(shown_value(item))} is not one of {listed}"]
            )
    return tuple(str(v) for v in value)


def _case(
    content: TriageContent, data: object, index: int, lines: Mapping[str, list[int]], path: Path
) -> Case:
    if not isinstance(data, dict):
        raise CaseFileError([f"{path}: case[{index}]: should be a table ([[case]])"])
    case_id = data.get("id")
    if not isinstance(case_id, str) or not case_id.strip():
        raise CaseFileError([f"{path}: case[{index}]: id: is missing or empty"])
    line = lines.get(case_id, [None])[0]
    named = quoted(case_id)
    where = f"{path}:{line}: case '{named}'" if line else f"{path}: case '{named}'"
    unknown = [key for key in data if key not in CASE_KEYS]
    if unknown:
        raise CaseFileError(
            [
                f"{where}: {quoted(unknown[0])}: is not a known key "
                f"(known keys: {', '.join(CASE_KEYS)})"
            ]
        )
    story = data.get("story", "")
    if not isinstance(story, str):
        raise CaseFileError([f"{where}: story: should be text"])
    answers = data.get("answers")
    if not isinstance(answers, dict):
        example = '{ onset = "gradual" }'
        raise CaseFileError([f"{where}: answers: should be a table, like {example}"])
    try:
        clean = validate_answers(content, answers)
    except AnswerError as exc:
        raise CaseFileError([f"{where}: answers.{problem}" for problem in exc.problems]) from None
    counted = counted_answers(content, clean)
    never_asked = [q for q in clean if q not in counted]
    if never_asked:
        question = content.question(never_asked[0])
        raise CaseFileError(
            [
                f"{where}: answers.{question.id}: is not asked with these answers "
                f"(it is asked when {question.show_if_text})"
            ]
        )
    if "urgency" not in data:
        raise CaseFileError([f"{where}: urgency: is missing"])
    if "leading" not in data:
        raise CaseFileError([f"{where}: leading: is missing"])
    urgency = _choices(data["urgency"], URGENCY_LEVELS, "urgency", where)
    leading = _choices(data["leading"], (*LEADING_CHOICES, ANY), "leading", where)
    if ANY in leading and len(leading) > 1:
        raise CaseFileError([f"{where}: leading: 'any' stands alone"])
    return Case(case_id, story.strip(), clean, urgency, leading)


def parse_cases(content: TriageContent, text: str, path: Path) -> list[Case]:
    """The cases in `text`; CaseFileError naming every broken case."""
    try:
        data = parse_toml(text, path)  # the content files' reader: the same worst cases
    except ContentError as exc:
        raise CaseFileError([str(exc)]) from None
    unknown = [key for key in data if key != "case"]
    if unknown:
        raise CaseFileError(
            [f"{path}: {quoted(unknown[0])}: is not a known key (write [[case]] tables)"]
        )
    tables = data.get("case")
    if not isinstance(tables, list) or not tables:
        raise CaseFileError([f"{path}: has no cases: write one [[case]] table for each story"])
    problems: list[str] = []
    cases: list[Case] = []
    seen: set[str] = set()
    met: dict[str, int] = {}  # how many tables so far carry each id, usable or not
    lines = _id_lines(text)
    for index, table in enumerate(tables):
        given = table.get("id") if isinstance(table, dict) else None
        before = met.get(given, 0) if isinstance(given, str) else 0
        if isinstance(given, str):
            met[given] = before + 1
        try:
            case = _case(content, table, index, lines, path)
        except CaseFileError as exc:
            problems.extend(exc.problems)
            continue
        if case.id in seen:
            written = lines.get(case.id, [])  # this table's id is the one after `before`
            where = f"{path}:{written[before]}" if before < len(written) else str(path)
            problems.append(f"{where}: case '{quoted(case.id)}': id: is used twice")
        seen.add(case.id)
        cases.append(case)
    if problems:
        raise CaseFileError(problems)
    return cases


def load_cases(content: TriageContent, path: Path) -> list[Case]:
    """The cases in the file at `path`; CaseFileError when it cannot be read or used."""
    try:
        text = read_text(path, MAX_CASES_BYTES)  # the content files' reader: a pipe is refused
    except ContentError as exc:
        raise CaseFileError([str(exc)]) from None
    return parse_cases(content, text, path)


def verdict(case: Case, result: TriageResult) -> str:
    """How the check did on one case: right, or what kind of wrong (urgency first)."""
    if result.urgency not in case.urgency:
        lowest = min(urgency_rank(level) for level in case.urgency)
        return UNDER if urgency_rank(result.urgency) < lowest else OVER
    if ANY not in case.leading and result.leading not in case.leading:
        return LEADING_WRONG
    return RIGHT


def run_cases(content: TriageContent, cases: Sequence[Case]) -> list[CaseOutcome]:
    outcomes = []
    for case in cases:
        result = evaluate(content, case.answers)
        outcomes.append(CaseOutcome(case, result, verdict(case, result)))
    return outcomes


def summary_line(outcomes: Sequence[CaseOutcome], language: str = DEFAULT_LANGUAGE) -> str:
    """`25 of 27 cases right; under-triaged 1; over-triaged 1; leading pattern wrong 0`."""
    right = sum(1 for o in outcomes if o.right)
    counts = {kind: sum(1 for o in outcomes if o.verdict == kind) for kind in (UNDER, OVER)}
    wrong_leading = sum(1 for o in outcomes if o.verdict == LEADING_WRONG)
    return say(
        language,
        "cases.summary",
        right=right,
        total=len(outcomes),
        under=counts[UNDER],
        over=counts[OVER],
        leading=wrong_leading,
    )


def describe_wrong(outcome: CaseOutcome, language: str = DEFAULT_LANGUAGE) -> str:
    """A wrong case in a few lines: what was expected, what came out, and why (in
    `language`; ids and verdicts stay as they are)."""
    words = partial(say, language)
    case, result = outcome.case, outcome.result
    either = f" {words('cases.either')} "
    urgency, leading = either.join(case.urgency), either.join(case.leading)
    lines = [
        f"{case.id}: {outcome.verdict}",
        "  " + words("cases.expected", urgency=urgency, leading=leading),
        "  " + words("cases.got", urgency=result.urgency, leading=result.leading),
    ]
    if case.story:
        lines.insert(1, "  " + words("cases.story", story=case.story))
    for hit in result.hits:
        lines.append("  " + words("cases.sign", urgency=hit.urgency, title=hit.title))
    for pattern in result.patterns:
        if not pattern.reasons_for and not pattern.reasons_against:
            continue
        found = (*pattern.reasons_for, *pattern.reasons_against)
        reasons = [f"{r.weight:+d} {r.text}" for r in found]
        lines.append(f"  {pattern.id} {pattern.score}: " + " | ".join(reasons))
    return "\n".join(lines)


def case_file_problems(content: TriageContent, path: Path) -> Iterator[ContentError]:
    """For `content check`: the project's own case file must load and be all right."""
    try:
        cases = load_cases(content, path)
    except CaseFileError as exc:
        for problem in exc.problems:
            yield ContentError(path, "", problem)
        return
    for outcome in run_cases(content, cases):
        if not outcome.right:
            yield ContentError(path, f"case '{outcome.case.id}'", describe_wrong(outcome))
