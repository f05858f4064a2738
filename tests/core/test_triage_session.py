"""The way through the check: forward, back, warnings, review and change."""

from __future__ import annotations

import pytest

from companion.core.records import EMERGENCY, URGENT
from companion.core.triage import AnswerError
from companion.core.triage_content import load_triage
from companion.core.triage_session import (
    EMERGENCY_STOP,
    QUESTION,
    RESULT,
    REVIEW,
    START,
    URGENT_NOTICE,
    CheckSession,
)

CONTENT = load_triage()

CALM = {
    "saddle_numbness": "no",
    "bladder_bowel_change": "no",
    "both_legs": "no",
    "weakness_worsening": "no",
    "chest_breath": "no",
    "serious_accident": "no",
    "clot_signs": "no",
    "health_signs": ["none"],
    "night_pain": "no",
    "pain_regions": ["upper_thigh_left"],
    "leg_vs_back": "no_back_pain",
    "feel": ["sharp_spot"],
    "pain_now": 5,
    "onset": "gradual",
    "how_long": "under_2_weeks",
    "getting_better": "better",
    "spreading_down": "no",
    "age_band": "under_50",
    "worse_with": ["fast_walking"],
    "eases_with": ["none"],
    "stretching_effect": "no_change",
    "back_stiff": "no",
    "thigh_tender": "one_spot",
    "stops_activities": "no",
}


def answer_until(session: CheckSession, stop: str | None = None) -> None:
    while session.screen == QUESTION and session.current is not None:
        if session.current.id == stop:
            return
        if session.current.selftest:
            session.skip()
        else:
            session.answer(CALM[session.current.id])
            session.next()


def test_a_calm_walk_ends_at_the_review_then_the_result() -> None:
    session = CheckSession(CONTENT)
    assert session.screen == START
    session.start()
    assert session.current is not None and session.current.id == "saddle_numbness"
    assert session.progress().number == 1
    assert session.progress().section_title == "Safety first"
    answer_until(session)
    assert session.screen == REVIEW
    assert session.all_answered()
    result = session.finish()
    assert session.screen == RESULT
    assert result.complete
    assert session.review()[0].answer_text == "No"


def test_back_walks_the_questions_asked_and_keeps_answers() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="leg_vs_back")
    session.back()
    assert session.current is not None and session.current.id == "pain_regions"
    assert session.current_answer() == ["upper_thigh_left"]
    for _ in range(20):
        if session.screen == START:
            break
        session.back()
    assert session.screen == START
    assert session.answers["saddle_numbness"] == "no"


def test_follow_up_questions_appear_only_when_needed() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="onset")
    session.answer("sudden_sport")
    session.next()
    assert session.current is not None and session.current.id == "felt_pop"
    total_with_follow_ups = session.progress().total
    session.back()
    session.answer("gradual")
    session.next()
    assert session.current is not None and session.current.id == "how_long"
    assert session.progress().total == total_with_follow_ups - 3


def test_an_urgent_answer_shows_its_advice_once_then_goes_on() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="night_pain")
    session.answer("yes")
    session.next()
    assert session.screen == URGENT_NOTICE
    assert [hit.urgency for hit in session.notice] == [URGENT]
    session.go_on_after_notice()
    assert session.screen == QUESTION and session.current is not None
    assert session.current.id == "pain_regions"
    session.back()
    session.next()  # the same answer again: no second notice
    assert session.screen == QUESTION


def test_an_emergency_answer_stops_and_back_lets_the_answer_be_changed() -> None:
    session = CheckSession(CONTENT)
    session.start()
    session.answer("yes")
    session.next()
    assert session.screen == EMERGENCY_STOP
    assert session.notice[0].urgency == EMERGENCY
    assert session.result().urgency == EMERGENCY
    session.back()
    assert session.screen == QUESTION
    assert session.current is not None and session.current.id == "saddle_numbness"
    session.answer("no")
    session.next()
    assert session.current is not None and session.current.id == "bladder_bowel_change"


def test_change_from_the_review_returns_to_it_after_any_new_question() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session)
    assert session.screen == REVIEW
    session.change("both_legs")
    session.answer("yes")
    session.next()
    assert session.screen == URGENT_NOTICE
    session.go_on_after_notice()
    assert session.current is not None and session.current.id == "both_legs_new_or_worse"
    session.answer("no")
    session.next()
    assert session.screen == REVIEW
    assert session.finish().urgency == URGENT


def test_self_checks_can_be_skipped() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="slump_result")
    assert session.current is not None and session.current.selftest == "slump"
    session.skip()
    assert session.answers["slump_result"] == "skipped"
    assert session.current is not None and session.current.id == "position_result"


def test_impossible_answers_are_refused() -> None:
    session = CheckSession(CONTENT)
    session.start()
    with pytest.raises(AnswerError):
        session.answer("perhaps")
    assert session.answers == {}


def test_the_record_holds_the_result() -> None:
    from datetime import UTC, datetime

    session = CheckSession(CONTENT)
    session.start()
    answer_until(session)
    record = session.record(datetime(2026, 3, 9, tzinfo=UTC))
    assert record.urgency == session.result().urgency
    assert record.summary == session.result().summary
    assert record.answers["saddle_numbness"] == "no"
    assert dict(record.patterns).keys() == {p.id for p in session.result().patterns}
