"""Case stories written from shared/domain.md: the urgency and the leading pattern each
should get. Each story is answered in the check's own order, as a person would, so a
story also proves its answers are asked on that path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from companion.core.records import (
    EMERGENCY,
    HAMSTRING_STRAIN,
    HAMSTRING_TENDON,
    LOWER_BACK,
    MIXED,
    SCIATIC_NERVE,
    SELF_CARE,
    SOON,
    SPINAL_CANAL,
    URGENT,
)
from companion.core.triage import TriageResult, evaluate, next_question
from companion.core.triage_content import SCALE, SEVERAL_OF, YES_NO, load_triage

CONTENT = load_triage()


def answer_in_order(given: dict[str, Any]) -> dict[str, Any]:
    """Walk the check: given answers where asked; everyday answers, "no", "none of
    these" and "skipped" elsewhere. Fails if a given answer is never asked."""
    answers: dict[str, Any] = {}
    while (question := next_question(CONTENT, answers)) is not None:
        if question.id in given:
            answers[question.id] = given[question.id]
        elif question.id in EVERYDAY:
            answers[question.id] = EVERYDAY[question.id]
        elif question.kind == YES_NO:
            answers[question.id] = "no"
        elif question.kind == SEVERAL_OF:
            answers[question.id] = ["none"]
        elif question.kind == SCALE:
            answers[question.id] = 4
        elif question.selftest:
            answers[question.id] = "skipped"
        else:
            raise AssertionError(f"the story does not answer {question.id!r}")
    never_asked = set(given) - set(answers)
    assert not never_asked, f"never asked: {never_asked}"
    return answers


@dataclass(frozen=True)
class Story:
    name: str
    answers: dict[str, Any]
    urgency: str
    leading: str
    avoid_mentions: tuple[str, ...] = ()
    rules: tuple[str, ...] = field(default=())


# Everyday answers for the parts a story does not care about.
EVERYDAY = {"age_band": "under_50", "how_long": "under_2_weeks", "getting_better": "same"}

STORIES = [
    Story(
        "nerve: office worker, burning and tingling to the calf, slump check positive, "
        "seven weeks without progress",
        {
            "pain_regions": ["buttock_right", "upper_thigh_right", "calf_right"],
            "leg_vs_back": "leg_worse",
            "feel": ["burning", "tingling", "tight"],
            "onset": "gradual",
            "how_long": "over_6_weeks",
            "worse_with": ["sitting", "cough_sneeze", "later_or_night"],
            "eases_with": ["lying_down"],
            "stretching_effect": "worse",
            "thigh_tender": "little",
            "slump_result": "head_changes",
        },
        SOON,
        SCIATIC_NERVE,
        ("Do not stretch your hamstrings",),
        ("not_better_after_6_weeks",),
    ),
    Story(
        "nerve: electric pain and numb foot after a week of long drives, self-checks skipped",
        {
            "pain_regions": ["upper_thigh_left", "calf_left", "foot_left"],
            "leg_vs_back": "leg_worse",
            "feel": ["electric", "numb"],
            "onset": "sudden_other",
            "bruising": "none",
            "worse_with": ["sitting"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "not_sure",
        },
        SELF_CARE,
        SCIATIC_NERVE,
        ("Never put heat on skin that feels numb", "Do not stretch your hamstrings"),
    ),
    Story(
        "strain: sprinter felt a sharp grab two days ago, small bruise, heel press hurts",
        {
            "how_long": "under_3_days",
            "pain_regions": ["upper_thigh_right"],
            "leg_vs_back": "no_back_pain",
            "feel": ["sharp_spot"],
            "onset": "sudden_sport",
            "felt_pop": "no",
            "bruising": "small",
            "walk_normally": "yes",
            "worse_with": ["fast_walking"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "one_spot",
            "slump_result": "stretch_only",
            "heel_press_result": "sharp_local",
        },
        SELF_CARE,
        HAMSTRING_STRAIN,
        ("No heat in the first three days", "No heat for the first three days"),
    ),
    Story(
        "strain: footballer a week after a kick, getting better, no self-checks",
        {
            "getting_better": "better",
            "pain_regions": ["lower_thigh_left"],
            "leg_vs_back": "no_back_pain",
            "feel": ["sharp_spot", "tight"],
            "onset": "sudden_sport",
            "felt_pop": "no",
            "bruising": "none",
            "walk_normally": "yes",
            "worse_with": ["fast_walking"],
            "eases_with": ["none"],
            "stretching_effect": "no_change",
            "thigh_tender": "one_spot",
        },
        SELF_CARE,
        HAMSTRING_STRAIN,
    ),
    Story(
        "tendon: runner with a deep ache at the sitting bone, worse on hard chairs and hills",
        {
            "how_long": "over_6_weeks",
            "getting_better": "better",
            "pain_regions": ["sitting_bone_left"],
            "leg_vs_back": "no_back_pain",
            "feel": ["dull_ache"],
            "onset": "gradual",
            "worse_with": ["hard_chairs", "hills_stairs", "next_day"],
            "eases_with": ["warming_up"],
            "stretching_effect": "no_change",
            "thigh_tender": "not_sure",
            "slump_result": "no_pain",
            "position_result": "no_change",
        },
        SELF_CARE,
        HAMSTRING_TENDON,
        ("hard chairs",),
    ),
    Story(
        "tendon: ache just above the back of the knee after starting hill walking",
        {
            "pain_regions": ["knee_back_right"],
            "leg_vs_back": "no_back_pain",
            "feel": ["dull_ache", "tight"],
            "onset": "gradual",
            "worse_with": ["hills_stairs"],
            "eases_with": ["warming_up"],
            "stretching_effect": "no_change",
            "thigh_tender": "not_sure",
        },
        SELF_CARE,
        HAMSTRING_TENDON,
    ),
    Story(
        "back: stiff lower back with a dull ache into the thigh that changes with position",
        {
            "pain_regions": ["lower_back", "buttock_left", "upper_thigh_left"],
            "leg_vs_back": "back_worse",
            "feel": ["dull_ache"],
            "onset": "sudden_other",
            "bruising": "none",
            "worse_with": ["bending"],
            "eases_with": ["moving_back"],
            "stretching_effect": "no_change",
            "back_stiff": "yes",
            "thigh_tender": "little",
            "position_result": "changes",
        },
        SELF_CARE,
        LOWER_BACK,
        ("long bed rest",),
    ),
    Story(
        "canal: 68-year-old whose thighs get heavy on walks, eased by sitting, for months",
        {
            "age_band": "over_50",
            "how_long": "over_6_weeks",
            "pain_regions": ["lower_back", "upper_thigh_right", "lower_thigh_right"],
            "leg_vs_back": "same",
            "feel": ["heavy", "dull_ache"],
            "onset": "gradual",
            "worse_with": ["standing_walking"],
            "eases_with": ["sitting_down", "bending_forward"],
            "stretching_effect": "no_change",
            "thigh_tender": "little",
            "walking_result": "eased_by_sitting",
        },
        SOON,
        SPINAL_CANAL,
        rules=("not_better_after_6_weeks",),
    ),
    Story(
        "canal: both legs heavy on walking for years, not new or worse: same-day check",
        {
            "both_legs": "yes",
            "both_legs_new_or_worse": "no",
            "age_band": "over_50",
            "how_long": "over_6_weeks",
            "getting_better": "better",
            "pain_regions": ["upper_thigh_left", "upper_thigh_right"],
            "leg_vs_back": "leg_worse",
            "feel": ["heavy"],
            "onset": "gradual",
            "worse_with": ["standing_walking"],
            "eases_with": ["bending_forward", "sitting_down"],
            "stretching_effect": "not_tried",
            "thigh_tender": "little",
        },
        URGENT,
        SPINAL_CANAL,
        rules=("both_legs",),
    ),
    Story(
        "mixed: back ache with tingling to the calf, worse sitting and bending",
        {
            "pain_regions": ["lower_back", "upper_thigh_left", "calf_left"],
            "leg_vs_back": "same",
            "feel": ["dull_ache", "tingling"],
            "onset": "gradual",
            "worse_with": ["sitting", "bending"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "little",
        },
        SELF_CARE,
        MIXED,
        ("avoid hard hamstring stretches",),
    ),
    Story(
        "mixed: vague tightness with nothing pointing anywhere",
        {
            "pain_regions": ["upper_thigh_right"],
            "leg_vs_back": "no_back_pain",
            "feel": ["tight"],
            "onset": "not_sure",
            "worse_with": ["none"],
            "eases_with": ["none"],
            "stretching_effect": "no_change",
            "thigh_tender": "not_sure",
        },
        SELF_CARE,
        MIXED,
    ),
    Story(
        "red flag: saddle numbness stops the check at the first question",
        {"saddle_numbness": "yes"},
        EMERGENCY,
        MIXED,
        rules=("saddle_numbness",),
    ),
    Story(
        "red flag: new trouble holding urine stops the check",
        {"bladder_bowel_change": "yes"},
        EMERGENCY,
        MIXED,
        rules=("bladder_bowel_change",),
    ),
    Story(
        "red flag: sciatica in both legs, new in the last weeks",
        {"both_legs": "yes", "both_legs_new_or_worse": "yes"},
        EMERGENCY,
        MIXED,
        rules=("both_legs_new_or_worse", "both_legs"),
    ),
    Story(
        "red flag: leg pain with chest pain",
        {"chest_breath": "yes"},
        EMERGENCY,
        MIXED,
        rules=("chest_breath",),
    ),
    Story(
        "red flag: pain after falling from a ladder",
        {"serious_accident": "yes"},
        EMERGENCY,
        MIXED,
        rules=("serious_accident",),
    ),
    Story(
        "red flag: one foot dragging more each day, with nerve pain",
        {
            "weakness_worsening": "yes",
            "pain_regions": ["buttock_left", "calf_left", "foot_left"],
            "leg_vs_back": "leg_worse",
            "feel": ["electric", "numb"],
            "onset": "gradual",
            "worse_with": ["cough_sneeze"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "little",
        },
        URGENT,
        SCIATIC_NERVE,
        rules=("weakness_worsening",),
    ),
    Story(
        "red flag: swollen, warm, red calf that throbs (possible clot)",
        {
            "clot_signs": "yes",
            "pain_regions": ["calf_right"],
            "leg_vs_back": "no_back_pain",
            "feel": ["tight"],
            "onset": "gradual",
            "worse_with": ["standing_walking"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "not_sure",
        },
        URGENT,
        MIXED,
        rules=("clot_signs",),
    ),
    Story(
        "red flag: back and leg pain with a fever",
        {
            "health_signs": ["fever"],
            "pain_regions": ["lower_back"],
            "leg_vs_back": "back_worse",
            "feel": ["dull_ache"],
            "onset": "gradual",
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "little",
        },
        URGENT,
        LOWER_BACK,
        rules=("fever",),
    ),
    Story(
        "red flag: new pain after cancer treatment, and weight loss",
        {
            "health_signs": ["weight_loss", "cancer_history"],
            "pain_regions": ["upper_thigh_left"],
            "leg_vs_back": "same",
            "feel": ["dull_ache"],
            "onset": "gradual",
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "little",
            "night_pain": "yes",
        },
        URGENT,
        MIXED,
        rules=("weight_loss", "cancer_history", "night_pain"),
    ),
    Story(
        "red flag: night pain alone is urgent, not an emergency",
        {
            "night_pain": "yes",
            "pain_regions": ["upper_thigh_left"],
            "leg_vs_back": "no_back_pain",
            "feel": ["dull_ache"],
            "onset": "gradual",
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "not_sure",
        },
        URGENT,
        MIXED,
        rules=("night_pain",),
    ),
    Story(
        "red flag: a pop while sprinting, big bruise, cannot walk normally",
        {
            "how_long": "under_3_days",
            "pain_regions": ["sitting_bone_right", "upper_thigh_right"],
            "leg_vs_back": "no_back_pain",
            "feel": ["sharp_spot"],
            "onset": "sudden_sport",
            "felt_pop": "yes",
            "bruising": "large",
            "walk_normally": "no",
            "worse_with": ["fast_walking"],
            "eases_with": ["none"],
            "stretching_effect": "not_tried",
            "thigh_tender": "one_spot",
        },
        URGENT,
        HAMSTRING_STRAIN,
        rules=("tendon_tear",),
    ),
    Story(
        "soon: nerve pain spreading further down the leg this week",
        {
            "spreading_down": "yes",
            "pain_regions": ["buttock_right", "lower_thigh_right", "calf_right"],
            "leg_vs_back": "leg_worse",
            "feel": ["burning", "electric"],
            "onset": "gradual",
            "worse_with": ["sitting", "later_or_night"],
            "eases_with": ["none"],
            "stretching_effect": "worse",
            "thigh_tender": "little",
        },
        SOON,
        SCIATIC_NERVE,
        rules=("spreading_down",),
    ),
]


def result_of(story: Story) -> TriageResult:
    return evaluate(CONTENT, answer_in_order(story.answers))


def test_there_are_at_least_fifteen_stories_covering_every_pattern() -> None:
    assert len(STORIES) >= 15
    leading = {story.leading for story in STORIES}
    urgency = {story.urgency for story in STORIES}
    assert leading == {
        SCIATIC_NERVE,
        HAMSTRING_STRAIN,
        HAMSTRING_TENDON,
        LOWER_BACK,
        SPINAL_CANAL,
        MIXED,
    }
    assert urgency == {EMERGENCY, URGENT, SOON, SELF_CARE}


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
def test_story(story: Story) -> None:
    result = result_of(story)
    scores = [(p.id, p.score) for p in result.patterns]
    assert result.urgency == story.urgency, scores
    assert result.leading == story.leading, scores
    hit_ids = [hit.rule_id for hit in result.hits]
    for rule in story.rules:
        assert rule in hit_ids
    advice = " ".join(result.avoid)
    for words in story.avoid_mentions:
        if words.startswith("No heat"):
            assert "No heat" in advice
        else:
            assert words.lower() in advice.lower(), advice
    if result.urgency != EMERGENCY:
        assert result.complete
    if result.leading != MIXED:
        assert result.summary.startswith("Fits ")
        assert result.pattern(result.leading).reasons_for


def test_nerve_leading_never_advises_stretching_the_hamstrings() -> None:
    result = result_of(STORIES[0])
    assert any("Do not stretch your hamstrings" in text for text in result.avoid)
    assert not any("stretch" in text.lower() and "hamstring" in text.lower() for text in result.do)


def test_reasons_name_the_answers_behind_them() -> None:
    result = result_of(STORIES[0])
    nerve = result.pattern(SCIATIC_NERVE)
    assert any(r.question_ids == ("slump_result",) for r in nerve.reasons_for)
    strain = result.pattern(HAMSTRING_STRAIN)
    assert any(r.question_ids == ("onset",) for r in strain.reasons_against)


def test_warning_signs_answered_no_are_listed_as_not_reported() -> None:
    result = result_of(STORIES[2])
    signs = [item.title for item in result.ruled_out if item.kind == "sign"]
    assert "Numbness around the genitals or bottom" in signs
    assert "Pain with a fever" in signs
    assert len(signs) == len(set(signs))
    patterns = [item.id for item in result.ruled_out if item.kind == "pattern"]
    assert SPINAL_CANAL in patterns


def test_the_same_answers_always_give_the_same_result() -> None:
    answers = answer_in_order(STORIES[0].answers)
    assert evaluate(CONTENT, answers) == evaluate(CONTENT, dict(reversed(answers.items())))
