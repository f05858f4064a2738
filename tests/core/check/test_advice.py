"""One advice composer for every output: safe with heat, one timescale, nothing twice."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.check.advice import (
    also_looked_at,
    compose,
    finding_words,
    near_duplicate,
    repeats,
    result_json,
    shown_patterns,
    staff_help,
)
from companion.core.check.engine import CLOSEST, LEADS, NONE_CLOSE, evaluate
from companion.core.check.load import load_triage
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import EMERGENCY, SELF_CARE, SOON, URGENT, urgency_rank
from tests.helpers.answers import NERVE, NOTHING_CLOSE
from tests.helpers.check_rules import heat_is_unsafe
from tests.helpers.red_flags import TRIGGERS, any_answers

CONTENT = load_triage()
HEAT_LINES = {a.text for a in CONTENT.advice if a.heat}
# Words that say how soon to see someone: each belongs to one urgency level.
TIMESCALES = {
    EMERGENCY: re.compile(r"emergency department now|call \S+ now", re.IGNORECASE),
    URGENT: re.compile(r"\btoday\b", re.IGNORECASE),
    SOON: re.compile(r"book an appointment|book a visit", re.IGNORECASE),
}
SHARED = CONTENT.get_help


def guidance_for(answers: dict[str, Any]) -> Any:
    return compose(CONTENT, evaluate(CONTENT, answers), "112")


# --- Properties over any answers ----------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(answers=any_answers(CONTENT), flags=st.lists(st.sampled_from(sorted(TRIGGERS)), max_size=3))
def test_no_heat_line_when_heat_is_unsafe(answers: dict[str, Any], flags: list[str]) -> None:
    for rule_id in flags:
        answers = {**answers, **TRIGGERS[rule_id]}
    result = evaluate(CONTENT, answers)
    guidance = compose(CONTENT, result, "112")
    if heat_is_unsafe(CONTENT, result.answers):
        assert not HEAT_LINES.intersection(guidance.do + guidance.avoid)
        if result.urgency != EMERGENCY and not result.adults_only:
            assert any(line.startswith(("No heat", "Never put heat")) for line in guidance.avoid)
    # A heat tip never stands without a suggestion to use heat.
    tips = [a.text for a in CONTENT.advice if a.heat and a.kind == "avoid"]
    if any(tip in guidance.avoid for tip in tips):
        assert HEAT_LINES.intersection(guidance.do)


@settings(max_examples=400, deadline=None)
@given(answers=any_answers(CONTENT), flags=st.lists(st.sampled_from(sorted(TRIGGERS)), max_size=3))
def test_one_timescale_per_result_and_nothing_twice(
    answers: dict[str, Any], flags: list[str]
) -> None:
    for rule_id in flags:
        answers = {**answers, **TRIGGERS[rule_id]}
    result = evaluate(CONTENT, answers)
    guidance = compose(CONTENT, result, "112")
    if result.urgency == EMERGENCY:
        # Only emergency actions: nothing to book, no self-care.
        assert not guidance.do and not guidance.avoid and not guidance.when_to_get_help
        assert guidance.what_to_say
    # What to do now, the signs and the self-care never give a less urgent timescale.
    said = [*guidance.now, *(s.note for s in guidance.signs), *guidance.do, *guidance.avoid]
    for level, words in TIMESCALES.items():
        if urgency_rank(level) < urgency_rank(result.urgency):
            assert not any(words.search(line) for line in said), (level, said)
    # "When to get help" only escalates (or reassures, when nothing is pressing), each
    # sign under its own level's shared heading, most urgent first.
    ranks = [urgency_rank(group.level) for group in guidance.when_to_get_help]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    for group in guidance.when_to_get_help:
        assert urgency_rank(group.level) > urgency_rank(result.urgency)
        assert group.heading == SHARED.levels[group.level].heading.replace(
            "{emergency_number}", "112"
        )
        for sign in group.signs:
            assert SHARED.sign(sign.id).level == group.level
            assert sign.text == SHARED.sign(sign.id).text
    if guidance.reassurance:
        assert result.urgency in (SELF_CARE, SOON)
    lines = guidance.lines()
    for first, second in itertools.combinations(lines, 2):
        # No line adds nothing to one before it (a line may share its last step, "call
        # 112 straight away", with another that says something else first).
        assert not repeats(second, first), (first, second)
    assert "{" not in " ".join(lines)


# --- The cases a review found ------------------------------------------------------------


def test_clot_signs_mean_no_heat_beside_the_same_day_advice() -> None:
    answers = {**NERVE, "clot_signs": "yes", "feel": ["dull_ache"], "pain_regions": ["lower_back"]}
    guidance = guidance_for(answers)
    assert guidance.urgency == URGENT
    assert not any("Heat can ease" in line for line in guidance.do)
    assert guidance.avoid[0].startswith("No heat on the leg until a doctor has checked it")


def test_a_fresh_strain_gets_one_no_heat_line() -> None:
    answers = {
        "onset": "sudden_sport",
        "felt_pop": "no",
        "walk_normally": "yes",
        "bruising": "small",
        "how_long": "under_3_days",
        "feel": ["sharp_spot"],
        "thigh_tender": "one_spot",
    }
    guidance = guidance_for(answers)
    no_heat = [line for line in guidance.avoid if "heat" in line.lower()]
    assert no_heat == [
        "No heat for the first three days after a sudden injury, and never on swelling or "
        "redness: heat can make bleeding in the muscle worse."
    ]


def test_an_unknown_time_since_a_sudden_start_means_no_heat() -> None:
    answers = {"onset": "sudden_other", "pain_regions": ["lower_back"], "feel": ["dull_ache"]}
    result = evaluate(CONTENT, answers)
    assert heat_is_unsafe(CONTENT, result.answers)
    answers["how_long"] = "under_2_weeks"
    assert not heat_is_unsafe(CONTENT, evaluate(CONTENT, answers).answers)


def test_a_same_day_result_does_not_also_say_book_a_visit() -> None:
    answers = {**NERVE, "night_pain": "yes", "spreading_down": "yes"}
    guidance = guidance_for(answers)
    assert guidance.urgency == URGENT and guidance.heading == "Get medical help today"
    assert guidance.now[0] == "Contact a doctor or urgent care today."
    assert guidance.also_noted == ("Pain spreading further down the leg",)
    everything = " ".join(guidance.lines())
    assert "Book a visit" not in everything
    assert [s.rule_id for s in guidance.signs] == ["night_pain"]
    # Only the emergency signs are left to watch for.
    assert [g.level for g in guidance.when_to_get_help] == [EMERGENCY]


def test_an_emergency_carries_only_emergency_actions() -> None:
    result = evaluate(CONTENT, {**NERVE, "saddle_numbness": "yes"})
    guidance = compose(CONTENT, result, "112")
    assert guidance.now[0] == (
        "Call 112 or go to an emergency department now. Do not wait to see if it passes."
    )
    assert guidance.heading == "Get help now"
    assert (guidance.do, guidance.avoid, guidance.when_to_get_help) == ((), (), ())
    assert guidance.reassurance == ()
    out = result_json(CONTENT, result, "112")
    assert out["advice"]["do"] == [] and out["advice"]["avoid"] == []
    assert out["advice"]["what_to_say"]


def test_pain_moving_up_is_good_only_without_growing_weakness_or_numbness() -> None:
    guidance = guidance_for(NERVE)
    (moving_up,) = [line for line in guidance.reassurance if "back up your leg" in line]
    assert "usually a good sign" in moving_up
    assert "not a good sign if the leg gets weaker or more numb" in moving_up
    # What to do then is the shared same-day sign, in the list just above.
    urgent = next(g for g in guidance.when_to_get_help if g.level == URGENT)
    assert SHARED.sign("weakness_worsening").text in [s.text for s in urgent.signs]


def test_the_timing_rule_is_the_shared_one() -> None:
    rule = SHARED.timing.rule
    assert "about 6 weeks" in rule and "worse" in rule
    # Self-care says it once, in its last step; so "when to get help" leaves out the
    # shared sign that says the same.
    guidance = guidance_for(NERVE)
    assert guidance.urgency == SELF_CARE
    assert guidance.now[-1] == f"Track your pain in the journal. {rule}"
    watched = [s.id for g in guidance.when_to_get_help for s in g.signs]
    assert "not_better" not in watched and "spreading_down" in watched
    # A "see a clinician soon" result names the sign, in the shared words.
    soon = guidance_for({**NERVE, "how_long": "over_6_weeks", "getting_better": "same"})
    assert [s.title for s in soon.signs] == [
        "Not clearly better after about 6 weeks, or getting worse"
    ]
    for text in (*CONTENT.urgencies[SELF_CARE].do_now, *(r.note for r in CONTENT.rules)):
        assert "4 to 6" not in text and "a few weeks" not in text and "six weeks" not in text


def test_the_saddle_area_is_never_called_the_groin() -> None:
    words = [*(a.text for a in CONTENT.advice), *(s.text for s in CONTENT.watch_for)]
    words += [r.title for r in CONTENT.rules] + [q.text for q in CONTENT.questions]
    assert not any("groin" in text.lower() for text in words)
    assert any("saddle" in text for text in words)


def test_a_kiosk_without_a_number_tells_the_person_to_speak_to_staff() -> None:
    result = evaluate(CONTENT, {"chest_breath": "yes"})
    words = staff_help(CONTENT, KioskConfig())
    assert (
        words == "Tell the front desk or a member of staff now. Say that you need emergency help."
    )
    assert compose(CONTENT, result, None, staff_help=words).now[0] == words
    assert (
        staff_help(CONTENT, KioskConfig(emergency_help=ClinicWords.plain("Ring the bell.")))
        == "Ring the bell."
    )
    assert staff_help(CONTENT, KioskConfig(emergency_number="112")) is None
    assert staff_help(CONTENT, None) is None  # a person's own computer: Settings


def test_near_duplicates_are_found_and_different_lines_are_not() -> None:
    assert near_duplicate(
        "No heat in the first three days after a fresh strain, and never on swelling or "
        "redness. Heat can make the bleeding in the muscle worse.",
        "No heat for the first three days after a sudden injury, and never on swelling or redness.",
    )
    assert not near_duplicate(
        "Avoid long bed rest: it tends to slow recovery.",
        "Stay active and keep your back moving gently. Walking is a good start.",
    )


def test_what_the_answers_point_to_is_one_of_three_things() -> None:
    """One pattern leads; none leads but some came close; or nothing pointed to any
    (every output then says so plainly, never an empty list of the closest)."""
    assert evaluate(CONTENT, NERVE).finding == LEADS
    where_only = {key: NERVE[key] for key in list(NERVE)[:12]}
    close = evaluate(CONTENT, where_only)
    assert close.finding == CLOSEST and shown_patterns(CONTENT, close)
    nothing = evaluate(CONTENT, {"saddle_numbness": "no"})
    assert nothing.finding == NONE_CLOSE
    assert not shown_patterns(CONTENT, nothing)


def test_with_nothing_close_no_output_speaks_of_a_pattern_that_fits() -> None:
    """Every question answered and no pattern above 0 points: "what to do now" said
    "Follow the tips for the pattern your answers fit", and the summary line "No single
    pattern leads", as if some had come close."""
    for language in ("en", "es"):
        content = load_triage(language=language)
        result = evaluate(content, NOTHING_CLOSE)
        assert result.complete and result.urgency == SELF_CARE
        assert result.finding == NONE_CLOSE
        assert not shown_patterns(content, result) and not also_looked_at(content, result)
        now = compose(content, result, "112").now
        assert content.texts["tips_for_pattern"] not in now
        assert content.texts["tips_no_pattern"] in now
        assert finding_words(content, result) == (
            content.texts["no_pattern_name"],
            content.texts["no_pattern_fits"],
        )
    assert evaluate(CONTENT, NOTHING_CLOSE).summary == (
        "No pattern fits yet; self-care is a good start."
    )
    spanish = evaluate(load_triage(language="es"), NOTHING_CLOSE)
    assert spanish.summary.startswith("Todavía no encaja ningún patrón;")
    assert compose(CONTENT, evaluate(CONTENT, NOTHING_CLOSE), None).now[1] == (
        "Follow the tips below."
    )
    # With a pattern close, or one leading, the step about its tips stays.
    assert CONTENT.texts["tips_for_pattern"] in guidance_for(NERVE).now


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "a leg that is getting weaker or more numb"), ("es", "se debilita o se adormece más")],
)
def test_the_skipped_self_checks_note_says_weaker_or_more_numb(language: str, words: str) -> None:
    # Like the safety question it stands for: "weaker or more numb".
    content = load_triage(language=language)
    result = evaluate(content, {"weakness_worsening": "yes", "onset": "gradual"})
    assert [words in note for note in compose(content, result, "112").notes] == [True]
