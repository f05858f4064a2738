"""The kiosk follows the desktop's text size while it runs, as the personal window does:
its own size (the config's, or the one chosen for the screen) is a share of the
desktop's, so a new desktop size must reach the open kiosk without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from companion.core.shared.kiosk_config import KIOSK_TEXT_SCALE
from companion.ui.shared import theme
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import desktop_text_size_becomes


def body_text(window: object) -> QLabel:
    labels = window.findChildren(QLabel)  # type: ignore[attr-defined]
    return next(found for found in labels if found.isVisible() and not found.property("role"))


@pytest.mark.parametrize("text_scale", [None, 150])
def test_a_new_desktop_text_size_reaches_the_open_kiosk(
    make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch, text_scale: int | None
) -> None:
    monkeypatch.setattr(theme, "system_point_size", lambda: 10.0)
    kiosk = make_kiosk(text_scale=text_scale)
    scale = (text_scale or KIOSK_TEXT_SCALE) / 100
    words = body_text(kiosk.window)
    assert words.font().pointSizeF() == pytest.approx(10.0 * scale, abs=0.1)
    desktop_text_size_becomes(monkeypatch, 14.0, kiosk.window)
    # Before, the kiosk's words stayed at the size of 10 points until it was restarted.
    assert words.font().pointSizeF() == pytest.approx(14.0 * scale, abs=0.1)
