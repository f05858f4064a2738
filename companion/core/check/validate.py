"""Checks of the guided check's content that walk its paths with the engine: every part
reachable, advice that never conflicts with a safety rule, no line said twice, no shared
warning sign or timing rule written again (`load_folder(..., scan=True)`), and the
project's own case stories (`cases.toml`) all right.

`companion content check` (and the app's `--self-test`) run them through
`check_language`; `load_triage`, which the app calls when the Check page opens, checks
only the files themselves, so it stays quick.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from companion.core.check.advice import DO
from companion.core.check.cases import CASES_FILE, case_file_problems
from companion.core.check.load import load_folder
from companion.core.check.model import FOLDER, TriageContent
from companion.core.check.reach import answers_meeting, calm_answers, unreachable_questions
from companion.core.check.rules import All, AnyOf, Condition, Not
from companion.core.shared.content import ContentError, InvalidContentError
from companion.core.shared.near_duplicates import near_duplicate
from companion.core.shared.records import EMERGENCY

NEVER = "no answers along the check's path can make this hold"
_HEAT_WORDS = re.compile(
    r"\b(heat|heated|heating|hot|calor|caliente|calientes|calentar|calentarse)\b", re.IGNORECASE
)


def _reachability(content: TriageContent, folder: Path) -> Iterator[ContentError]:
    questions_file = folder / "questions.toml"
    for question_id in unreachable_questions(content):
        yield ContentError(
            questions_file,
            f"question '{question_id}'.show_if",
            "no answers to the earlier questions can make this question appear",
        )
    calm = calm_answers(content)
    for rule in content.rules:
        if answers_meeting(content, rule.when, calm) is None:
            yield ContentError(folder / "red_flags.toml", f"rule '{rule.id}'.when", NEVER)
    for evidence in content.evidence:
        if answers_meeting(content, evidence.when, calm) is None:
            yield ContentError(folder / "evidence.toml", f"evidence[{evidence.index}].when", NEVER)
    advice_file = folder / "advice.toml"
    for advice in content.advice:
        if advice.when is not None and answers_meeting(content, advice.when, calm) is None:
            yield ContentError(advice_file, f"{advice.id}.when", NEVER)
    for no_heat in content.no_heat:
        if answers_meeting(content, no_heat.when, calm) is None:
            yield ContentError(advice_file, f"{no_heat.id}.when", NEVER)
    if answers_meeting(content, content.adults_only.when, calm) is None:
        yield ContentError(folder / "outcomes.toml", "adults_only.when", NEVER)


def _any(conditions: list[Condition]) -> Condition:
    return conditions[0] if len(conditions) == 1 else AnyOf(tuple(conditions))


def advice_conflicts(content: TriageContent, folder: Path) -> Iterator[ContentError]:
    """Advice that conflicts with a safety rule, or says what another line says."""
    advice_file = folder / "advice.toml"
    calm = calm_answers(content)
    no_heat = _any([rule.when for rule in content.no_heat]) if content.no_heat else None
    emergencies = [rule.when for rule in content.rules if rule.urgency == EMERGENCY]
    for advice in content.advice:
        if advice.kind == DO and not advice.heat and _HEAT_WORDS.search(advice.text):
            yield ContentError(
                advice_file,
                f"{advice.id}.heat",
                "speaks of heat: mark it heat = true, so it is never shown when heat is unsafe",
            )
        if advice.when is None:
            continue
        if advice.heat and no_heat is not None:
            safe = All((advice.when, Not(no_heat)))
            if answers_meeting(content, safe, calm) is None:
                yield ContentError(
                    advice_file,
                    f"{advice.id}.when",
                    "suggests heat only when a [[no_heat]] rule says heat is unsafe",
                )
        if emergencies:
            calm_enough = All((advice.when, Not(_any(emergencies))))
            if answers_meeting(content, calm_enough, calm) is None:
                yield ContentError(
                    advice_file,
                    f"{advice.id}.when",
                    "holds only with an emergency, whose result shows emergency actions only",
                )
    lines = [(a.id, a.text) for a in content.advice] + [(r.id, r.text) for r in content.no_heat]
    for (first_id, first), (second_id, second) in itertools.combinations(lines, 2):
        if near_duplicate(first, second):
            yield ContentError(
                advice_file,
                f"{second_id}.text",
                f"says nearly the same as {first_id}; keep one of them",
            )


def cross_checks(content: TriageContent, folder: Path) -> Iterator[ContentError]:
    """Every problem that needs the engine to find."""
    yield from _reachability(content, folder)
    yield from advice_conflicts(content, folder)


def check_language(folder: Path) -> Iterator[ContentError]:
    """Content check of one language folder (`content/en`): every triage problem, and
    every story in its case file that the check gets wrong."""
    try:
        content = load_folder(folder / FOLDER, folder.name, scan=True)
    except InvalidContentError as exc:
        yield from exc.errors
        return
    problems = list(cross_checks(content, folder / FOLDER))
    if problems:
        yield from problems
        return  # the stories rest on content that is right
    cases = folder / FOLDER / CASES_FILE
    if cases.exists():
        yield from case_file_problems(content, cases)
