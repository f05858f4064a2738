"""The "take it home" summary: short, safe, and never longer than a QR code allows."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.check.advice import compose
from companion.core.check.engine import evaluate
from companion.core.check.handoff import (
    SUMMARY_LIMIT,
    check_handoff_content,
    load_handoff_words,
    summary_text,
)
from companion.core.check.load import load_triage
from companion.core.content_check import check_content
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.content import InvalidContentError
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.resources import resource_dir
from tests.helpers.answers import NERVE, NOTHING_CLOSE, SAFE
from tests.helpers.red_flags import TRIGGERS, any_answers

CONTENT = load_triage()
WORDS = load_handoff_words()
WHEN = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
CLINIC = KioskConfig(
    emergency_number="112",
    clinic_name="Riverside Physiotherapy and Sports Injury Clinic",
    clinic_phone=ClinicWords.plain("+44 20 7946 0000"),
)


def summary(answers: dict[str, Any], config: KioskConfig | None = CLINIC) -> str:
    return summary_text(CONTENT, evaluate(CONTENT, answers), WHEN, WORDS, config)


def test_the_summary_says_how_urgent_what_fits_and_why() -> None:
    result = evaluate(CONTENT, NERVE)
    text = summary(NERVE)
    lines = text.splitlines()
    assert lines[0] == "Thigh pain check, 2026-03-09"
    assert "How urgent: Self-care. Self-care is a good place to start." in lines
    assert f"- {result.urgency_text.do_now[0]}" in lines
    assert "Fits best: Irritated sciatic nerve" in lines
    reasons = [r.text for r in result.pattern("sciatic_nerve").reasons_for]
    assert sum(f"- {reason}" in lines for reason in reasons) >= 1
    assert f"- {compose(CONTENT, result, '112').do[0]}" in lines
    # When to get help, in the app's shared words: first the signs that need help now,
    # said so that they name the number (the emergency level's title, with the short
    # titles of the signs the shared emergency sentence names, and chest pain).
    help_at = lines.index("When to get help:")
    assert lines[help_at + 1] == (
        "- Get help now, call 112: Numbness around the genitals or back passage; New bladder"
        " or bowel trouble; Nerve symptoms in both legs; Chest pain or sudden breathlessness."
    )
    assert "This is not a diagnosis. Show this to your clinician." in lines
    assert lines[-1] == "Clinic phone: +44 20 7946 0000"
    assert len(text) <= SUMMARY_LIMIT


def test_an_emergency_says_the_number_to_call() -> None:
    text = summary({**NERVE, "saddle_numbness": "yes"})
    assert "How urgent: Emergency. Get help now." in text
    # The first step is the shared emergency action, as everywhere in the app.
    assert (
        "- Call 112 or go to an emergency department now. Do not wait to see if it passes." in text
    )
    assert "Do not drive yourself" in text  # every step of what to do now stays


def test_without_a_number_it_says_to_tell_the_staff() -> None:
    text = summary({**NERVE, "chest_breath": "yes"}, KioskConfig())
    steps = text.split("What to do now:\n")[1].splitlines()
    assert steps[0] == "- Tell the front desk or a member of staff now. Say that you need " + (
        "emergency help."
    )
    assert "Call your local emergency number or go to an emergency department now" in text
    assert "{emergency_number}" not in text
    own = KioskConfig(emergency_help=ClinicWords.plain("Press the red button by the door."))
    assert "- Press the red button by the door." in summary({"chest_breath": "yes"}, own)
    # With a number, the number is what to do first.
    assert "Tell the front desk" not in summary({"chest_breath": "yes"})


def test_a_short_clinic_name_is_kept_with_the_rest() -> None:
    config = KioskConfig(emergency_number="112", clinic_name="Riverside Physio")
    lines = summary(NERVE, config).splitlines()
    assert "Clinic: Riverside Physio" in lines
    assert "When to get help:" in lines and "What can help:" in lines


def test_without_a_clinic_there_is_no_empty_clinic_line() -> None:
    text = summary(NERVE, KioskConfig(emergency_number="112"))
    assert "Clinic" not in text
    assert not any(line.strip() in ("Clinic:", "Clinic phone:") for line in text.splitlines())
    assert summary(NERVE, None) == summary(NERVE, KioskConfig())


def test_a_mixed_picture_names_the_closest_patterns() -> None:
    where_only = {key: NERVE[key] for key in list(NERVE)[:12]}  # up to where the pain is
    assert evaluate(CONTENT, where_only).leading == "mixed"
    assert "No single pattern leads. Closest: Irritated sciatic nerve" in summary(where_only)


def test_with_nothing_close_the_summary_says_no_pattern_fits_yet() -> None:
    """Every question answered, nothing pointing to any pattern: the take-home code said
    "Fits best: Mixed picture" and "Follow the tips for the pattern your answers fit"."""
    for answers in (SAFE, NOTHING_CLOSE):
        lines = summary(answers).splitlines()
        assert "No pattern fits yet" in lines
        assert not [line for line in lines if "Mixed picture" in line or "Fits best" in line]
    lines = summary(NOTHING_CLOSE).splitlines()
    assert "- Follow the tips below." in lines
    assert not [line for line in lines if "pattern your answers fit" in line]


def test_the_least_important_lines_go_first() -> None:
    full = summary(NERVE, CLINIC)
    result = evaluate(CONTENT, NERVE)
    # One limit for every line here: what goes first, not how far safety lines may go.
    short = summary_text(CONTENT, result, WHEN, WORDS, CLINIC, limit=330, safety_limit=330)
    assert len(short) <= 330
    for essential in (
        "How urgent: Self-care",
        "Fits best: Irritated sciatic nerve",
        "This is not a diagnosis",
        "Clinic phone",
    ):
        assert essential in short
    assert "What can help" in full and "What can help" not in short
    # A heading never stays behind without its list.
    assert not short.rstrip().endswith(":")
    assert "Why:\n\n" not in short and "What can help:\n\n" not in short


def test_even_the_essentials_are_cut_to_the_limit() -> None:
    result = evaluate(CONTENT, {"saddle_numbness": "yes"})
    text = summary_text(CONTENT, result, WHEN, WORDS, CLINIC, limit=120, safety_limit=120)
    assert len(text) <= 120
    assert text.startswith("Thigh pain check")


@settings(max_examples=300, deadline=None)
@given(
    answers=any_answers(CONTENT),
    flags=st.lists(st.sampled_from(sorted(TRIGGERS)), max_size=6),
    long_clinic=st.booleans(),
)
def test_never_longer_than_the_limit(
    answers: dict[str, Any], flags: list[str], long_clinic: bool
) -> None:
    for rule_id in flags:
        answers = {**answers, **TRIGGERS[rule_id]}
    config = (
        KioskConfig(
            emergency_number="1122",
            clinic_name="The Very Long Named Regional Musculoskeletal Physiotherapy Centre " * 3,
            clinic_phone=ClinicWords.plain("+1 (555) 010-0000 extension 1234 (front desk)"),
        )
        if long_clinic
        else CLINIC
    )
    result = evaluate(CONTENT, answers)
    text = summary_text(CONTENT, result, WHEN, WORDS, config)
    assert len(text) <= SUMMARY_LIMIT
    assert "How urgent: " + compose(CONTENT, result, "1122").label in text
    assert "This is not a diagnosis." in text
    assert "{" not in text


def test_the_longest_results_stay_under_the_limit() -> None:
    # Every warning sign at once, with a mixed picture: the most there is to say.
    answers: dict[str, Any] = {}
    for trigger in TRIGGERS.values():
        answers.update(trigger)
    text = summary(answers)
    assert len(text) <= SUMMARY_LIMIT
    assert "Urgent" in text or "Emergency" in text


def test_content_check_names_the_file_and_key(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    shutil.copy(resource_dir("content") / "en" / "handoff.toml", folder / "handoff.toml")
    assert list(check_handoff_content(folder)) == []
    path = folder / "handoff.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('phone = "Clinic phone: {phone}"', 'phone = "x"'),
        encoding="utf-8",
    )
    errors = list(check_handoff_content(folder))
    assert len(errors) == 1
    assert errors[0].file.endswith("handoff.toml") and errors[0].key == "phone"
    assert "{phone}" in errors[0].message
    with pytest.raises(InvalidContentError, match=r"handoff\.toml: phone"):
        load_handoff_words(tmp_path)


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ('when_help_call = "{level}, call:"', "{emergency_number}"),
        ('when_help_call = "Call {emergency_number}:"', "{level}"),
        ("", "is missing"),
    ],
    ids=["no number", "no level", "no key"],
)
def test_content_check_names_the_words_that_name_the_number(
    tmp_path: Path, words: str, message: str
) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    path = folder / "handoff.toml"
    text = (resource_dir("content") / "en" / "handoff.toml").read_text(encoding="utf-8")
    shipped = 'when_help_call = "{level}, call {emergency_number}:"'
    assert shipped in text
    path.write_text(text.replace(shipped, words), encoding="utf-8")
    errors = list(check_handoff_content(folder))
    assert len(errors) == 1
    assert errors[0].file.endswith("handoff.toml") and errors[0].key == "when_help_call"
    assert message in errors[0].message


def test_the_shipped_content_passes_the_check() -> None:
    assert not [e for e in check_content() if "handoff" in e.file]


@pytest.mark.parametrize("story", [{"clot_signs": "yes"}, {"saddle_numbness": "yes"}])
def test_under_18_the_tell_an_adult_step_gives_way_to_the_clinics_phone(
    story: dict[str, str],
) -> None:
    """On the screen a teenager with a warning sign is told to tell an adult; in the code
    taken home, short of room, that step goes before the clinic's phone does (ranked
    with the phone, the last of equal rank went first: the phone)."""
    content = load_triage()
    result = evaluate(content, {"age_band": "under_18", **story})
    config = KioskConfig(
        emergency_number="112",
        clinic_name="Test clinic",
        clinic_phone=ClinicWords.plain("+44 20 7946 0000"),
    )
    tell = compose(content, result, "112").tell_an_adult
    phone = WORDS.phone.replace("{phone}", "+44 20 7946 0000")
    whole = summary_text(content, result, WHEN, WORDS, config, limit=10_000)
    assert f"- {tell}" in whole.splitlines() and phone in whole.splitlines()
    for limit in range(len(whole), 0, -10):  # less and less room, until one goes
        lines = summary_text(content, result, WHEN, WORDS, config, limit=limit).splitlines()
        if f"- {tell}" not in lines or phone not in lines:
            break
    assert f"- {tell}" not in lines and phone in lines
