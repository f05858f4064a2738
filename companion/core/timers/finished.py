"""A heat or ice session that has ended: kept until the person says their skin was checked.

The session's record (a `TimerEvent`) and the `FinishedPack` the panel and the alert
show are made here, the same way for a session that ran out and one stopped early.

A session that ran out and whose skin check is not answered yet is saved with the
running timers (a `skin_check` record in the timers table), so a quit, a crash or a
power cut after "Time is up" does not lose it: someone may have fallen asleep on a heat
pad [domain.md section 4, Heat: "check the skin afterwards; do not fall asleep on a heat
source"]. The next start asks again, for up to `records.ASK_HOURS`. A session stopped early is
not saved: the person was there to press Stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.core.shared.records import TimerEvent
from companion.core.timers.pack import PackSession, utc
from companion.core.timers.records import SKIN_CHECK, SkinCheckFields


@dataclass(frozen=True)
class FinishedPack:
    """A session that has just ended, kept until the person has read the skin check.

    `late` is True when it ended while the computer slept or the app was closed;
    `reopened` when its skin check was still unanswered when the app last closed.
    """

    kind: str
    minutes: float
    planned: int
    ended: datetime
    stopped_early: bool
    late: bool
    reopened: bool = False


def skin_check_record(finished: FinishedPack | None) -> dict[str, Any] | None:
    """What is saved for the next start while the skin check of a session that ran out
    waits for its answer; None when nothing waits."""
    if finished is None or finished.stopped_early:
        return None
    return {
        "kind": SKIN_CHECK,
        "pack": finished.kind,
        "minutes": finished.minutes,
        "planned": finished.planned,
        "ended": utc(finished.ended).isoformat(),
    }


def asked_again(fields: SkinCheckFields) -> FinishedPack:
    """The skin check whose fields `skin_check_fields` read, asked again."""
    kind, minutes, planned, ended = fields
    return FinishedPack(kind, minutes, planned, ended, False, True, True)


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
