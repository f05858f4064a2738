"""The project's case stories (content/en/triage/cases.toml), written from
shared/domain.md, and the reweighted evidence they rest on."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from companion.core.check.cases import RIGHT, load_cases, run_cases, summary_line
from companion.core.check.engine import evaluate
from companion.core.check.load import load_triage
from companion.core.check.model import YES_NO
from companion.core.shared.records import (
    HAMSTRING_STRAIN,
    HAMSTRING_TENDON,
    PATTERNS,
    SCIATIC_NERVE,
    SPINAL_CANAL,
)
from companion.core.shared.resources import resource_dir

CONTENT = load_triage()
CASES_PATH = resource_dir("content") / "en" / "triage" / "cases.toml"
CASES = load_cases(CONTENT, CASES_PATH)
OUTCOMES = {outcome.case.id: outcome for outcome in run_cases(CONTENT, CASES)}


def test_every_case_in_the_project_file_is_right() -> None:
    wrong = [o.case.id for o in OUTCOMES.values() if o.verdict != RIGHT]
    assert wrong == []
    assert summary_line(list(OUTCOMES.values())).startswith(f"{len(CASES)} of {len(CASES)}")


def test_there_are_at_least_sixty_stories_each_with_its_story() -> None:
    assert len(CASES) >= 60
    assert all(case.story for case in CASES)


def test_each_pattern_leads_in_at_least_six_stories() -> None:
    leading = Counter(o.result.leading for o in OUTCOMES.values())
    for pattern in PATTERNS:
        assert leading[pattern] >= 6, pattern
    assert leading["mixed"] >= 6


def test_every_warning_sign_and_its_not_sure_variant_is_in_a_story() -> None:
    fired = {hit.rule_id for o in OUTCOMES.values() for hit in o.result.hits}
    assert {rule.id for rule in CONTENT.rules} <= fired
    safety_yes_no = [q.id for q in CONTENT.questions if q.section == "safety" and q.kind == YES_NO]
    unsure = {q for case in CASES for q, value in case.answers.items() if value == "not_sure"}
    # Every yes/no warning sign except the small-fall question (whose "not sure" only
    # matters with age or bone risk, covered by its own stories).
    assert set(safety_yes_no) - {"minor_injury"} <= unsure


@pytest.mark.parametrize(
    "case_id",
    [
        "gym-soreness-both-legs",
        "stable-two-leg-narrowing",
        "both-legs-burning-to-feet-not-worse",
        "tear-slip-into-splits",
        "tear-unsure-pop-limp-bruise",
        "fracture-older-steroids",
        "teenager",
        "worse-before-six-weeks",
    ],
)
def test_the_traps_a_review_found_are_stories(case_id: str) -> None:
    assert OUTCOMES[case_id].verdict == RIGHT


def test_the_gym_soreness_story_is_self_care_and_points_to_muscle() -> None:
    result = OUTCOMES["gym-soreness-both-legs"].result
    assert result.urgency == "self_care" and not result.hits
    assert result.leading == HAMSTRING_STRAIN


# --- The reweighting, line by line -------------------------------------------------------


def weights(answers: dict[str, Any], pattern: str) -> list[tuple[int, tuple[str, ...]]]:
    found = evaluate(CONTENT, answers).pattern(pattern)
    return [(r.weight, r.question_ids) for r in (*found.reasons_for, *found.reasons_against)]


def test_both_legs_is_a_strong_sign_of_a_narrowed_canal() -> None:
    assert weights({"both_legs": "yes"}, SPINAL_CANAL) == [(3, ("both_legs", "pain_regions"))]
    both_on_map = {"pain_regions": ["upper_thigh_left", "calf_right"]}
    assert weights(both_on_map, SPINAL_CANAL) == [(3, ("both_legs", "pain_regions"))]
    assert weights({"pain_regions": ["upper_thigh_left", "calf_left"]}, SPINAL_CANAL) == []


def test_easing_on_sitting_counts_once_however_many_questions_report_it() -> None:
    answers = {
        "both_legs": "yes",
        "both_legs_pattern": "walking_stable",
        "eases_with": ["sitting_down", "bending_forward"],
        "walking_result": "eased_by_sitting",
    }
    easing = [w for w, questions in weights(answers, SPINAL_CANAL) if "eases_with" in questions]
    assert easing == [4]
    alone = {"eases_with": ["sitting_down"]}
    assert weights(alone, SPINAL_CANAL) == [(4, easing_questions())]


def easing_questions() -> tuple[str, ...]:
    return ("both_legs_pattern", "eases_with", "walking_result")


def test_symptoms_that_came_on_and_did_not_ease_count_against_the_canal() -> None:
    answers = {"walking_result": "came_on_not_eased"}
    assert evaluate(CONTENT, answers).pattern(SPINAL_CANAL).score == -2


def test_stretching_that_hurts_counts_for_the_nerve_the_muscle_and_the_tendon() -> None:
    answers = {"stretching_effect": "worse"}
    result = evaluate(CONTENT, answers)
    for pattern in (SCIATIC_NERVE, HAMSTRING_STRAIN, HAMSTRING_TENDON):
        assert result.pattern(pattern).score == 1, pattern
    # A thigh that feels tight yet hurts more on stretch is the nerve-tension sign.
    tight = evaluate(CONTENT, {**answers, "feel": ["tight"]})
    assert tight.pattern(SCIATIC_NERVE).score == 2


def test_pain_in_the_thigh_alone_does_not_point_to_a_strain() -> None:
    answers = {"pain_regions": ["upper_thigh_left", "lower_thigh_left"]}
    assert evaluate(CONTENT, answers).pattern(HAMSTRING_STRAIN).score == 0


def test_nerve_feelings_point_away_from_the_tendon() -> None:
    answers = {"feel": ["tingling"], "pain_regions": ["sitting_bone_left"]}
    tendon = evaluate(CONTENT, answers).pattern(HAMSTRING_TENDON)
    assert [r.weight for r in tendon.reasons_against] == [-2]
    assert tendon.score == 0


def test_a_positive_slump_check_is_a_clue_not_proof() -> None:
    result = evaluate(CONTENT, {"slump_result": "head_changes"})
    assert result.pattern(SCIATIC_NERVE).score == 3
    assert "a strained muscle can react" in result.pattern(SCIATIC_NERVE).reasons_for[0].text
    negative = evaluate(CONTENT, {"slump_result": "no_pain"})
    assert negative.pattern(HAMSTRING_STRAIN).score == 0  # no longer counts for the muscle


def test_every_evidence_line_cites_a_source_and_a_reason() -> None:
    for evidence in CONTENT.evidence:
        assert evidence.sources and evidence.reason
        assert all("PMC" not in source for source in evidence.sources)
        assert all(source != "Kornberg: the slump test" for source in evidence.sources)


def test_every_warning_sign_hides_in_a_calm_story_and_near_misses_stay_calm() -> None:
    # A clinical review wrote each sign three ways (shared/domain.md section 1): alone,
    # inside a calm story that tempts a lower level ("trap-"), and as a look-alike that
    # must not be raised ("near-miss-"): false alarms wear out trust.
    signs = {rule.id: rule.sign for rule in CONTENT.rules}
    in_traps = {
        signs[hit.rule_id]
        for case_id, o in OUTCOMES.items()
        if case_id.startswith("trap-")
        for hit in o.result.hits
    }
    assert set(signs.values()) <= in_traps
    near_misses = [o for case_id, o in OUTCOMES.items() if case_id.startswith("near-miss-")]
    assert len(near_misses) >= 15
    assert all(o.result.urgency == "self_care" and not o.result.hits for o in near_misses)
