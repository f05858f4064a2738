"""Sentences the core builds for people, in every shipped language."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.content_check import check_content
from companion.core.shared.emergency_number import validate_emergency_number
from companion.core.shared.messages import Message, in_language, message_of, quoted, say
from companion.core.shared.resources import resource_dir
from companion.core.shared.settings import Settings, SettingsStore

CORE = Path(__file__).resolve().parents[3] / "companion"


def test_a_message_is_its_english_sentence_and_keeps_its_id() -> None:
    message = Message("settings.one_of", choices="light, dark")
    assert message == "it should be one of light, dark"
    assert message.id == "settings.one_of" and message.values == {"choices": "light, dark"}
    assert in_language(message, "es") == "debería ser uno de estos: light, dark"
    assert in_language("plain text stays as it is", "es") == "plain text stays as it is"


def test_a_message_inside_a_message_is_said_in_the_same_language() -> None:
    message = Message("settings.not_valid", key="sound", reason=Message("settings.true_or_false"))
    assert "it should be true or false" in message
    spanish = in_language(message, "es")
    assert spanish == (
        "El ajuste 'sound' no era válido (debería ser true o false), así que se usa el valor "
        "de siempre."
    )


@pytest.mark.parametrize(
    ("typed", "spanish"),
    [
        ("", "Escriba su número de emergencias."),
        ("11a", "Un número de emergencias solo tiene cifras, como 112 o 911."),
        ("1", "Un número de emergencias suele tener de 2 a 6 cifras."),
    ],
)
def test_a_wrong_emergency_number_is_explained_in_spanish(typed: str, spanish: str) -> None:
    with pytest.raises(ValueError) as caught:
        validate_emergency_number(typed)
    assert in_language(message_of(caught.value), "es") == spanish


def test_settings_notices_can_be_shown_in_spanish(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"schema_version": 1, "colour": "red", "theme": "purple"}', encoding="utf-8"
    )
    store = SettingsStore.open(tmp_path)
    english = " ".join(store.notices)
    spanish = " ".join(in_language(n, "es") for n in store.notices)
    assert "colour" not in english  # kept as it is: another version's setting
    assert "debería ser uno de estos: system, light, dark" in spanish
    assert "Su archivo, tal como estaba, se guarda como settings.rejected-" in spanish


def test_an_unreadable_settings_file_is_explained_in_spanish(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("[1, 2", encoding="utf-8")
    store = SettingsStore.open(tmp_path)
    assert store.problem is not None
    spanish = in_language(store.problem.message, "es")
    assert spanish.startswith("No se pudo leer su archivo de ajustes. Se ha guardado")
    assert store.problem.moved_to is not None and store.problem.moved_to.name in spanish
    # What was wrong, said in Spanish too (Python's own JSON words stay as they are).
    assert "(Qué fallaba: línea 1: esto no es JSON válido (" in spanish


def test_every_message_the_code_names_is_in_the_english_file() -> None:
    english = (resource_dir("content") / "en" / "shared" / "messages.toml").read_text("utf-8")
    ids = set()
    group = ""
    for line in english.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and not line.startswith("#"):
            ids.add(f"{group}.{line.split('=')[0].strip()}")
    used = set()
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for found in re.findall(r'Message\(\s*f?"([a-z_.{}]+)"', text):
            variants = {
                found.replace("{with_backup}", ""),
                found.replace("{with_backup}", "_backup"),
            }
            if "{key}" in found:  # a name for every setting
                variants = {found.replace("{key}", each.name) for each in fields(Settings)}
            used |= variants
    assert used, "the code names no messages"
    assert used <= ids, sorted(used - ids)


def test_content_check_names_a_message_missing_in_spanish(content_copy: Path) -> None:
    path = content_copy / "es" / "shared" / "messages.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\nkept_as = .*\n", "\n", text), encoding="utf-8")
    found = [str(p) for p in check_content(content_copy)]
    assert any("es/shared/messages.toml: settings.kept_as: is missing" in p for p in found)


def test_content_check_names_a_lost_placeholder(content_copy: Path) -> None:
    path = content_copy / "es" / "shared" / "messages.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("se guarda como {name}", "se guarda aparte"), encoding="utf-8")
    found = [str(p) for p in check_content(content_copy)]
    assert any(
        "settings.kept_as: has the placeholders none; English has {name}" in p for p in found
    )


def test_a_failed_save_is_explained_in_spanish() -> None:
    import errno

    from companion.core.shared.atomic_file import describe_os_error

    full = describe_os_error(OSError(errno.ENOSPC, "No space left on device"))
    assert full == "The app could not save because the disk is full."
    assert in_language(full, "es") == "La aplicación no pudo guardar porque el disco está lleno."
    other = describe_os_error(OSError(errno.EIO, "Input/output error"))
    assert in_language(other, "es").endswith("por un problema con el disco (Input/output error).")


def test_a_broken_messages_file_never_stops_the_app(content_copy: Path) -> None:
    (content_copy / "es" / "shared" / "messages.toml").write_text("[settings\n", encoding="utf-8")
    message = Message("settings.kept_as", name="x.json")
    assert in_language(message, "es", content_copy) == "Your file as it was is kept as x.json."
    assert any("messages.toml" in str(p) for p in check_content(content_copy))


def test_a_damaged_data_file_is_explained_in_spanish(tmp_path: Path) -> None:
    from companion.core.shared.store import Store, StoreTooNewError

    data = tmp_path / "data"
    Store.open(data).table("checks").insert({"a": 1})
    (data / "checks.json").write_bytes(b'{"_default": [1]}')
    store = Store.open(data)
    assert store.table("checks").all() == []
    (problem,) = store.problems
    spanish = in_language(problem.message, "es")
    assert spanish.startswith("Un archivo guardado (checks.json) estaba dañado")
    assert problem.moved_to is not None
    assert f"Se conservó, sin cambios, como {problem.moved_to.name}." in spanish
    # What was wrong is Spanish too, and nothing English is left in the sentence.
    assert "(Qué fallaba: la parte '_default' no es una lista de registros numerados.)" in spanish
    assert not re.search(r"\b(the|was|file|kept)\b", spanish)
    english = str(problem.message)
    assert english.startswith("A saved file (checks.json) was damaged")

    (data / "store.json").write_text('{"schema_version": 999}', encoding="utf-8")
    with pytest.raises(StoreTooNewError) as caught:
        Store.open(data)
    assert in_language(message_of(caught.value), "es").startswith(
        "Estos datos se guardaron con una versión más nueva"
    )


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "Added 1 entry to the journal in f.", "Added 2 entries to the journal in f."),
        ("es", "Se añadió 1 anotación al diario de f.", "Anotaciones añadidas al diario de f: 2."),
    ],
)
def test_a_message_about_one_thing_says_it_in_the_singular(
    language: str, one: str, many: str
) -> None:
    assert say(language, "journal_command.added", count=1, folder="f") == one
    assert say(language, "journal_command.added", count=2, folder="f") == many
    assert say(language, "journal_command.added", count=0, folder="f") != one


def test_a_checked_file_of_one_row_says_row() -> None:
    assert say("en", "journal_command.all_fine", file="a.csv", count=1) == (
        "a.csv: its 1 row is fine."
    )
    assert say("en", "journal_command.all_fine", file="a.csv", count=3) == (
        "a.csv: all 3 rows are fine."
    )


HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff"  # controls, halves of pairs
    "\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]"  # direction, invisible
)


def escaped_pieces(value: str) -> list[str]:
    return [f"\\u{ord(c):04x}" if HIDDEN.fullmatch(c) else c for c in value]


@given(st.text(alphabet=st.characters(codec=None), max_size=120), st.integers(2, 60))
def test_a_quoted_value_is_short_shows_no_hidden_character_and_keeps_escapes_whole(
    value: str, limit: int
) -> None:
    said = quoted(value, limit)
    assert len(said) <= limit
    assert not HIDDEN.search(said)
    pieces = escaped_pieces(value)
    if said == "".join(pieces):
        return
    # Cut short between characters, never inside an escape: the escaped form of a start
    # of the value, then "…".
    assert said.endswith("…")
    starts = {"".join(pieces[:n]) for n in range(len(pieces) + 1)}
    assert said.removesuffix("…") in starts


def test_a_character_that_turns_the_text_around_is_shown_as_an_escape() -> None:
    # U+202E would make the words after it read back to front in a notice.
    assert quoted("\u202edark") == "\\u202edark"
    assert quoted("a\u200bb\u2066c") == "a\\u200bb\\u2066c"
    assert quoted("\x1b" * 30, 12) == "\\u001b…"  # not "\\u001b\\u00…"
    assert quoted("run 🏃\u200d♀️") == "run 🏃\u200d♀️"  # the joiner an emoji is made with
