"""Helpers for the kiosk's UI tests: its PIN, and what the `make_kiosk` fixture
(tests/ui/conftest.py) hands back: the window with its hand-moved clock and ticker;
and a start that fails, read from the box it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.pin_hash import PinHash, hash_pin
from companion.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Monotonic
from tests.helpers.qt import click, visible_text, when_asked
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


def start_and_read(qtbot: QtBot, *args: str) -> tuple[int, str, str, list[str]]:
    """Start the app; read the box that says why it did not, press its one button."""
    from companion.app import start
    from companion.cli.options import parse_options

    seen: list[tuple[str, str, list[str]]] = []

    def answer(box: QWidget) -> None:
        buttons = [b for b in box.findChildren(QAbstractButton) if b.isVisibleTo(box)]
        seen.append((box.windowTitle(), visible_text(box), [b.text() for b in buttons]))
        click(qtbot, buttons[0])

    when_asked(answer)
    code = start(parse_options(list(args)))
    assert isinstance(code, int) and len(seen) == 1
    return code, *seen[0]
