"""A name and its box in a flowing row (`BesideOrBelow(short=True)`): under the name in a
narrow row, back beside it in a wide one, and never on two lines apart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.rows import BesideOrBelow, FlowLayout


def place(widget: QWidget, host: QWidget) -> QRect:
    return QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())


def test_the_box_goes_back_beside_its_name_when_the_row_widens(qtbot: QtBot) -> None:
    """Under its name, the pair asked a row only for the wider of the two: the row never
    gave it room to go back beside, however wide the window."""
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    row = FlowLayout(spacing=20)
    name, box = QRadioButton("Another length, longer than its box:"), QPushButton("15 min")
    words = QVBoxLayout()
    words.addWidget(name)
    row.addWidget(BesideOrBelow(words, [box], spacing=20, short=True))
    column.addLayout(row)
    column.addStretch(1)
    host.show()
    qtbot.waitExposed(host)
    both = name.sizeHint().width() + 20 + box.minimumSizeHint().width()
    for width in (both // 2, both + 100):
        host.resize(width, 300)
        for _ in range(3):
            QApplication.processEvents()
        if width < both:
            assert place(box, host).top() > place(name, host).bottom()  # under its name
    assert place(box, host).left() > place(name, host).right()  # beside it again
    assert place(box, host).top() < place(name, host).bottom()
