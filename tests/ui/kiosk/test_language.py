"""The kiosk's language: each person may switch for themselves; the next person is
greeted in the clinic's language again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.check.result import ResultScreen
from companion.ui.kiosk.window import KioskWindow
from tests.ui.check.test_page import click
from tests.ui.kiosk.test_window import (  # noqa: F401  (make_kiosk is a fixture)
    MakeKiosk,
    check,
    finish_a_check,
    make_kiosk,
    welcome,
)

SPANISH_EMERGENCY = "Pida ayuda ahora"
ENGLISH_EMERGENCY = "Get help now"


def choose(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    click(qtbot, welcome(window).languages.switch.buttons[code])


def test_the_welcome_offers_each_language_in_its_own_name(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    choice = welcome(window).languages
    assert choice.isVisible()
    names = {code: b.text() for code, b in choice.switch.buttons.items() if b.isVisible()}
    assert names == {"en": "English", "es": "Español"}
    assert {b.accessibleName() for b in choice.switch.buttons.values()} == {"English", "Español"}
    assert choice.switch.current() == "en"
    assert "Choose your language" in choice.prompt.text()
    assert "Elija su idioma" in choice.prompt.text()
    for button in choice.switch.buttons.values():
        assert button.height() >= 44  # a finger's width on a touch screen


def test_choosing_espanol_rebuilds_the_screen_in_spanish(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    spoken: list[str] = []
    window = make_kiosk(speak=spoken.append).window
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()
    choose(qtbot, window, "es")
    assert spoken == ["es"]  # the interface's translations were put in place first
    assert window.language() == "es" and window.state.content.language == "es"
    assert welcome(window).languages.switch.current() == "es"
    assert SPANISH_EMERGENCY in welcome(window).safety_text.text()
    assert check(window).content is not None and check(window).content.language == "es"
    choose(qtbot, window, "es")  # the language already shown: nothing is rebuilt
    assert spoken == ["es"]


def test_the_take_home_code_is_in_the_persons_language(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(handoff=frozenset({"qr"})).window
    choose(qtbot, window, "es")
    page = finish_a_check(qtbot, window)
    result = page.view
    assert isinstance(result, ResultScreen) and result.handoff is not None
    summary = result.handoff.summary
    assert summary.startswith("Revisión del dolor de muslo")
    assert "Grado de urgencia:" in summary and "Esto no es un diagnóstico." in summary
    assert "Urgency" not in summary and "not a diagnosis" not in summary


def test_finish_and_clear_returns_to_the_clinics_language(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    spoken: list[str] = []
    window = make_kiosk(speak=spoken.append).window
    choose(qtbot, window, "es")
    click(qtbot, window.finish_button)
    assert spoken == ["es", "en"]
    assert window.language() == "en" and window.state.content.language == "en"
    assert welcome(window).languages.switch.current() == "en"
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()


def test_the_idle_reset_returns_to_the_clinics_language(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(idle_seconds=60, countdown_seconds=10)
    window = kiosk.window
    choose(qtbot, window, "es")
    finish_a_check(qtbot, window)
    kiosk.wait(60 + 10)
    assert window.sessions_cleared == 1
    assert window.language() == "en"
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()


def test_a_spanish_clinic_greets_everyone_in_spanish(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(language="es").window
    assert window.language() == "es"
    assert SPANISH_EMERGENCY in welcome(window).safety_text.text()
    choose(qtbot, window, "en")
    assert window.language() == "en"
    click(qtbot, window.finish_button)
    assert window.language() == "es"
