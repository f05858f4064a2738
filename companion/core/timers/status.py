"""What the timers are doing, as one typed answer.

The Timers page, the tray, the alert windows and Home all read a `TimerStatus`, so "is
anything on?", "how many are running?" and "which break phase are we in?" are decided
here once, the same way for each of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import WALK
from companion.core.timers.records import (
    OFF,
    TIMER_SETTINGS,
    breaks_enabled,
    kept_records,
    unreadable_kinds,
)

if TYPE_CHECKING:
    from companion.core.timers.scheduler import (
        Scheduler,  # the status reads one; Home need not load it
    )


MOST_RUNNING = 2  # timers that can run at once: a pack (heat or ice, never both) and a walk


@dataclass(frozen=True)
class TimerStatus:
    """The timers at one moment.

    A heat or ice pack and a walking check are timers that run; movement breaks are
    reminders that are on or off, and are not counted as running.
    """

    pack_kind: str | None = None  # HEAT or ICE while a pack is on (also when paused)
    pack_paused: bool = False
    walk_open: bool = False  # a walking check is timing, or waits for its answers
    walking: bool = False  # a walking check is timing
    breaks_on: bool = False
    break_phase: str = OFF  # the break cycle's phase; always OFF while breaks are off
    # A heat or ice session ran out and "I have checked my skin" is not pressed yet:
    # someone may have fallen asleep on a heat pad [domain.md section 4, Heat].
    skin_check_waiting: bool = False
    # A saved heat or ice session (or its skin check), a walking check, could not be
    # read at start, so it was stopped: said until one is started again.
    pack_unreadable: bool = False
    walk_unreadable: bool = False

    @property
    def anything_on(self) -> bool:
        """Something needs the clock: the app keeps ticking (and stays in the tray)."""
        return self.pack_kind is not None or self.walk_open or self.breaks_on

    def pack_in_the_way(self, kind: str) -> str | None:
        """The other pack that is on (HEAT or ICE), which a `kind` session must wait for:
        one pack at a time. None when `kind` may start, or is the one on."""
        return self.pack_kind if self.pack_kind not in (None, kind) else None

    @property
    def running_timers(self) -> tuple[str, ...]:
        """The timers that run now, in the order they are listed: the pack (HEAT or ICE,
        also while paused), then WALK while a walking check is timing. Both can run at
        once, and each place that lists them lists both."""
        pack = () if self.pack_kind is None else (self.pack_kind,)
        return pack + ((WALK,) if self.walking else ())

    @property
    def running(self) -> int:
        """How many timers run now: a pack and a walking check, not the break reminders."""
        return len(self.running_timers)


def status_of(scheduler: Scheduler) -> TimerStatus:
    """The status of a running scheduler."""
    pack, walk = scheduler.pack, scheduler.walk
    on = scheduler.settings.enabled
    return TimerStatus(
        pack_kind=pack.kind if pack is not None else None,
        pack_paused=pack is not None and pack.paused,
        walk_open=walk is not None,
        walking=walk is not None and walk.running,
        breaks_on=on,
        break_phase=scheduler.cycle.phase if on else OFF,
        skin_check_waiting=scheduler.finished is not None and not scheduler.finished.stopped_early,
        pack_unreadable=scheduler.pack_unreadable,
        walk_unreadable=scheduler.walk_unreadable,
    )


def stored_status(state: AppState) -> TimerStatus:
    """The status as last saved, read without starting the scheduler (Home at start-up).

    Only what Home shows is read back: which timers run, whether breaks are on and
    whether a skin check waits. Only the records the scheduler takes back count, by the
    same check (`kept_records`): a damaged one, which the scheduler drops when it
    starts, is never said to run or wait.
    """
    if state.kiosk:
        return TimerStatus()  # a kiosk runs no timers
    kept = kept_records(state.store.table(TIMERS).all(), state.now())
    pack_unreadable, walk_unreadable = unreadable_kinds(kept.unreadable)
    settings = state.store.table(TIMER_SETTINGS).latest(1)
    return TimerStatus(
        pack_kind=kept.pack.kind if kept.pack is not None else None,
        pack_paused=False,
        walk_open=kept.walk is not None,
        walking=kept.walk is not None and kept.walk.stopped is None,
        breaks_on=breaks_enabled(settings[0].data if settings else None),
        skin_check_waiting=kept.skin_check is not None,
        pack_unreadable=pack_unreadable,
        walk_unreadable=walk_unreadable,
    )
