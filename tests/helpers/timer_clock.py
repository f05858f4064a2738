"""Wall and monotonic clocks moved by hand, for the timer driver: no test sleeps."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from companion.core.timers.pack import Computer, fixed
from tests.helpers.clock import FakeClock, Monotonic


class TimerClock:
    """`advance` lets time pass (awake or asleep: the monotonic clock counts both, as
    CLOCK_BOOTTIME does); `change_wall` moves only the wall clock, as a person changing
    the time by hand would; `restart` starts the computer again. `here` is the computer
    it stands for (a made-up one: tests never read the real machine's identity)."""

    def __init__(self, wall: FakeClock | None = None, zone: tzinfo | None = None) -> None:
        self.wall_clock = wall or FakeClock()
        self.mono = Monotonic()
        self.here: Computer | None = Computer("computer A", "start 1")
        # The calendar's zone: a real one (with clock changes) when given; else the
        # start's fixed offset, whatever the zone of the machine running the tests.
        self.zone: tzinfo | None = zone or self.wall_clock.current.tzinfo

    def wall(self) -> datetime:
        """The wall clock as the system gives it: the offset in force at that instant."""
        now = self.wall_clock()
        return now.astimezone(self.zone) if self.zone is not None else now

    def monotonic(self) -> float:
        return self.mono()

    def computer(self) -> Computer | None:
        return self.here

    def restart(self) -> None:
        """The computer starts again: its monotonic clock from 0, a new boot id."""
        self.mono.now = 0.0
        if self.here is not None and self.here.boot is not None:
            self.here = Computer(self.here.machine, f"{self.here.boot} again")

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.wall_clock.current += step
        self.mono.now += step.total_seconds()

    def change_wall(self, **delta: float) -> None:
        self.wall_clock.current += timedelta(**delta)


class SystemLikeClock(TimerClock):
    """The wall clock as the app reads it, `datetime.now().astimezone()`: with the offset
    in force now as a fixed zone, while `zone` keeps the calendar's clock changes."""

    def wall(self) -> datetime:
        return fixed(super().wall())
