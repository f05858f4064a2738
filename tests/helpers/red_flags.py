"""Red flags for the check's tests: answers that meet each rule, and any answers at all."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from companion.core.check.model import LIST_KINDS, SCALE, YES_NO, Question, TriageContent

# For each rule: answers that meet it (with the answers that make its questions appear).
TRIGGERS: dict[str, dict[str, Any]] = {
    "saddle_numbness": {"saddle_numbness": "yes"},
    "bladder_bowel_change": {"bladder_bowel_change": "yes"},
    "both_legs_nerve": {"both_legs": "yes", "both_legs_pattern": "new_or_worse"},
    "both_legs_weakness_worsening": {"both_legs": "yes", "weakness_worsening": "yes"},
    "chest_breath": {"chest_breath": "yes"},
    "serious_accident": {"serious_accident": "yes"},
    "saddle_numbness_unsure": {"saddle_numbness": "not_sure"},
    "bladder_bowel_unsure": {"bladder_bowel_change": "not_sure"},
    "both_legs": {"both_legs": "yes", "both_legs_pattern": "not_sure"},
    "weakness_worsening": {"weakness_worsening": "yes"},
    "chest_breath_unsure": {"chest_breath": "not_sure"},
    "serious_accident_unsure": {"serious_accident": "not_sure"},
    "fracture_risk": {"age_band": "age_70_plus", "minor_injury": "yes"},
    "fall_trouble_walking": {
        "age_band": "age_50_69",
        "minor_injury": "yes",
        "onset": "sudden_other",
        "walk_normally": "no",
    },
    "older_sudden_strain": {"age_band": "age_70_plus", "onset": "sudden_other"},
    "clot_signs": {"clot_signs": "yes"},
    "fever": {"health_signs": ["fever"]},
    "weight_loss": {"health_signs": ["weight_loss"]},
    "cancer_history": {"health_signs": ["cancer_history"]},
    "night_pain": {"night_pain": "yes"},
    "tendon_tear": {"onset": "sudden_sport", "felt_pop": "yes", "walk_normally": "no"},
    "sitting_bone_tear": {
        "pain_regions": ["sitting_bone_left"],
        "onset": "sudden_other",
        "bruising": "large",
    },
    "tear_possible": {"onset": "not_sure", "walk_normally": "no", "bruising": "large"},
    "both_legs_walking": {"both_legs": "yes", "both_legs_pattern": "walking_stable"},
    "night_pain_unsure": {"night_pain": "not_sure"},
    "getting_worse": {"how_long": "under_2_weeks", "getting_better": "worse"},
    "not_better_after_6_weeks": {"how_long": "over_6_weeks", "getting_better": "same"},
    "spreading_down": {"spreading_down": "yes"},
    "stops_activities": {"stops_activities": "yes"},
}


def any_answer(question: Question) -> st.SearchStrategy[Any]:
    if question.kind == YES_NO:
        return st.sampled_from(["yes", "no", "not_sure"])
    if question.kind == SCALE:
        return st.integers(0, 10)
    if question.kind in LIST_KINDS:
        plain = [o.value for o in question.options if not o.exclusive]
        exclusive = [[o.value] for o in question.options if o.exclusive]
        return st.one_of(st.lists(st.sampled_from(plain), unique=True), *map(st.just, exclusive))
    return st.sampled_from(question.values())


def any_answers(content: TriageContent) -> st.SearchStrategy[dict[str, Any]]:
    """Any answers to any subset of the questions, consistent with the path or not."""
    return st.fixed_dictionaries({}, optional={q.id: any_answer(q) for q in content.questions})
