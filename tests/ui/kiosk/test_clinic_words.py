"""The clinic's own words from kiosk.toml (hours, phone line) follow the visitor's
language: a Spanish visitor no longer reads "Horario: Monday to Friday, 8:00 to 18:00"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.kiosk_config import load_kiosk_config
from companion.core.shared.pin_hash import hash_pin
from companion.ui.check.result import ResultScreen
from companion.ui.kiosk.window import KioskWindow
from companion.ui.shared.language import install_translators
from tests.helpers.kiosk_pages import finish_a_check, welcome
from tests.helpers.kiosk_ui import Kiosk, MakeKiosk, start_and_read
from tests.helpers.qt import click, visible_text

CONFIG = """
[clinic]
name = "Riverside Clinic"
phone = { en = "555 0100", es = "555 0100 (se habla español)" }
hours = { en = "Monday to Friday, 8:00 to 18:00", es = "De lunes a viernes, de 8:00 a 18:00" }
[admin]
pin_hash = "%s"
"""
ENGLISH = "Opening hours: Monday to Friday, 8:00 to 18:00."
SPANISH = "Horario: De lunes a viernes, de 8:00 a 18:00."


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, "en")


def kiosk_from_file(
    tmp_path: Path, qapp: QApplication, make_kiosk: MakeKiosk, **more: object
) -> Kiosk:
    """The kiosk as a clinic's kiosk.toml sets it up, speaking each visitor's language."""
    path = tmp_path / "kiosk.toml"
    path.write_text(CONFIG % hash_pin("2468", iterations=100_000), encoding="utf-8")
    config = load_kiosk_config(path)
    install_translators(qapp, str(more.get("language", "en")))  # as the app's start does
    return make_kiosk(
        speak=lambda code: install_translators(qapp, code),
        clinic_phone=config.clinic_phone,
        clinic_hours=config.clinic_hours,
        handoff=frozenset({"qr"}),
        **more,
    )


def shown(window: KioskWindow) -> str:
    return visible_text(welcome(window))


def choose(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    click(qtbot, welcome(window).languages.switch.buttons[code])


@pytest.mark.usefixtures("speaking")
def test_a_spanish_visitor_reads_the_clinics_spanish_hours(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, make_kiosk: MakeKiosk
) -> None:
    window = kiosk_from_file(tmp_path, qapp, make_kiosk).window
    assert ENGLISH in shown(window) and "Call 555 0100." in shown(window)
    choose(qtbot, window, "es")
    assert SPANISH in shown(window)
    assert "Llame al 555 0100 (se habla español)." in shown(window)
    assert "Monday" not in shown(window)
    choose(qtbot, window, "en")
    assert ENGLISH in shown(window) and "Lunes" not in shown(window).title()


@pytest.mark.usefixtures("speaking")
def test_the_next_visitor_reads_the_clinics_language_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, make_kiosk: MakeKiosk
) -> None:
    kiosk = kiosk_from_file(
        tmp_path, qapp, make_kiosk, language="es", idle_seconds=60, countdown_seconds=10
    )
    window = kiosk.window
    assert SPANISH in shown(window)
    choose(qtbot, window, "en")
    assert ENGLISH in shown(window)
    kiosk.wait(60 + 10)  # nobody touched the screen: it resets for the next person
    assert window.sessions_cleared == 1
    assert SPANISH in shown(window) and "Monday" not in shown(window)


@pytest.mark.usefixtures("speaking")
def test_the_take_home_summary_gives_the_phone_line_in_the_visitors_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, make_kiosk: MakeKiosk
) -> None:
    window = kiosk_from_file(tmp_path, qapp, make_kiosk).window
    choose(qtbot, window, "es")
    result = finish_a_check(qtbot, window).view
    assert isinstance(result, ResultScreen) and result.handoff is not None
    assert "555 0100 (se habla español)" in result.handoff.summary


def test_a_language_the_app_lacks_stops_the_kiosk_naming_file_and_key(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    text = CONFIG % hash_pin("2468", iterations=100_000)
    path.write_text(text.replace('es = "De lunes', 'fr = "De lunes'), encoding="utf-8")
    code, _title, words, buttons = start_and_read(qtbot, "--kiosk-config", str(path))
    assert code == 2
    line = f"{path}: clinic.hours.fr: is not a language the app has"
    assert line in words and buttons == ["OK"]
    said = capsys.readouterr().err
    assert said.count(line) == 1 and "Traceback" not in said
