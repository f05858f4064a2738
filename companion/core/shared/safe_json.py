"""The one way the app reads and writes JSON: with limits, and never a traceback.

Every JSON the app reads (its data files, the settings, a journal import, triage
answers) goes through :func:`read_json` or :func:`parse_json`. Besides plain syntax they
refuse what Python's own reader would crash on or let through into a file that can
never be written back:

* nesting deeper than ``limits.max_depth`` (Python's reader would hit its recursion
  limit),
* a number longer than ``limits.max_number`` characters (Python refuses to turn more
  than 4,300 digits into an int), ``NaN``, ``Infinity`` and numbers too large for a
  float,
* a file larger than ``limits.max_bytes``, or bytes that are not UTF-8,
* text holding half of a surrogate pair (``"\\ud800"``): valid JSON, but not a
  character, so it cannot be saved as UTF-8. Such text is refused, never stored,
* with ``limits.unique_keys`` (files a person gives the app: answers, imports), an
  object that names a key twice. Python's reader keeps the last value in silence, so
  ``{"saddle_numbness": "yes", "saddle_numbness": "no"}`` would lose a warning sign.
  The app's own files keep that behaviour: it only ever writes each key once.

A refusal is a :class:`JsonReadError` that names the source, the line and the field.
:func:`encode_json` is the matching writer: it refuses the same things before a single
byte is written, so whatever it returns reads back equal through :func:`parse_json`.

Most files pass a quick check done in C (regular expressions); the slower scan that
finds the line and the field runs only when the quick check finds something.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from companion.core.shared.messages import Message, quoted

__all__ = [
    "ANSWERS_FILE",
    "DATA_FILE",
    "SMALL_FILE",
    "JsonLimits",
    "JsonReadError",
    "JsonWriteError",
    "encode_json",
    "parse_json",
    "read_json",
]


@dataclass(frozen=True)
class JsonLimits:
    """How much a JSON text may hold before it is refused."""

    max_bytes: int
    max_depth: int = 32  # objects and lists inside each other
    max_number: int = 40  # characters in one number; a float's repr needs at most 24
    unique_keys: bool = False  # refuse an object that names a key twice
    # Read NaN, Infinity, 1e400 and a number longer than `max_number` as NOT_FINITE
    # instead of refusing the text: for a file whose values are each checked before use
    # (settings), one such is one bad value.
    not_finite_as_marker: bool = False


class _NotFinite:
    """Stands for a number JSON cannot hold (NaN, Infinity, 1e400) or one too long to
    read (a key held down: 10000...), where kept."""


NOT_FINITE: Any = _NotFinite()


@dataclass(frozen=True)
class Unreadable:
    """Stands for one field's value the reader refused (see `json_fields.read_fields`),
    with why (a Message)."""

    reason: str


#: A data file of the store (a year of journal entries is well under 2 MB).
DATA_FILE = JsonLimits(max_bytes=64 * 1024 * 1024)
#: Settings, the store's manifest: a few hundred bytes when made by the app.
SMALL_FILE = JsonLimits(max_bytes=1024 * 1024)
#: The check's answers, given on purpose: a question answered twice is refused, not guessed.
ANSWERS_FILE = JsonLimits(max_bytes=SMALL_FILE.max_bytes, unique_keys=True)


class JsonReadError(ValueError):
    """A JSON text the app will not read, with where the problem is.

    Attributes:
        source: The file name (or "standard input") the text came from.
        reason: What is wrong, as a plain sentence fragment.
        line: The line of the problem (1 for the first), when known.
        field: Where in the data, such as ``entries[3].note``, when known.
    """

    def __init__(
        self, source: str, reason: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def where(self) -> str:
        """ "line 3, field 'note'" (or part of it; empty when unknown), a Message."""
        if self.line is not None and self.field:
            return Message("json.at_line_field", line=self.line, field=self.field)
        if self.line is not None:
            return Message("json.at_line", line=self.line)
        if self.field:
            return Message("json.at_field", field=self.field)
        return ""

    def detail(self) -> str:
        """What and where, without the source: "line 3, field 'note': the text ..."
        (a Message, in the person's language with `in_language`)."""
        where = self.where()
        return Message("json.detail", where=where, reason=self.reason) if where else self.reason

    def describe(self) -> str:
        where = self.where()
        place = f"{self.source}: {where}" if where else self.source
        return f"{place}: {self.reason}"


class JsonWriteError(ValueError):
    """Data that cannot be saved as JSON the app could read back; names the field."""

    def __init__(self, reason: str, *, field: str | None = None) -> None:
        self.reason = reason
        self.field = field
        super().__init__(f"field '{field}': {reason}" if field else reason)


# --- reasons, shared by the reader and the writer -------------------------------------
# Made when needed: a Message reads the messages file, which start-up never needs.


def _lone_surrogate() -> str:
    return Message("json.lone_surrogate")


def _too_deep(limits: JsonLimits) -> str:
    return Message("json.too_deep", most=limits.max_depth)


def _too_long(limits: JsonLimits) -> str:
    return Message("json.too_long", most=limits.max_number)


def _not_finite() -> str:
    return Message("json.not_finite")


def _key_twice(key: str) -> str:
    return Message("json.key_twice", key=quoted(key))


# --- the quick check ----------------------------------------------------------------

# A JSON string, escapes included (unrolled so a long string is one quick match).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STRING_BYTES = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_DEPTH_STEP = [1 if c in b"[{" else -1 if c in b"]}" else 0 for c in range(256)]
_ONLY_NUMBERS = bytes(c if c in b"-+0123456789.eE" else 32 for c in range(256))
# An escape that may be half of a surrogate pair; confirmed on the decoded text.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIG_EXPONENT = re.compile(rb"[eE][-+]?[0-9]{3}")


@cache
def _number_pattern(max_number: int) -> re.Pattern[str]:
    return re.compile(rf"[-+0-9.eE]{{{max_number + 1},}}")


def _quick_problems(raw: bytes, limits: JsonLimits) -> bool:
    """True when the UTF-8 JSON `raw` may break a limit; the slow scan then finds where.

    Works on bytes, in C: a year of journal entries takes a few milliseconds.
    """
    # With no quote inside a string, every quote starts or ends one, and what lies
    # between pairs is outside; else the strings are dropped properly (slower).
    escaped_quote = b'\\"' in raw
    outside = _STRING_BYTES.sub(b"", raw) if escaped_quote else b"".join(raw.split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
    if max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0) > limits.max_depth:
        return True
    numbers = outside.translate(_ONLY_NUMBERS)
    if max(map(len, numbers.split()), default=0) > limits.max_number:
        return True
    if _BIG_EXPONENT.search(numbers):  # 1e400 reads as infinity
        return True
    return _SURROGATE_ESCAPE.search(raw) is not None


# --- the slow scan, which knows lines and fields ----------------------------------------


_TOKEN = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"|-?[0-9][-+0-9.eE]*|[\[\]{},]|NaN|-?Infinity|"', re.DOTALL
)


class _Scan:
    """Walks the tokens of a JSON text, tracking the line and the field path."""

    def __init__(self, text: str, source: str, limits: JsonLimits) -> None:
        self.text = text
        self.source = source
        self.limits = limits
        # Each open container: [is an object, the current key or index, a key is next,
        # the keys named so far (only when a key named twice is refused)].
        self.stack: list[list[Any]] = []

    def field(self) -> str | None:
        return _path_text([frame[1] for frame in self.stack]) or None

    def fail(self, position: int, reason: str) -> JsonReadError:
        line = self.text.count("\n", 0, position) + 1
        return JsonReadError(self.source, reason, line=line, field=self.field())

    def _name_twice(self, position: int, key: str) -> JsonReadError:
        """The object holding `key` again is the place; the reason names the key."""
        where = _path_text([frame[1] for frame in self.stack[:-1]]) or None
        return JsonReadError(
            self.source,
            _key_twice(key),
            line=self.text.count("\n", 0, position) + 1,
            field=where,
        )

    def run(self) -> JsonReadError | None:
        """The first problem found, or None (the quick check was overcautious)."""
        limits, stack = self.limits, self.stack
        long_number = _number_pattern(limits.max_number)
        for match in _TOKEN.finditer(self.text):
            token = match.group()
            first = token[0]
            if first == '"':
                if len(token) == 1:
                    return None  # a string not closed: the JSON reader says so, with the line
                if stack and stack[-1][0] and stack[-1][2]:
                    key = _decoded(token)
                    named = stack[-1][3]
                    if named is not None:
                        if key in named:
                            return self._name_twice(match.start(), key)
                        named.add(key)
                    stack[-1][1] = key
                    stack[-1][2] = False
                if "\\u" in token and _SURROGATE.search(_decoded(token)):
                    return self.fail(match.start(), _lone_surrogate())
            elif first in "[{":
                if len(stack) >= limits.max_depth:
                    return self.fail(match.start(), _too_deep(limits))
                named = set() if first == "{" and limits.unique_keys else None
                stack.append([first == "{", None if first == "{" else 0, first == "{", named])
            elif first in "]}":
                if stack:
                    stack.pop()
            elif first == ",":
                if stack:
                    frame = stack[-1]
                    if frame[0]:
                        frame[2] = True
                    elif isinstance(frame[1], int):
                        frame[1] += 1
            elif token in ("NaN", "Infinity", "-Infinity"):
                if not limits.not_finite_as_marker:
                    return self.fail(match.start(), _not_finite())
            elif long_number.fullmatch(token):
                if not limits.not_finite_as_marker:
                    return self.fail(match.start(), _too_long(limits))
            elif not _finite(token) and not limits.not_finite_as_marker:
                return self.fail(match.start(), _not_finite())
        return None


def _finite(token: str) -> bool:
    try:
        return math.isfinite(float(token))
    except ValueError:
        return True  # not a number at all: the JSON reader reports it


def _decoded(token: str) -> str:
    try:
        value = json.loads(token)
    except ValueError:
        return token
    return value if isinstance(value, str) else token


_MAX_PATH_PARTS = 6
_MAX_KEY = 40


def _key_text(key: str) -> str:
    """A field name as it can be shown: hidden characters as escapes, long names cut."""
    return quoted(key, _MAX_KEY)


def _path_text(parts: list[Any]) -> str:
    """ "entries[3].note" for ["entries", 3, "note"]; a very deep path is shortened."""
    parts = [part for part in parts if part is not None]
    shortened = len(parts) > _MAX_PATH_PARTS
    out = ""
    for part in parts[:_MAX_PATH_PARTS]:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = _key_text(str(part))
            out += f".{key}" if out else key
    return out + "…" if shortened else out


# --- reading --------------------------------------------------------------------------


class _RefusedInHookError(Exception):
    """Raised inside the JSON reader's hooks (a constant such as NaN, a key named twice);
    the slow scan then says where."""


def _number_or_marker(limits: JsonLimits) -> tuple[Any, Any]:
    """The reader's hooks for whole numbers and others: NOT_FINITE for one too long
    (Python refuses past 4,300 digits) or too large for a float."""

    def whole(token: str) -> Any:
        return NOT_FINITE if len(token) > limits.max_number else int(token)

    def other(token: str) -> Any:
        number = float(token)
        too_long = len(token) > limits.max_number
        return number if math.isfinite(number) and not too_long else NOT_FINITE

    return whole, other


def _refuse_constant(_token: str) -> Any:
    raise _RefusedInHookError


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _RefusedInHookError  # a key named twice
    return found


def parse_json(text: str, source: str, limits: JsonLimits = SMALL_FILE) -> Any:
    """Read a JSON text within `limits`.

    Raises:
        JsonReadError: the text is not JSON, or breaks a limit; it names the line and,
            for a broken value, the field.
    """
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # only text that never was UTF-8 can hold one
        line = text.count("\n", 0, exc.start) + 1
        raise JsonReadError(source, _lone_surrogate(), line=line) from None
    if len(raw) > limits.max_bytes:
        raise JsonReadError(source, _too_large(limits))
    return _parse(text, raw, source, limits)


def _parse(text: str, raw: bytes, source: str, limits: JsonLimits) -> Any:
    """`text` and its UTF-8 bytes `raw` (both, so neither is made twice)."""
    if _quick_problems(raw, limits):
        problem = _Scan(text, source, limits).run()
        if problem is not None:
            raise problem
    try:
        hook = _unique_object if limits.unique_keys else None
        if limits.not_finite_as_marker:
            whole, other = _number_or_marker(limits)
            value = json.loads(
                text,
                parse_constant=lambda _word: NOT_FINITE,
                parse_float=other,
                parse_int=whole,
                object_pairs_hook=hook,
            )
        else:
            value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            reason: str = Message("json.extra_text")
        else:
            reason = Message("json.invalid_at", error=exc.msg, column=exc.colno)
        raise JsonReadError(source, reason, line=exc.lineno) from None
    except (_RefusedInHookError, ValueError, RecursionError, OverflowError):
        # The quick check let something through that the reader refused: find it.
        problem = _Scan(text, source, limits).run()
        raise problem or JsonReadError(source, Message("json.invalid")) from None
    return value


def _too_large(limits: JsonLimits) -> str:
    megabytes = limits.max_bytes / (1024 * 1024)
    size = f"{megabytes:g} MB" if megabytes >= 1 else f"{limits.max_bytes // 1024} KB"
    return Message("json.too_large", size=size)


def read_json(raw: bytes, source: str, limits: JsonLimits = SMALL_FILE) -> Any:
    """Read a file's bytes as UTF-8 JSON (a leading byte-order mark is allowed).

    Raises:
        JsonReadError: see :func:`parse_json`; also for bytes that are not UTF-8.
    """
    if len(raw) > limits.max_bytes:
        raise JsonReadError(source, _too_large(limits))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = f"{raw[exc.start]:#04x}"
        raise JsonReadError(source, Message("json.not_utf8", byte=byte), line=line) from None
    return _parse(text, raw, source, limits)


# --- writing --------------------------------------------------------------------------


def _find_surrogate(value: Any, path: tuple[Any, ...] = ()) -> str | None:
    """The path of the first string (value or key) holding a lone surrogate."""
    if isinstance(value, str):
        return _path_text(list(path)) if _SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and _SURROGATE.search(key):
                return _path_text([*path, key])
            found = _find_surrogate(item, (*path, key))
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _find_surrogate(item, (*path, index))
            if found is not None:
                return found
    return None


def _find_unwritable(value: Any, limits: JsonLimits) -> tuple[str, str] | None:
    """(path, reason) of the first value JSON cannot hold within `limits`."""
    todo: list[tuple[Any, tuple[Any, ...]]] = [(value, ())]
    while todo:
        item, path = todo.pop()
        if isinstance(item, dict | list | tuple) and len(path) >= limits.max_depth:
            return _path_text(list(path)), _too_deep(limits)
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return _path_text(list(path)), _lone_surrogate()
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            # bit_length first: str() of a huge int is slow, or refused past 4,300 digits.
            if item.bit_length() > 4 * limits.max_number or len(str(item)) > limits.max_number:
                return _path_text(list(path)), _too_long(limits)
        elif isinstance(item, float):
            if not math.isfinite(item):
                return _path_text(list(path)), _not_finite()
            if len(repr(item)) > limits.max_number:
                return _path_text(list(path)), _too_long(limits)
        elif isinstance(item, dict):
            for key, child in reversed(item.items()):
                if not isinstance(key, str):
                    raise TypeError(f"field '{_path_text([*path, str(key)])}': a name is not text")
                if _SURROGATE.search(key):
                    return _path_text([*path, key]), _lone_surrogate()
                todo.append((child, (*path, key)))
        elif isinstance(item, list | tuple):
            todo.extend((child, (*path, n)) for n, child in reversed(list(enumerate(item))))
        else:
            raise TypeError(
                f"field '{_path_text(list(path))}': a {type(item).__name__} is not a JSON value"
            )
    return None


def _plain(value: dict[Any, Any] | list[Any] | tuple[Any, ...], limits: JsonLimits) -> bool:
    """True when the dict or list `value` holds plain JSON well within `limits` (text
    keys; text, small numbers and such dicts and lists, not too deep), lone surrogates
    aside: `_find_unwritable` could find only those. False leaves it all to
    `_find_unwritable`. It keeps no path, so 100,000 records are checked in a fraction
    of the time; a lone surrogate is found by the UTF-8 encoding after (`encode_json`)."""
    todo: list[tuple[Any, int]] = [(value, 0)]
    bound = _small_bound(limits)
    while todo:
        container, depth = todo.pop()
        if depth >= limits.max_depth:
            return False
        if type(container) is dict:
            if not all(type(key) is str for key in container):
                return False
            container = container.values()
        for item in container:
            kind = type(item)
            if kind is str or kind is bool or item is None:
                continue
            if kind is int:
                if not -bound < item < bound:
                    return False
            elif kind is float:
                if not math.isfinite(item) or len(repr(item)) > limits.max_number:
                    return False
            elif kind is dict or kind is list or kind is tuple:
                todo.append((item, depth + 1))
            else:
                return False
    return True


@cache
def _small_bound(limits: JsonLimits) -> int:
    """A whole number below this (in size) is written in fewer than `max_number`
    characters, its sign too."""
    return int(10 ** max(limits.max_number - 1, 0))


def encode_json(
    value: Any,
    limits: JsonLimits = DATA_FILE,
    *,
    indent: int | None = None,
    compact: bool = False,
) -> bytes:
    """UTF-8 JSON that :func:`parse_json` reads back equal, within the same `limits`.

    Key order is kept. Nothing is written anywhere: callers encode first and change
    memory or disk only once this has returned.

    Raises:
        JsonWriteError: a value JSON cannot hold (a lone surrogate, NaN, a huge number,
            nesting deeper than the limit); it names the field.
        TypeError: a value that is not JSON at all (a datetime, a set...).
    """
    plain = type(value) in (dict, list, tuple) and _plain(value, limits)
    problem = None if plain else _find_unwritable(value, limits)
    if problem is not None:
        field, reason = problem
        raise JsonWriteError(reason, field=field or None)
    separators = (",", ":") if compact else None
    text = json.dumps(
        value, ensure_ascii=False, allow_nan=False, indent=indent, separators=separators
    )
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (only `_plain` lets one by): named here
        problem = _find_unwritable(value, limits)
        if problem is None:
            raise
        field, reason = problem
        raise JsonWriteError(reason, field=field or None) from None
    if len(data) > limits.max_bytes:
        raise JsonWriteError(_too_large(limits))
    return data
