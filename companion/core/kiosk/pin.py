"""The kiosk's admin PIN gate: it checks PINs against the stored hash (see
`shared.pin_hash`) and locks for a while after too many misses."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from companion.core.shared.pin_hash import PIN_LENGTHS, PinHash

MAX_TRIES = 5
LOCK_SECONDS = 60
FORGET_SECONDS = 15 * 60  # a wrong try this old is forgotten: slips on different days never add up
SHORTEST = PIN_LENGTHS[0]


class PinOutcome(Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    TOO_SHORT = "too_short"  # fewer digits than any PIN has: a slip, not a try
    LOCKED = "locked"  # too many wrong tries: nothing is checked until the lock ends


class PinGate:
    """Checks PINs; after `MAX_TRIES` wrong ones within `FORGET_SECONDS` it refuses all
    for a minute.

    `monotonic()` gives seconds that never jump with clock changes (tests move it).
    With no hash set, every PIN is refused: the kiosk can then only be ended outside
    the app, never unlocked by guessing.
    """

    def __init__(
        self,
        pin_hash: PinHash | None,
        monotonic: Callable[[], float],
        *,
        max_tries: int = MAX_TRIES,
        lock_seconds: int = LOCK_SECONDS,
        forget_seconds: int = FORGET_SECONDS,
    ) -> None:
        self.pin_hash = pin_hash
        self._monotonic = monotonic
        self.max_tries = max_tries
        self.lock_seconds = lock_seconds
        self.forget_seconds = forget_seconds
        self._missed_at: list[float] = []  # when each wrong try still remembered was made
        self._locked_until: float | None = None

    @property
    def configured(self) -> bool:
        return self.pin_hash is not None

    @property
    def misses(self) -> int:
        """Wrong tries made in the last `forget_seconds`."""
        now = self._monotonic()
        return sum(1 for when in self._missed_at if now - when < self.forget_seconds)

    def locked_seconds_left(self) -> int:
        """Whole seconds until PINs are checked again; 0 when not locked."""
        if self._locked_until is None:
            return 0
        left = self._locked_until - self._monotonic()
        if left <= 0:
            self._locked_until = None
            self._missed_at.clear()
            return 0
        return int(left) + (0 if left == int(left) else 1)

    def tries_left(self) -> int:
        return max(self.max_tries - self.misses, 0)

    def try_pin(self, pin: str) -> PinOutcome:
        if self.locked_seconds_left():
            return PinOutcome.LOCKED
        if len(pin) < SHORTEST:
            return PinOutcome.TOO_SHORT
        if self.pin_hash is not None and self.pin_hash.matches(pin):
            self._missed_at.clear()
            return PinOutcome.ACCEPTED
        now = self._monotonic()
        self._missed_at = [when for when in self._missed_at if now - when < self.forget_seconds]
        self._missed_at.append(now)
        if self.misses >= self.max_tries:
            self._locked_until = self._monotonic() + self.lock_seconds
            return PinOutcome.LOCKED
        return PinOutcome.REJECTED
