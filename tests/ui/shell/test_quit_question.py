"""The question asked on quitting with changes the disk refused: the app's own box, as
its other questions, with "Don't quit" as the keyboard's answer. It was Qt's ready-made
box (a warning icon, "Discard" and "Cancel", 11 px margins)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.settings import Theme
from companion.ui.shared.question import Question
from companion.ui.shared.theme import LIGHT
from companion.ui.shell.main_window import MainWindow
from tests.helpers.layout import BOX_MARGIN_PX
from tests.helpers.qt import EndingSession, click, when_asked
from tests.helpers.small_disk import entry_the_full_disk_refuses

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
QUIT, STAY = "Quit and lose them", "Don't quit"
QUIT_HEADING = "Quit and lose your latest changes?"


def danger_pixels(widget: QWidget) -> int:
    """How many of the widget's pixels are the theme's red, told apart from the orange
    of the keyboard's ring around a button."""
    image = widget.grab().toImage()
    red = QColor(LIGHT.danger)
    return sum(
        abs(c.red() - red.red()) + abs(c.green() - red.green()) + abs(c.blue() - red.blue()) < 20
        for c in (
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        )
    )


def answers(box: QWidget) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.findChildren(QPushButton) if b.isVisible()}


def other_boxes(first: list[QWidget], seen: list[QWidget]) -> None:
    """Any box that opens over the first one while it is open (looked for on the next
    turn of the loop): kept in `seen` and closed at once, so that a second question
    cannot hold up the test."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if first[0].isVisible() and box is not None and box not in first:
            seen.append(box)
            box.close()

    QTimer.singleShot(0, look)


@pytest.fixture
def unsaved(
    make_window: MakeWindow, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Callable[[], None]]:
    """The window, a journal entry the full disk refused, and what saves it: called
    before any check, so that closing the window at the end asks nothing."""
    returning_state.settings.update(theme=Theme.LIGHT)
    window = make_window(returning_state)
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)

    def save() -> None:
        disk_back()
        window.banner.retry()

    return window, save


def test_quitting_asks_in_the_apps_box_with_a_red_answer_that_says_what_is_lost(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    window, save = unsaved
    looks: list[dict[str, object]] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        buttons = answers(box)
        assert isinstance(box, Question)
        shown = [w for w in box.findChildren(QWidget) if w.isVisible()]
        looks.append(
            {
                "heading": box.heading.text(),
                "names": sorted(b.accessibleName() for b in buttons.values()),
                "red": [t for t, b in buttons.items() if danger_pixels(b) > 100],
                "keyboard on": QApplication.focusWidget() is buttons[STAY],
                "left": min(w.mapTo(box, QPoint(0, 0)).x() for w in shown),
                "below": min(
                    box.height() - b.mapTo(box, QPoint(0, b.height())).y() for b in buttons.values()
                ),
            }
        )
        click(qtbot, buttons[QUIT])

    when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    save()
    assert len(looks) == 1
    look = looks[0]
    assert look["heading"] == QUIT_HEADING
    assert look["names"] == [STAY, QUIT]
    assert look["red"] == [QUIT]
    assert look["keyboard on"]
    assert isinstance(look["left"], int) and look["left"] >= 24
    assert isinstance(look["below"], int) and look["below"] >= BOX_MARGIN_PX
    assert not window.isVisible()  # quit, the changes lost as the person chose


@pytest.mark.parametrize("how", ["Enter", "Esc", "its close button"])
def test_enter_esc_and_the_boxs_close_button_keep_the_app_open(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]], how: str
) -> None:
    window, save = unsaved

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        focus = QApplication.focusWidget() or box
        if how == "Enter":
            qtbot.keyClick(focus, Qt.Key.Key_Return)
        elif how == "Esc":
            qtbot.keyClick(focus, Qt.Key.Key_Escape)
        else:
            box.close()  # what the title bar's close button does

    seen = when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    kept = window.banner.unsaved()  # still kept, to try saving again
    save()
    assert len(seen) == 1 and not seen[0].isVisible()
    assert window.isVisible()
    assert kept
    assert window.state.store.partitioned(JOURNAL, "time").count() == 1


def test_ctrl_q_again_while_asked_does_nothing_and_asks_no_second_question(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    """Ctrl+Q quits from every other box of the app; here it had asked this very
    question, so a second press (or the keys held down) leaves the question to be read
    and answered: it neither loses the changes unread nor opens the question again."""
    window, save = unsaved
    first: list[QWidget] = []
    more: list[QWidget] = []
    open_after: list[bool] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        first.append(box)
        for _ in range(3):
            other_boxes(first, more)
            qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Q, CTRL)
            open_after.append(box.isVisible())
        click(qtbot, answers(box)[STAY])

    when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    save()
    assert len(first) == 1
    assert open_after == [True, True, True]
    assert more == []
    assert window.isVisible()


def test_the_trays_quit_while_asked_asks_no_second_question(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    window, save = unsaved
    first: list[QWidget] = []
    more: list[QWidget] = []
    closed: list[bool] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        first.append(box)
        other_boxes(first, more)
        closed.append(window.quit_app())  # what the tray's Quit calls
        closed.append(not box.isVisible())
        click(qtbot, answers(box)[STAY])

    when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    save()
    assert closed == [False, False] and more == [] and len(first) == 1
    assert window.isVisible()


def test_the_question_follows_the_text_size_and_language_and_fits(
    qtbot: QtBot,
    make_window: MakeWindow,
    largest_text: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(largest_text)
    disk_back = entry_the_full_disk_refuses(largest_text, monkeypatch)
    spanish = largest_text.settings.current.language == "es"
    seen: list[tuple[str, float, float, list[str]]] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        assert isinstance(box, Question)
        cut = [
            b.text()
            for b in answers(box).values()
            if b.width() < b.sizeHint().width() or not box.rect().contains(b.geometry())
        ]
        page_words = window.banner.message.font().pointSizeF()
        seen.append((box.heading.text(), box.words_label.font().pointSizeF(), page_words, cut))
        click(qtbot, answers(box)["No salir" if spanish else STAY])

    when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    disk_back()
    window.banner.retry()
    assert len(seen) == 1
    heading, words_pt, page_pt, cut = seen[0]
    expected = "¿Salir y perder sus últimos cambios?" if spanish else QUIT_HEADING
    assert heading == expected
    assert words_pt == page_pt  # the page's words at 175%
    assert cut == []


def test_closing_the_window_while_a_logout_asks_asks_no_second_question(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    window, save = unsaved
    first: list[QWidget] = []
    more: list[QWidget] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        first.append(box)
        other_boxes(first, more)
        window.close()  # the tray's Quit, as the logout asks
        click(qtbot, answers(box)[STAY])

    when_asked(answer)
    session = EndingSession()
    window.commit_data(session)
    save()
    assert more == [] and len(first) == 1
    assert window.isVisible() and session.cancelled


def test_a_logout_while_quitting_asks_asks_no_second_question_and_waits(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    """Quit asked; then, the question still unread, the person logs out: the logout is
    stopped (the changes are not lost unread) and the same question stays, alone."""
    window, save = unsaved
    first: list[QWidget] = []
    more: list[QWidget] = []
    session = EndingSession()
    open_after: list[bool] = []

    def answer(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        first.append(box)
        other_boxes(first, more)
        window.commit_data(session)  # type: ignore[arg-type]  # what Qt calls at logout
        open_after.append(box.isVisible())
        click(qtbot, answers(box)[STAY])

    when_asked(answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    save()
    assert more == [] and len(first) == 1 and open_after == [True]
    assert window.isVisible() and session.cancelled


def quit_keys_in(box: QWidget) -> list[QShortcut]:
    return [s for s in box.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Q")]


def test_ctrl_q_in_another_question_asks_to_quit_and_in_the_quit_question_does_nothing(
    qtbot: QtBot, unsaved: tuple[MainWindow, Callable[[], None]]
) -> None:
    """Ctrl+Q in "Delete all my data?" closes it and asks about the changes, as from
    the window. In that question the keys asked it already: the box is made without
    them (it used to carry them, turned off from outside), so they neither quit nor
    ask again."""
    window, save = unsaved
    seen: list[str] = []
    more: list[QWidget] = []

    def in_quit_question(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        assert isinstance(box, Question)
        seen.append(box.heading.text())
        seen.append(f"{len(quit_keys_in(box))} Ctrl+Q")  # before: 1 (turned off)
        other_boxes([box], more)
        qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Q, CTRL)
        seen.append("open" if box.isVisible() else "closed")
        click(qtbot, answers(box)[STAY])

    def in_delete_question(box: QWidget) -> None:
        qtbot.waitUntil(box.isActiveWindow)
        assert isinstance(box, Question)
        seen.append(box.heading.text())
        seen.append(f"{len(quit_keys_in(box))} Ctrl+Q")
        when_asked(in_quit_question)
        qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Q, CTRL)

    when_asked(in_delete_question)
    window.show_page("settings")
    window.page("settings").delete_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(seen) == 5)
    save()
    assert seen[1:] == ["1 Ctrl+Q", QUIT_HEADING, "0 Ctrl+Q", "open"]
    assert more == []
    assert window.isVisible()
    assert window.state.store.partitioned(JOURNAL, "time").count() == 1  # nothing deleted
