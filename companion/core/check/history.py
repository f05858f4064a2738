"""Saved checks: kept in step with the answers, listed, opened again, deleted with undo.

`CheckKeeper` holds the one saved record of the check on screen. A result (or the
emergency stop) saves it; the same answers never save twice; "I answered by mistake"
and any change to the answers take it away at once, so a withdrawn result shows
nowhere (Home, Learn, the journal's markers, the reports); the next result is saved in
its place. `reopen` shows a past check with today's rules, and says so when they read
its answers differently from the day it was done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

from companion.core.check.engine import (
    TriageResult,
    answer_problem,
    evaluate,
    finding_name,
    finding_of,
    summary_line,
)
from companion.core.check.load import load_triage
from companion.core.check.model import TriageContent
from companion.core.shared.app_state import AppState
from companion.core.shared.content import InvalidContentError
from companion.core.shared.language import shipped_languages
from companion.core.shared.records import MIXED, CheckRecord, most_urgent


def _key(answers: Mapping[str, object]) -> str:
    return repr(sorted(answers.items()))


class CheckKeeper:
    """The saved record of the check on screen, kept in step with its answers."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.check_id: str | None = None
        self._answers_key: str | None = None

    @property
    def saved(self) -> bool:
        return self.check_id is not None

    def keep(self, record: CheckRecord) -> None:
        """Save the check shown now, in the place of this check's earlier result."""
        key = _key(record.answers)
        if self.check_id is not None and key == self._answers_key:
            return  # the same answers: already saved
        if not self.state.kiosk:  # a shared screen keeps nothing and has no Home
            record = with_summaries(record, self.state.content.language)
        if self.check_id is None:
            self.check_id = self.state.save_check(record)
        else:
            self.state.replace_check(self.check_id, record)
        self._answers_key = key

    def follow(self, answers: Mapping[str, object]) -> None:
        """After an answer changed: a result the answers no longer give is taken away."""
        if self.check_id is not None and _key(answers) != self._answers_key:
            self.withdraw()

    def withdraw(self) -> None:
        """Take the saved result away ("I answered by mistake")."""
        if self.check_id is not None:
            self.state.remove_check(self.check_id)
        self.forget()

    def forget(self) -> None:
        """A new check starts: the saved one stays saved, and is no longer this one's."""
        self.check_id = None
        self._answers_key = None


@cache
def _rules(language: str) -> TriageContent | None:
    """The check's words in `language`, read once; None if they cannot be read."""
    try:
        return load_triage(language=language)
    except InvalidContentError:
        return None


def with_summaries(record: CheckRecord, language: str) -> CheckRecord:
    """`record`, made in `language`, with its one-line summary in every language the
    app ships: Home shows the line in the language chosen later without loading the
    check's words at start."""
    lines = {language: record.summary}
    for code in shipped_languages():
        rules = _rules(code) if code != language else None
        if rules is not None:
            lines[code] = record_summary(rules, record)
    return replace(record, summaries=lines)


@dataclass(frozen=True)
class PastCheck:
    id: str
    time: datetime
    urgency: str
    leading: str
    summary: str
    scored: bool = True  # as TriageResult.scored: False when stopped early or under 18
    pattern: str = ""  # what it pointed to, in a few words ("" when none was scored)


def past_checks(state: AppState, content: TriageContent) -> list[PastCheck]:
    """Every saved check, newest first (damaged records are left out). A check is never
    listed as less urgent than its answers call for with today's rules: a saved urgency
    can be out of date, or edited by hand. Whether it was scored is the result's own
    answer (`TriageResult.scored`), so the list names a pattern when the result does."""
    listed = []
    for check_id, r in state.past_checks():
        today = evaluate(content, _readable(content, r.answers)[0])
        urgency = most_urgent([r.urgency, today.urgency])
        found = saved_finding(r)
        pattern = finding_name(content, r.leading, found) if today.scored else ""
        listed.append(
            PastCheck(check_id, r.time, urgency, r.leading, r.summary, today.scored, pattern)
        )
    return listed


def saved_finding(record: CheckRecord) -> str:
    """What a saved check's answers said about the patterns on the day (its saved
    leading pattern and scores): `LEADS`, `CLOSEST` or `NONE_CLOSE`."""
    return finding_of(record.leading, [score for _pattern, score in record.patterns])


def find_check(state: AppState, check_id: str) -> CheckRecord | None:
    return next((record for found, record in state.past_checks() if found == check_id), None)


@dataclass(frozen=True)
class Reopened:
    """A past check as today's rules read it."""

    record: CheckRecord
    result: TriageResult
    dropped: tuple[str, ...]  # saved answers today's check no longer asks or accepts

    @property
    def reads_differently(self) -> bool:
        """True when today's rules give another urgency or leading pattern than the
        result saved on the day."""
        return (self.result.urgency, self.result.leading) != (
            self.record.urgency,
            self.record.leading,
        )


def reopen(content: TriageContent, record: CheckRecord) -> Reopened:
    """The result of a past check's answers with today's rules. Answers the check no
    longer asks, or no longer accepts, are left out and listed."""
    kept, dropped = _readable(content, record.answers)
    return Reopened(record, evaluate(content, kept), tuple(dropped))


def latest_summary_today(state: AppState) -> str | None:
    """The newest check's one-line summary in the language the app speaks now, when it
    was saved without it (by a version before each language's line was kept); None
    when it has it, or the check's words cannot say it. Loads the check's words: call
    it after the window has shown. Nothing is written: the person's records stay as
    they were, and a full or read-only disk has nothing to complain about."""
    language = state.content.language
    past = state.past_checks()
    if state.kiosk or not past or past[0][1].summaries.get(language):
        return None
    record = past[0][1]
    rules = _rules(language)
    if rules is None or not _can_say(rules, record):
        return None
    return record_summary(rules, record)


def _can_say(content: TriageContent, record: CheckRecord) -> bool:
    """True when `content` knows the urgency and pattern `record` saved."""
    return record.urgency in content.urgencies and (
        record.leading == MIXED or record.leading in content.patterns
    )


def record_summary(content: TriageContent, record: CheckRecord) -> str:
    """A saved check's one-line summary in `content`'s language, made again from the
    urgency and pattern it saved (`summary` keeps the words of the language the check
    was done in). Whether it was for an adult, or stopped early, its answers tell. The
    saved words stay only when `content` does not know its urgency or pattern."""
    if not _can_say(content, record):
        return record.summary
    if record.leading != MIXED:
        return summary_line(
            content, record.urgency, record.leading, adults_only=False, stopped=False
        )
    result = reopen(content, record).result  # no pattern: under 18, stopped, or mixed
    return summary_line(
        content,
        record.urgency,
        MIXED,
        adults_only=result.adults_only,
        stopped=result.stopped,
        found=saved_finding(record),
    )


def _readable(
    content: TriageContent, answers: Mapping[str, object]
) -> tuple[dict[str, object], list[str]]:
    """The saved answers today's check accepts, and the ids of those it does not."""
    kept: dict[str, object] = {}
    dropped: list[str] = []
    for question_id, value in answers.items():
        if content.has_question(question_id):
            question = content.question(question_id)
            if answer_problem(question, value) is None:
                kept[question_id] = list(value) if isinstance(value, list | tuple) else value
                continue
        dropped.append(question_id)
    return kept, dropped
