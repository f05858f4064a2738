"""The 0 to 10 pain scale heard by Tab and the arrows, in English and Spanish: one
choice of eleven, so each number is a radio button, never a tick box."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ScaleInput
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import role, spoken_name
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.clock import FakeClock
from tests.helpers.screen_reader import heard_by_tab, naming_problems, untranslated

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[None]:
    yield
    assert install_translators(qapp, "en")


def scale_heard(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    data: Path,
    clock: FakeClock,
    code: str,
) -> list[str]:
    """Open the pain scale in `code`'s language and Tab round the question from the
    pages' list; then pick along the scale with Space and the arrows, as a person does."""
    assert install_translators(qapp, code)
    state = AppState.open(data / code, now=clock, language=code)
    state.settings.update(welcome_done=True, emergency_number="112")
    window = make_window(state, page="check")
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "pain_now", NERVE)
    scale = question(page).input
    assert isinstance(scale, ScaleInput)
    names = heard_by_tab(window.nav.buttons["check"], qtbot)
    scale.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(scale.buttons[0], Qt.Key.Key_Space)  # picks 0; each arrow then one more
    for number in range(4):
        focus = QApplication.focusWidget()
        assert focus is scale.buttons[number], (number, spoken_name(focus))
        assert role(focus) == QAccessible.Role.RadioButton, f"{number} is heard as {role(focus)}"
        interface = QAccessible.queryAccessibleInterface(focus)
        assert interface is not None and interface.state().checked
        qtbot.keyClick(focus, Qt.Key.Key_Right)
    assert scale.value() == 4
    return names


@pytest.mark.usefixtures("speak")
def test_the_pain_scale_is_one_choice_of_eleven(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    english = scale_heard(qtbot, qapp, make_window, tmp_path, clock, "en")
    spanish = scale_heard(qtbot, qapp, make_window, tmp_path, clock, "es")
    assert "0, No pain" in english and "0, Sin dolor" in spanish, (english, spanish)
    assert naming_problems(english) == [], english
    assert naming_problems(spanish) == [], spanish
    assert untranslated(english, spanish) == []
