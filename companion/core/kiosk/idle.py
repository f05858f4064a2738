"""When a kiosk has been left alone: a "Still there?" notice, then a full reset.

Pure logic on a monotonic clock (seconds that never jump when the wall clock changes),
so tests move time by hand. The window reports every touch, click, key and scroll with
`activity()` and calls `phase()` about once a second.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum

from companion.core.shared.kiosk_config import COUNTDOWN_SECONDS, IDLE_SECONDS


class IdlePhase(Enum):
    ACTIVE = "active"
    ASKING = "asking"  # the "Still there?" notice is up, counting down
    RESET = "reset"  # the countdown ran out: wipe everything and start again


class IdleWatch:
    def __init__(
        self,
        monotonic: Callable[[], float],
        *,
        idle_seconds: int = IDLE_SECONDS,
        countdown_seconds: int = COUNTDOWN_SECONDS,
    ) -> None:
        self._monotonic = monotonic
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self._last = monotonic()

    def activity(self) -> None:
        """Someone touched, clicked, typed or scrolled: start the quiet time again."""
        self._last = self._monotonic()

    def quiet_seconds(self) -> float:
        return max(self._monotonic() - self._last, 0.0)

    def phase(self) -> IdlePhase:
        quiet = self.quiet_seconds()
        if quiet < self.idle_seconds:
            return IdlePhase.ACTIVE
        if quiet < self.idle_seconds + self.countdown_seconds:
            return IdlePhase.ASKING
        return IdlePhase.RESET

    def countdown_left(self) -> int:
        """Whole seconds left on the "Still there?" countdown (the full count before)."""
        left = self.idle_seconds + self.countdown_seconds - self.quiet_seconds()
        return max(0, min(self.countdown_seconds, math.ceil(left)))
