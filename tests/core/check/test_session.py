"""The way through the check: forward, back, warnings, review and change."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.check.engine import AnswerError
from companion.core.check.load import load_triage
from companion.core.check.reach import calm_answers
from companion.core.check.session import (
    ADULTS_ONLY_STOP,
    EMERGENCY_STOP,
    QUESTION,
    RESULT,
    REVIEW,
    START,
    URGENT_NOTICE,
    CheckSession,
)
from companion.core.shared.records import EMERGENCY, SOON, URGENT
from tests.helpers.answers import SAFE
from tests.helpers.random_answers import random_answer

CONTENT = load_triage()
CALM_FOR_ANY = calm_answers(CONTENT)

CALM = {
    **SAFE,  # no warning sign
    "pain_regions": ["upper_thigh_left"],
    "leg_vs_back": "no_back_pain",
    "feel": ["sharp_spot"],
    "pain_now": 5,
    "onset": "gradual",
    "how_long": "under_2_weeks",
    "getting_better": "better",
    "spreading_down": "no",
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
            # A question this story does not mention gets the check's own calm answer.
            session.answer(CALM.get(session.current.id, CALM_FOR_ANY[session.current.id]))
            session.next()


def test_a_calm_walk_ends_at_the_review_then_the_result() -> None:
    session = CheckSession(CONTENT)
    assert session.screen == START
    session.start()
    assert session.current is not None and session.current.id == "age_band"
    assert session.progress().section_title == "About you"
    assert session.progress().done == 0.0
    answer_until(session)
    assert session.screen == REVIEW
    assert session.all_answered()
    result = session.finish()
    assert session.screen == RESULT
    assert result.complete
    assert session.review()[0].answer_text == "18 to 49"
    assert session.review()[1].answer_text == "No"


def test_age_is_remembered_from_the_last_check_and_can_be_changed() -> None:
    session = CheckSession(CONTENT)
    session.start({"age_band": "age_70_plus", "saddle_numbness": "yes"})
    # Only questions marked to be remembered are kept; age is not asked again.
    assert session.current is not None and session.current.id == "saddle_numbness"
    assert session.answers == {"age_band": "age_70_plus"}
    assert session.progress().section_title == "Safety first"
    assert session.progress().section_number == 1
    session.back()
    assert session.screen == START  # the first question asked is the first one back
    session.start({"age_band": "age_70_plus"})
    answer_until(session)
    ages = [line for line in session.review() if line.question.id == "age_band"]
    assert ages[0].answer_text == "70 or over"
    assert "age_band" in session.remembered
    session.change("age_band")
    session.answer("age_50_69")
    session.next()
    assert session.screen == REVIEW
    assert session.answers["age_band"] == "age_50_69"
    assert "age_band" not in session.remembered


@pytest.mark.parametrize("remembered", [{"age_band": "under_50"}, {"age_band": "under_18"}, {}])
def test_an_old_or_missing_age_is_asked_again(remembered: dict[str, object]) -> None:
    session = CheckSession(CONTENT)
    session.start(remembered)
    assert session.current is not None and session.current.id == "age_band"
    assert session.answers == {}


# A teenager with a gradual ache and no warning signs.
TEEN_CALM = {
    **CALM_FOR_ANY,
    "health_signs": ["none"],
    "pain_regions": ["upper_thigh_left"],
    "onset": "gradual",
}


def _calm(session: CheckSession) -> None:
    assert session.current is not None
    session.answer(TEEN_CALM[session.current.id])
    session.next()


def test_under_18_asks_the_warning_signs_then_stops_kindly() -> None:
    session = CheckSession(CONTENT)
    session.start()
    session.answer("under_18")
    session.next()
    assert session.screen == QUESTION and session.current is not None
    assert session.current.id == "saddle_numbness"
    progress = session.progress()
    # Safety, then where it hurts and how it began (the tear signs read them).
    assert (progress.section_number, progress.section_count) == (2, 4)
    parts = []
    while session.screen == QUESTION:
        assert session.current is not None
        progress = session.progress()
        parts.append((progress.section_number, progress.section_count, session.current.section))
        _calm(session)
    assert parts[-2:] == [(3, 4, "where"), (4, 4, "start")]
    assert session.screen == ADULTS_ONLY_STOP
    assert session.result().adults_only and session.result().urgency == SOON
    sections = [line.question.section for line in session.review()]
    assert sections == ["about_you"] + ["safety"] * (len(sections) - 3) + ["where", "start"]
    session.back()
    assert session.screen == QUESTION and session.current is not None
    assert session.current.id == "onset"


def test_under_18_a_sudden_start_asks_the_tear_questions_in_its_part() -> None:
    session = CheckSession(CONTENT)
    session.start()
    session.answer("under_18")
    session.next()
    while session.screen == QUESTION and session.current is not None:
        if session.current.id == "onset":
            break
        _calm(session)
    assert session.current is not None and session.current.id == "onset"
    session.answer("sudden_sport")
    session.next()
    seen = []
    while session.screen in (QUESTION, URGENT_NOTICE):
        if session.screen == URGENT_NOTICE:
            session.go_on_after_notice()
            continue
        assert session.current is not None
        progress = session.progress()
        seen.append((session.current.id, progress.section_number, progress.section_count))
        session.answer({"felt_pop": "yes", "walk_normally": "no"}.get(session.current.id, "none"))
        session.next()
    assert seen == [("felt_pop", 4, 4), ("walk_normally", 4, 4), ("bruising", 4, 4)]
    assert session.screen == ADULTS_ONLY_STOP
    assert session.result().urgency == URGENT


def test_under_18_an_emergency_answer_stops_at_once() -> None:
    session = CheckSession(CONTENT)
    session.start()
    session.answer("under_18")
    session.next()
    session.answer("yes")  # saddle numbness
    session.next()
    assert session.screen == EMERGENCY_STOP


def test_under_18_an_urgent_sign_is_noticed_and_kept_to_the_kind_stop() -> None:
    session = CheckSession(CONTENT)
    session.start()
    session.answer("under_18")
    session.next()
    while session.current is not None and session.current.id != "clot_signs":
        _calm(session)
    session.answer("yes")
    session.next()
    assert session.screen == URGENT_NOTICE
    session.go_on_after_notice()
    while session.screen == QUESTION:
        _calm(session)
    assert session.screen == ADULTS_ONLY_STOP
    assert session.result().urgency == URGENT


def test_under_18_chosen_from_the_review_stops_kindly() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop=None)
    assert session.screen == REVIEW
    session.change("age_band")
    session.answer("under_18")
    session.next()
    assert session.screen == ADULTS_ONLY_STOP


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
    session.answer("sudden_other")
    session.next()
    assert session.current is not None and session.current.id == "felt_pop"
    session.back()
    session.answer("gradual")
    session.next()
    assert session.current is not None and session.current.id == "how_long"


def test_progress_goes_by_part_and_never_moves_back() -> None:
    session = CheckSession(CONTENT)
    session.start()
    seen: list[float] = []
    parts: list[tuple[int, int]] = []
    while session.screen == QUESTION and session.current is not None:
        progress = session.progress()
        seen.append(progress.done)
        parts.append((progress.section_number, progress.section_count))
        if session.current.selftest:
            session.skip()
        else:
            # A question this story does not mention gets the check's own calm answer.
            session.answer(CALM.get(session.current.id, CALM_FOR_ANY[session.current.id]))
            session.next()
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert parts[0] == (1, 7) and parts[-1] == (7, 7)
    assert all(count == 7 for _part, count in parts)


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


def test_a_follow_up_is_asked_before_the_notice_its_question_raised() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="both_legs")
    session.answer("yes")
    session.next()
    # No "urgent" before knowing how the symptoms in both legs behave.
    assert session.screen == QUESTION and session.current is not None
    assert session.current.id == "both_legs_pattern"
    session.answer("walking_stable")
    session.next()
    assert session.screen == QUESTION  # "see a clinician soon": no notice, no stop
    session.back()
    session.answer("not_sure")
    session.next()
    assert session.screen == URGENT_NOTICE
    assert [hit.rule_id for hit in session.notice] == ["both_legs"]


def test_an_emergency_answer_stops_and_back_lets_the_answer_be_changed() -> None:
    session = CheckSession(CONTENT)
    session.start({"age_band": "age_18_49"})
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


def test_an_emergency_answer_kept_on_the_way_back_stops_at_once() -> None:
    session = CheckSession(CONTENT)
    session.start({"age_band": "age_18_49"})
    session.answer("yes")  # saddle numbness, then Back instead of Next
    session.back()
    assert session.screen == EMERGENCY_STOP
    assert [hit.rule_id for hit in session.notice] == ["saddle_numbness"]
    session.back()  # "I answered by mistake"
    session.answer("no")
    session.back()
    assert session.screen == START


def test_change_from_the_review_returns_to_it_after_any_new_question() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session)
    assert session.screen == REVIEW
    session.change("both_legs")
    session.answer("yes")
    session.next()
    assert session.current is not None and session.current.id == "both_legs_pattern"
    session.answer("not_sure")
    session.next()
    assert session.screen == URGENT_NOTICE
    session.go_on_after_notice()
    assert session.screen == REVIEW
    assert session.finish().urgency == URGENT


def test_a_possible_tear_leaves_out_the_self_checks_and_says_why() -> None:
    session = CheckSession(CONTENT)
    session.start()
    answer_until(session, stop="onset")
    for value in ("sudden_sport", "not_sure", "no"):  # the start, the pop, the walking
        session.answer(value)
        session.next()
    if session.screen == URGENT_NOTICE:
        session.go_on_after_notice()
    session.answer("large")
    session.next()
    answer_until(session)
    assert session.screen == REVIEW
    assert not any(line.question.section == "selftests" for line in session.review())
    (skipped,) = session.skipped_sections()
    assert skipped.id == "selftests" and "possible tear of a tendon" in skipped.skipped_note
    assert session.finish().skipped == (skipped,)


def test_home_opens_the_first_question_except_before_the_first_check() -> None:
    session = CheckSession(CONTENT)
    session.open_from_elsewhere(first_check=True)
    assert session.screen == START
    session.open_from_elsewhere(first_check=False, remembered={"age_band": "age_50_69"})
    assert session.screen == QUESTION and session.current is not None
    assert session.current.id == "saddle_numbness"
    session.answer("no")
    session.next()
    session.open_from_elsewhere(first_check=False)  # under way: carry on where it was
    assert session.current is not None and session.current.id == "bladder_bowel_change"


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


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_progress_moves_forward_on_any_path(seed: int) -> None:
    rng = random.Random(seed)
    session = CheckSession(CONTENT)
    session.start()
    last = -1.0
    for _ in range(80):
        if session.screen == URGENT_NOTICE:
            session.go_on_after_notice()
            continue
        if session.screen != QUESTION or session.current is None:
            break
        done = session.progress().done
        assert last < done < 1.0
        last = done
        session.answer(random_answer(session.current, rng))
        session.next()
    assert session.screen != QUESTION
