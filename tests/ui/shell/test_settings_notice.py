"""The notice at start-up about hand-edited settings names each one as the Settings
page does, in the person's language, not by its key in the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from companion.app import Running, start
from companion.cli.options import parse_options
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.language import install_translators
from companion.ui.shared.words_dialog import WordsDialog
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import click, visible_text


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    assert install_translators(qapp, "en")  # start() installed the file's language


@pytest.mark.parametrize(
    ("language", "title", "sentence", "names", "close"),
    [
        (
            "en",
            "About your settings",
            "The setting '{}' was not valid",
            ["Emergency number", "Text size"],
            "Close",
        ),
        (
            "es",
            "Acerca de sus ajustes",
            "El ajuste '{}' no era válido",
            ["Número de emergencias", "Tamaño del texto"],
            "Cerrar",
        ),
    ],
)
@pytest.mark.usefixtures("english_after")
def test_the_notice_names_settings_as_the_settings_page_does(
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    title: str,
    sentence: str,
    names: list[str],
    close: str,
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "settings.json").write_text(
        '{"schema_version": 1, "welcome_done": true, "language": "' + language + '",\n'
        ' "emergency_number": "1234567", "text_scale": NaN}'
    )
    running = start(parse_options(["--data-dir", str(data)]))
    assert isinstance(running, Running)
    try:
        window = running.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WordsDialog))
        box = QApplication.activeModalWidget()
        assert isinstance(box, WordsDialog) and box.windowTitle() == title
        words = visible_text(box)
        for name in names:
            assert sentence.format(name) in words
        assert "emergency_number" not in words and "text_scale" not in words
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == close]
        click(qtbot, button)
        assert not box.isVisible()
        assert running.state.settings.current.language == language  # the rest was kept
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        emergency, text_size = names
        assert emergency in visible_text(page)  # the card's heading
        assert page.text_size.accessibleName() == text_size
    finally:
        left_open = QApplication.activeModalWidget()
        if left_open is not None:  # a failed check leaves the box up: not for the next test
            left_open.close()
        running.lock.release()
