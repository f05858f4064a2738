"""The staff PIN pad: dots not digits, wrong tries counted, a lock that ends, all by touch
or keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.kiosk.pin import PinGate
from companion.core.shared.pin_hash import MIN_ITERATIONS, PinHash, hash_pin
from companion.core.shared.settings import Theme
from companion.ui.kiosk import pin_pad
from companion.ui.kiosk.pin_pad import PinPad
from companion.ui.shared.theme import apply_theme
from tests.helpers.clock import Monotonic
from tests.helpers.qt import announcements

PIN = "2468"


@pytest.fixture(scope="module")
def stored() -> PinHash:
    return PinHash.parse(hash_pin(PIN, iterations=MIN_ITERATIONS))


@pytest.fixture
def clock() -> Monotonic:
    return Monotonic()


def open_pad(host: QWidget, gate: PinGate) -> PinPad:
    pad = PinPad(gate, host)
    pad.open()
    return pad


@pytest.fixture
def pad(host: QWidget, stored: PinHash, clock: Monotonic) -> PinPad:
    return open_pad(host, PinGate(stored, clock))


def press(qtbot: QtBot, pad: PinPad, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)


def enter_wrong_pin(qtbot: QtBot, pad: PinPad) -> None:
    press(qtbot, pad, "1111")
    qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)


def keys(pad: PinPad) -> list[QPushButton]:
    return [*pad.digit_buttons.values(), pad.delete_button, pad.unlock_button]


def test_it_opens_over_the_window_with_focus_on_the_entry(host: QWidget, pad: PinPad) -> None:
    assert pad.isVisible()
    assert pad.heading.text() == "Staff only"
    assert pad.explain.text() == "Enter the admin PIN to leave kiosk mode."
    assert pad.card.accessibleName() == "Staff only"
    assert QApplication.focusWidget() is pad.dots
    assert not pad.message_box.isVisible()


def test_digits_show_as_dots_and_are_never_told(qtbot: QtBot, pad: PinPad) -> None:
    press(qtbot, pad, "246")
    assert pad.dots.text() == "●●●"
    assert pad.dots.accessibleDescription() == "3 digits entered."
    assert not any(d in pad.dots.accessibleDescription() for d in "246")
    qtbot.mouseClick(pad.delete_button, Qt.MouseButton.LeftButton)
    assert pad.dots.text() == "●●"
    assert pad.dots.accessibleDescription() == "2 digits entered."


def test_no_more_than_eight_digits(qtbot: QtBot, pad: PinPad) -> None:
    press(qtbot, pad, "1234567890")
    assert pad.dots.text() == "●" * 8


def test_the_right_pin_is_accepted(qtbot: QtBot, pad: PinPad) -> None:
    press(qtbot, pad, PIN)
    with qtbot.assertNotEmitted(pad.cancelled), qtbot.waitSignal(pad.accepted):
        qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)


def test_a_wrong_pin_clears_the_entry_and_counts_down_the_tries(qtbot: QtBot, pad: PinPad) -> None:
    with qtbot.assertNotEmitted(pad.accepted):
        enter_wrong_pin(qtbot, pad)
    assert pad.message_box.isVisible()
    assert pad.message.text() == "That PIN is not right. 4 tries left."
    assert pad.dots.accessibleDescription() == "No digits entered."
    for _ in range(3):
        enter_wrong_pin(qtbot, pad)
    assert pad.message.text() == "That PIN is not right. 1 try left."


def test_unlock_with_nothing_entered_does_not_use_a_try(qtbot: QtBot, pad: PinPad) -> None:
    qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)
    assert pad.gate.tries_left() == 5
    assert not pad.message_box.isVisible()


@pytest.mark.parametrize("digits", ["1", "246"])
def test_a_pin_too_short_to_be_one_says_so_and_does_not_use_a_try(
    qtbot: QtBot, pad: PinPad, digits: str
) -> None:
    # Three digits and Unlock said "That PIN is not right. 4 tries left.": a slip of the
    # finger used one of the five tries, although no PIN has fewer than four digits.
    press(qtbot, pad, digits)
    with qtbot.assertNotEmitted(pad.accepted):
        qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)
    assert pad.message.text() == "The PIN has at least 4 digits."
    assert pad.dots.accessibleDescription() == "No digits entered."
    for _ in range(4):
        enter_wrong_pin(qtbot, pad)
    assert pad.message.text() == "That PIN is not right. 1 try left."  # not locked yet


def test_five_wrong_pins_lock_the_keys_until_the_minute_is_over(
    qtbot: QtBot, pad: PinPad, clock: Monotonic
) -> None:
    for _ in range(5):
        enter_wrong_pin(qtbot, pad)
    assert pad.message.text() == "Too many wrong tries. Try again in 60 seconds."
    assert all(not key.isEnabled() for key in keys(pad))
    assert pad.cancel_button.isEnabled()
    assert pad.isAncestorOf(QApplication.focusWidget())  # focus did not fall out
    press(qtbot, pad, PIN)  # disabled keys take no clicks
    qtbot.keyClicks(pad, PIN)  # nor typing
    assert pad.dots.text().strip() == ""

    clock.now += 30
    pad.refresh()
    assert pad.message.text() == "Too many wrong tries. Try again in 30 seconds."
    clock.now += 29.5
    pad.refresh()
    assert pad.message.text() == "Too many wrong tries. Try again in 1 second."
    assert not pad.unlock_button.isEnabled()

    clock.now += 0.5
    pad.refresh()
    assert all(key.isEnabled() for key in keys(pad))
    assert pad.message.text() == "You can try again now."
    press(qtbot, pad, PIN)
    with qtbot.waitSignal(pad.accepted):
        qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)


def test_wrong_tries_are_forgotten_after_a_quarter_of_an_hour(
    qtbot: QtBot, pad: PinPad, clock: Monotonic
) -> None:
    # Wrong tries added up for as long as the kiosk ran: four slips one morning and one
    # in the afternoon locked the pad for a minute.
    for _ in range(4):
        enter_wrong_pin(qtbot, pad)
    assert pad.message.text() == "That PIN is not right. 1 try left."
    clock.now += 15 * 60
    enter_wrong_pin(qtbot, pad)
    assert pad.message.text() == "That PIN is not right. 4 tries left."
    assert pad.keypad.isEnabled()


def test_the_right_pin_is_refused_while_locked(qtbot: QtBot, pad: PinPad, clock: Monotonic) -> None:
    for _ in range(5):
        enter_wrong_pin(qtbot, pad)
    clock.now += 59  # nearly over, but not yet
    with qtbot.assertNotEmitted(pad.accepted):
        qtbot.keyClicks(pad.cancel_button, PIN)
        qtbot.keyClick(pad.cancel_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert pad.message.text() == "Too many wrong tries. Try again in 1 second."


def test_a_key_press_brings_the_countdown_up_to_date(
    qtbot: QtBot, pad: PinPad, clock: Monotonic
) -> None:
    for _ in range(5):
        enter_wrong_pin(qtbot, pad)
    clock.now += 45
    qtbot.keyClick(pad.cancel_button, Qt.Key.Key_5)
    assert pad.message.text() == "Too many wrong tries. Try again in 15 seconds."


def test_the_keyboard_works_too(qtbot: QtBot, pad: PinPad) -> None:
    qtbot.keyClicks(pad.dots, "24")
    qtbot.keyClick(pad.dots, Qt.Key.Key_6, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(pad.dots, Qt.Key.Key_9)
    qtbot.keyClick(pad.dots, Qt.Key.Key_Backspace)
    qtbot.keyClick(pad.dots, Qt.Key.Key_8)
    assert pad.dots.text() == "●●●●"
    with qtbot.waitSignal(pad.accepted):
        qtbot.keyClick(pad.dots, Qt.Key.Key_Enter)


def test_enter_on_a_focused_key_presses_that_key(qtbot: QtBot, pad: PinPad) -> None:
    qtbot.keyClick(pad.dots, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pad.digit_buttons["1"]
    qtbot.keyClick(pad.digit_buttons["1"], Qt.Key.Key_Return)
    qtbot.keyClick(pad.digit_buttons["1"], Qt.Key.Key_Space)
    assert pad.dots.text() == "●●"


def test_cancel_and_escape_cancel(qtbot: QtBot, pad: PinPad) -> None:
    with qtbot.waitSignal(pad.cancelled), qtbot.assertNotEmitted(pad.accepted):
        qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    press(qtbot, pad, "12")
    with qtbot.waitSignal(pad.cancelled):
        qtbot.keyClick(pad.digit_buttons["2"], Qt.Key.Key_Escape)
    assert pad.dots.text().strip() == ""


def test_cancel_works_while_locked(qtbot: QtBot, pad: PinPad) -> None:
    for _ in range(5):
        enter_wrong_pin(qtbot, pad)
    assert QApplication.focusWidget() is pad.cancel_button
    with qtbot.waitSignal(pad.cancelled):
        qtbot.keyClick(pad.cancel_button, Qt.Key.Key_Space)


def test_opening_again_starts_with_a_clean_entry(qtbot: QtBot, pad: PinPad) -> None:
    enter_wrong_pin(qtbot, pad)
    press(qtbot, pad, "99")
    pad.close_overlay()
    assert not pad.isVisible()
    pad.open()
    assert pad.dots.text().strip() == ""
    assert not pad.message_box.isVisible()
    assert pad.gate.tries_left() == 4  # the gate still remembers the miss


def test_opening_while_locked_shows_the_lock(
    qtbot: QtBot, host: QWidget, stored: PinHash, clock: Monotonic
) -> None:
    gate = PinGate(stored, clock)
    for _ in range(5):
        gate.try_pin("1111")
    clock.now += 20
    pad = open_pad(host, gate)
    assert pad.message.text() == "Too many wrong tries. Try again in 40 seconds."
    assert not pad.digit_buttons["5"].isEnabled()
    assert QApplication.focusWidget() is pad.cancel_button


def test_without_a_pin_hash_it_explains_and_offers_only_cancel(
    qtbot: QtBot, host: QWidget, clock: Monotonic
) -> None:
    pad = open_pad(host, PinGate(None, clock))
    assert "No admin PIN is set in the kiosk config" in pad.message.text()
    assert "setup guide" in pad.message.text()
    visible = [b for b in pad.findChildren(QPushButton) if b.isVisible()]
    assert visible == [pad.cancel_button]
    assert not pad.dots.isVisible()
    assert QApplication.focusWidget() is pad.cancel_button
    with qtbot.assertNotEmitted(pad.accepted):
        qtbot.keyClicks(pad.cancel_button, PIN)
        qtbot.keyClick(pad.cancel_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    with qtbot.waitSignal(pad.cancelled):
        qtbot.keyClick(pad, Qt.Key.Key_Escape)


def test_tab_goes_round_the_pad_and_never_out(qtbot: QtBot, host: QWidget, pad: PinPad) -> None:
    chain = pad.focus_chain()
    assert chain[0] is pad.dots and chain[-1] is pad.cancel_button
    assert len(chain) == 14  # entry, 12 keys, Cancel
    seen = []
    for _ in range(len(chain) + 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        assert pad.card.isAncestorOf(seen[-1])
    assert seen[len(chain) - 1] is pad.dots  # all the way round
    assert QApplication.focusWidget() is pad.digit_buttons["3"]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is pad.cancel_button  # back past the start


def test_focus_pulled_to_the_page_comes_back(host: QWidget, pad: PinPad) -> None:
    host.page_button.setFocus()  # type: ignore[attr-defined]
    assert pad.isAncestorOf(QApplication.focusWidget())


def test_closing_gives_focus_back_to_the_page(
    qtbot: QtBot, host: QWidget, stored: PinHash, clock: Monotonic
) -> None:
    host.page_button.setFocus()  # type: ignore[attr-defined]
    pad = open_pad(host, PinGate(stored, clock))
    assert QApplication.focusWidget() is pad.dots
    pad.close_overlay()
    assert QApplication.focusWidget() is host.page_button  # type: ignore[attr-defined]


def test_it_covers_the_window_and_follows_its_size(host: QWidget, pad: PinPad) -> None:
    assert pad.geometry() == host.rect()
    page_button_centre = host.page_button.geometry().center()  # type: ignore[attr-defined]
    assert host.childAt(page_button_centre) is pad  # a touch there lands on the backdrop
    host.resize(1280, 800)
    assert pad.geometry() == host.rect()
    assert host.rect().contains(pad.card.geometry())
    assert abs(pad.card.geometry().center().x() - host.width() / 2) <= 1


def fits(widget: QWidget, host: QWidget) -> bool:
    top_left = widget.mapTo(host, QPoint(0, 0))
    bottom_right = top_left + QPoint(widget.width() - 1, widget.height() - 1)
    return host.rect().contains(top_left) and host.rect().contains(bottom_right)


def not_squeezed(widget: QLabel) -> bool:
    """A wrapped label is at least as tall as its words need at its width."""
    return widget.height() >= widget.heightForWidth(widget.width())


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1024, 600)])
@pytest.mark.parametrize("scale", [100, 150, 175])
def test_keys_are_big_and_everything_fits_at_any_text_size(
    qapp: QApplication,
    qtbot: QtBot,
    host: QWidget,
    stored: PinHash,
    clock: Monotonic,
    language: str,
    size: tuple[int, int],
    scale: int,
) -> None:
    apply_theme(qapp, Theme.LIGHT, scale)
    host.resize(*size)
    pad = open_pad(host, PinGate(stored, clock))
    for _ in range(5):
        enter_wrong_pin(qtbot, pad)  # the longest message
    pad.open()  # as the kiosk window does, after the theme is set
    for key in [*keys(pad), pad.cancel_button]:
        assert key.width() >= 64 and key.height() >= 64, key.accessibleName()
        assert fits(key, host), key.accessibleName()
    grid = [key for key in keys(pad) if key is not pad.unlock_button]
    assert len({key.width() for key in grid}) == 1  # one even grid
    assert pad.unlock_button.width() >= 3 * grid[0].width()  # Unlock across it, below
    for text in (pad.heading, pad.explain, pad.message):
        assert fits(text, host) and not_squeezed(text), text.text()


def test_every_button_has_a_name(pad: PinPad) -> None:
    names = {b.accessibleName() for b in pad.findChildren(QPushButton)}
    assert "" not in names
    assert {"Delete last digit", "Unlock", "Cancel", "0", "9"} <= names
    assert pad.dots.accessibleName() == "PIN"


def test_a_screen_reader_hears_each_wrong_try_and_the_lock_once(
    qtbot: QtBot, pad: PinPad, clock: Monotonic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyboard stays on the keys, so the message under the dots is said aloud; the
    lock's countdown is not said again every second."""
    heard = announcements(monkeypatch, pin_pad)
    qtbot.keyClicks(pad, "1111")
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert heard == ["That PIN is not right. 4 tries left."]
    for _ in range(4):
        enter_wrong_pin(qtbot, pad)
    assert heard[-1] == "Too many wrong tries. Try again in 60 seconds."
    count = len(heard)
    for _ in range(59):
        clock.now += 1
        pad.refresh()
    assert len(heard) == count
    clock.now += 1
    pad.refresh()
    assert heard[-1] == "You can try again now."
