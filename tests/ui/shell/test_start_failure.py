"""When the app cannot start, its box says why in words that fit the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.app import start
from companion.cli.options import parse_options
from companion.ui.shell.start_failure import StartFailureBox
from tests.helpers.qt import read_then_press, when_asked


def unusable_folder(tmp_path: Path) -> Path:
    """A data folder inside a file, with names too long to break at a space or a dash."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker.joinpath(*(f"{'x' * 200}{n}" for n in range(4)))


def test_a_path_wider_than_the_screen_breaks_inside_a_box_that_fits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = unusable_folder(tmp_path)
    seen: list[str] = []
    fits: list[bool] = []

    def look_then_close(box: QWidget) -> None:
        assert isinstance(box, StartFailureBox)
        screen = box.screen().availableGeometry()
        fits.append(box.width() <= screen.width() and box.height() <= screen.height())
        # All of it shows at once: the words are as tall as their lines at the box's
        # width, and the box as tall as they need (the screen has the room).
        fits.append(box.message.height() >= round(box.message.document().size().height()))
        fits.append(box.words_area.verticalScrollBar().maximum() == 0)
        read_then_press(qtbot, seen, "OK")(box)

    when_asked(look_then_close)
    assert start(parse_options(["--data-dir", str(folder)])) == 1
    assert fits == [True, True, True]
    (words,) = seen
    assert "The app could not start" in words
    assert f"The data folder {folder} cannot be used." in words


def test_enter_closes_the_box_and_every_part_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    named: list[str] = []

    def listen_then_press_enter(box: QWidget) -> None:
        signs = [part for part in box.findChildren(QLabel) if not part.pixmap().isNull()]
        buttons = [part for part in box.findChildren(QAbstractButton) if part.isVisibleTo(box)]
        named.extend(part.accessibleName() for part in signs + buttons)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert not box.isVisible()

    boxes = when_asked(listen_then_press_enter)
    assert start(parse_options(["--data-dir", str(unusable_folder(tmp_path))])) == 1
    assert len(boxes) == 1
    assert named == ["Error", "OK"]


def test_the_box_speaks_the_language_asked_for_all_of_it(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from companion.ui.shared.language import install_translators

    seen: list[str] = []
    when_asked(read_then_press(qtbot, seen, "Aceptar"))
    folder = unusable_folder(tmp_path)
    try:
        assert start(parse_options(["--language", "es", "--data-dir", str(folder)])) == 1
    finally:
        app = QCoreApplication.instance()
        assert app is not None
        install_translators(app, "en")  # the tests after this one speak English
    (words,) = seen
    assert "La aplicación no pudo abrirse" in words
    assert f"No se puede usar la carpeta de datos {folder}." in words


def test_a_folder_whose_name_is_not_text_is_refused_so_two_copies_cannot_share_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A name in bytes that are not UTF-8 (made on an old system): Qt could not name the
    lock in it, so the app ran without one and a second copy opened the same data."""
    import os

    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Jos\xe9"))  # Latin-1, not UTF-8
    folder.mkdir()
    seen: list[str] = []
    when_asked(read_then_press(qtbot, seen, "OK"))
    assert start(parse_options(["--data-dir", str(folder)])) == 1
    (words,) = seen
    assert "Its name holds letters that are not stored as plain text (not UTF-8)" in words
    assert list(folder.iterdir()) == []  # nothing made in it


def test_a_folder_name_part_too_long_is_said_plainly_and_nothing_is_made(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A part of 300 letters under a folder not made yet: the folder above it was made,
    then the box said "a problem with the disk (File name too long)"."""
    folder = tmp_path / "new" / ("a" * 300)
    seen: list[str] = []
    when_asked(read_then_press(qtbot, seen, "OK"))
    assert start(parse_options(["--data-dir", str(folder)])) == 1
    (words,) = seen
    assert "is too long for this computer. Please choose a shorter name." in words
    assert list(tmp_path.iterdir()) == []


def test_a_data_folder_that_is_a_file_is_said_plainly_in_the_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """`--data-dir notes.txt` said "a problem with the disk (File exists)"; the file is
    left as it was."""
    from PySide6.QtCore import QCoreApplication

    from companion.ui.shared.language import install_translators

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    seen: list[str] = []
    when_asked(read_then_press(qtbot, seen, "OK"))
    assert start(parse_options(["--data-dir", str(notes)])) == 1
    when_asked(read_then_press(qtbot, seen, "Aceptar"))
    try:
        assert start(parse_options(["--language", "es", "--data-dir", str(notes)])) == 1
    finally:
        app = QCoreApplication.instance()
        assert app is not None
        install_translators(app, "en")  # the tests after this one speak English
    english, spanish = seen
    assert f"The data folder {notes} cannot be used. It is a file, not a folder." in english
    assert "problem with the disk" not in english
    assert "Es un archivo, no una carpeta." in spanish
    assert notes.read_text(encoding="utf-8") == "my notes"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]
