"""The timers' core tests: a clock moved by hand, a data folder, a scheduler on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.shared.app_state import AppState
from companion.core.timers.scheduler import Scheduler
from tests.helpers.timer_clock import TimerClock


@pytest.fixture
def clock() -> TimerClock:
    return TimerClock()


@pytest.fixture
def state(tmp_path: Path, clock: TimerClock) -> AppState:
    return AppState.open(tmp_path / "data", now=clock.wall)


@pytest.fixture
def scheduler(state: AppState, clock: TimerClock) -> Scheduler:
    scheduler = Scheduler(state, clock)
    scheduler.tick()
    return scheduler
