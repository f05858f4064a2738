"""A heat or ice session that has ended: kept until the person says their skin was checked.

The session's record (a `TimerEvent`) and the `FinishedPack` the panel and the alert
show are made here, the same way for a session that ran out and one stopped early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.core.shared.records import TimerEvent
from companion.core.timers.pack import PackSession


@dataclass(frozen=True)
class FinishedPack:
    """A session that has just ended, kept until the person has read the skin check.

    `late` is True when it ended while the computer slept or the app was closed.
    """

    kind: str
    minutes: float
    planned: int
    ended: datetime
    stopped_early: bool
    late: bool


def ran_out(pack: PackSession, end: datetime, late: bool) -> tuple[FinishedPack, TimerEvent]:
    """`pack` ran its full time, to `end` (local time): what is shown, and its record."""
    event = TimerEvent(end, pack.kind, float(pack.minutes), {"planned": pack.minutes})
    return FinishedPack(pack.kind, pack.minutes, pack.minutes, end, False, late), event


def stopped(pack: PackSession, local: datetime) -> tuple[FinishedPack, TimerEvent | None]:
    """`pack` stopped early at `local`: what is shown, and its record (none under a minute)."""
    applied = pack.applied_minutes(local)
    details = {"planned": pack.minutes, "stopped_early": True}
    event = TimerEvent(local, pack.kind, applied, details) if applied >= 1 else None
    return FinishedPack(pack.kind, applied, pack.minutes, local, True, False), event
