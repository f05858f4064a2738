"""Red flags: every warning sign sets at least its urgency, whatever else was answered."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.check.engine import (
    AnswerError,
    evaluate,
    fill_number,
    next_question,
    red_flag_hits,
)
from companion.core.check.load import load_triage
from companion.core.check.model import (
    SHARED_SAFETY_QUESTIONS,
    YES_NO,
)
from companion.core.shared.records import (
    EMERGENCY,
    SELF_CARE,
    SOON,
    URGENCY_LEVELS,
    URGENT,
    urgency_rank,
)
from tests.helpers.check_rules import stops_here
from tests.helpers.red_flags import TRIGGERS, any_answers

CONTENT = load_triage()

RULES = {rule.id: rule for rule in CONTENT.rules}


def test_every_rule_has_a_trigger_in_this_test() -> None:
    assert set(TRIGGERS) == set(RULES)


def test_the_journals_safety_questions_are_always_asked_yes_no() -> None:
    for question_id in SHARED_SAFETY_QUESTIONS:
        question = CONTENT.question(question_id)
        assert question.kind == YES_NO
        assert question.show_if is None
        assert question.section == "safety"


def test_age_then_the_safety_questions_come_first() -> None:
    sections = [q.section for q in CONTENT.questions]
    count = sections.count("safety")
    assert sections[: count + 1] == ["about_you"] + ["safety"] * count
    assert next_question(CONTENT, {}) == CONTENT.question("age_band")
    assert next_question(CONTENT, {"age_band": "age_18_49"}) == CONTENT.question("saddle_numbness")


@pytest.mark.parametrize("rule_id", sorted(TRIGGERS))
def test_each_trigger_meets_its_rule_alone(rule_id: str) -> None:
    hits = red_flag_hits(CONTENT, TRIGGERS[rule_id])
    assert rule_id in [hit.rule_id for hit in hits]
    assert evaluate(CONTENT, TRIGGERS[rule_id]).urgency == RULES[rule_id].urgency


@pytest.mark.parametrize("question_id", ["saddle_numbness", "bladder_bowel_change"])
def test_saddle_and_bladder_signs_are_emergencies(question_id: str) -> None:
    (hit,) = red_flag_hits(CONTENT, {question_id: "yes"})
    assert hit.urgency == EMERGENCY
    assert hit.question_ids == (question_id,)
    assert "{emergency_number}" in hit.advice  # the level's words say whom to call
    assert stops_here(CONTENT, {question_id: "yes"})


@pytest.mark.parametrize("question_id", SHARED_SAFETY_QUESTIONS)
def test_not_sure_about_a_shared_sign_is_at_least_urgent(question_id: str) -> None:
    hits = red_flag_hits(CONTENT, {question_id: "not_sure"})
    assert hits and urgency_rank(hits[0].urgency) >= urgency_rank(URGENT)


def test_one_weak_sign_alone_is_urgent_never_emergency() -> None:
    for answers in (
        {"both_legs": "yes"},  # as the journal asks it: without the follow-up
        {"weakness_worsening": "yes"},
        {"night_pain": "yes"},
        {"clot_signs": "yes"},
        {"health_signs": ["fever"]},
    ):
        hits = red_flag_hits(CONTENT, answers)
        assert [hit.urgency for hit in hits] == [URGENT], answers
        assert not stops_here(CONTENT, answers)


def test_weakness_getting_worse_in_both_legs_is_an_emergency() -> None:
    hits = red_flag_hits(CONTENT, {"both_legs": "yes", "weakness_worsening": "yes"})
    assert hits[0].urgency == EMERGENCY
    assert hits[0].question_ids == ("both_legs", "weakness_worsening")
    assert [hit.urgency for hit in hits] == [EMERGENCY, URGENT, URGENT]


def test_hits_come_most_urgent_first() -> None:
    hits = red_flag_hits(
        CONTENT, {"night_pain": "yes", "spreading_down": "yes", "saddle_numbness": "yes"}
    )
    assert [hit.urgency for hit in hits] == [EMERGENCY, URGENT, SOON]


def test_all_no_means_no_hits_and_self_care() -> None:
    answers = {q: "no" for q in SHARED_SAFETY_QUESTIONS}
    assert red_flag_hits(CONTENT, answers) == []
    assert evaluate(CONTENT, answers).urgency == SELF_CARE


def test_an_emergency_answer_stops_the_check_at_once() -> None:
    assert next_question(CONTENT, {"saddle_numbness": "yes"}) is None
    urgent_only = {
        "age_band": "age_18_49",
        "saddle_numbness": "no",
        "bladder_bowel_change": "no",
        "both_legs": "yes",
    }
    question = next_question(CONTENT, urgent_only)
    assert question is not None and question.id == "both_legs_pattern"


def test_a_follow_up_answer_left_over_from_a_changed_path_does_not_count() -> None:
    answers = {"both_legs": "no", "both_legs_pattern": "new_or_worse"}
    assert red_flag_hits(CONTENT, answers) == []


# --- Both legs: nerve symptoms, not soreness; stable walking pattern is not an emergency --


@pytest.mark.parametrize(
    ("pattern", "urgency"),
    [
        ("new_or_worse", EMERGENCY),
        ("other", EMERGENCY),  # sciatica on both sides, even when not getting worse
        ("not_sure", URGENT),
        ("walking_stable", SOON),
    ],
)
def test_nerve_symptoms_in_both_legs(pattern: str, urgency: str) -> None:
    result = evaluate(CONTENT, {"both_legs": "yes", "both_legs_pattern": pattern})
    assert result.urgency == urgency
    assert len(result.hits) == 1  # one sign, named once


def test_the_both_legs_question_asks_about_nerve_symptoms_not_soreness() -> None:
    question = CONTENT.question("both_legs")
    for words in ("shooting or burning pain", "below the knee", "numbness", "pins and needles"):
        assert words in question.text
    assert question.hint == "Sore or stiff thighs after exercise do not count here."


@pytest.mark.parametrize(
    ("language", "weaker", "numb"), [("en", "weaker", "more numb"), ("es", "débil", "adormec")]
)
def test_the_weakness_question_asks_about_a_leg_getting_more_numb_too(
    language: str, weaker: str, numb: str
) -> None:
    # Its shared sign is "a leg getting weaker or more numb", and numbness that gets worse
    # needs a clinician the same day (shared/domain.md sections 1 and 5). Asking only about
    # weakness, the check let a leg going more numb answer "no" and end in self-care.
    question = load_triage(language=language).question("weakness_worsening")
    for words in (question.text, question.short):
        assert weaker in words and numb in words


def test_a_stable_walking_pattern_that_gets_weaker_is_an_emergency() -> None:
    answers = {"both_legs": "yes", "both_legs_pattern": "walking_stable"}
    assert evaluate(CONTENT, {**answers, "weakness_worsening": "yes"}).urgency == EMERGENCY


# --- Tears after any sudden start, and fractures ----------------------------------------


@pytest.mark.parametrize("onset", ["sudden_sport", "sudden_other", "not_sure"])
def test_the_tear_questions_follow_any_sudden_or_unsure_start(onset: str) -> None:
    answers: dict[str, Any] = {"onset": onset}
    asked = []
    for question_id in ("felt_pop", "walk_normally", "bruising"):
        question = CONTENT.question(question_id)
        assert question.show_if is not None and question.show_if.holds(answers)
        asked.append(question_id)
    assert CONTENT.question("felt_pop").kind == YES_NO  # yes, no, not sure
    assert asked == ["felt_pop", "walk_normally", "bruising"]


@pytest.mark.parametrize(
    ("pop", "walk", "bruise", "urgency"),
    [
        ("yes", "no", "none", URGENT),
        ("not_sure", "no", "none", URGENT),
        ("not_sure", "yes", "large", URGENT),
        ("yes", "yes", "small", SOON),  # a pop alone: the self-checks are left out
        ("no", "no", "large", SOON),
        ("no", "not_sure", "large", SOON),
        ("no", "no", "small", SOON),  # a limp alone, likewise
        ("no", "yes", "small", SELF_CARE),
        ("no", "yes", "none", SELF_CARE),
    ],
)
def test_tear_signs(pop: str, walk: str, bruise: str, urgency: str) -> None:
    answers = {
        "onset": "sudden_other",
        "pain_regions": ["upper_thigh_left"],
        "felt_pop": pop,
        "walk_normally": walk,
        "bruising": bruise,
    }
    assert evaluate(CONTENT, answers).urgency == urgency


@pytest.mark.parametrize("onset", ["sudden_sport", "sudden_other", "not_sure", "gradual"])
def test_a_check_that_leaves_out_the_self_checks_for_a_tear_never_ends_in_self_care(
    onset: str,
) -> None:
    """When the self-checks are left out because a tendon may be torn, the person reads
    "Your answers point to a possible tear"; the result then says to see a clinician at
    least soon. Before, a sudden pain with a limp, no pop and a small bruise was told so
    and then given self-care."""
    choices = ("yes", "no", "not_sure")
    for pop in choices:
        for walk in choices:
            for bruise in ("none", "small", "large", "not_sure"):
                answers = {
                    "onset": onset,
                    "pain_regions": ["buttock_right"],
                    "felt_pop": pop,
                    "walk_normally": walk,
                    "bruising": bruise,
                }
                result = evaluate(CONTENT, answers)
                if any(section.id == "selftests" for section in result.skipped):
                    assert urgency_rank(result.urgency) >= urgency_rank(SOON), answers


def test_sudden_pain_at_the_sitting_bone_with_a_limp_is_urgent_without_a_pop() -> None:
    answers = {
        "pain_regions": ["sitting_bone_right"],
        "onset": "sudden_sport",
        "felt_pop": "no",
        "walk_normally": "no",
        "bruising": "none",
    }
    assert evaluate(CONTENT, answers).urgency == URGENT


@pytest.mark.parametrize(
    ("age", "bones", "urgency"),
    [
        ("age_70_plus", ["none"], URGENT),
        ("age_50_69", ["thin_bones"], URGENT),
        ("age_18_49", ["steroids"], URGENT),
        ("age_50_69", ["none"], SELF_CARE),
    ],
)
def test_a_small_fall_with_a_higher_chance_of_a_fracture(
    age: str, bones: list[str], urgency: str
) -> None:
    answers = {"age_band": age, "minor_injury": "yes", "bone_risk": bones}
    assert evaluate(CONTENT, answers).urgency == urgency
    assert evaluate(CONTENT, {**answers, "minor_injury": "no"}).urgency == SELF_CARE


@pytest.mark.parametrize(
    ("age", "fall", "walk", "urgency"),
    [
        # From 50 to 69, a small fall and then trouble walking: a bone may be broken.
        ("age_50_69", "yes", "no", URGENT),
        ("age_50_69", "not_sure", "no", URGENT),
        ("age_50_69", "yes", "not_sure", URGENT),
        # Near-misses: walking normally, no fall (a limp alone is "soon", as before), or
        # under 50, where a limp after a slip stays "soon".
        ("age_50_69", "yes", "yes", SELF_CARE),
        ("age_50_69", "no", "no", SOON),
        ("age_18_49", "yes", "no", SOON),
    ],
)
def test_a_small_fall_then_trouble_walking_from_50(
    age: str, fall: str, walk: str, urgency: str
) -> None:
    """A 58-year-old who slipped and has limped since was told "see a clinician soon": the
    fracture rule started at 70 (domain.md section 1, "the app may use 70 or over")."""
    answers = {
        "age_band": age,
        "minor_injury": fall,
        "bone_risk": ["none"],
        "pain_regions": ["buttock_right"],
        "onset": "sudden_other",
        "felt_pop": "no",
        "walk_normally": walk,
        "bruising": "small",
    }
    result = evaluate(CONTENT, answers)
    assert result.urgency == urgency
    assert ("fall_trouble_walking" in [hit.rule_id for hit in result.hits]) == (urgency == URGENT)


@pytest.mark.parametrize(
    ("region", "onset", "walk", "bruise", "urgency"),
    [
        # Not sure how it started, at the sitting bone, with a limp or a large bruise.
        ("sitting_bone_left", "not_sure", "no", "none", URGENT),
        ("sitting_bone_left", "not_sure", "not_sure", "small", URGENT),
        ("sitting_bone_left", "not_sure", "yes", "large", URGENT),
        # Near-misses: walking normally with no large bruise, or not the sitting bone.
        ("sitting_bone_left", "not_sure", "yes", "small", SELF_CARE),
        ("upper_thigh_left", "not_sure", "no", "none", SOON),
    ],
)
def test_an_unsure_start_at_the_sitting_bone_with_a_limp_or_large_bruise(
    region: str, onset: str, walk: str, bruise: str, urgency: str
) -> None:
    """domain.md section 1: a felt pop is often absent or unsure, and sudden pain at the
    sitting bone with trouble walking or a large bruise is urgent. "Not sure" how it
    started with a limp there was "see a clinician soon"."""
    answers = {
        "pain_regions": [region],
        "onset": onset,
        "felt_pop": "no",
        "walk_normally": walk,
        "bruising": bruise,
    }
    assert evaluate(CONTENT, answers).urgency == urgency


def test_a_slow_sitting_bone_ache_without_a_limp_stays_self_care() -> None:
    answers = {
        "pain_regions": ["sitting_bone_right"],
        "onset": "gradual",
        "worse_with": ["hard_chairs", "sitting"],
    }
    assert evaluate(CONTENT, answers).urgency == SELF_CARE


def test_under_18_an_emergency_answer_stops_the_check_at_once() -> None:
    answers = {"age_band": "under_18", "saddle_numbness": "yes"}
    assert next_question(CONTENT, answers) is None
    result = evaluate(CONTENT, answers)
    assert result.urgency == EMERGENCY and result.stopped
    assert result.summary.startswith("Stopped early at a sign that needs help")


# --- Time: one rule, about six weeks, sooner if worse -----------------------------------


@pytest.mark.parametrize("how_long", ["under_2_weeks", "under_6_weeks", "over_6_weeks"])
def test_getting_worse_at_any_point_means_see_a_clinician(how_long: str) -> None:
    answers = {"how_long": how_long, "getting_better": "worse"}
    result = evaluate(CONTENT, answers)
    assert result.urgency == SOON
    assert "getting_worse" in [hit.rule_id for hit in result.hits]


def test_the_same_or_better_before_six_weeks_is_self_care() -> None:
    for better in ("same", "better"):
        answers = {"how_long": "under_6_weeks", "getting_better": better}
        assert evaluate(CONTENT, answers).urgency == SELF_CARE


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"saddle_numbess": "yes"}, "saddle_numbess: is not a question"),
        ({"saddle_numbness": "maybe"}, "saddle_numbness: should be one of yes, no, not_sure"),
        ({"pain_now": 11}, "pain_now: should be from 0 to 10"),
        ({"pain_now": True}, "pain_now: should be a whole number"),
        ({"health_signs": "fever"}, "health_signs: should be a list"),
        ({"health_signs": ["fever", "none"]}, "'none' cannot be picked with other answers"),
        ({"pain_regions": ["elbow"]}, "pain_regions: 'elbow' is not one of"),
        ({"onset": "yesterday"}, "onset: should be one of sudden_sport"),
    ],
)
def test_bad_answers_are_refused_with_a_clear_message(
    answers: dict[str, Any], message: str
) -> None:
    with pytest.raises(AnswerError) as caught:
        red_flag_hits(CONTENT, answers)
    assert message in str(caught.value)


def test_the_number_comes_from_settings_or_plain_words() -> None:
    advice = red_flag_hits(CONTENT, {"saddle_numbness": "yes"})[0].advice
    assert "Call 112 or" in fill_number(CONTENT, advice, "112")
    assert "your local emergency number" in fill_number(CONTENT, advice, None)


def test_a_sign_alone_says_how_soon_once_and_what_is_special_about_it() -> None:
    # As the journal shows a sign on its own: the level's words, then the sign's note.
    (hit,) = red_flag_hits(CONTENT, {"clot_signs": "yes"})
    assert hit.advice.startswith("Contact a doctor or urgent care today. ")
    assert hit.advice.endswith(hit.note)
    for rule in CONTENT.rules:
        assert "today" not in rule.note.replace("contact a doctor today", ""), rule.id


# --- Property: any red-flag answer forces at least its urgency --------------------------


@settings(max_examples=300, deadline=None)
@given(rule_id=st.sampled_from(sorted(TRIGGERS)), others=any_answers(CONTENT))
def test_any_red_flag_answer_forces_at_least_its_urgency(
    rule_id: str, others: dict[str, Any]
) -> None:
    answers = {**others, **TRIGGERS[rule_id]}
    result = evaluate(CONTENT, answers)
    assert urgency_rank(result.urgency) >= urgency_rank(RULES[rule_id].urgency)
    assert rule_id in [hit.rule_id for hit in result.hits]
    assert result.urgency == result.hits[0].urgency
    assert result.urgency in URGENCY_LEVELS


@pytest.mark.parametrize(
    "signs",
    [
        {"minor_injury": "yes", "bone_risk": ["none"]},  # at 70 or over: a broken bone?
        {"minor_injury": "not_sure", "bone_risk": ["none"]},
        {"age_band": "age_50_69", "minor_injury": "yes", "bone_risk": ["steroids"]},
        {"clot_signs": "yes"},
        {"clot_signs": "not_sure"},
        {"weakness_worsening": "yes"},
        {"weakness_worsening": "not_sure"},
        {"serious_accident": "not_sure"},
    ],
)
def test_the_self_checks_are_left_out_when_loading_the_leg_could_harm(
    signs: dict[str, object],
) -> None:
    """A possible broken bone or clot, a leg getting weaker or a fall that may have been
    serious: the check does not ask for a heel press, a slump or a 30-minute walk. The
    person reads why, and the result is urgent whatever the self-checks would have said."""
    answers: dict[str, object] = {"age_band": "age_70_plus", "pain_regions": ["buttock_right"]}
    answers |= signs
    result = evaluate(CONTENT, answers)
    (skipped,) = result.skipped
    assert skipped.id == "selftests" and "broken bone or a blood clot" in skipped.skipped_note
    assert urgency_rank(result.urgency) >= urgency_rank(URGENT)


def test_without_a_sign_against_them_the_self_checks_are_offered() -> None:
    calm = {"age_band": "age_70_plus", "minor_injury": "no", "clot_signs": "no"}
    assert evaluate(CONTENT, calm | {"weakness_worsening": "no"}).skipped == ()
