"""The words of the under-18 outcome fit a young person, and a clinic's kiosk offers a
teenager what it offers an adult: a way to take the result home, and someone to ask.

The shared emergency sentence ends, for adults, by saying that legs heavy on walking for
months can wait for a visit: that fits a narrowed spinal canal, an older adult's
problem (shared/domain.md section 2; Suri 2010), never a teenager's. Every safety
instruction stays (domain.md section 1: red flags apply at any age)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from companion.core.check.advice import Guidance, compose
from companion.core.check.engine import TriageResult, evaluate, next_question
from companion.core.check.handoff import load_handoff_words, summary_text, ways_home
from companion.core.check.load import load_triage
from companion.core.check.model import TriageContent
from companion.core.check.reach import calm_answers
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import EMERGENCY, SOON, URGENT

LANGUAGES = ["en", "es"]
KIOSK = KioskConfig(
    clinic_name="Riverside Physio", emergency_number="911", handoff=frozenset({"qr", "print"})
)
# A 15-year-old with a gradual ache; with a swollen, warm calf; with saddle numbness.
STORIES = {SOON: {}, URGENT: {"clot_signs": "yes"}, EMERGENCY: {"saddle_numbness": "yes"}}


def _teen(content: TriageContent, story: dict[str, Any]) -> TriageResult:
    """The result of a teenager answering every question the check asks from `story`."""
    full = {**calm_answers(content), "health_signs": ["none"], "onset": "gradual", **story}
    answers: dict[str, Any] = {"age_band": "under_18"}
    while (question := next_question(content, answers)) is not None:
        answers[question.id] = full[question.id]
    result = evaluate(content, answers)
    assert result.adults_only
    return result


def _can_wait(content: TriageContent) -> str:
    """The adults' last words of the emergency sentence (the heavy legs that can wait)."""
    shared = content.get_help
    return shared.emergency.removeprefix(shared.emergency_young).strip()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kiosk", [False, True], ids=["desktop", "kiosk"])
def test_the_under_18_outcome_keeps_every_safety_step_without_the_older_adults_words(
    language: str, kiosk: bool
) -> None:
    content = load_triage(language=language)
    content = content.on_shared_screen() if kiosk else content
    can_wait = _can_wait(content)
    assert can_wait and can_wait in content.get_help.emergency  # adults still hear it
    result = _teen(content, {})
    assert result.urgency == SOON
    steps = compose(content, result, "911").now
    text = " ".join(steps)
    assert can_wait not in text, steps
    # The emergency sentence itself is said whole, with the number, and so is every
    # other step of the outcome.
    young = content.get_help.emergency_young.replace("{emergency_number}", "911")
    assert young in steps
    for step in content.adults_only.do_now:
        assert step.replace("{emergency_number}", "911") in steps


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_under_18_take_home_code_still_names_the_signs_that_need_help_now(
    language: str,
) -> None:
    # The code says the emergency sentence in fewer words, naming the number, and never
    # leaves it out: the under-18 sentence is that sentence too.
    content = load_triage(language=language).on_shared_screen()
    words = load_handoff_words(language=language)
    code = summary_text(content, _teen(content, {}), datetime(2026, 5, 1), words, KIOSK)
    call = words.when_help_call.replace("{level}", content.get_help.levels[EMERGENCY].title)
    assert call.replace("{emergency_number}", "911") in code, code
    assert _can_wait(content) not in code


def _guidance(language: str, level: str, *, kiosk: bool) -> tuple[TriageContent, Guidance]:
    content = load_triage(language=language)
    content = content.on_shared_screen() if kiosk else content
    return content, compose(content, _teen(content, STORIES[level]), "911")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("level", [SOON, URGENT])
def test_on_a_kiosk_a_teenager_is_told_to_ask_the_staff_right_after_telling_an_adult(
    language: str, level: str
) -> None:
    content, guidance = _guidance(language, level, kiosk=True)
    ask_here = content.adults_only.kiosk_ask_here
    assert guidance.urgency == level and guidance.ask_here == ask_here
    steps = list(guidance.now)
    tell = content.adults_only.do_now[0]
    assert steps.index(ask_here) == steps.index(tell) + 1, steps


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_line_is_only_for_a_kiosk_and_never_at_an_emergency(language: str) -> None:
    for level in (SOON, URGENT):
        content, guidance = _guidance(language, level, kiosk=False)
        assert content.adults_only.kiosk_ask_here not in guidance.now
        assert guidance.ask_here == ""
    content, guidance = _guidance(language, EMERGENCY, kiosk=True)
    assert content.adults_only.kiosk_ask_here not in guidance.now  # emergency actions only


def test_a_teenagers_outcome_offers_the_kiosks_ways_home_as_an_adults_does() -> None:
    content = load_triage().on_shared_screen()
    adult = evaluate(content, {**calm_answers(content), "age_band": "age_18_49"})
    for level in (SOON, URGENT):
        teen = _teen(content, STORIES[level])
        assert ways_home(teen, KIOSK) == ways_home(adult, KIOSK) == KIOSK.handoff
    assert ways_home(_teen(content, STORIES[EMERGENCY]), KIOSK) == frozenset()
    printing = KioskConfig(handoff=frozenset({"print"}))
    assert ways_home(_teen(content, {}), printing) == frozenset({"print"})
    assert ways_home(_teen(content, {}), None) == frozenset()  # not a kiosk


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("level", [SOON, URGENT])
def test_the_take_home_code_leaves_out_the_line_for_the_moment_at_the_screen(
    language: str, level: str
) -> None:
    # "While you are here, ask the staff" is read at home from the code: it would point
    # at staff who are no longer there.
    content, guidance = _guidance(language, level, kiosk=True)
    assert guidance.ask_here
    words = load_handoff_words(language=language)
    result = _teen(content, STORIES[level])
    code = summary_text(content, result, datetime(2026, 5, 1), words, KIOSK)
    assert guidance.ask_here not in code, code
    assert content.adults_only.kiosk_ask_here not in code
