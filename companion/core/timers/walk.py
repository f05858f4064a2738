"""The walking check: walk at a normal pace until the usual symptoms start.

The time walked is a measure to track over weeks. The check stops itself at 30 minutes,
then asks whether sitting down or bending forward eased the symptoms (easing that way
points towards a narrowed spinal canal). Saving turns it into a journal event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from companion.core.shared.records import WALK, TimerEvent
from companion.core.timers.pack import utc
from companion.core.timers.records import WalkFields

LIMIT_MINUTES = 30


@dataclass(frozen=True)
class WalkRun:
    """A walking check under way (`stopped` None) or waiting for its two answers."""

    started: datetime
    stopped: datetime | None = None
    reached_limit: bool = False

    @classmethod
    def start(cls, now: datetime) -> WalkRun:
        return cls(utc(now))

    @property
    def running(self) -> bool:
        return self.stopped is None

    @property
    def limit_at(self) -> datetime:
        return self.started + timedelta(minutes=LIMIT_MINUTES)

    def seconds(self, now: datetime) -> float:
        end = self.stopped if self.stopped is not None else min(utc(now), self.limit_at)
        return max(0.0, min(LIMIT_MINUTES * 60.0, (end - self.started).total_seconds()))

    def minutes(self, now: datetime) -> float:
        return round(self.seconds(now) / 60.0, 1)

    def stop(self, now: datetime) -> WalkRun:
        """The usual symptoms started (or the person stopped): freeze the time."""
        if self.stopped is not None:
            return self
        end = min(utc(now), self.limit_at)
        return replace(self, stopped=end, reached_limit=end >= self.limit_at)

    def at_limit(self, now: datetime) -> bool:
        return self.stopped is None and utc(now) >= self.limit_at

    def shifted(self, seconds: float) -> WalkRun:
        delta = timedelta(seconds=seconds)
        stopped = None if self.stopped is None else self.stopped + delta
        return replace(self, started=self.started + delta, stopped=stopped)

    def within_limits(self, now: datetime) -> WalkRun:
        """Times in the future (the clock went back while the app was closed) are
        brought back to now: a walk that was stopped keeps the time walked and ends now,
        and stays stopped (Home said so before the timers started); one still timing
        starts again now (nothing tells how long it really ran)."""
        now = utc(now)
        if self.stopped is not None:
            return self.shifted(min(0.0, (now - self.stopped).total_seconds()))
        if self.started > now:
            return replace(self, started=now, stopped=None)
        return self

    def event(
        self, now: datetime, *, eased_by_sitting: bool | None, eased_by_bending: bool | None
    ) -> TimerEvent:
        """The journal event for this check: `minutes` walked before the usual symptoms."""
        finished = self.stop(now)
        assert finished.stopped is not None
        local_end = finished.stopped.astimezone(now.tzinfo)
        return TimerEvent(
            time=local_end,
            kind=WALK,
            minutes=finished.minutes(now),
            details={
                "eased_by_sitting": eased_by_sitting,
                "eased_by_bending": eased_by_bending,
                "reached_limit": finished.reached_limit,
            },
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": WALK,
            "started": self.started.isoformat(),
            "stopped": None if self.stopped is None else self.stopped.isoformat(),
            "reached_limit": self.reached_limit,
        }

    @classmethod
    def from_fields(cls, fields: WalkFields) -> WalkRun:
        return cls(fields.started, fields.stopped, fields.reached_limit)
