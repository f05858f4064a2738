"""Answer sets for the guided check, shared by core and UI tests (no Qt here)."""

from __future__ import annotations

from typing import Any

SAFE: dict[str, Any] = {
    "age_band": "age_18_49",
    "saddle_numbness": "no",
    "bladder_bowel_change": "no",
    "both_legs": "no",
    "weakness_worsening": "no",
    "chest_breath": "no",
    "serious_accident": "no",
    "minor_injury": "no",
    "clot_signs": "no",
    "health_signs": ["none"],
    "night_pain": "no",
}
# Every question answered, and no pattern scored above 0: a self-care result where the
# answers point to no pattern.
NOTHING_CLOSE: dict[str, Any] = {
    **SAFE,
    "pain_regions": ["upper_thigh_left"],
    "leg_vs_back": "no_back_pain",
    "feel": ["electric"],
    "pain_now": 3,
    "onset": "gradual",
    "how_long": "over_6_weeks",
    "getting_better": "better",
    "spreading_down": "no",
    "worse_with": ["standing_walking"],
    "eases_with": ["lying_down"],
    "stretching_effect": "not_tried",
    "back_stiff": "no",
    "thigh_tender": "not_sure",
    "stops_activities": "no",
    "slump_result": "stretch_only",
    "position_result": "skipped",
    "heel_press_result": "skipped",
    "walking_result": "skipped",
}
NERVE: dict[str, Any] = {
    **SAFE,
    "pain_regions": ["buttock_right", "calf_right"],
    "leg_vs_back": "leg_worse",
    "feel": ["burning", "tingling"],
    "pain_now": 6,
    "onset": "gradual",
    "how_long": "under_6_weeks",
    "getting_better": "same",
    "spreading_down": "no",
    "worse_with": ["sitting", "cough_sneeze"],
    "eases_with": ["lying_down"],
    "stretching_effect": "worse",
    "back_stiff": "no",
    "thigh_tender": "little",
    "stops_activities": "no",
    "slump_result": "head_changes",
}


# A textbook hamstring strain two days after a sprint, with no warning sign.
STRAIN: dict[str, Any] = {
    **SAFE,
    "pain_regions": ["upper_thigh_right"],
    "leg_vs_back": "no_back_pain",
    "feel": ["sharp_spot"],
    "onset": "sudden_sport",
    "felt_pop": "no",
    "walk_normally": "yes",
    "bruising": "small",
    "how_long": "under_3_days",
    "worse_with": ["fast_walking"],
    "thigh_tender": "one_spot",
}
