"""Which language the app speaks: the command line, the setting, the system, English."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.app_state import AppState, clinic_language
from companion.core.shared.kiosk_config import KioskConfig, KioskConfigError, load_kiosk_config
from companion.core.shared.language import (
    LanguageError,
    checked_language,
    choose_language,
    command_language,
    environment_languages,
    language_names,
    next_start_language,
    shipped_languages,
    system_language,
)
from companion.core.shared.settings import SettingsStore

SHIPPED = ["en", "es"]


def test_the_shipped_languages_are_the_content_folders_each_in_its_own_name() -> None:
    assert shipped_languages() == SHIPPED
    assert language_names() == {"en": "English", "es": "Español"}


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["es-MX", "es", "en"], "es"),
        (["es_ES"], "es"),
        (["fr-FR", "es-ES"], "es"),  # the first one shipped
        (["fr-FR", "de"], "en"),  # nothing shipped: English
        ([], "en"),
        (["en-GB", "es"], "en"),
    ],
)
def test_the_system_language_when_shipped_else_english(preferred: list[str], expected: str) -> None:
    assert system_language(preferred, SHIPPED) == expected


def test_the_command_line_beats_the_setting_which_beats_the_system() -> None:
    system = ["es-ES"]
    assert choose_language(option=None, setting=None, preferred=system, shipped=SHIPPED) == "es"
    assert choose_language(option=None, setting="en", preferred=system, shipped=SHIPPED) == "en"
    assert choose_language(option="es", setting="en", preferred=[], shipped=SHIPPED) == "es"
    # A setting for a language no longer shipped is passed over.
    assert choose_language(option=None, setting="fr", preferred=system, shipped=SHIPPED) == "es"


def test_codes_are_made_plain_and_unknown_ones_name_the_shipped_languages() -> None:
    assert checked_language("ES") == "es"
    assert checked_language("es_MX") == "es"
    assert checked_language(" en-GB ") == "en"
    with pytest.raises(LanguageError) as caught:
        checked_language("fr")
    message = str(caught.value)
    assert "'fr'" in message and "en (English), es (Español)" in message
    assert "\n" not in message


@given(st.text(max_size=60))
def test_any_code_is_either_shipped_or_refused_in_one_line(code: str) -> None:
    try:
        plain = checked_language(code)
    except LanguageError as exc:
        assert "\n" not in str(exc) and "\x1b" not in str(exc)
    else:
        assert plain in SHIPPED


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, ["es-ES"]),
        ({"LANG": "C.UTF-8"}, []),
        ({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, ["es", "en"]),
        ({"LC_ALL": "es_AR.UTF-8@euro", "LANG": "en_US.UTF-8"}, ["es-AR"]),
        ({}, []),
    ],
)
def test_the_environment_names_the_languages_of_a_command_line(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert environment_languages(environ) == expected


def test_a_command_line_follows_the_option_then_the_environment() -> None:
    assert command_language(None, environ={"LANG": "es_ES.UTF-8"}) == "es"
    assert command_language(None, environ={"LANG": "C"}) == "en"
    assert command_language("en", environ={"LANG": "es_ES.UTF-8"}) == "en"
    with pytest.raises(LanguageError):
        command_language("xx", environ={})


def test_the_app_opens_in_the_language_chosen(tmp_path: Path) -> None:
    assert AppState.open(tmp_path / "a").content.language == "en"
    assert AppState.open(tmp_path / "b", preferred=["es-ES"]).content.language == "es"
    state = AppState.open(tmp_path / "c", preferred=["es-ES"])
    state.settings.update(language="en")
    reopened = AppState.open(tmp_path / "c", preferred=["es-ES"])
    assert reopened.content.language == "en"  # the setting wins over the system
    assert AppState.open(tmp_path / "c", language="es").content.language == "es"


def test_a_setting_for_a_language_not_shipped_falls_back_with_a_notice(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "language": "klingon"}')
    store = SettingsStore.open(tmp_path)
    assert store.current.language is None
    assert any("'Language'" in notice for notice in store.notices)
    with pytest.raises(ValueError):
        store.update(language="fr")


def test_the_next_start_is_said_only_when_it_changes_the_language() -> None:
    assert next_start_language("es", "en", []) == "es"
    assert next_start_language("en", "en", ["es"]) is None
    assert next_start_language(None, "en", ["es-ES"]) == "es"


def test_the_kiosk_starts_in_the_clinics_language(tmp_path: Path) -> None:
    assert clinic_language(KioskConfig(language="es"), ["en"]) == "es"
    assert clinic_language(KioskConfig(), ["es-ES"]) == "es"
    assert clinic_language(KioskConfig(), []) == "en"
    assert AppState.open_kiosk(KioskConfig(language="es")).content.language == "es"


def test_the_kiosk_config_refuses_a_language_it_does_not_ship(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('language = "fr"\n[clinic]\nname = "X"\n[admin]\npin_hash = "bad"\n')
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    lines = [str(e) for e in caught.value.errors if e.key == "language"]
    assert lines and "en (English), es (Español)" in lines[0]
