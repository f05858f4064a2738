"""The "Still there?" notice: a calm warning, a big count, one big button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.settings import Theme
from companion.ui.kiosk.idle_notice import IdleNotice
from companion.ui.shared.theme import apply_theme


@pytest.fixture
def notice(host: QWidget) -> IdleNotice:
    notice = IdleNotice(host)
    notice.set_seconds_left(20)
    notice.open()
    return notice


def test_it_says_what_will_happen_and_how_long_is_left(notice: IdleNotice) -> None:
    assert notice.isVisible()
    assert notice.heading.text() == "Still there?"
    assert "keep things private" in notice.message.text()
    assert "start again for the next person" in notice.message.text()
    assert notice.count.text() == "20"
    assert notice.count_unit.text() == "seconds"
    assert notice.count.accessibleDescription() == "20 seconds left before the screen clears."
    assert notice.card.accessibleName() == "Still there?"
    assert notice.button.text() == "I'm still here"
    assert QApplication.focusWidget() is notice.button


def test_the_count_follows_the_window(notice: IdleNotice) -> None:
    notice.set_seconds_left(7)
    assert notice.count.text() == "7"
    assert notice.card.accessibleDescription() == "7 seconds left before the screen clears."
    notice.set_seconds_left(1)
    assert notice.count.text() == "1"
    assert notice.count_unit.text() == "second"
    assert notice.count.accessibleDescription() == "1 second left before the screen clears."
    notice.set_seconds_left(-3)
    assert notice.count.text() == "0"


def test_the_button_says_someone_is_here(qtbot: QtBot, notice: IdleNotice) -> None:
    with qtbot.waitSignal(notice.still_here):
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_on_the_button_works(qtbot: QtBot, notice: IdleNotice, key: Qt.Key) -> None:
    with qtbot.waitSignal(notice.still_here):
        qtbot.keyClick(notice.button, key)


def test_escape_and_a_touch_anywhere_also_count(qtbot: QtBot, notice: IdleNotice) -> None:
    with qtbot.waitSignal(notice.still_here):
        qtbot.keyClick(notice.button, Qt.Key.Key_Escape)
    with qtbot.waitSignal(notice.still_here):
        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_it_keeps_no_time_of_its_own(notice: IdleNotice) -> None:
    assert notice.findChildren(QTimer) == []


def test_tab_stays_on_the_notice(qtbot: QtBot, host: QWidget, notice: IdleNotice) -> None:
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is notice.button


def test_closing_hides_it_and_gives_focus_back(qtbot: QtBot, host: QWidget) -> None:
    host.page_button.setFocus()  # type: ignore[attr-defined]
    notice = IdleNotice(host)
    assert not notice.isVisible()
    notice.open()
    assert QApplication.focusWidget() is notice.button
    notice.close_overlay()
    assert not notice.isVisible()
    assert QApplication.focusWidget() is host.page_button  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1024, 600)])
def test_it_covers_the_window_with_the_card_in_the_middle(
    host: QWidget, notice: IdleNotice, size: tuple[int, int]
) -> None:
    host.resize(*size)
    assert notice.geometry() == host.rect()
    card = notice.card.geometry()
    assert host.rect().contains(card)
    assert abs(card.center().x() - host.width() / 2) <= 1
    assert abs(card.center().y() - host.height() / 2) <= 1
    page_button_centre = host.page_button.geometry().center()  # type: ignore[attr-defined]
    assert host.childAt(page_button_centre) is notice  # a touch there lands on the backdrop


def test_the_button_is_big_and_named(notice: IdleNotice) -> None:
    assert notice.button.height() >= 64
    assert notice.button.width() >= 200
    assert all(b.accessibleName() for b in notice.findChildren(QPushButton))


def test_larger_text_makes_the_notice_larger(qapp: QApplication, notice: IdleNotice) -> None:
    count_before = notice.count.fontInfo().pointSizeF()
    width_before = notice.card.width()
    apply_theme(qapp, Theme.LIGHT, 150)
    assert notice.count.fontInfo().pointSizeF() > count_before * 1.3
    assert notice.card.width() > width_before
    assert notice.rect().contains(notice.card.geometry())


@pytest.mark.parametrize("scale", [100, 150, 175])
def test_it_fits_a_small_screen_at_any_text_size(
    qapp: QApplication, host: QWidget, notice: IdleNotice, scale: int
) -> None:
    apply_theme(qapp, Theme.LIGHT, scale)
    qapp.processEvents()  # the relayout after a style change, as the event loop runs it
    assert notice.rect().contains(notice.card.geometry())
    for text in (notice.heading, notice.message, notice.count):
        assert text.height() >= text.heightForWidth(text.width()), text.text()
    assert notice.button.height() >= 64
