"""Helpers for the kiosk's UI tests: its PIN, and what the `make_kiosk` fixture
(tests/ui/conftest.py) hands back: the window with its hand-moved clock and ticker."""

from __future__ import annotations

from collections.abc import Callable

from companion.core.shared.pin_hash import PinHash, hash_pin
from companion.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Monotonic
from tests.helpers.timers_ui import ManualTimer

PIN = "2468"
PIN_HASH = PinHash.parse(hash_pin(PIN, iterations=100_000))


class Kiosk:
    """A kiosk window with its hand-moved clock and hand-fired ticker."""

    def __init__(self, window: KioskWindow, mono: Monotonic, ticker: ManualTimer) -> None:
        self.window = window
        self.mono = mono
        self.ticker = ticker

    def wait(self, seconds: int) -> None:
        """Time passes with nobody touching the screen; the window ticks each second."""
        for _ in range(seconds):
            self.mono.now += 1
            self.ticker.timeout.emit()


MakeKiosk = Callable[..., Kiosk]
