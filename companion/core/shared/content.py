"""Loads the app's words and decision data from `content/` into typed objects.

Content is data (TOML, and Markdown with TOML front matter between ``+++`` lines) so
that clinicians and translators can edit it without touching code. Everything is
validated on load; a problem names the file, the key and what is wrong.

Each language lives in its own folder (``content/en/``) so a second language can be
added beside the first.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from companion.core.shared.bounded_read import NotAFileError, read_bounded
from companion.core.shared.resources import resource_dir

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::[^{}]*)?\}")
# Characters no one can see or type on purpose (NUL, escape, a C1 control...): in a
# content file they come from a broken paste or editor and would reach the screen.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def placeholders_in_text(text: str) -> set[str]:
    """The names in braces that the app fills in, such as {emergency_number} or {n}."""
    return {"{" + name + "}" for name in _PLACEHOLDER.findall(text)}


DEFAULT_LANGUAGE = "en"
# The most a text file read here may hold: the largest the app ships is under 40 KB.
MAX_TEXT_BYTES = 1024 * 1024
LANGUAGE_FILE = "language.toml"  # the language's own name

_T = TypeVar("_T")
# Characters a message cannot show or save as they are: controls, the line and paragraph
# separators (a new line to many programs) and broken halves of pairs; and the invisible
# ones that turn the text's direction around or hide in it, which would make the words
# after them read back to front (not the joiners that emoji are made with). Compiled when
# first used, by `re`'s own cache: start-up quotes nothing.
NOT_SHOWN = (
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2069\ufeff]"
)
PATH_MOST = 4096  # characters of a path a message quotes whole (Linux's PATH_MAX)
# Of a longer one (no system opens it, and a 100 KB one made a 100 KB line): its start
# and its end, which holds any file's whole name (at most 255 characters).
PATH_START, PATH_END = 64, 255


def shown_path(path: object) -> str:
    """`path` as a message quotes it: whole up to `PATH_MOST` characters, else its start
    and its end with "…" between, so the line stays readable and names the file."""
    text = str(path)
    if len(text) <= PATH_MOST:
        return text
    return f"{text[:PATH_START]}…{text[-PATH_END:]}"


class ContentError(Exception):
    """One problem in one content file."""

    def __init__(self, file: Path | str, key: str, message: str) -> None:
        self.file = str(file)
        self.key = key
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        file = hidden_escaped(shown_path(self.file))  # a file name can hold them too
        where = f"{file}: {hidden_escaped(self.key)}" if self.key else file
        return f"{where}: {self.message}"


def hidden_escaped(text: str) -> str:
    """`text` (a key, a file's name, a value a message or command quotes) with its
    hidden characters (`NOT_SHOWN`) as escapes: a key such as "sec\\u202eonds" or a
    clinic name holding one would otherwise turn the rest of the line around, a new line
    would break it in two, and an escape sequence would recolour the terminal. Every
    message and error escapes through here, so a character always looks the same; text
    already escaped comes back as it was."""
    return re.sub(NOT_SHOWN, lambda found: escape_code(found.group()), text)


def escape_code(character: str) -> str:
    """The one way a character is written as an escape: ``\\u`` and 4 hex digits
    (``\\u001b`` for the terminal's escape, ``\\u202e``, ``\\ud800`` for half a pair),
    or ``\\U`` and 8 past U+FFFF, as Python, TOML and (to U+FFFF) JSON write them. Not
    Python's ``\\x1b``: TOML and JSON cannot read it, and it cannot name them all."""
    point = ord(character)
    return f"\\u{point:04x}" if point <= 0xFFFF else f"\\U{point:08x}"


def shown_value(value: object) -> str:
    """`value` (from a file or a paste) as Python would write it, text in quotes and
    lists in brackets, but its hidden characters escaped as `hidden_escaped` does."""
    if isinstance(value, str):
        return f"'{hidden_escaped(value)}'"
    if isinstance(value, list | tuple):
        inner = ", ".join(map(shown_value, value))
        return f"[{inner}]" if isinstance(value, list) else f"({inner}{',' * (len(value) == 1)})"
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{shown_value(k)}: {shown_value(v)}" for k, v in value.items()) + "}"
        )
    return hidden_escaped(repr(value))


class InvalidContentError(Exception):
    """All the problems found while loading a content folder."""

    def __init__(self, errors: Sequence[ContentError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class Fields:
    """Typed, path-aware access to one TOML table, for error messages that name the key."""

    def __init__(self, data: dict[str, Any], file: Path, path: str = "") -> None:
        self._data = data
        self.file = file
        self.path = path

    def _key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(self.file, self._key(key), message)

    def names(self) -> list[str]:
        """The table's keys, in the file's order."""
        return list(self._data)

    def get(self, key: str, default: object = None) -> object:
        """The raw value at `key` (for optional keys and kinds not typed here)."""
        return self._data.get(key, default)

    def as_dict(self) -> dict[str, Any]:
        """Every raw value by key (not to be changed), for readers of kinds not typed here."""
        return self._data

    def optional_text(self, key: str) -> str | None:
        """The text at `key`, or None when the key is absent (present but bad raises)."""
        return None if self._data.get(key) is None else self.text(key)

    def table(self, key: str) -> Fields:
        value = self._data.get(key)
        if value is None:
            raise self.error(key, "is missing")
        if not isinstance(value, dict):
            raise self.error(key, "should be a table")
        return Fields(value, self.file, self._key(key))

    def text(self, key: str) -> str:
        value = self._data.get(key)
        if value is None:
            raise self.error(key, "is missing")
        if not isinstance(value, str):
            raise self.error(key, f"should be text, not {type(value).__name__}")
        if not value.strip():
            raise self.error(key, "is empty")
        self._check_plain(key, value)
        return value.strip()

    def _check_plain(self, key: str, value: str) -> None:
        found = _CONTROL.search(value)
        if found is not None:
            raise self.error(key, f"holds a control character ({_code(found.group())})")

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._data.get(key)
        if value is None:
            raise self.error(key, "is missing")
        if not isinstance(value, list) or not value:
            raise self.error(key, "should be a non-empty list of text")
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{key}[{index}]", "should be non-empty text")
            self._check_plain(f"{key}[{index}]", item)
        return tuple(item.strip() for item in value)

    def tables(self, key: str) -> list[Fields]:
        value = self._data.get(key)
        if value is None:
            raise self.error(key, "is missing")
        if not isinstance(value, list) or not value:
            raise self.error(key, "should be a non-empty list of tables ([[...]])")
        result = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.error(f"{key}[{index}]", "should be a table")
            result.append(Fields(item, self.file, self._key(f"{key}[{index}]")))
        return result

    def allow_only(self, *keys: str) -> None:
        """Reject unknown keys, which are nearly always typos."""
        for key in self._data:
            if key not in keys:
                allowed = ", ".join(keys)
                raise self.error(key, f"is not a known key (known keys: {allowed})")


def _code(character: str) -> str:
    return f"U+{ord(character):04X}"


def read_text(path: Path, most: int = MAX_TEXT_BYTES) -> str:
    """A content file's words; ContentError when it is missing or cannot be read as
    UTF-8 text (a folder, a pipe or a device in its place, no permission, more than
    `most` bytes, bytes of another encoding, a control character). The kiosk's config
    and the check's case stories are read here too."""
    try:
        raw = read_bounded(path, most)  # a pipe is refused, not waited on
    except FileNotFoundError:
        raise ContentError(path, "", "the file is missing") from None
    except NotAFileError:
        raise ContentError(path, "", "is not an ordinary file (a pipe or a device)") from None
    except OSError as exc:
        raise ContentError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > most:
        megabytes = most // (1024 * 1024)
        raise ContentError(
            path, "", f"is larger than {megabytes} MB, far more than a file of its kind"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, "", f"is not UTF-8 text ({exc})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as a text file reads
    found = _CONTROL.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        problem = f"holds a control character ({_code(found.group())}) on line {line}"
        raise ContentError(path, "", problem)
    return text


# TOML's integers are 64-bit: the spec asks a reader to refuse one that does not fit.
TOML_INT_RANGE = (-(2**63), 2**63 - 1)


def parse_toml(text: str, path: Path, key: str = "") -> dict[str, Any]:
    """`text` (the file at `path`, or its part at `key`) as TOML; ContentError when it is
    not, nesting too deep for the parser and a number too big for TOML included."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, key, f"is not valid TOML ({exc})") from None
    except RecursionError:
        raise ContentError(path, key, "is not valid TOML (nested too deeply)") from None
    except ValueError:
        # Python refuses to read more than 4,300 digits as a number (a key held down).
        raise ContentError(path, key, _TOO_BIG) from None
    if not _ints_fit(data):
        # 0xffff... has no such limit, but 6,000 digits would crash the first message
        # quoting it, and no setting needs more than 64 bits.
        raise ContentError(path, key, _TOO_BIG)
    return data


_TOO_BIG = "is not valid TOML (a number is too big: it must fit in 64 bits)"


def _ints_fit(data: object) -> bool:
    """Whether every integer in parsed TOML fits TOML's 64 bits (looked at without
    recursion: the parser allows nesting deeper than a recursive walk could follow)."""
    low, high = TOML_INT_RANGE
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int) and not low <= value <= high:
            return False
    return True


def read_toml(path: Path) -> Fields:
    """A TOML content file; ContentError naming the file when it cannot be read or parsed."""
    return Fields(parse_toml(read_text(path), path), path)


@dataclass(frozen=True)
class Document:
    """A Markdown text with its front matter."""

    path: Path
    title: str
    sources: tuple[str, ...]
    body: str


FRONT_MATTER_FENCE = "+++"


def read_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    """(front matter, body) of a Markdown text that starts with TOML between two ``+++``
    lines; ContentError naming the file when it has none or cannot be read."""
    lines = read_text(path).splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise ContentError(path, "front matter", f"should start with a '{FRONT_MATTER_FENCE}' line")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        raise ContentError(path, "front matter", f"has no closing '{FRONT_MATTER_FENCE}' line")
    meta = parse_toml("\n".join(lines[1:end]), path, "front matter")
    return meta, "\n".join(lines[end + 1 :])


def read_document(path: Path) -> Document:
    """Read Markdown with TOML front matter between ``+++`` lines.

    Every document needs a `title` and a `sources` list, because the text shown to users
    must say where its health claims come from.
    """
    meta, body = read_front_matter(path)
    fields = Fields(meta, path)
    fields.allow_only("title", "sources")
    if not body.strip():
        raise ContentError(path, "body", "is empty")
    return Document(path, fields.text("title"), fields.text_list("sources"), body.strip())


@dataclass(frozen=True)
class EmergencyChoice:
    """A common emergency number offered on first run (the person can type another)."""

    number: str
    places: str


@dataclass(frozen=True)
class LanguageLabel:
    """How a language names itself (``language.toml``), for the language choices."""

    name: str  # "Español"
    prompt: str  # "Elija su idioma", read by someone looking for their language


@dataclass(frozen=True)
class Content:
    """Everything loaded from one language folder."""

    language: str
    welcome: Document
    about: Document
    emergency_choices: tuple[EmergencyChoice, ...]
    label: LanguageLabel = field(
        default_factory=lambda: LanguageLabel("English", "Choose your language")
    )


def is_valid_emergency_number(number: str) -> bool:
    """Emergency numbers are short strings of the digits 0-9 (000, 112, 911, 1122).

    Typed text goes through `emergency_number.validate_emergency_number` first, which turns
    the digits of other scripts into these."""
    return number.isascii() and number.isdigit() and 2 <= len(number) <= 6


def _load_emergency_choices(path: Path) -> tuple[EmergencyChoice, ...]:
    root = read_toml(path)
    root.allow_only("sources", "choice")
    root.text_list("sources")
    choices = []
    seen: set[str] = set()
    for table in root.tables("choice"):
        table.allow_only("number", "places")
        number = table.text("number")
        if not is_valid_emergency_number(number):
            raise table.error("number", f"'{number}' should be 2 to 6 digits")
        if number in seen:
            raise table.error("number", f"'{number}' is listed twice")
        seen.add(number)
        choices.append(EmergencyChoice(number, table.text("places")))
    return tuple(choices)


class _Collector:
    """Runs each part's loader, keeping every error instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[ContentError] = []

    def load(self, loader: Callable[[Path], _T], path: Path) -> _T | None:
        try:
            return loader(path)
        except ContentError as exc:
            self.errors.append(exc)
            return None


def language_dir(root: Path | None, language: str) -> Path:
    base = root if root is not None else resource_dir("content")
    return base / language


def load_content(root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> Content:
    """Load and validate one language's content; raise InvalidContentError listing every problem."""
    folder = language_dir(root, language)
    if not folder.is_dir():
        raise InvalidContentError([ContentError(folder, "", "the content folder is missing")])
    collect = _Collector()
    welcome = collect.load(read_document, folder / "welcome.md")
    about = collect.load(read_document, folder / "about.md")
    choices = collect.load(_load_emergency_choices, folder / "emergency_numbers.toml")
    label = collect.load(load_language_label, folder / LANGUAGE_FILE)
    if collect.errors:
        raise InvalidContentError(collect.errors)
    assert welcome and about and choices and label  # every loader succeeded
    return Content(language, welcome, about, choices, label)


def load_language_label(path: Path) -> LanguageLabel:
    """The language's name in its own words ("Español") and its "choose your language"."""
    fields = read_toml(path)
    fields.allow_only("name", "prompt")
    return LanguageLabel(fields.text("name"), fields.text("prompt"))


def available_languages(root: Path | None = None) -> list[str]:
    base = root if root is not None else resource_dir("content")
    return sorted(p.name for p in base.iterdir() if p.is_dir())
