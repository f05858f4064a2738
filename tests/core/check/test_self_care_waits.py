"""With a possible clot, broken bone or likely tendon tear, self-care for the leg waits for a
clinician's check (shared/domain.md section 1: urgent; seed 001: a clot needs immediate
medical attention; a tear "needs assessment within days").

A clinical review found a clear hamstring strain with clot signs told to ice the leg and
"keep walking ... helps a muscle heal": the red flag set the urgency, but the pattern's
tips were still offered as what to do meanwhile.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from companion.core.check.advice import compose, result_json
from companion.core.check.cases import load_cases, run_cases
from companion.core.check.engine import evaluate
from companion.core.check.handoff import load_handoff_words, summary_text
from companion.core.check.load import load_triage
from companion.core.check.validate import check_language
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import SELF_CARE, SOON, URGENT
from companion.core.shared.resources import resource_dir
from tests.helpers.answers import STRAIN

# The signs whose rule defers self-care, each added to the strain.
DEFERRING = {
    "clot_signs": {"clot_signs": "yes"},
    "clot_signs (not sure)": {"clot_signs": "not_sure"},
    "chest_breath_unsure": {"chest_breath": "not_sure"},
    "fracture_risk": {"minor_injury": "yes", "age_band": "age_70_plus"},
    "serious_accident_unsure": {"serious_accident": "not_sure"},
    # A small fall from 50 to 69, then trouble walking: a bone may be broken too.
    "fall_trouble_walking": {"minor_injury": "yes", "age_band": "age_50_69", "walk_normally": "no"},
    # A sudden pain lifting or bending at 70 or over, with no fall: a bone may be broken.
    "older_sudden_strain": {"age_band": "age_70_plus", "onset": "sudden_other"},
    # A likely tendon tear: the strain's "keep walking" and loading wait for a clinician.
    "tendon_tear": {"felt_pop": "yes", "walk_normally": "no"},
    "sitting_bone_tear": {"pain_regions": ["sitting_bone_right"], "walk_normally": "no"},
    "sitting_bone_tear (start not sure)": {
        "onset": "not_sure",
        "pain_regions": ["sitting_bone_right"],
        "bruising": "large",
    },
}
# Urgent signs that do not: domain.md gives no reason to hold back the strain's tips.
NOT_DEFERRING = {
    "night_pain": {"night_pain": "yes"},
    "fever": {"health_signs": ["fever"]},
    "weakness_worsening": {"weakness_worsening": "yes"},
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("extra", DEFERRING.values(), ids=list(DEFERRING))
def test_a_sign_that_defers_self_care_offers_no_tips_for_the_leg(
    language: str, extra: dict[str, Any]
) -> None:
    content = load_triage(language=language)
    guidance = compose(content, evaluate(content, {**STRAIN, **extra}), "112")
    assert guidance.urgency == URGENT
    assert guidance.self_care_waits
    assert guidance.do == ()
    # Only the lines that bar heat stay; none of the pattern's tips or cautions.
    tips = {a.text for a in content.advice}
    assert not tips.intersection(guidance.lines())
    assert set(guidance.avoid) <= {rule.text for rule in content.no_heat}
    # Right after "contact ... today", in the person's language.
    assert guidance.now[1] == content.texts["self_care_waits"]


def test_a_clot_keeps_its_no_heat_line_and_says_why_the_tips_wait() -> None:
    content = load_triage()
    guidance = compose(content, evaluate(content, {**STRAIN, "clot_signs": "yes"}), "112")
    assert guidance.now[:2] == (
        "Contact a doctor or urgent care today.",
        "Until a doctor has checked your leg, please do not use heat, ice, stretches or "
        "exercise on it.",
    )
    assert guidance.avoid[0] == (
        "No heat on the leg until a doctor has checked it: heat is never used when a clot "
        "is possible."
    )
    assert result_json(content, evaluate(content, {**STRAIN, "clot_signs": "yes"}))["advice"][
        "self_care_waits"
    ]


def test_a_plain_strain_still_gets_its_tips() -> None:
    content = load_triage()
    guidance = compose(content, evaluate(content, STRAIN), "112")
    assert guidance.urgency == SELF_CARE and not guidance.self_care_waits
    assert any(line.startswith("In the first days, ice wrapped in a towel") for line in guidance.do)
    assert any(line.startswith("Keep walking as much as comfort allows") for line in guidance.do)
    assert content.texts["self_care_waits"] not in guidance.now


@pytest.mark.parametrize("extra", NOT_DEFERRING.values(), ids=list(NOT_DEFERRING))
def test_other_urgent_signs_keep_the_tips(extra: dict[str, Any]) -> None:
    content = load_triage()
    guidance = compose(content, evaluate(content, {**STRAIN, **extra}), "112")
    assert guidance.urgency == URGENT
    assert not guidance.self_care_waits and guidance.do


def test_a_sudden_limp_that_is_only_possibly_a_tear_keeps_the_strains_tips() -> None:
    """Near-miss: a limp after a sudden pain, no pop, a small bruise, not at the sitting
    bone, is "see a clinician soon" (tear_possible); domain.md section 4 says to keep a
    strain walking within comfort, so its tips stay."""
    content = load_triage()
    limp = {**STRAIN, "walk_normally": "no"}
    guidance = compose(content, evaluate(content, limp), "112")
    assert guidance.urgency == SOON
    assert not guidance.self_care_waits
    assert any(line.startswith("Keep walking as much as comfort allows") for line in guidance.do)


# --- The field is checked on load, naming the file and key ------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(resource_dir("content"), target)
    return target


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "en" / "triage" / "red_flags.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_defers_self_care_must_be_true_or_false(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(root, "\ndefers_self_care = true", '\ndefers_self_care = "yes"')
    found = [(Path(p.file).name, p.key, p.message) for p in check_language(root / "en")]
    assert found == [
        ("red_flags.toml", "rule[10].defers_self_care", "should be true or false, not 'yes'")
    ]


def test_an_emergency_rule_cannot_defer_self_care(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(root, 'urgency = "emergency"\n', 'urgency = "emergency"\ndefers_self_care = true\n')
    found = [(Path(p.file).name, p.key, p.message) for p in check_language(root / "en")]
    assert found == [
        (
            "red_flags.toml",
            "rule[0].defers_self_care",
            "an emergency already shows no self-care: leave it out",
        )
    ]


# --- The take-home code ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_take_home_code_that_defers_self_care_keeps_the_call_for_help(
    language: str,
) -> None:
    # The code holds at most 700 characters. The line saying the tips wait must not push
    # out "if it gets worse, call 112" (it did in Spanish), and neither it nor the
    # clinic's phone may give way to "Tell them what you noticed" (in 11 Spanish stories
    # the line did, beside a long sign: a clot's or a tear's; then the phone did in 8,
    # and in 6 and 3 still until the pattern that fits gave way to both).
    # The code never offers a tip either way.
    content = load_triage(language=language)
    words = load_handoff_words(language=language)
    config = KioskConfig(
        emergency_number="112",
        clinic_name="Test clinic",
        clinic_phone=ClinicWords.plain("912 345 678"),
    )
    phone = words.phone.replace("{phone}", "912 345 678")
    cases = load_cases(content, resource_dir("content") / "en" / "triage" / "cases.toml")
    outcomes = run_cases(content, cases)
    waiting = [o for o in outcomes if compose(content, o.result, "112").self_care_waits]
    assert len(waiting) >= 20
    for outcome in waiting:
        guidance = compose(content, outcome.result, "112")
        text = summary_text(content, outcome.result, datetime(2026, 3, 9), words, config)
        lines = text.splitlines()
        assert f"- {guidance.now[-1]}" in lines, outcome.case.id  # "If it gets worse, call"
        assert not [a.text for a in content.advice if a.text in text], outcome.case.id
        assert len(text) <= 700
        # Both stay in every language (test_handoff_cases.py checks every story).
        assert f"- {guidance.self_care_waits}" in lines, outcome.case.id
        assert phone in lines, outcome.case.id
