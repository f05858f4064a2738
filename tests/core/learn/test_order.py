"""Learn opens with the cards that fit the last check; otherwise a sensible start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.core.learn.cards import load_learn
from companion.core.learn.order import LearnOrder, Reason, personal_order
from companion.core.shared.records import (
    EMERGENCY,
    HAMSTRING_STRAIN,
    LEADING_CHOICES,
    LOWER_BACK,
    MIXED,
    PATTERNS,
    SCIATIC_NERVE,
    SELF_CARE,
    SOON,
    SPINAL_CANAL,
    CheckRecord,
)
from companion.core.shared.resources import resource_dir

WHEN = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def order() -> LearnOrder:
    return load_learn(resource_dir("content") / "en").order


def check(leading: str, urgency: str = SELF_CARE, patterns: tuple[str, ...] = ()) -> CheckRecord:
    scored = tuple((p, 1.0 - i / 10) for i, p in enumerate(patterns or (leading,)))
    if leading == MIXED and not patterns:
        scored = ()
    return CheckRecord(WHEN, urgency, leading, scored, "summary")


def test_without_a_check_the_default_start(order: LearnOrder) -> None:
    result = personal_order(order, None)
    assert result.reason is Reason.START
    assert result.picked == ()
    assert result.cards == order.start
    assert result.cards[0] == "nerve_or_muscle"


@pytest.mark.parametrize("leading", LEADING_CHOICES)
def test_every_pattern_puts_its_own_cards_first(order: LearnOrder, leading: str) -> None:
    result = personal_order(order, check(leading))
    assert result.reason is Reason.PATTERN
    assert result.picked
    assert result.cards[: len(result.picked)] == result.picked
    assert sorted(result.cards) == sorted(order.start)  # nothing lost, nothing twice


def test_nerve_result_leads_with_first_aid(order: LearnOrder) -> None:
    assert personal_order(order, check(SCIATIC_NERVE)).cards[0] == "nerve_first_aid"
    assert personal_order(order, check(HAMSTRING_STRAIN)).cards[0] == "muscle_strain"
    assert personal_order(order, check(SPINAL_CANAL)).cards[0] == "narrowed_canal"


def test_urgent_result_puts_when_to_get_help_first(order: LearnOrder) -> None:
    result = personal_order(order, check(SCIATIC_NERVE, EMERGENCY))
    assert result.reason is Reason.URGENCY
    assert result.cards[:2] == ("when_to_get_help", "nerve_first_aid")
    soon = personal_order(order, check(LOWER_BACK, SOON))
    assert soon.cards[0] == "when_to_get_help"
    assert soon.urgency == SOON


def test_mixed_result_takes_turns_between_the_two_best_patterns(order: LearnOrder) -> None:
    result = personal_order(order, check(MIXED, patterns=(LOWER_BACK, SCIATIC_NERVE)))
    assert result.patterns == (LOWER_BACK, SCIATIC_NERVE)
    assert result.picked[:2] == ("lower_back", "nerve_first_aid")
    plain = personal_order(order, check(MIXED))
    assert plain.picked == order.by_pattern[MIXED]


def test_a_check_that_scored_no_pattern_follows_none(order: LearnOrder) -> None:
    """An emergency that stopped the check before its questions about the pain scores
    every pattern 0: Learn does not pick the first two in the list as "the closest"."""
    stopped = CheckRecord(WHEN, EMERGENCY, MIXED, tuple((p, 0.0) for p in PATTERNS), "")
    result = personal_order(order, stopped)
    assert result.patterns == (MIXED,)
    assert result == personal_order(order, CheckRecord(WHEN, EMERGENCY, MIXED, (), ""))
    assert set(order.by_pattern[MIXED]) <= set(result.picked)


@pytest.mark.parametrize(
    ("leading", "new_card"),
    [
        (HAMSTRING_STRAIN, "return_to_running"),
        ("hamstring_tendon", "tendon_loading"),
        (SPINAL_CANAL, "living_with_canal"),
        (SCIATIC_NERVE, "nerve_positions"),
    ],
)
def test_the_new_cards_come_second_for_their_pattern(
    order: LearnOrder, leading: str, new_card: str
) -> None:
    """After a check, the card on what to do next for that pattern follows the one that
    explains it."""
    assert personal_order(order, check(leading)).cards[1] == new_card


@pytest.mark.parametrize("leading", LEADING_CHOICES)
def test_how_long_it_takes_is_picked_for_every_result(order: LearnOrder, leading: str) -> None:
    assert "how_long" in personal_order(order, check(leading)).picked
