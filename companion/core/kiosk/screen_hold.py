"""Keeping the kiosk on the screen: what to ask for, and when, once something took it.

Pure logic on a monotonic clock, so tests move time by hand. The window reports what the
window system tells it (the window went off the screen, came back) and, whenever it
checks, what it is now (shown, minimised, full screen); it does the step the answer
names. The two waits are the window's timers, of the lengths given here.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

# A window taken off the screen is asked back this long after: a request sent while the
# window manager is still busy with the window can cross its own clean-up (under openbox,
# a window someone unmapped came back no longer full screen about 1 time in 80).
SETTLE_SECONDS = 0.15
# A window asked back and still not on the screen this long after is asked again, more
# firmly (see `retry`).
RETRY_SECONDS = 0.5


class Step(Enum):
    """What the window does. After a step that `asks` it sets a retry for RETRY_SECONDS
    later, with the `asked_at` of that moment (see `ScreenHold.retry`)."""

    NOTHING = "nothing"  # on the screen and full screen, or asked back and not due again
    SHOW = "show"  # not shown at all: show it full screen
    UNMINIMISE = "unminimise"  # take "minimised" off, full screen on: restored in place
    WAIT = "wait"  # just went off the screen: the manager may still be busy with it
    # Hidden behind Qt's back ("show the desktop", or unmapped): ask the manager to
    # minimise it and then map it full screen.
    ASK_BACK = "ask_back"
    # Still off the screen after being asked back: the manager has let go of it by then
    # (someone unmapped it), so hiding it and showing it anew no longer races it.
    SHOW_AFRESH = "show_afresh"
    FULL_SCREEN = "full_screen"  # shown, but no longer full screen

    @property
    def asks(self) -> bool:
        """A request the window manager may not act on: a retry follows it."""
        return self in (Step.UNMINIMISE, Step.ASK_BACK, Step.SHOW_AFRESH)


class ScreenHold:
    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._monotonic = monotonic
        # False while the window system has the window unmapped although it still counts
        # as shown; the window follows its native window's expose events.
        self.on_screen = True
        self._lost_at = float("-inf")  # when the window last went off the screen
        # When the window, off the screen or minimised, was last asked back (None while
        # it shows); it also tells a retry that is still due from one that is stale.
        self.asked_at: float | None = None
        self._asked_with = Step.NOTHING  # the step that asked

    def went_off(self) -> bool:
        """The window system says the window is not on the screen. True when it just went
        off: the window then waits SETTLE_SECONDS, calls `settled` and checks again."""
        if not self.on_screen:
            return False  # still off: the wait began when it went
        self.on_screen = False
        self._lost_at = self._monotonic()
        return True

    def settled(self) -> None:
        """The wait after going off the screen is over (a timer may end a little early,
        so the clock is not asked again)."""
        self._lost_at = float("-inf")

    def came_back(self) -> bool:
        """The window is on the screen again. True when it had been asked back: a manager
        that took it back as a new window forgets "on top", so the window asks again."""
        was_asked = not self.on_screen and self.asked_at is not None
        self.on_screen = True
        if was_asked:
            self.asked_at = None
        return was_asked

    def next_step(self, *, shown: bool, minimised: bool, full_screen: bool) -> Step:
        """What to do now, for a window that is `shown`, `minimised`, `full_screen`."""
        if not shown:
            return Step.SHOW
        if minimised:
            return self._ask(Step.UNMINIMISE)
        if not self.on_screen:
            now = self._monotonic()
            if now < self._lost_at + SETTLE_SECONDS:
                return Step.WAIT
            if self.asked_at is not None:
                return Step.NOTHING  # asked already: the retry will follow
            return self._ask(Step.ASK_BACK)
        if not full_screen:
            return Step.FULL_SCREEN
        return Step.NOTHING

    def retry(self, asked_at: float) -> Step:
        """The retry set when asking at `asked_at` is here: what to do now.

        NOTHING when the window was asked again since (this retry is stale) or is on the
        screen (the request is done). Still off the screen: after an un-minimise the
        manager did not act on, it is asked back as a hidden window is (ASK_BACK); after
        that, it is shown afresh (SHOW_AFRESH), again at each retry until it is back.
        """
        if self.asked_at != asked_at:
            return Step.NOTHING
        if self.on_screen:
            self.asked_at = None
            return Step.NOTHING
        if self._asked_with is Step.UNMINIMISE:
            return self._ask(Step.ASK_BACK)
        return self._ask(Step.SHOW_AFRESH)

    def _ask(self, step: Step) -> Step:
        self.asked_at = self._monotonic()
        self._asked_with = step
        return step
