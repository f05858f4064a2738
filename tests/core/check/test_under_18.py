"""Under 18 the check asks what its urgent and emergency rules read, then stops kindly:
red flags apply at any age and the most urgent level always wins (shared/domain.md
section 1), so a teenager's tear is as urgent as an adult's; the adult patterns are not
asked about (content/en/triage/rules.md, Order)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import given, settings

from companion.core.check.engine import (
    asked_questions,
    evaluate,
    next_question,
    questions_for,
    red_flag_hits,
)
from companion.core.check.load import load_triage
from companion.core.check.reach import calm_answers
from companion.core.check.rules import All, Compare, may_hold, questions_in
from companion.core.shared.records import SOON, URGENT, most_urgent, urgency_rank
from tests.helpers.red_flags import any_answers

CONTENT = load_triage()
TEEN = {"age_band": "under_18"}


def _walk(story: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The questions asked, in order, of someone answering from `story` (else calmly)."""
    full = {**calm_answers(CONTENT), "health_signs": ["none"], **story}
    answers: dict[str, Any] = {}
    asked: list[str] = []
    while (question := next_question(CONTENT, answers)) is not None:
        asked.append(question.id)
        answers[question.id] = full[question.id]
    return asked, answers


SAFETY = [q.id for q in CONTENT.questions if q.section == "safety" and q.show_if is None]


def test_a_gradual_ache_is_asked_the_signs_where_and_how_it_began_then_soon() -> None:
    asked, answers = _walk({**TEEN, "onset": "gradual"})
    # The body map and the start are asked for the tear signs; nothing else of the pain.
    assert asked == ["age_band", *SAFETY, "pain_regions", "onset"]
    result = evaluate(CONTENT, answers)
    assert result.adults_only and result.complete and not result.stopped
    assert result.urgency == SOON  # see a doctor or physiotherapist
    assert all(p.score == 0 and not p.reasons_for for p in result.patterns)
    assert result.leading == "mixed"
    urgent = evaluate(CONTENT, {**answers, "clot_signs": "yes"})
    assert urgent.adults_only and urgent.urgency == URGENT


def test_a_pop_sprinting_with_a_limp_is_urgent_as_for_an_adult() -> None:
    story = {"onset": "sudden_sport", "felt_pop": "yes", "walk_normally": "no"}
    asked, answers = _walk({**TEEN, **story})
    assert asked[-4:] == ["onset", "felt_pop", "walk_normally", "bruising"]
    result = evaluate(CONTENT, answers)
    assert result.adults_only and result.complete
    assert result.urgency == URGENT
    assert "tendon_tear" in [hit.rule_id for hit in result.hits]
    _, adult_answers = _walk({"age_band": "age_18_49", **story})
    assert evaluate(CONTENT, adult_answers).urgency == URGENT  # the same level


def test_the_questions_come_from_the_urgent_and_emergency_rules() -> None:
    wanted = questions_for(CONTENT, TEEN)
    for rule in CONTENT.rules:
        if urgency_rank(rule.urgency) > urgency_rank(SOON) and may_hold(rule.when, TEEN):
            assert questions_in(rule.when) <= wanted, rule.id
    # Only "soon" rules and the patterns read these: never asked under 18.
    for adult_only in ("feel", "how_long", "getting_better", "spreading_down", "worse_with"):
        assert adult_only not in wanted
    assert questions_for(CONTENT, {"age_band": "age_18_49"}) == {q.id for q in CONTENT.questions}


def test_a_rule_for_another_age_adds_no_question_for_a_teenager() -> None:
    # An urgent rule at 70 or over that reads a question nothing else urgent reads.
    older = next(rule for rule in CONTENT.rules if rule.id == "older_sudden_strain")
    at_70 = Compare("age_band", "==", frozenset({"age_70_plus"}))
    how_long = Compare("how_long", "==", frozenset({"over_6_weeks"}))
    rules = (*CONTENT.rules, replace(older, id="older_long", when=All((at_70, how_long))))
    content = replace(CONTENT, rules=rules)
    assert "how_long" not in questions_for(content, TEEN)
    assert "how_long" in questions_for(content, {"age_band": "age_70_plus"})
    # The same rule at any age is asked about under 18 too.
    any_age = replace(CONTENT, rules=(*CONTENT.rules, replace(older, id="long", when=how_long)))
    assert "how_long" in questions_for(any_age, TEEN)


def test_a_question_is_asked_only_when_its_show_if_allows_it() -> None:
    answers = {**TEEN, "minor_injury": "no", "onset": "gradual"}
    asked = {q.id for q in asked_questions(CONTENT, answers)}
    assert "bone_risk" not in asked  # its show_if: a fall or knock
    assert not {"felt_pop", "walk_normally", "bruising"} & asked  # after a sudden start


@settings(max_examples=150, deadline=None)
@given(any_answers(CONTENT))
def test_under_18_no_urgent_or_emergency_sign_goes_unasked(story: dict[str, Any]) -> None:
    # Whatever a teenager would answer, the level is the one every question would reach
    # (at least "soon"): asking fewer questions never hides an urgent sign.
    story = {**story, **TEEN}
    _, answers = _walk(story)
    full = {**calm_answers(CONTENT), "health_signs": ["none"], **story}
    levels = [hit.urgency for hit in red_flag_hits(CONTENT, full)]
    assert evaluate(CONTENT, answers).urgency == most_urgent([*levels, SOON])


def test_under_18_with_a_warning_sign_tell_an_adult_comes_after_the_levels_own_steps() -> None:
    """Right after "Contact a doctor ... today", it made the level's next step, "Tell them
    what you noticed", read as if "them" were the parent, not the doctor."""
    from companion.core.check.advice import compose

    for story in ({"clot_signs": "yes"}, {"saddle_numbness": "yes"}):
        result = evaluate(CONTENT, {"age_band": "under_18", **story})
        adult = evaluate(CONTENT, {"age_band": "age_18_49", **story})
        steps = compose(CONTENT, result, "112").now
        tell = CONTENT.adults_only.do_now[0]
        assert tell in steps, steps
        # The level's own steps come first, in their own order, as an adult reads them.
        own = [step for step in compose(CONTENT, adult, "112").now if step in steps]
        assert [step for step in steps if step in own] == own
        before = [step for step in own if "112" not in step or step == own[0]]
        assert steps.index(tell) > max(steps.index(step) for step in before)
        if len(own) > 1 and "112" in own[-1]:  # "If it gets worse, call 112" stays last
            assert steps[-1] == own[-1]
