"""With printing on, the code's caption goes beside the code or under it, and the offer
reads "Or print..." beside it or "Print..." under it. Whichever it shows, the choice
must settle: measured with the words shown, at some sizes each place called for the
other and the card moved its caption back and forth on every turn of the event loop."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.settings import Theme
from companion.ui.check.handoff_panel import HandoffPanel
from companion.ui.shared.language import install_translators
from companion.ui.shared.theme import apply_theme
from tests.helpers.accessibility import settle


def test_the_caption_settles_in_one_place_at_every_page_height(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert install_translators(qapp, "es")  # Spanish at 175%: the kiosk's longest words
    try:
        _sweep(qtbot, qapp)
    finally:
        install_translators(qapp, "en")


def _sweep(qtbot: QtBot, qapp: QApplication) -> None:
    apply_theme(qapp, Theme.LIGHT, 175)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    panel = HandoffPanel(
        "x" * 900,
        ["<p>summary</p>"],
        frozenset({"qr", "print"}),
        printer_factory=lambda: None,
    )
    column.addWidget(panel)
    column.addStretch(1)
    area.setWidget(body)
    area.show()
    moving = []
    for width in (880, 952, 1132):
        for height in range(320, 560, 6):
            area.resize(width, height)
            settle()
            places = set()
            for _ in range(4):
                QApplication.processEvents()
                places.add(panel.caption is not None and panel.caption.parentWidget())
            if len(places) > 1:
                moving.append((width, height))
    assert moving == []
