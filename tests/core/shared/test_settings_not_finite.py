"""A hand-edited number JSON cannot hold (NaN, Infinity, 1e400), or one too long to read
(a key held down), is one bad setting: it goes back to its default and the rest of the
file is kept, as for any other bad value."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.language import shipped_languages
from companion.core.shared.safe_json import DATA_FILE, JsonReadError, parse_json
from companion.core.shared.settings import (
    TEXT_SCALES,
    Settings,
    SettingsStore,
    Theme,
    Units,
    setting_name,
    settings_to_dict,
)
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import HOSTILE_DIR

NOT_FINITE = ["NaN", "Infinity", "-Infinity", "1e400"]
# Longer than the reader's 40 characters; 5,000 digits is past Python's own int limit.
TOO_LONG = ["1" + "0" * 400, "9" * 5000, "-" + "1" * 60, "1." + "5" * 60]


@pytest.mark.parametrize("word", NOT_FINITE + TOO_LONG, ids=lambda word: word[:12])
def test_a_number_json_cannot_hold_costs_only_its_own_setting(tmp_path: Path, word: str) -> None:
    """Before, the whole file was set aside: the emergency number was lost and the
    welcome came back (for a number 41 or more characters long, until this too)."""
    path = tmp_path / "settings.json"
    raw = (
        '{"schema_version": 1, "emergency_number": "112", "text_scale": '
        + word
        + ',\n "theme": "dark", "welcome_done": true}'
    ).encode()
    path.write_bytes(raw)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None
    assert store.current == Settings(emergency_number="112", theme=Theme.DARK, welcome_done=True)
    assert "'Text size'" in store.notices[0] and "NaN or Infinity" in store.notices[0]
    (rejected,) = tmp_path.glob("settings.rejected-*.json")
    assert rejected.read_bytes() == raw  # the file as it was is kept
    assert json.loads(path.read_text())["text_scale"] == 100  # saved clean: said once
    again = SettingsStore.open(tmp_path)
    assert again.notices == [] and again.current == store.current


def test_the_hostile_nan_file_keeps_its_colours(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_bytes((HOSTILE_DIR / "nan.json").read_bytes())
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None and store.current.theme is Theme.DARK


def test_the_hostile_5000_digit_number_is_named_as_settings_names_it(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_bytes((HOSTILE_DIR / "long_number_5000.json").read_bytes())
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None and store.current.emergency_number is None
    assert store.notices[0].startswith("The setting 'Emergency number' was not valid")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"text_scale": NaN, "theme": "dark",', "not valid JSON"),
        ('{"text_scale": NaN, "theme": "dark"', "not valid JSON"),
        ('{"text_scale": NaN, "theme": "dark"} []', "extra text after"),
        ('[{"text_scale": NaN}]', "named settings"),
    ],
)
def test_a_file_that_is_not_one_object_of_settings_is_still_set_aside(
    tmp_path: Path, text: str, words: str
) -> None:
    (tmp_path / "settings.json").write_text(text)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is not None and words in store.problem.message
    assert store.current == Settings()


def test_nan_written_inside_text_is_only_text(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"schema_version": 1, "emergency_number": "NaN", "theme": "Infinity", "sound": false}'
    )
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None and store.current.sound is False
    joined = " ".join(store.notices)
    assert "'Emergency number'" in joined and "'Colours'" in joined
    assert "NaN or Infinity" not in joined


@pytest.mark.parametrize("word", NOT_FINITE + TOO_LONG, ids=lambda word: word[:12])
def test_other_files_still_refuse_such_numbers(word: str) -> None:
    reason = "NaN or Infinity" if word in NOT_FINITE else "longer than 40"
    with pytest.raises(JsonReadError, match=reason):
        parse_json('{"_default": {"1": {"pain_now": ' + word + "}}}", "2026.json", DATA_FILE)


VALID_SETTINGS = st.builds(
    Settings,
    emergency_number=st.none() | st.sampled_from(["112", "911", "000", "999999"]),
    text_scale=st.sampled_from(TEXT_SCALES),
    theme=st.sampled_from(Theme),
    sound=st.booleans(),
    units=st.sampled_from(Units),
    welcome_done=st.booleans(),
    language=st.none() | st.sampled_from(sorted(shipped_languages())),
)


@settings(max_examples=120, deadline=None)
@given(VALID_SETTINGS, st.data(), st.sampled_from(NOT_FINITE + TOO_LONG))
def test_one_number_json_cannot_hold_keeps_every_other_setting(
    chosen: Settings, data: st.DataObject, word: str
) -> None:
    values = settings_to_dict(chosen)
    key = data.draw(st.sampled_from(sorted(k for k in values if k != "schema_version")))
    marker = "@@not-finite@@"
    text = json.dumps({**values, key: marker}, indent=data.draw(st.none() | st.just(2)))
    text = text.replace(f'"{marker}"', word)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "settings.json").write_text(text)
        store = SettingsStore.open(folder, now=FakeClock())
        assert store.problem is None
        kept = settings_to_dict(store.current)
        assert kept[key] == settings_to_dict(Settings())[key]
        assert {k: v for k, v in kept.items() if k != key} == {
            k: v for k, v in values.items() if k != key
        }
        assert f"'{setting_name(key)}'" in store.notices[0]
