"""Helpers for the kiosk's UI tests: its PIN, a monotonic clock moved by hand, and what
the `make_kiosk` fixture (tests/ui/conftest.py) hands back."""

from __future__ import annotations

from collections.abc import Callable

from companion.core.shared.pin_hash import PinHash, hash_pin
from companion.ui.kiosk.window import KioskWindow
from tests.helpers.timers_ui import ManualTimer

PIN = "2468"
PIN_HASH = PinHash.parse(hash_pin(PIN, iterations=100_000))


class Mono:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


class Kiosk:
    """A kiosk window with its hand-moved clock and hand-fired ticker."""

    def __init__(self, window: KioskWindow, mono: Mono, ticker: ManualTimer) -> None:
        self.window = window
        self.mono = mono
        self.ticker = ticker

    def wait(self, seconds: int) -> None:
        """Time passes with nobody touching the screen; the window ticks each second."""
        for _ in range(seconds):
            self.mono.now += 1
            self.ticker.timeout.emit()


MakeKiosk = Callable[..., Kiosk]
