"""The kiosk's admin PIN: a salted hash that never holds the PIN, and a gate that locks."""

from __future__ import annotations

import pytest

from companion.core.kiosk.pin import PinGate, PinOutcome
from companion.core.shared.pin_hash import (
    MAX_ITERATIONS,
    MIN_ITERATIONS,
    PinHash,
    PinHashError,
    check_pin,
    hash_pin,
)
from tests.helpers.clock import Monotonic

FAST = MIN_ITERATIONS  # the fewest rounds the parser accepts: quick enough for tests


@pytest.fixture(scope="module")
def stored() -> PinHash:
    return PinHash.parse(hash_pin("2468", iterations=FAST))


def test_a_hash_round_trips_and_never_holds_the_pin(stored: PinHash) -> None:
    # A fixed salt keeps this check steady: with a random one, the digits 2468 turn up
    # by chance in about 1 hex string in 700 (CI failed once that way).
    text = hash_pin("2468", iterations=FAST, salt=bytes(range(16)))
    assert "2468" not in text
    assert b"2468".hex() not in text  # nor the PIN's bytes written as hex
    assert text.startswith(f"pbkdf2-sha256${FAST}$")
    parsed = PinHash.parse(text)
    assert parsed.iterations == FAST
    assert parsed.matches("2468")


def test_a_wrong_pin_does_not_match(stored: PinHash) -> None:
    assert not stored.matches("2469")
    assert not stored.matches("246")
    assert not stored.matches("24680")
    assert not stored.matches("２４６８")  # full-width digits are not the PIN


def test_the_salt_makes_each_hash_of_the_same_pin_differ() -> None:
    first, second = hash_pin("2468", iterations=FAST), hash_pin("2468", iterations=FAST)
    assert first != second
    assert first.split("$")[2] != second.split("$")[2]
    assert PinHash.parse(first).matches("2468") and PinHash.parse(second).matches("2468")


def test_the_same_salt_gives_the_same_hash() -> None:
    salt = bytes(range(16))
    assert hash_pin("2468", iterations=FAST, salt=salt) == hash_pin(
        "2468", iterations=FAST, salt=salt
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2468", "kiosk hash-pin"),
        ("sha1$200000$00$00", "should look like"),
        ("pbkdf2-sha256$many$00ff$00ff", "damaged"),
        ("pbkdf2-sha256$200000$zz$00ff", "damaged"),
        ("pbkdf2-sha256$200000$00ff$00ff", "too short"),
        ("pbkdf2-sha256$200000$" + "00" * 16, "should look like"),
    ],
)
def test_a_bad_hash_is_refused_with_a_helpful_reason(text: str, words: str) -> None:
    with pytest.raises(PinHashError, match=words):
        PinHash.parse(text)


def test_too_few_rounds_are_refused() -> None:
    weak = hash_pin("2468", iterations=1000)
    with pytest.raises(PinHashError, match=f"1000 rounds.*at least {MIN_ITERATIONS}"):
        PinHash.parse(weak)


def test_spaces_around_a_pasted_hash_are_fine() -> None:
    text = hash_pin("2468", iterations=FAST)
    assert PinHash.parse(f"  {text}\n").matches("2468")


@pytest.mark.parametrize("pin", ["1234", "00000000", "975310"])
def test_check_pin_accepts_four_to_eight_digits(pin: str) -> None:
    assert check_pin(pin) == pin


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("123", "4 to 8 digits"),
        ("123456789", "4 to 8 digits"),
        ("", "digits only"),
        ("12a4", "digits only"),
        ("12 34", "digits only"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits are digits, but not 0 to 9
    ],
)
def test_check_pin_explains_what_is_wrong(pin: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        check_pin(pin)


def test_hash_pin_refuses_a_pin_that_is_not_valid() -> None:
    with pytest.raises(ValueError, match="4 to 8 digits"):
        hash_pin("12", iterations=FAST)


# --- the gate -------------------------------------------------------------------------


def test_the_right_pin_is_accepted(stored: PinHash) -> None:
    gate = PinGate(stored, Monotonic())
    assert gate.configured
    assert gate.try_pin("2468") is PinOutcome.ACCEPTED
    assert gate.tries_left() == 5


def test_five_wrong_pins_lock_the_gate_for_a_minute(stored: PinHash) -> None:
    clock = Monotonic()
    gate = PinGate(stored, clock)
    outcomes = [gate.try_pin("1111") for _ in range(4)]
    assert outcomes == [PinOutcome.REJECTED] * 4
    assert gate.tries_left() == 1
    assert gate.locked_seconds_left() == 0
    assert gate.try_pin("1111") is PinOutcome.LOCKED
    assert gate.tries_left() == 0
    assert gate.locked_seconds_left() == 60
    clock.now += 0.5
    assert gate.locked_seconds_left() == 60  # rounded up: never says 0 while still locked
    clock.now += 29.5
    assert gate.locked_seconds_left() == 30


@pytest.mark.parametrize("pin", ["1", "246"])
def test_a_pin_shorter_than_any_is_not_counted_as_a_try(stored: PinHash, pin: str) -> None:
    gate = PinGate(stored, Monotonic())
    assert [gate.try_pin(pin) for _ in range(6)] == [PinOutcome.TOO_SHORT] * 6
    assert gate.tries_left() == 5 and gate.locked_seconds_left() == 0


def test_wrong_tries_count_only_within_a_quarter_of_an_hour(stored: PinHash) -> None:
    clock = Monotonic()
    gate = PinGate(stored, clock)
    for _ in range(4):  # a morning's slips, one a minute
        gate.try_pin("1111")
        clock.now += 60
    assert gate.tries_left() == 1
    clock.now += 11 * 60 + 1  # the first slip is now over 15 minutes old
    assert gate.tries_left() == 2
    assert gate.try_pin("1111") is PinOutcome.REJECTED
    clock.now += 4 * 60  # all four morning slips forgotten
    assert gate.tries_left() == 4
    for _ in range(3):
        assert gate.try_pin("1111") is PinOutcome.REJECTED
    assert gate.try_pin("1111") is PinOutcome.LOCKED  # five within 15 minutes still lock


def test_a_locked_gate_refuses_even_the_right_pin(stored: PinHash) -> None:
    clock = Monotonic()
    gate = PinGate(stored, clock)
    for _ in range(5):
        gate.try_pin("1111")
    clock.now += 59.9
    assert gate.try_pin("2468") is PinOutcome.LOCKED
    assert gate.locked_seconds_left() == 1


def test_the_lock_ends_after_sixty_seconds(stored: PinHash) -> None:
    clock = Monotonic()
    gate = PinGate(stored, clock)
    for _ in range(5):
        gate.try_pin("1111")
    clock.now += 60
    assert gate.locked_seconds_left() == 0
    assert gate.tries_left() == 5  # a fresh set of tries after the lock
    assert gate.try_pin("2468") is PinOutcome.ACCEPTED


def test_wrong_tries_after_a_lock_count_again_from_five(stored: PinHash) -> None:
    clock = Monotonic()
    gate = PinGate(stored, clock)
    for _ in range(5):
        gate.try_pin("1111")
    clock.now += 61
    assert gate.try_pin("1111") is PinOutcome.REJECTED
    assert gate.tries_left() == 4


def test_a_right_pin_resets_the_misses(stored: PinHash) -> None:
    gate = PinGate(stored, Monotonic())
    for _ in range(4):
        gate.try_pin("1111")
    assert gate.try_pin("2468") is PinOutcome.ACCEPTED
    assert gate.tries_left() == 5
    for _ in range(4):
        assert gate.try_pin("1111") is PinOutcome.REJECTED


def test_with_no_hash_every_pin_is_refused() -> None:
    clock = Monotonic()
    gate = PinGate(None, clock)
    assert not gate.configured
    assert gate.try_pin("2468") is PinOutcome.REJECTED
    assert gate.try_pin("") is PinOutcome.TOO_SHORT  # not a try either
    for _ in range(3):
        gate.try_pin("0000")
    assert gate.try_pin("1234") is PinOutcome.LOCKED
    clock.now += 60
    assert gate.try_pin("2468") is PinOutcome.REJECTED


@pytest.mark.parametrize("rounds", [MAX_ITERATIONS + 1, 2_000_000_000, 999_999_999_999])
def test_a_hash_with_too_many_rounds_is_refused_and_never_tried(rounds: int) -> None:
    """`pbkdf2-sha256$999999999999$...` stopped `kiosk check` with a traceback, and
    2,000,000,000 rounds took 8 minutes a try: each admin PIN try froze the kiosk."""
    text = f"pbkdf2-sha256${rounds}${'00' * 16}${'ab' * 32}"
    with pytest.raises(PinHashError, match=f"uses {rounds} rounds; at most {MAX_ITERATIONS}"):
        PinHash.parse(text)
    with pytest.raises(PinHashError):  # nor made any other way, so no PinGate can hold one
        PinHash(rounds, bytes(16), bytes(32))
    assert PinHash.parse(text.replace(str(rounds), str(MAX_ITERATIONS))).iterations == (
        MAX_ITERATIONS
    )
