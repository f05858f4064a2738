"""A screen swapped for the next one (the guided check does it at every question) takes
the old one's place, and nothing is left behind however many times it happens."""

from __future__ import annotations

import ctypes
import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.page_layout import replace_widget


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in [
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        ]
    ]


def _heap_in_use() -> int:
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    return int(libc.mallinfo2().uordblks)


def test_the_new_screen_takes_the_old_one_s_place(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    top, old, bottom = QLabel("top"), QLabel("old"), QLabel("bottom")
    column.addWidget(top)
    column.addWidget(old, 2, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(bottom)
    host.show()
    new = QLabel("new")
    replace_widget(column, old, new)
    assert [column.itemAt(i).widget() for i in range(column.count())] == [top, new, bottom]
    assert column.stretch(1) == 2
    assert column.itemAt(1).alignment() == Qt.AlignmentFlag.AlignHCenter
    assert new.isVisible() and not old.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert old not in host.findChildren(QLabel)


def test_screens_swapped_thousands_of_times_leave_nothing_behind(qtbot: QtBot) -> None:
    # Qt's replaceWidget hands back the old layout item for its caller to delete, and
    # from Python nothing did: 32 bytes a swap, some 800 for each kiosk visitor.
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    shown, spare = QLabel("a", host), QLabel("b", host)
    column.addWidget(shown)

    def swap(times: int) -> None:
        nonlocal shown, spare
        for _ in range(times):
            replace_widget(column, shown, spare)
            # The same two labels again and again, so only the layout's items could grow.
            shown, spare = spare, QLabel("c", host)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    swap(3000)  # caches filled
    gc.collect()
    before = _heap_in_use()
    swap(2000)
    gc.collect()
    assert (_heap_in_use() - before) / 2000 < 8  # bytes a swap
