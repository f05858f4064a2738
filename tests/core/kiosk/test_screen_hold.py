"""The kiosk's screen hold: what the window asks for, and when, once something took the
screen from it. The window itself on a real desktop: tests/test_kiosk_desktop.py."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.kiosk.screen_hold import RETRY_SECONDS, SETTLE_SECONDS, ScreenHold, Step
from tests.helpers.clock import Monotonic

ON_SCREEN = {"shown": True, "minimised": False, "full_screen": True}


@pytest.fixture
def clock() -> Monotonic:
    return Monotonic()


def test_a_kiosk_on_the_screen_and_full_screen_is_left_alone(clock: Monotonic) -> None:
    hold = ScreenHold(clock)
    for _ in range(3):
        clock.now += 1
        assert hold.next_step(**ON_SCREEN) is Step.NOTHING


@pytest.mark.parametrize(
    ("seen", "step"),
    [
        ({"shown": False, "minimised": False, "full_screen": False}, Step.SHOW),
        ({"shown": True, "minimised": True, "full_screen": True}, Step.UNMINIMISE),
        ({"shown": True, "minimised": False, "full_screen": False}, Step.FULL_SCREEN),
    ],
)
def test_what_qt_knows_is_put_right_at_once(
    clock: Monotonic, seen: dict[str, bool], step: Step
) -> None:
    assert ScreenHold(clock).next_step(**seen) is step


def test_a_window_taken_off_the_screen_is_asked_back_once_the_manager_is_done(
    clock: Monotonic,
) -> None:
    hold = ScreenHold(clock)
    hold.went_off()  # "show the desktop", or someone unmapped it; Qt still counts it shown
    clock.now += SETTLE_SECONDS / 2
    assert hold.next_step(**ON_SCREEN) is Step.WAIT  # e.g. the one-second tick came early
    hold.settled()
    assert hold.next_step(**ON_SCREEN) is Step.ASK_BACK
    asked_at = hold.asked_at
    clock.now += 0.2
    assert hold.next_step(**ON_SCREEN) is Step.NOTHING  # asked once: the retry follows
    assert hold.came_back()  # back: the window asks the manager for "on top" again
    assert hold.asked_at is None
    clock.now += RETRY_SECONDS
    assert asked_at is not None and hold.retry(asked_at) is Step.NOTHING  # nothing to do
    assert hold.next_step(**ON_SCREEN) is Step.NOTHING


def test_news_that_it_is_still_off_does_not_start_the_wait_again(clock: Monotonic) -> None:
    hold = ScreenHold(clock)
    assert hold.went_off()
    clock.now += SETTLE_SECONDS
    assert not hold.went_off()  # a second expose event: still off, same wait
    assert hold.next_step(**ON_SCREEN) is Step.ASK_BACK


def test_without_a_settle_call_the_clock_ends_the_wait(clock: Monotonic) -> None:
    hold = ScreenHold(clock)
    hold.went_off()
    clock.now += SETTLE_SECONDS
    assert hold.next_step(**ON_SCREEN) is Step.ASK_BACK


def test_a_window_still_off_the_screen_is_shown_afresh_again_and_again(
    clock: Monotonic,
) -> None:
    hold = ScreenHold(clock)
    hold.went_off()
    hold.settled()
    assert hold.next_step(**ON_SCREEN) is Step.ASK_BACK
    for _ in range(4):  # the manager let go of it: each retry shows it anew
        asked_at = hold.asked_at
        assert asked_at is not None
        clock.now += RETRY_SECONDS
        assert hold.retry(asked_at) is Step.SHOW_AFRESH
        assert hold.asked_at == clock.now  # the next retry counts from now
        assert hold.retry(asked_at) is Step.NOTHING  # the old retry is spent
    assert hold.came_back()


def test_a_minimised_window_the_manager_does_not_restore_is_asked_back_then_shown_afresh(
    clock: Monotonic,
) -> None:
    hold = ScreenHold(clock)
    hold.went_off()  # minimising takes it off the screen first
    assert hold.next_step(shown=True, minimised=True, full_screen=True) is Step.UNMINIMISE
    first = hold.asked_at
    assert first == clock.now
    clock.now += RETRY_SECONDS  # still off: asked as a hidden window is, never hidden yet
    assert hold.retry(first) is Step.ASK_BACK
    second = hold.asked_at
    assert second == clock.now
    clock.now += RETRY_SECONDS  # the manager has let go of it: shown afresh
    assert hold.retry(second) is Step.SHOW_AFRESH


def test_a_minimised_window_restored_in_place_needs_no_retry(clock: Monotonic) -> None:
    hold = ScreenHold(clock)
    hold.went_off()
    assert hold.next_step(shown=True, minimised=True, full_screen=True) is Step.UNMINIMISE
    asked_at = hold.asked_at
    clock.now += 0.05
    assert hold.came_back()
    clock.now += RETRY_SECONDS
    assert asked_at is not None and hold.retry(asked_at) is Step.NOTHING


def test_coming_back_unasked_is_not_a_restore(clock: Monotonic) -> None:
    hold = ScreenHold(clock)
    hold.went_off()
    clock.now += 0.05
    assert not hold.came_back()  # e.g. the desktop was shown and hidden again at once
    assert hold.next_step(**ON_SCREEN) is Step.NOTHING


def test_a_request_the_window_never_needed_does_not_block_the_next_one(
    clock: Monotonic,
) -> None:
    hold = ScreenHold(clock)
    # Minimised while the screen still shows it (the expose news has not come, or never
    # comes): its retry must not hide and show a window on the screen...
    assert hold.next_step(shown=True, minimised=True, full_screen=True) is Step.UNMINIMISE
    asked_at = hold.asked_at
    clock.now += RETRY_SECONDS
    assert asked_at is not None and hold.retry(asked_at) is Step.NOTHING
    # ...and the request is done: the next time the screen is taken, it is asked back.
    clock.now += 30
    hold.went_off()
    hold.settled()
    assert hold.next_step(**ON_SCREEN) is Step.ASK_BACK


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["off", "back", "settled", "check", "retry"]),
            st.floats(min_value=0, max_value=2, allow_nan=False),
            st.booleans(),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_any_order_of_events_keeps_one_request_at_a_time_and_never_stalls(
    events: list[tuple[str, float, bool, bool]],
) -> None:
    """Whatever the window system does, in any order: the kiosk asks the manager back
    at most once until a retry is due, never while the manager may still be busy with
    the window, hides and shows it only after asking it back, a retry acts only for the
    latest request of a window still off, and a request is always followed by its retry
    (so a window off the screen is never left waiting for nothing)."""
    clock = Monotonic()
    hold = ScreenHold(clock)
    pending: list[float] = []  # the retries the window has set, as their asked_at
    lost_at = float("-inf")
    settled = True
    for kind, seconds, minimised, full_screen in events:
        clock.now += seconds
        if kind == "off":
            was_on = hold.on_screen
            assert hold.went_off() is was_on  # news of "still off" starts no new wait
            if was_on:
                lost_at, settled = clock.now, False
        elif kind == "back" and not hold.on_screen:
            was_asked = hold.asked_at is not None
            assert hold.came_back() is was_asked
            assert hold.asked_at is None
        elif kind == "settled":
            hold.settled()
            settled = True
        elif kind == "check":
            asked_before = hold.asked_at
            step = hold.next_step(shown=True, minimised=minimised, full_screen=full_screen)
            assert step is not Step.SHOW_AFRESH  # only a retry hides and shows it
            if step is Step.ASK_BACK:
                assert asked_before is None, "asked back while a request was out"
                assert settled or clock.now >= lost_at + SETTLE_SECONDS
            if step is Step.WAIT:
                assert not hold.on_screen and not settled
            assert step.asks is (step in (Step.ASK_BACK, Step.UNMINIMISE))
            if step.asks:
                assert hold.asked_at == clock.now
                pending.append(clock.now)
        elif kind == "retry" and pending:
            asked_at = pending.pop(0)
            latest, off = hold.asked_at, not hold.on_screen
            step = hold.retry(asked_at)
            assert (step is not Step.NOTHING) is (off and latest == asked_at)
            if step is not Step.NOTHING:
                assert step in (Step.ASK_BACK, Step.SHOW_AFRESH) and step.asks
                pending.append(clock.now)
        if hold.asked_at is not None:  # a request out always has its retry set
            assert hold.asked_at in pending
