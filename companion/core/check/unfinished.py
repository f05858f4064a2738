"""A guided check left part-way, kept so the answers are not lost.

After each screen of a check under way the answers given so far are kept here (the
personal app only: a shared screen keeps nothing). When the app starts again, the
check's start screen offers to go on from the question the person was on, or to start
over. A finished check (a result, or the emergency stop) is saved as a check and this
is dropped; so it is when the person starts over. Answers left more than two days are
not offered: how the leg is now may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from companion.core.check.engine import answer_problem
from companion.core.check.model import TriageContent
from companion.core.check.session import QUESTION, REVIEW, START, URGENT_NOTICE, CheckSession
from companion.core.shared.app_state import AppState

UNFINISHED = "check_unfinished"
KEEP_FOR = timedelta(days=2)


@dataclass(frozen=True)
class Unfinished:
    answers: dict[str, object]
    remembered: set[str]  # answers taken from the last check, not asked this time
    at: str | None  # the question the person was on
    kept_at: datetime  # when the last of them was given


def keep_unfinished(state: AppState, session: CheckSession) -> None:
    """Keep the answers of a check under way, or drop them once there is nothing of
    the person's own to lose (not started, started over, or finished)."""
    own = [q for q in session.answers if q not in session.remembered]
    if state.kiosk:
        return
    if not own or session.screen not in (START, QUESTION, URGENT_NOTICE, REVIEW):
        drop_unfinished(state)
        return
    data = {
        "kept_at": state.now().isoformat(),
        "answers": dict(session.answers),
        "remembered": sorted(session.remembered),
        "at": session.current.id if session.current is not None else None,
    }
    table = state.store.table(UNFINISHED)
    records = table.all()
    kept = records[0].data if records else {}
    if (kept.get("answers"), kept.get("remembered")) == (data["answers"], data["remembered"]):
        # No answer given: the answers are as old as they were (the two days count from
        # the last one, not from the last look), and the start screen, reached again
        # after a restart, leaves the question the person was on as it was.
        data["kept_at"] = kept.get("kept_at")
        if session.screen == START:
            data["at"] = kept.get("at")
    if records and kept == data:
        return  # nothing new: no write
    if records:
        table.update(records[0].id, data)
    else:
        table.insert(data)


def read_unfinished(state: AppState, content: TriageContent) -> Unfinished | None:
    """The answers to offer back: only those the check can still take (its questions
    may have changed since), and None when none is left or they are over two days old."""
    if state.kiosk:
        return None
    records = state.store.table(UNFINISHED).all()
    data = records[0].data if records else {}
    try:
        kept_at = datetime.fromisoformat(str(data.get("kept_at")))
    except ValueError:
        return None
    if kept_at.tzinfo is None or not timedelta(0) <= state.now() - kept_at <= KEEP_FOR:
        return None
    given = data.get("answers")
    if not isinstance(given, dict):
        return None
    questions = {q.id: q for q in content.questions}
    answers = {
        q: value
        for q, value in given.items()
        if q in questions and answer_problem(questions[q], value) is None
    }
    listed = data.get("remembered")
    remembered = {q for q in listed if q in answers} if isinstance(listed, list) else set()
    if not any(q not in remembered for q in answers):
        return None
    at = data.get("at")
    return Unfinished(answers, remembered, at if isinstance(at, str) else None, kept_at)


def drop_unfinished(state: AppState) -> None:
    if state.kiosk:
        return
    table = state.store.table(UNFINISHED)
    for record in table.all():
        table.remove(record.id)
