"""The kiosk's idle watch: quiet time, then "Still there?", then a reset."""

from __future__ import annotations

import pytest

from companion.core.kiosk.idle import IdlePhase, IdleWatch
from tests.helpers.clock import Monotonic


@pytest.fixture
def clock() -> Monotonic:
    return Monotonic()


@pytest.mark.parametrize(
    ("quiet", "phase"),
    [
        (0, IdlePhase.ACTIVE),
        (89, IdlePhase.ACTIVE),
        (89.99, IdlePhase.ACTIVE),
        (90, IdlePhase.ASKING),
        (109, IdlePhase.ASKING),
        (109.99, IdlePhase.ASKING),
        (110, IdlePhase.RESET),
        (500, IdlePhase.RESET),
    ],
)
def test_phases_follow_the_quiet_time(clock: Monotonic, quiet: float, phase: IdlePhase) -> None:
    watch = IdleWatch(clock)
    clock.now += quiet
    assert watch.phase() is phase


def test_activity_postpones_the_notice_and_the_reset(clock: Monotonic) -> None:
    watch = IdleWatch(clock)
    clock.now += 80
    watch.activity()
    clock.now += 80  # 160 s since the start, but only 80 s of quiet
    assert watch.phase() is IdlePhase.ACTIVE
    clock.now += 15
    assert watch.phase() is IdlePhase.ASKING
    watch.activity()  # "I'm still here"
    assert watch.phase() is IdlePhase.ACTIVE
    assert watch.countdown_left() == 20
    clock.now += 110
    assert watch.phase() is IdlePhase.RESET


def test_occasional_scrolling_never_times_out(clock: Monotonic) -> None:
    watch = IdleWatch(clock)
    for _ in range(100):  # a long page read with a scroll each minute
        clock.now += 60
        assert watch.phase() is IdlePhase.ACTIVE
        watch.activity()


@pytest.mark.parametrize(
    ("quiet", "left"),
    [
        (0, 20),
        (89, 20),
        (90, 20),
        (90.5, 20),
        (91, 19),
        (100, 10),
        (109, 1),
        (109.5, 1),
        (110, 0),
        (300, 0),
    ],
)
def test_countdown_left_counts_whole_seconds(clock: Monotonic, quiet: float, left: int) -> None:
    watch = IdleWatch(clock)
    clock.now += quiet
    assert watch.countdown_left() == left


def test_custom_times_from_the_config(clock: Monotonic) -> None:
    watch = IdleWatch(clock, idle_seconds=30, countdown_seconds=5)
    clock.now += 29
    assert watch.phase() is IdlePhase.ACTIVE
    clock.now += 1
    assert watch.phase() is IdlePhase.ASKING
    assert watch.countdown_left() == 5
    clock.now += 4
    assert watch.countdown_left() == 1
    clock.now += 1
    assert watch.phase() is IdlePhase.RESET


def test_a_clock_that_goes_backwards_counts_as_no_quiet(clock: Monotonic) -> None:
    watch = IdleWatch(clock)
    clock.now -= 50
    assert watch.quiet_seconds() == 0
    assert watch.phase() is IdlePhase.ACTIVE
