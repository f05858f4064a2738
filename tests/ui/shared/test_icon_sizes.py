"""Icons and drawings beside words (an urgency's sign, a Learn tile's drawing) are their
own size at the usual text size, and grow with larger text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.icons import grown_side
from companion.ui.shared.theme import base_point_size


def sized_at(qtbot: QtBot, scale: float) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    font = widget.font()
    font.setPointSizeF(base_point_size() * scale)
    widget.setFont(font)
    return widget


def test_an_icon_is_its_own_size_at_the_usual_text(qtbot: QtBot) -> None:
    """Measured against a fixed 17 px line, a font whose line is 18 px made every urgency
    sign 6% bigger at the usual size (a 40 px badge drew at 42)."""
    assert grown_side(sized_at(qtbot, 1.0), 40) == 40
    assert grown_side(sized_at(qtbot, 0.8), 40) == 40  # never smaller


def test_an_icon_grows_with_the_text(qtbot: QtBot) -> None:
    assert grown_side(sized_at(qtbot, 1.75), 40) >= 1.6 * 40
