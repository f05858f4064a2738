"""A value the JSON reader refuses (a lone surrogate, nesting 10,000 deep, a number JSON
cannot hold) under a key this version does not know is one bad value, not a broken
file: every other setting stays (the emergency number above all), and the file as it
was is kept as ``settings.rejected-*`` before the key is left out."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.messages import in_language
from companion.core.shared.settings import SettingsStore, Theme
from tests.helpers.clock import FakeClock

GOOD = '"schema_version": 1, "emergency_number": "112", "theme": "dark"'
BAD_VALUES = {
    "lone surrogate": r'"\ud800"',
    "surrogate inside": r'{"a": ["x", "\udc00"]}',
    "deep": "[" * 10_000 + "]" * 10_000,
    "401 digits": "1" * 401,
    "5,000 digits": "1" * 5_000,  # over the stdlib reader's own limit too
    "minus infinity": "-Infinity",
    "nan inside": '{"a": [NaN]}',
}


def kept_copies(folder: Path) -> list[bytes]:
    return [path.read_bytes() for path in sorted(folder.glob("settings.rejected-*.json"))]


@pytest.mark.parametrize("where", ["first", "last"])
@pytest.mark.parametrize("bad", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_bad_value_under_an_unknown_key_costs_only_that_key(
    tmp_path: Path, bad: str, where: str
) -> None:
    raw = (
        f'{{"foo": {bad}, {GOOD}}}' if where == "first" else f'{{{GOOD}, "foo": {bad}}}'
    ).encode()
    (tmp_path / "settings.json").write_bytes(raw)

    store = SettingsStore.open(tmp_path, now=FakeClock())

    assert store.problem is None
    assert store.current.emergency_number == "112" and store.current.theme is Theme.DARK
    assert kept_copies(tmp_path) == [raw]  # kept first, byte for byte
    said = " ".join(store.notices)
    assert "'foo'" in said and "left out" in said and "settings.rejected-" in said
    assert "'foo'" in " ".join(in_language(notice, "es") for notice in store.notices)
    written = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert "foo" not in written and written["emergency_number"] == "112"
    again = SettingsStore.open(tmp_path, now=FakeClock())
    assert again.notices == [] and again.current == store.current


def test_a_key_that_is_itself_broken_is_left_out_the_same_way(tmp_path: Path) -> None:
    raw = ('{"\\udc00": true, ' + GOOD + "}").encode()
    (tmp_path / "settings.json").write_bytes(raw)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None and store.current.emergency_number == "112"
    assert kept_copies(tmp_path) == [raw]
    assert "'\\udc00'" in " ".join(store.notices)


def test_a_bad_value_under_a_known_key_costs_only_that_setting(tmp_path: Path) -> None:
    raw = b'{"schema_version": 1, "emergency_number": "112", "theme": "\\ud800", "sound": false}'
    (tmp_path / "settings.json").write_bytes(raw)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is None
    assert store.current.emergency_number == "112" and store.current.sound is False
    assert store.current.theme is Theme.SYSTEM
    assert "'Colours'" in store.notices[0] and kept_copies(tmp_path) == [raw]


def test_a_file_a_sync_tool_brings_with_a_bad_unknown_key_is_copied_before_the_save(
    tmp_path: Path,
) -> None:
    store = SettingsStore.open(tmp_path, now=FakeClock())
    store.update(theme="light")
    raw = ('{"schema_version": 1, "emergency_number": "999", "foo": ' + "9" * 401 + "}").encode()
    (tmp_path / "settings.json").write_bytes(raw)

    store.update(sound=False)

    assert kept_copies(tmp_path) == [raw]
    assert store.state.saved and store.current.emergency_number == "999"


def test_without_a_copy_such_a_file_is_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore.open(tmp_path, now=FakeClock())
    store.update(theme="light")
    raw = b'{"schema_version": 1, "foo": -Infinity}'
    (tmp_path / "settings.json").write_bytes(raw)
    monkeypatch.setattr(SettingsStore, "_keep_rejected", lambda _self, _raw: None)

    store.update(sound=False)

    assert (tmp_path / "settings.json").read_bytes() == raw
    assert not store.state.saved and store.current.sound is False


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in {"schema_version", "theme"}),
        st.sampled_from([*BAD_VALUES.values(), "1", '"ok"', "[1, {}]"]),
        max_size=8,
    )
)
def test_any_mix_of_bad_unknown_values_keeps_the_known_ones(extra: dict[str, str]) -> None:
    body = ", ".join(f"{json.dumps(key)}: {value}" for key, value in extra.items())
    raw = ("{" + GOOD + (", " + body if body else "") + "}").encode()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "settings.json").write_bytes(raw)
        store = SettingsStore.open(folder, now=FakeClock())
        if "emergency_number" not in extra:
            assert store.current.emergency_number == "112"
        assert store.problem is None
        if store.notices:
            assert kept_copies(folder) == [raw]


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        ('{"schema_version": 1, "emergency_number": "112" "language": "es", "theme": "dark"}', 1),
        ('{"schema_version": 1,\n "language": "es" "emergency_number": "112",\n "theme": 1}', 2),
        ('{"schema_version": 1, "emergency_number": "112": "999", "theme": "dark"}', 1),
        ('{"schema_version": 1,\n"emergency_number": "112",\n"foo": "\\ud800",}', 3),
    ],
)
def test_a_syntax_error_sets_the_whole_file_aside_naming_its_line(
    tmp_path: Path, raw: str, line: int
) -> None:
    """A comma left out is no one value's fault: where one value ends cannot be told,
    so no setting is reset on a guess (the emergency number blamed for the language's
    missing comma): the file is set aside whole, kept byte for byte, and the message
    names the line, as for any broken file."""
    (tmp_path / "settings.json").write_text(raw, encoding="utf-8")

    store = SettingsStore.open(tmp_path, now=FakeClock())

    assert store.problem is not None and store.notices == []
    assert f"line {line}" in store.problem.message
    assert store.problem.moved_to is not None
    assert store.problem.moved_to.read_text(encoding="utf-8") == raw
    assert not (tmp_path / "settings.json").exists()
