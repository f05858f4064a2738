"""The one JSON reader: hostile text gets a message naming the line and field, never a
traceback, and whatever the writer accepts reads back the same."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared import safe_json
from companion.core.shared.messages import quoted
from companion.core.shared.safe_json import (
    ANSWERS_FILE,
    DATA_FILE,
    SMALL_FILE,
    JsonLimits,
    JsonReadError,
    JsonWriteError,
    encode_json,
    parse_json,
    read_json,
)

TIGHT = JsonLimits(max_bytes=10_000, max_depth=4, max_number=12)


def refused(text: str | bytes, limits: JsonLimits = SMALL_FILE) -> JsonReadError:
    with pytest.raises(JsonReadError) as caught:
        if isinstance(text, bytes):
            read_json(text, "answers.json", limits)
        else:
            parse_json(text, "answers.json", limits)
    assert str(caught.value).startswith("answers.json: ")
    return caught.value


@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_nesting_deeper_than_the_limit_is_refused_not_a_recursion_error(depth: int) -> None:
    problem = refused("[" * depth + "]" * depth)
    assert "nested more than 32 levels" in problem.reason
    assert problem.line == 1


def test_nesting_up_to_the_limit_reads() -> None:
    assert parse_json("[" * 32 + "]" * 32, "x") == json.loads("[" * 32 + "]" * 32)


@pytest.mark.parametrize("digits", [41, 4_000, 5_000, 100_000])
def test_a_number_with_thousands_of_digits_names_its_line_and_field(digits: int) -> None:
    text = '{\n  "answers": {\n    "pain": ' + "7" * digits + "\n  }\n}"
    problem = refused(text)
    assert "longer than 40 characters" in problem.reason
    assert (problem.line, problem.field) == (3, "answers.pain")


@pytest.mark.parametrize("text", ["[1e400]", "[-1e999]", "[NaN]", "[Infinity]", "[-Infinity]"])
def test_numbers_a_float_cannot_hold_are_refused(text: str) -> None:
    assert "NaN or Infinity" in refused(text).reason


def test_ordinary_big_and_small_floats_still_read() -> None:
    assert parse_json("[1.5e300, -2.5e-300, 0.1]", "x") == [1.5e300, -2.5e-300, 0.1]


def test_a_lone_surrogate_is_refused_naming_the_line_and_field() -> None:
    text = '{"entries": [\n  {"note": "fine"},\n  {"note": "cut \\ud800 in half"}\n]}'
    problem = refused(text)
    assert "broken character" in problem.reason
    assert (problem.line, problem.field) == (3, "entries[1].note")
    # The message can be printed and saved, even though the text could not.
    str(problem).encode("utf-8")


@pytest.mark.parametrize(
    "text", ['["\\udc00"]', '["\\ud83d"]', '["\\ude00\\ud83d"]', '{"\\ud800": 1}']
)
def test_every_kind_of_lone_surrogate_is_refused(text: str) -> None:
    problem = refused(text)
    assert "broken character" in problem.reason
    str(problem).encode("utf-8")


def test_a_whole_surrogate_pair_is_a_character_and_reads() -> None:
    assert parse_json('["\\ud83d\\ude00"]', "x") == ["\U0001f600"]


def test_text_that_merely_looks_like_trouble_inside_strings_reads() -> None:
    tricky = {
        "brackets": "[" * 100 + "{" * 100,
        "digits": "9" * 200,
        "escaped": "\\ud800 is how a surrogate is written",
        "quote": 'he said "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
    }
    for ensure_ascii in (True, False):
        assert parse_json(json.dumps(tricky, ensure_ascii=ensure_ascii), "x") == tricky


def test_bytes_that_are_not_utf8_name_the_line() -> None:
    problem = refused(b'{"a": 1,\n"b": "\xff"}')
    assert "not UTF-8" in problem.reason and problem.line == 2


def test_a_byte_order_mark_is_allowed() -> None:
    assert read_json(b'\xef\xbb\xbf{"a": 1}', "x") == {"a": 1}


def test_a_file_larger_than_the_limit_is_refused_before_reading() -> None:
    problem = refused(b"[" + b"1," * 6000 + b"1]", TIGHT)
    assert "larger than" in problem.reason


def test_invalid_json_names_the_line() -> None:
    problem = refused('{\n"a": 1,\n"b": }')
    assert problem.line == 3 and "not valid JSON" in problem.reason


def test_text_with_a_raw_lone_surrogate_is_refused() -> None:
    problem = refused('["\ud800"]')
    assert "broken character" in problem.reason


# --- a key named twice -----------------------------------------------------------------

TWICE = '{"age_band": "age_18_49",\n "saddle_numbness": "yes",\n "saddle_numbness": "no"}'


@pytest.mark.parametrize("text", [TWICE, TWICE.replace('"yes"', '"x"').replace('"no"', '"yes"')])
def test_an_answer_given_twice_is_refused_in_either_order_naming_it_and_its_line(
    text: str,
) -> None:
    problem = refused(text, ANSWERS_FILE)
    assert problem.reason == (
        "'saddle_numbness' is named twice, so it is not clear which value is meant"
    )
    assert (problem.line, problem.field) == (3, None)


def test_a_key_named_twice_deep_inside_names_the_object_that_holds_it() -> None:
    text = '{"entries": [\n {"pain_now": 1},\n {"pain_now": 2, "level": "calf", "pain_now": 9}]}'
    problem = refused(text, ANSWERS_FILE)
    assert (problem.line, problem.field) == (3, "entries[1]")
    assert problem.reason.startswith("'pain_now' is named twice")


def test_a_key_written_once_plain_and_once_escaped_is_the_same_key() -> None:
    assert refused('{"no": 1, "\\u006eo": 2}', ANSWERS_FILE).reason.startswith("'no' is named")


def test_the_same_key_in_different_objects_is_fine() -> None:
    text = '{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}, {"x": 4}]}'
    assert parse_json(text, "x", ANSWERS_FILE) == json.loads(text)


@pytest.mark.parametrize("limits", [SMALL_FILE, DATA_FILE])
def test_the_apps_own_files_keep_the_last_value_of_a_key_named_twice(limits: JsonLimits) -> None:
    """Only a file given on purpose (answers, an import) refuses it; the app's own data
    and settings read as they always have."""
    assert parse_json(TWICE, "settings.json", limits)["saddle_numbness"] == "no"


PAIRS = st.lists(
    st.tuples(st.text("ab\u00e9\n", max_size=2), st.integers(0, 9) | st.text("xy", max_size=2)),
    max_size=6,
)


@settings(max_examples=300)
@given(PAIRS, st.integers(0, 3), st.booleans())
def test_any_object_naming_a_key_twice_is_refused_and_any_other_reads(
    pairs: list[tuple[str, Any]], depth: int, ascii_only: bool
) -> None:
    body = ", ".join(
        f"{json.dumps(key, ensure_ascii=ascii_only)}: {json.dumps(value)}" for key, value in pairs
    )
    text = '{"in": [' * depth + "{" + body + "}" + "]}" * depth
    keys = [key for key, _value in pairs]
    twice = [key for n, key in enumerate(keys) if key in keys[:n]]
    assert parse_json(text, "x", DATA_FILE) == json.loads(text)  # the app's files: as before
    if twice:
        problem = refused(text, ANSWERS_FILE)
        assert problem.reason.startswith(f"'{quoted(twice[0])}' is named twice")
        assert problem.field == (("in[0]" * depth).replace("]in", "].in") or None)
    else:
        assert parse_json(text, "x", ANSWERS_FILE) == json.loads(text)


# --- the writer -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "field", "reason"),
    [
        ({"note": "half \ud800"}, "note", "broken character"),
        ({"a": [1, {"\udfff": 1}]}, "a[1].\\udfff", "broken character"),
        ({"n": float("nan")}, "n", "NaN"),
        ({"n": float("inf")}, "n", "NaN"),
        ({"n": 10**40}, "n", "longer than 12"),
        ({"n": -(10**5000)}, "n", "longer than 12"),
        ({"a": [[[[1]]]]}, "a[0][0][0]", "nested more than 4"),
    ],
)
def test_the_writer_refuses_what_could_not_be_read_back(
    value: Any, field: str, reason: str
) -> None:
    with pytest.raises(JsonWriteError) as caught:
        encode_json(value, TIGHT)
    assert caught.value.field == field
    assert reason in caught.value.reason
    str(caught.value).encode("utf-8")


def test_the_writer_refuses_values_that_are_not_json_at_all() -> None:
    with pytest.raises(TypeError, match="when"):
        encode_json({"when": object()})
    with pytest.raises(TypeError):
        encode_json({1: "a"})


JSON_TEXT = st.text(st.characters(codec="utf-8"), max_size=20) | st.text(max_size=5)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**45), max_value=10**45)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300)
@given(JSON_VALUES)
def test_whatever_the_writer_accepts_reads_back_equal(value: Any) -> None:
    try:
        data = encode_json(value, TIGHT)
    except JsonWriteError:
        return
    assert read_json(data, "x", TIGHT) == value


@settings(max_examples=300)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")))
def test_any_bytes_read_or_are_refused_with_a_message(raw: bytes) -> None:
    try:
        read_json(raw, "x", TIGHT)
    except JsonReadError as exc:
        assert str(exc).startswith("x: ")


JSONISH = st.lists(
    st.sampled_from(
        [
            *("[", "]", "{", "}", ",", ":", '"a"', '"\\ud800"', '"\\ude00"', "1", "-0.5e3"),
            *("9" * 50, "1e999", "NaN", "true", "null", " ", "\n", '"', "\\"),
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=500)
@given(JSONISH)
def test_json_shaped_noise_reads_or_is_refused_never_a_traceback(text: str) -> None:
    try:
        value = parse_json(text, "x", TIGHT)
    except JsonReadError as exc:
        assert exc.reason
        return
    # What was read is within the limits: it can be written back and reads the same.
    assert parse_json(encode_json(value, TIGHT).decode("utf-8"), "x", TIGHT) == value


def test_limits_for_data_files_are_roomy_enough_for_years_of_entries() -> None:
    year = {"_default": {str(n): {"note": "x" * 200, "pain": 4} for n in range(1, 4000)}}
    assert read_json(encode_json(year, DATA_FILE), "2026.json", DATA_FILE) == year


def _outcome(value: Any) -> tuple[str, object]:
    try:
        return "written", encode_json(value, TIGHT)
    except JsonWriteError as exc:
        return "refused", (exc.field, exc.reason)
    except TypeError as exc:
        return "not json", str(exc)


WRITER_INPUT = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**13), max_value=10**13)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(["\ud800", "a\udfff", "\U0001f600"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(
            st.text(max_size=4) | st.just("\udc00") | st.just(1), children, max_size=3
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(WRITER_INPUT)
def test_the_quick_look_at_plain_records_says_what_the_full_check_says(value: Any) -> None:
    quick = _outcome(value)
    with pytest.MonkeyPatch.context() as patch:  # every value through the full check only
        patch.setattr(safe_json, "_plain", lambda *_args: False)
        assert _outcome(value) == quick


def test_plain_records_are_written_without_the_slow_full_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The full check keeps the path to each value, to name the field at fault: for a
    100,000-entry import it took a quarter of the time. Plain records skip it."""
    walks = 0
    full = safe_json._find_unwritable

    def counting(*args: Any) -> Any:
        nonlocal walks
        walks += 1
        return full(*args)

    monkeypatch.setattr(safe_json, "_find_unwritable", counting)
    record = {"time": "2026-03-01T09:30:00+01:00", "pain_now": 4, "walk_minutes": 12.5}
    for n in range(100):
        encode_json({**record, "feelings": ["calm"], "note": f"day {n}", "sleep": None}, TIGHT)
    assert walks == 0
    with pytest.raises(JsonWriteError) as caught:
        encode_json({**record, "note": "half \ud800"}, TIGHT)
    assert caught.value.field == "note" and walks == 1
