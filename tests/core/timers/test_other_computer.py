"""Heat and ice when the computer restarts, or the data folder is synced to another one.

The monotonic clock counts from the computer's start: a reading means something only on
the same computer in the same start. Once, a 20-minute ice pack started on a computer up
for six days and opened a minute later on one up for an hour was stopped at once ("ran
out" an hour before it began); and a pack started just after a restart, with the clock
put back at the next one, stayed on half as long again as chosen. The clocks here are
made up, and so are the computers: a test never reads the real machine.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import ICE
from companion.core.timers import clocks
from companion.core.timers.clocks import SystemClock, this_computer
from companion.core.timers.pack import Computer, PackSession
from companion.core.timers.records import kept_records
from companion.core.timers.scheduler import PACK_DONE, Scheduler
from companion.core.timers.status import stored_status
from tests.helpers.clock import FakeClock
from tests.helpers.timer_clock import TimerClock

DAY = 24 * 3600.0


def opened(folder: Path, clock: TimerClock) -> Scheduler:
    """The app opened on the data folder `folder`, on the computer `clock` stands for."""
    return Scheduler(AppState.open(folder, now=clock.wall), clock)


def computer_b(clock_a: TimerClock, uptime: float, wall_off: float = 0.0) -> TimerClock:
    """Another computer, up for `uptime` seconds, its wall clock `wall_off` seconds off
    from the first one's."""
    clock_b = TimerClock(FakeClock(clock_a.wall_clock.current + timedelta(seconds=wall_off)))
    clock_b.mono.now = uptime
    clock_b.here = Computer("computer B", "start 7")
    return clock_b


# --- another computer ----------------------------------------------------------------------


def test_an_ice_pack_opened_on_another_computer_a_minute_later_runs_its_time(
    tmp_path: Path,
) -> None:
    clock_a = TimerClock()
    clock_a.mono.now = 6 * DAY  # up for six days
    first = opened(tmp_path / "data", clock_a)
    started = clock_a.wall()
    first.start_pack(ICE, 20)
    clock_a.advance(minutes=1)
    clock_b = computer_b(clock_a, uptime=3600.0)  # up for an hour
    second = opened(tmp_path / "data", clock_b)
    assert second.tick() == []  # not stopped
    assert second.pack_left() == pytest.approx(19 * 60)
    alerts: list[str] = []
    while second.pack is not None:
        clock_b.advance(seconds=10)
        alerts += [alert.kind for alert in second.tick()]
    assert alerts == [PACK_DONE]
    ended = second.finished
    assert ended is not None and ended.ended == started + timedelta(minutes=20)
    assert not ended.late


@settings(max_examples=60, deadline=None)
@given(
    uptime_a=st.floats(0, 30 * DAY),
    uptime_b=st.floats(0, 30 * DAY),
    wall_off=st.floats(-600, 600),
)
@example(uptime_a=6 * DAY, uptime_b=3600.0, wall_off=0.0)  # the one found
@example(uptime_a=3600.0, uptime_b=6 * DAY, wall_off=0.0)
def test_on_another_computer_only_the_wall_clock_says_how_long_a_pack_was_on(
    uptime_a: float, uptime_b: float, wall_off: float
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock_a = TimerClock()
        clock_a.mono.now = uptime_a
        started = clock_a.wall()
        opened(Path(folder), clock_a).start_pack(ICE, 20)
        clock_a.advance(minutes=1)
        clock_b = computer_b(clock_a, uptime_b, wall_off)
        second = opened(Path(folder), clock_b)
        assert second.tick() == []  # a pack started a minute ago is not stopped
        # Never more than was left, never more time back than the wall clock gives.
        assert second.pack_left() == pytest.approx(20 * 60 - max(0.0, 60 + wall_off))
        ends = second.pack_ends()
        assert ends is not None and ends >= min(started, clock_b.wall())


# --- one computer, however its clocks move ----------------------------------------------


@dataclass(frozen=True)
class Open:
    """The app open for `seconds`, ticking every 30 seconds."""

    seconds: int


@dataclass(frozen=True)
class Closed:
    """The app closed for `seconds`, and the wall clock moved by `shift` meanwhile."""

    seconds: int
    shift: int


@dataclass(frozen=True)
class Restarted:
    """The app closed, the computer restarted and up `up` seconds, its wall clock moved
    by `shift`, before the app opens again. (While a computer is off no clock of its own
    counts: that time is not part of this.)"""

    up: int
    shift: int


SHIFTS = st.integers(-3 * 3600, 3 * 3600)
MOVES = st.lists(
    st.one_of(
        st.builds(Open, st.integers(0, 600)),
        st.builds(Closed, st.integers(0, 1800), SHIFTS),
        st.builds(Restarted, st.integers(0, 1800), SHIFTS),
    ),
    max_size=5,
)


class OnTheSkin:
    """One pack on one computer, and the real time it has been on. The time the old start
    of the computer counted after the pack's last note and before a restart is known to
    no clock once the wall clock is put back (`unseen`): the note is renewed once a
    minute while the app is open, so that is at most a minute unless the app was closed
    before the restart."""

    def __init__(self, folder: Path, clock: TimerClock, uptime: int, minutes: int) -> None:
        self.folder, self.clock, self.minutes = folder, clock, minutes
        clock.mono.now = float(uptime)
        self.scheduler = opened(folder, clock)
        self.scheduler.start_pack(ICE, minutes)
        self.real = 0.0  # seconds since the pack went on
        self.noted = 0.0  # `real` at the pack's last note
        self.unseen = 0.0

    def tick(self) -> None:
        seen = self.scheduler.pack.seen if self.scheduler.pack else None
        self.scheduler.tick()
        if self.scheduler.pack is not None and self.scheduler.pack.seen != seen:
            self.noted = self.real

    def move(self, move: Open | Closed | Restarted) -> None:
        if isinstance(move, Open):
            for _ in range(move.seconds // 30):
                self.clock.advance(seconds=30)
                self.real += 30
                self.tick()
            return
        if isinstance(move, Restarted):
            self.unseen += self.real - self.noted
            self.clock.restart()
        seconds = move.seconds if isinstance(move, Closed) else move.up
        self.clock.advance(seconds=seconds)
        self.real += seconds
        self.clock.change_wall(seconds=move.shift)
        self.scheduler = opened(self.folder, self.clock)
        self.noted = self.real  # taking it back notes it again
        self.tick()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(uptime=st.integers(0, 3 * 3600), minutes=st.integers(5, 20), moves=MOVES)
# Just after a start, a restart, and the clock an hour back: the new start's clock had
# counted past the note's, read as time since the note: 30 minutes of a 20-minute pack.
@example(uptime=0, minutes=20, moves=[Open(600), Restarted(900, -3600)])
def test_on_one_computer_a_pack_is_never_on_longer_than_chosen(
    uptime: int, minutes: int, moves: list[Open | Closed | Restarted]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = OnTheSkin(Path(folder), TimerClock(), uptime, minutes)
        for move in moves:
            pack.move(move)
            if pack.scheduler.pack is None:
                return  # it ended; the alert says so
            on_skin = pack.real + pack.scheduler.pack_left()
            assert on_skin <= minutes * 60 + pack.unseen + 1e-6


COMPUTER_A = Computer("computer A", "start 1")
HERE = {
    "the same start": COMPUTER_A,
    "a restart": Computer("computer A", "start 2"),
    "another computer": Computer("computer B", "start 1"),
    "not known": None,
}


@settings(max_examples=300, deadline=None)
@given(
    minutes=st.integers(5, 20),
    ran=st.floats(-DAY, 1200),  # below 0: resumed after the clock was put back
    noted_on=st.sampled_from([COMPUTER_A, None]),  # None: saved by an older version
    uptime=st.floats(0, 30 * DAY),
    wall_moved=st.floats(-DAY, DAY),
    mono=st.floats(0, 30 * DAY),
    here=st.sampled_from(sorted(HERE)),
)
# The folder synced to a computer up for an hour, opened a minute later (an old record).
@example(20, 0, None, 6 * DAY, 60, 3600, "another computer")
@example(20, 0, None, 6 * DAY, 60, 3600, "not known")
@example(15, 60, COMPUTER_A, 1000, 60, 2860, "the same start")  # the clock put back
@example(10, -3600, COMPUTER_A, 1000, 1500, 2500, "the same start")  # resumed so
def test_a_pack_taken_back_ends_after_it_started_and_never_later_than_its_note_said(
    minutes: int,
    ran: float,
    noted_on: Computer | None,
    uptime: float,
    wall_moved: float,
    mono: float,
    here: str,
) -> None:
    started = TimerClock().wall()
    noted = started + timedelta(seconds=min(ran, minutes * 60.0))
    pack = PackSession.start(ICE, minutes, started).checkpoint(noted, uptime, noted_on)
    assert pack.seen is not None
    now = noted + timedelta(seconds=wall_moved)
    back = pack.within_limits(now, mono, HERE[here])
    assert back.ends is not None and back.ends >= back.started  # what the alert says
    assert back.left(now) <= pack.seen.left  # never more than was left


# --- the records ------------------------------------------------------------------------


def test_a_checkpoint_names_its_computer_and_still_reads_as_a_running_pack(
    tmp_path: Path,
) -> None:
    clock = TimerClock()
    state = AppState.open(tmp_path / "data", now=clock.wall)
    Scheduler(state, clock).start_pack(ICE, 20)
    (record,) = state.store.table(TIMERS).all()
    assert record.data["seen"]["machine"] == "computer A"
    assert record.data["seen"]["boot"] == "start 1"
    kept = kept_records([record], clock.wall())
    assert kept.pack is not None and not kept.unreadable  # the strict reading keeps it
    assert stored_status(AppState.open(tmp_path / "data", now=clock.wall)).pack_kind == ICE


@pytest.mark.parametrize(
    "computer",
    [
        {},  # saved by an older version
        {"machine": 7, "boot": "start 1"},  # damaged: read as an older version's
        {"machine": "computer A", "boot": ["start 1"]},
    ],
)
def test_a_checkpoint_without_its_computer_reads_as_before(
    tmp_path: Path, computer: dict[str, object]
) -> None:
    clock = TimerClock()
    state = AppState.open(tmp_path / "data", now=clock.wall)
    Scheduler(state, clock).start_pack(ICE, 20)
    table = state.store.table(TIMERS)
    (record,) = table.all()
    seen = {k: v for k, v in record.data["seen"].items() if k not in ("machine", "boot")}
    table.update(record.id, {**record.data, "seen": seen | computer})
    clock.advance(minutes=8)
    clock.restart()  # the monotonic clock starts again: its reading is below the note's
    clock.mono.now = 600.0
    clock.change_wall(hours=-1)
    again = opened(tmp_path / "data", clock)
    assert again.pack is not None  # not set aside as unreadable
    assert again.pack_left() == pytest.approx(10 * 60)  # at least the 10 minutes since


# --- this computer ----------------------------------------------------------------------


def test_this_computer_is_told_by_its_machine_and_boot_ids_kept_hashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    machine, boot = tmp_path / "machine-id", tmp_path / "boot_id"
    machine.write_text("0123456789abcdef0123456789abcdef\n")
    boot.write_text("11111111-2222-3333-4444-555555555555\n")
    monkeypatch.setattr(clocks.sys, "platform", "linux")
    monkeypatch.setattr(clocks, "MACHINE_ID_FILES", (tmp_path / "none", machine))
    monkeypatch.setattr(clocks, "BOOT_ID_FILE", boot)
    monkeypatch.setattr("platform.node", lambda: "kitchen-laptop")
    this_computer.cache_clear()
    first = this_computer()
    boot.write_text("99999999-2222-3333-4444-555555555555\n")
    assert this_computer() == first  # read once: a restart ends the app
    this_computer.cache_clear()
    after_restart = this_computer()
    this_computer.cache_clear()
    assert first is not None and after_restart is not None
    assert after_restart.machine == first.machine and after_restart.boot != first.boot
    assert "0123456789abcdef" not in first.machine  # never kept as it is
    assert "11111111" not in str(first.boot)


def test_without_a_machine_id_this_computer_is_told_by_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clocks.sys, "platform", "win32")
    monkeypatch.setattr("platform.node", lambda: "kitchen-laptop")
    this_computer.cache_clear()
    here = this_computer()
    monkeypatch.setattr("platform.node", lambda: "")
    this_computer.cache_clear()
    nameless = this_computer()
    this_computer.cache_clear()
    assert here is not None and here.boot is None and here.machine != "kitchen-laptop"
    assert nameless is None


def test_the_system_clock_tells_the_computer_it_is_given() -> None:
    here = Computer("computer A", None)
    assert SystemClock(_computer=lambda: here).computer() == here
