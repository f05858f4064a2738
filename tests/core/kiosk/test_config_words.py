"""The clinic's own words in kiosk.toml (opening hours, phone line, emergency help), in
one language for all or one for each: how they are read, checked and chosen."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from companion.core.check.advice import staff_help
from companion.core.check.load import load_triage
from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import KioskConfig, KioskConfigError, load_kiosk_config
from companion.core.shared.pin_hash import hash_pin

EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "kiosk.example.toml"
PIN_LINE = f'[admin]\npin_hash = "{hash_pin("13579", iterations=100_000)}"\n'
HOURS = (
    'hours = { en = "Monday to Friday, 8:00 to 18:00", es = "De lunes a viernes, de 8:00 a 18:00" }'
)


def config_file(folder: Path, clinic: str, top: str = "") -> Path:
    path = folder / "kiosk.toml"
    path.write_text(f'{top}\n[clinic]\nname = "Riverside"\n{clinic}\n{PIN_LINE}', encoding="utf-8")
    return path


def config_file_text(folder: Path, text: str) -> Path:
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    return [str(error) for error in caught.value.errors]


def test_a_table_gives_each_language_its_own_words(tmp_path: Path) -> None:
    config = load_kiosk_config(config_file(tmp_path, HOURS))
    assert config.hours_in("en") == "Monday to Friday, 8:00 to 18:00"
    assert config.hours_in("es") == "De lunes a viernes, de 8:00 a 18:00"


def test_the_example_gives_spanish_words_and_its_commented_help_loads(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert load_kiosk_config(EXAMPLE).hours_in("es") == "De lunes a viernes, de 8:00 a 18:00"
    used = text.replace("# emergency_help = {", "emergency_help = {")
    config = load_kiosk_config(config_file_text(tmp_path, used))
    assert config.emergency_help_in("es") == (
        "Pulse el botón rojo de la pared o avise ya en recepción."
    )


def test_plain_words_are_shown_in_every_language(tmp_path: Path) -> None:
    config = load_kiosk_config(config_file(tmp_path, 'hours = "8:00-18:00"\nphone = "555 0100"'))
    assert config.hours_in("en") == config.hours_in("es") == "8:00-18:00"
    assert config.phone_in("es") == "555 0100"
    assert config.clinic_hours == ClinicWords.plain("8:00-18:00")


def test_a_missing_language_falls_back_to_the_clinics_then_english_then_the_first() -> None:
    words = ClinicWords((("es", "Abierto"), ("en", "Open"), ("fr", "Ouvert")))
    assert words.in_language("fr", clinic="es") == "Ouvert"  # its own first
    assert words.in_language("de", clinic="es") == "Abierto"  # the clinic's language
    assert words.in_language("de", clinic=None) == "Open"  # English
    assert words.in_language("de", clinic="it") == "Open"
    assert ClinicWords((("es", "Abierto"), ("fr", "Ouvert"))).in_language("de") == "Abierto"
    config = KioskConfig(clinic_hours=ClinicWords((("es", "Abierto"),)), language="en")
    assert config.hours_in("en") == "Abierto"  # only Spanish given: better than nothing


def test_the_clinics_emergency_help_is_said_in_the_checks_language(tmp_path: Path) -> None:
    top = 'emergency_help = { en = "Press the red button.", es = "Pulse el botón rojo." }'
    config = load_kiosk_config(config_file(tmp_path, "", top))
    assert staff_help(load_triage(language="es"), config) == "Pulse el botón rojo."
    assert staff_help(load_triage(language="en"), config) == "Press the red button."
    too_long = f'emergency_help = {{ en = "Press.", es = "{"x" * 201}" }}'
    (message,) = problems(config_file(tmp_path, "", too_long))
    assert message.endswith("emergency_help.es: should be at most 200 characters")


@pytest.mark.parametrize(
    ("clinic", "expected"),
    [
        ('hours = { en = "Open", fr = "Ouvert" }', "clinic.hours.fr: is not a language the app"),
        ("hours = { en = 8 }", "clinic.hours.en: should be text, not a number"),
        ('hours = { es = { en = "x" } }', "clinic.hours.es: should be text, not a table"),
        ('hours = { en = ["Mon", "Tue"] }', "clinic.hours.en: should be text, not a list"),
        ('hours = { en = "  " }', "clinic.hours.en: is empty"),
        ("hours = {}", "clinic.hours: is an empty table"),
        ("hours = 9", "clinic.hours: should be text, or a table of text by language"),
        ("phone = true", "clinic.phone: should be text, or a table"),
        ('phone = { EN = "1" }', "clinic.phone.EN: is not a language the app has"),
    ],
)
def test_each_bad_value_names_the_file_the_key_and_the_language(
    tmp_path: Path, clinic: str, expected: str
) -> None:
    path = config_file(tmp_path, clinic)
    (message,) = problems(path)
    assert message.startswith(f"{path}: {expected}"), message


@pytest.mark.parametrize(
    ("clinic", "key"),
    [
        ("hours = " + '"' + "a" * 201 + '"', "clinic.hours"),
        ('phone = { es = "' + "1" * 201 + '" }', "clinic.phone.es"),
    ],
)
def test_hours_or_a_phone_line_too_long_for_the_welcome_is_refused(
    tmp_path: Path, clinic: str, key: str
) -> None:
    path = config_file(tmp_path, clinic)
    (message,) = problems(path)
    assert message == f"{path}: {key}: should be at most 200 characters"
    fits = config_file(tmp_path, 'hours = "' + "a" * 200 + '"')
    assert load_kiosk_config(fits).hours_in("en") == "a" * 200


def test_a_clinic_name_too_long_for_the_welcome_is_refused(tmp_path: Path) -> None:
    """A pasted paragraph as the name (3,000 words) was taken, and took 5 s to fit into
    the kiosk's bar at each start and language change."""
    name = " ".join(["Riverside"] * 3000)
    path = config_file_text(tmp_path, f'[clinic]\nname = "{name}"\n{PIN_LINE}')
    (message,) = problems(path)
    assert message == f"{path}: clinic.name: should be at most 200 characters"
    fits = config_file_text(tmp_path, f'[clinic]\nname = "{"R" * 200}"\n{PIN_LINE}')
    assert load_kiosk_config(fits).clinic_name == "R" * 200


def test_a_wrong_language_says_which_the_app_has(tmp_path: Path) -> None:
    (message,) = problems(config_file(tmp_path, 'hours = { fr = "Ouvert" }'))
    assert message.endswith("(it has en (English), es (Español))")


def test_problems_in_the_hours_and_the_phone_are_named_together(tmp_path: Path) -> None:
    path = config_file(tmp_path, 'phone = { de = "1" }\nhours = { en = 5 }')
    keys = [message.removeprefix(f"{path}: ").split(":")[0] for message in problems(path)]
    assert keys == ["clinic.phone.de", "clinic.hours.en"]


# --- any table at all: a value the kiosk can show, or one problem that names its key ---

LANGUAGE_KEYS = st.sampled_from(["en", "es", "fr", "EN", "e", "", "es-MX", "ñ", "en.x"])
SCALARS = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.integers(-5, 5),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(LANGUAGE_KEYS, st.text(max_size=5)), inner, max_size=3),
    ),
    max_leaves=8,
)


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's, but letters past U+FFFF as they are (TOML has no
    surrogate pairs) and every control character escaped (the file may hold none raw)."""
    raw = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cc" else c for c in raw)


def toml_value(value: object) -> str:
    """`value` written as one line of TOML (an inline table for a dict)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    pairs = (f"{toml_string(key)} = {toml_value(item)}" for key, item in value.items())
    return "{ " + ", ".join(pairs) + " }"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(hours=st.one_of(VALUES, st.dictionaries(LANGUAGE_KEYS, VALUES, max_size=4)))
def test_any_hours_value_loads_or_names_its_key(tmp_path: Path, hours: object) -> None:
    path = config_file(tmp_path, f"hours = {toml_value(hours)}")
    try:
        config = load_kiosk_config(path)
    except KioskConfigError as exc:
        event("refused")
        (error,) = exc.errors
        assert str(error).startswith(f"{path}: clinic.hours"), str(error)
        assert "\n" not in str(error)
        return
    event("loaded")
    for language in ("en", "es", "fr"):
        shown = config.hours_in(language)
        assert shown and shown == " ".join(shown.split())
        assert isinstance(hours, str | dict)
        if isinstance(hours, dict):
            given_words = [" ".join(str(text).split()) for text in hours.values()]
            assert shown in given_words
            if language in hours:
                assert shown == " ".join(str(hours[language]).split())


WORDS = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    str.strip
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=st.dictionaries(st.sampled_from(["en", "es"]), WORDS, min_size=1))
def test_any_table_of_the_apps_languages_loads(tmp_path: Path, table: dict[str, str]) -> None:
    config = load_kiosk_config(config_file(tmp_path, f"hours = {toml_value(table)}"))
    for language in ("en", "es"):
        wanted = table.get(language) or table.get("en") or next(iter(table.values()))
        assert config.hours_in(language) == " ".join(wanted.split())
