"""The two clocks the timers read, and the watch that compares them from tick to tick.

The wall clock says when things happen; a monotonic clock that keeps counting while the
computer sleeps (CLOCK_BOOTTIME on Linux) says how much time really passed. Comparing
the two tells a sleep (a long gap on the monotonic clock) from a clock changed by hand
(the wall clock moved by more than the monotonic one). The scheduler moves its deadlines
by what `ClockWatch.observe` reports; tests pass a clock moved by hand.

The monotonic clock counts from the computer's start, so a reading means something only
on the same computer in the same start: `Clock.computer` says which (`this_computer`).
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol

from companion.core.shared.wall_clock import local_now
from companion.core.timers.pack import Computer, fixed, utc

CLOCK_TOLERANCE = 5.0  # seconds the two clocks may drift apart between ticks
SLEEP_GAP = 30.0  # seconds without a tick that count as the computer sleeping


class Clock(Protocol):
    #: The time zone whose calendar the person lives by, for "tomorrow at 8" and the
    #: active hours; None means this computer's own zone, with its clock changes.
    zone: tzinfo | None

    def wall(self) -> datetime:
        """The wall clock: an aware datetime in the local time zone."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back; counts time asleep."""
        ...

    def computer(self) -> Computer | None:
        """This computer, and which of its starts the monotonic clock counts from (None
        when it cannot be told)."""
        ...


def _sleep_counting_clock() -> Callable[[], float]:
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        # On macOS, unlike time.monotonic(), this one keeps counting during sleep.
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic  # Windows: counts sleep as well


# Where Linux keeps this computer's identity, and the identity of its current start.
MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))
BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
# The key of the hash the identities are kept as: a machine id must not be shared as it
# is (machine-id(5)), and the data folder may be synced or sent to someone.
ID_KEY = b"thigh-pain-companion timers"


def _first_line(path: Path) -> str | None:
    try:
        with path.open(encoding="ascii") as file:
            line = file.readline(200).strip()
    except (OSError, UnicodeDecodeError):
        return None
    return line or None


def _kept_as(identity: str) -> str:
    import hashlib  # only when a heat or ice session first needs it: not at start-up

    return hashlib.blake2b(identity.encode(), digest_size=16, key=ID_KEY).hexdigest()


@functools.cache
def this_computer() -> Computer | None:
    """This computer and its current start, read once (a restart ends the app): on Linux
    the machine id and the start's boot id; elsewhere the computer's name, and no start
    (the monotonic clock's reading then tells a restart, as it goes back). None when
    the computer has no name to tell it by."""
    import platform  # only when a heat or ice session first needs it: not at start-up

    linux = sys.platform.startswith("linux")
    machine = next(filter(None, map(_first_line, MACHINE_ID_FILES)), None) if linux else None
    machine = machine or platform.node()
    if not machine:
        return None
    boot = _first_line(BOOT_ID_FILE) if linux else None
    return Computer(_kept_as(machine), None if boot is None else _kept_as(boot))


@dataclass
class SystemClock:
    """The real clocks. `now` is the app's wall clock (AppState.now)."""

    now: Callable[[], datetime] = local_now
    _monotonic: Callable[[], float] = field(default_factory=_sleep_counting_clock)
    zone: tzinfo | None = None
    _computer: Callable[[], Computer | None] = this_computer

    def wall(self) -> datetime:
        return self.now()

    def monotonic(self) -> float:
        return self._monotonic()

    def computer(self) -> Computer | None:
        return self._computer()


@dataclass(frozen=True)
class Jump:
    """What happened to the clocks since the last tick."""

    asleep: float = 0.0  # seconds the computer slept (no ticks at all)
    shift: float = 0.0  # seconds the wall clock was moved by hand (+ forward)


class ClockWatch:
    """Compares the wall clock with the monotonic clock from one tick to the next."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._last: tuple[datetime, float] | None = None

    def reset(self) -> None:
        """Forget the last tick (after a time without ticks that was not a sleep)."""
        self._last = None

    def observe(self) -> tuple[datetime, Jump]:
        wall, mono = fixed(self.clock.wall()), self.clock.monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return wall, Jump()
        wall_moved = (utc(wall) - utc(last[0])).total_seconds()
        mono_moved = mono - last[1]
        shift = wall_moved - mono_moved
        return wall, Jump(
            asleep=mono_moved if mono_moved > SLEEP_GAP else 0.0,
            shift=shift if abs(shift) > CLOCK_TOLERANCE else 0.0,
        )
