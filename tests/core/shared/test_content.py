"""Content loads into typed objects, and every mistake names its file and key."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.content_check import check_content
from companion.core.shared.content import (
    TOML_INT_RANGE,
    ContentError,
    InvalidContentError,
    load_content,
    parse_toml,
    read_document,
)


def test_bundled_content_loads_with_sources_on_every_document() -> None:
    content = load_content()
    assert content.language == "en"
    for doc in (content.welcome, content.about):
        assert doc.title and doc.body and doc.sources
    numbers = [c.number for c in content.emergency_choices]
    assert "112" in numbers and "911" in numbers
    assert list(check_content()) == []


def test_no_text_hard_codes_an_emergency_number() -> None:
    content = load_content()
    for text in (content.welcome.body, content.about.body):
        for choice in content.emergency_choices:
            assert not re.search(rf"\b{choice.number}\b", text), choice.number


def test_broken_toml_names_the_file(content_copy: Path) -> None:
    (content_copy / "en" / "emergency_numbers.toml").write_text(
        'sources = "unclosed\n', encoding="utf-8"
    )
    problems = list(check_content(content_copy))
    assert len(problems) == 1
    assert problems[0].file.endswith("emergency_numbers.toml")
    assert "not valid TOML" in str(problems[0])


DEEP = "sources = " + "[" * 5000 + "]" * 5000 + "\n"  # more nesting than Python can parse
# More digits than Python turns into a number (4,300): a key held down in an editor.
LONG_NUMBER = "sources = 1" + "0" * 5000 + "\n"


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        ("emergency_numbers.toml", lambda p: p.write_text(DEEP), "nested too deeply"),
        ("emergency_numbers.toml", lambda p: p.write_bytes(b"\xff\xfe[x]"), "not UTF-8"),
        ("emergency_numbers.toml", lambda p: (p.unlink(), p.mkdir()), "cannot be read"),
        ("welcome.md", lambda p: p.write_text(f"+++\n{DEEP}+++\nHi"), "nested too deeply"),
        ("emergency_numbers.toml", lambda p: p.write_text(LONG_NUMBER), "number is too big"),
        ("welcome.md", lambda p: p.write_text(f"+++\n{LONG_NUMBER}+++\nHi"), "number is too big"),
        ("welcome.md", lambda p: (p.unlink(), p.mkdir()), "cannot be read"),
        # More than a megabyte: refused without reading it all (the largest shipped is 40 KB).
        ("welcome.md", lambda p: p.write_bytes(b"x" * 3_000_000), "is larger than 1 MB"),
    ],
)
def test_the_worst_file_is_a_problem_named_not_a_crash(
    content_copy: Path, name: str, make: Callable[[Path], object], said: str
) -> None:
    make(content_copy / "en" / name)
    problems = [str(p) for p in check_content(content_copy)]
    assert any(name in p and said in p for p in problems), problems


def test_wrong_value_names_the_key(content_copy: Path) -> None:
    path = content_copy / "en" / "emergency_numbers.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('number = "000"', 'number = "0a0"'),
        encoding="utf-8",
    )
    with pytest.raises(InvalidContentError) as caught:
        load_content(content_copy)
    (error,) = caught.value.errors
    assert error.key == "choice[3].number"
    assert "2 to 6 digits" in error.message


def test_every_problem_is_reported_not_just_the_first(content_copy: Path) -> None:
    (content_copy / "en" / "welcome.md").unlink()
    about = content_copy / "en" / "about.md"
    about.write_text(about.read_text(encoding="utf-8").replace("sources = [", "sauces = ["))
    keys = {(Path(p.file).name, p.key) for p in check_content(content_copy)}
    assert ("welcome.md", "") in keys
    assert ("about.md", "sauces") in keys


def test_document_needs_front_matter_and_sources(tmp_path: Path) -> None:
    doc = tmp_path / "card.md"
    doc.write_text("+++\ntitle = 'A card'\n+++\nSome text.\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"card\.md: sources: is missing"):
        read_document(doc)
    doc.write_text("No front matter here.\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"front matter"):
        read_document(doc)


def test_a_second_language_can_sit_beside_the_first(content_copy: Path) -> None:
    shutil.copytree(content_copy / "en", content_copy / "cy")
    assert load_content(content_copy, "cy").language == "cy"
    (content_copy / "cy" / "emergency_numbers.toml").unlink()
    problems = list(check_content(content_copy))
    assert [Path(p.file).parent.name for p in problems] == ["cy"]


def test_optional_keys_and_nested_tables_name_the_key_when_wrong(tmp_path: Path) -> None:
    from companion.core.shared.content import ContentError, read_toml

    path = tmp_path / "x.toml"
    path.write_text('title = "T"\nnote = " "\n[limits]\nmost = 20\n', encoding="utf-8")
    fields = read_toml(path)
    assert fields.optional_text("missing") is None
    assert fields.table("limits").get("most") == 20
    with pytest.raises(ContentError, match=r"x.toml: note: is empty"):
        fields.optional_text("note")
    with pytest.raises(ContentError, match=r"x.toml: title: should be a table"):
        fields.table("title")


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x85"])
def test_a_control_character_in_a_content_file_is_named_with_its_place(
    tmp_path: Path, character: str
) -> None:
    from companion.core.shared.content import ContentError, read_toml

    doc = tmp_path / "card.md"
    doc.write_text(
        f"+++\ntitle = 'A card'\nsources = ['a book']\n+++\nFine.\nA bro{character}ken paste.\n",
        encoding="utf-8",
    )
    code = re.escape(f"U+{ord(character):04X}")
    with pytest.raises(
        ContentError, match=rf"card\.md: holds a control character \({code}\) on line 6"
    ):
        read_document(doc)
    escaped = f"\\u{ord(character):04x}"
    path = tmp_path / "x.toml"
    path.write_text(f'title = "T"\nsteps = ["one", "t{escaped}wo"]\nnote = "a{escaped}"\n')
    fields = read_toml(path)
    assert fields.text("title") == "T"
    with pytest.raises(
        ContentError, match=rf"x\.toml: steps\[1\]: holds a control character \({code}\)"
    ):
        fields.text_list("steps")
    with pytest.raises(ContentError, match=rf"x\.toml: note: holds a control character \({code}\)"):
        fields.optional_text("note")


def test_tabs_and_windows_line_ends_are_plain_text(tmp_path: Path) -> None:
    doc = tmp_path / "card.md"
    doc.write_bytes(b"+++\r\ntitle = 'A card'\r\nsources = ['a book']\r\n+++\r\nOne\tline.\r\n")
    assert "One\tline." in read_document(doc).body


def test_every_shipped_content_file_is_plain_text() -> None:
    from companion.core.shared.content import MAX_TEXT_BYTES, read_text
    from companion.core.shared.resources import resource_dir

    files = [p for p in resource_dir("content").rglob("*") if p.suffix in (".toml", ".md")]
    assert len(files) > 40
    for path in files:
        read_text(path)  # raises, naming the file and line, on a control character
        assert path.stat().st_size < MAX_TEXT_BYTES / 10, path  # far from the limit


def test_a_key_with_hidden_characters_is_named_in_escapes_on_one_line(
    content_copy: Path,
) -> None:
    """`content check` names keys through the same errors as the kiosk config: a key in
    quotes holding U+202E or a new line was printed as it is, turning the rest of the
    line around or breaking it in two."""
    about = content_copy / "en" / "about.md"
    about.write_text(
        about.read_text(encoding="utf-8").replace("sources = [", '"sour\\u202eces\\n" = ['),
        encoding="utf-8",
    )
    problems = [str(p) for p in check_content(content_copy)]
    assert any("en/about.md: sour\\u202eces\\u000a: is not a known key" in p for p in problems)
    assert any("es/about.md: sour\\u202eces\\u000a: is missing" in p for p in problems)
    assert not any("\u202e" in p or "\n" in p for p in problems)


def _toml_int(number: int, form: str) -> str:
    """`number` written as TOML writes it: only decimal numbers carry a sign."""
    if form in ("{:#x}", "{:#o}", "{:#b}"):
        return form.format(abs(number))
    return form.format(number)


@settings(max_examples=80, deadline=None)
@given(st.integers(-(2**70), 2**70), st.sampled_from(["{}", "{:_}", "{:#x}", "{:#o}", "{:#b}"]))
def test_a_whole_number_reads_back_when_it_fits_64_bits(number: int, form: str) -> None:
    """TOML's numbers are 64-bit: one that fits reads back the same, any other is refused
    as not TOML."""
    written = _toml_int(number, form)
    value = abs(number) if written[0] == "0" and len(written) > 1 else number
    low, high = TOML_INT_RANGE
    if low <= value <= high:
        assert parse_toml(f"x = {written}\n", Path("k.toml")) == {"x": value}
    else:
        with pytest.raises(ContentError, match="a number is too big: it must fit in 64 bits"):
            parse_toml(f"x = {written}\n", Path("k.toml"))


@settings(max_examples=30, deadline=None)
@given(st.integers(64, 6000), st.sampled_from(["1", "-1", "0x1", "0o1", "0b1"]), st.booleans())
def test_a_number_of_any_length_is_refused_not_a_crash(
    zeros: int, start: str, in_a_list: bool
) -> None:
    """Past 4,300 digits Python refused to read the number and the ValueError stopped the
    app (kiosk.toml) or the command; a long hex number read, but crashed the first
    message that quoted it."""
    number = start + "0" * zeros
    text = f"x = [[{number}]]\n" if in_a_list else f"[a.b]\nx = {number}\n"
    with pytest.raises(ContentError) as refused:
        parse_toml(text, Path("k.toml"))
    assert str(refused.value) == (
        "k.toml: is not valid TOML (a number is too big: it must fit in 64 bits)"
    )
