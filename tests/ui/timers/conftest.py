"""Fixtures for the timer windows: a desktop with a system tray."""

from __future__ import annotations

import pytest

from companion.ui.timers import hub
from companion.ui.timers.tray import TrayIcon


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A desktop with a tray; the titles of the messages it showed."""
    monkeypatch.setattr(hub.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    titles: list[str] = []
    real = TrayIcon.notify
    monkeypatch.setattr(
        TrayIcon,
        "notify",
        lambda tray, title, text: (titles.append(title), real(tray, title, text)),
    )
    return titles
