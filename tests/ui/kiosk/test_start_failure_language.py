"""A kiosk that cannot start tells the staff why in the kiosk's language (kiosk.toml's
`language` when that much of it can be read), else in the system's, as the personal app
does: the words, the box's title and its button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.content import ContentError, InvalidContentError
from companion.core.shared.pin_hash import hash_pin
from companion.ui.shared.language import install_translators
from tests.helpers.kiosk_ui import PIN, start_and_read

PIN_LINE = f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'


@pytest.fixture(autouse=True)
def _english_again(qapp: QApplication) -> Iterator[None]:
    """The failure speaks the kiosk's language: the next test gets English back."""
    yield
    install_translators(qapp, "en")


def test_a_broken_config_is_explained_in_its_own_language(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n[clinic]\nname = "X"\n[idle]\nseconds = 2\n' + PIN_LINE)
    code, title, words, buttons = start_and_read(qtbot, "--kiosk-config", str(config))
    assert code == 2
    assert title.endswith("(quiosco)")
    assert "La configuración del quiosco tiene un problema" in words
    assert "idle.seconds" in words  # the key, for the staff to find
    assert "will not start" not in words and "could not start" not in words
    assert buttons == ["Aceptar"]
    assert "el quiosco no se abrirá" in capsys.readouterr().err


def test_an_unreadable_config_is_explained_in_the_systems_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("companion.ui.shared.language.system_languages", lambda: ["es-MX"])
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "en"\n[clinic\n')  # not TOML: its language cannot be read
    _code, _title, words, buttons = start_and_read(qtbot, "--kiosk-config", str(config))
    assert "La configuración del quiosco tiene un problema" in words
    assert buttons == ["Aceptar"]


@pytest.mark.usefixtures("own_temp_folder")
def test_an_unreadable_logo_is_explained_in_the_kiosks_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "logo.png").write_bytes(b"not a picture")
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n[clinic]\nname = "X"\nlogo = "logo.png"\n' + PIN_LINE)
    code, title, words, _buttons = start_and_read(qtbot, "--kiosk-config", str(config))
    assert code == 2
    assert title.endswith("(quiosco)")
    assert f"{config}: clinic.logo: no se pudo leer la imagen" in words


@pytest.mark.usefixtures("own_temp_folder")
def test_broken_content_is_explained_in_the_kiosks_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> AppState:
        raise InvalidContentError([ContentError(tmp_path / "cards.toml", "title", "is missing")])

    monkeypatch.setattr(AppState, "open_kiosk", broken)
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n[clinic]\nname = "X"\n' + PIN_LINE)
    code, _title, words, _buttons = start_and_read(qtbot, "--kiosk-config", str(config))
    assert code == 1
    assert "Los archivos de contenido de la aplicación tienen un problema" in words
    assert "cards.toml" in words


def test_the_command_lines_language_wins_over_the_configs(qtbot: QtBot, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "es"\n[idle]\nseconds = 2\n' + PIN_LINE)
    _code, title, words, buttons = start_and_read(
        qtbot, "--kiosk-config", str(config), "--language", "en"
    )
    assert title.endswith("(kiosk)") and "will not start" in words and buttons == ["OK"]


@pytest.mark.usefixtures("own_temp_folder")
def test_a_logo_too_big_is_explained_in_the_kiosks_language(
    qtbot: QtBot, tmp_path: Path, big_logos: dict[str, Path]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'language = "es"\n[clinic]\nname = "X"\nlogo = "{big_logos["png"].as_posix()}"\n'
        + PIN_LINE
    )
    code, _title, words, buttons = start_and_read(qtbot, "--kiosk-config", str(config))
    assert code == 2
    assert "clinic.logo: la imagen" in words and "es demasiado grande" in words
    assert "(9000 x 9000 píxeles)" in words and "2000 píxeles de ancho" in words
    assert buttons == ["Aceptar"]
