"""A JSON object read field by field, for a file whose fields are each checked before
use (the settings): one value the JSON reader refuses (a lone surrogate, nesting 10,000
deep) is one bad value, marked `Unreadable`, not a broken file."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from companion.core.shared.messages import Message
from companion.core.shared.safe_json import JsonLimits, JsonReadError, Unreadable, parse_json

_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space: matches anywhere, if only ""
# What can end or nest a value; everything else inside one is passed over.
_MARK = re.compile(r'["\[\]{},]')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _skip(text: str, at: int) -> int:
    """Where the white space from `at` ends."""
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]  # never None


def _value_end(text: str, start: int) -> int | None:
    """Where the value that begins at `start` ends (at the "," or "}" after it, at
    nesting 0); None when the text ends first or brackets do not match."""
    depth, at = 0, start
    while (mark := _MARK.search(text, at)) is not None:
        at, char = mark.start(), mark.group()
        if char == '"':
            string = _STRING.match(text, at)
            if string is None:
                return None
            at = string.end()
            continue
        if depth == 0 and char in ",}":
            return at
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth < 0:
                return None
        at += 1
    return None


def _split_object(text: str) -> list[tuple[str, str]] | None:
    """The object's (key, value text) pairs, in order; None when it is not one object."""
    at = _skip(text, 0)
    if not text.startswith("{", at):
        return None
    at = _skip(text, at + 1)
    pairs: list[tuple[str, str]] = []
    if text.startswith("}", at):
        at += 1
    else:
        while True:
            name = _STRING.match(text, at)
            if name is None:
                return None
            try:
                key = json.loads(name.group())
            except ValueError:  # a control character in it
                return None
            at = name.end()
            at = _skip(text, at)
            if not text.startswith(":", at):
                return None
            start = _skip(text, at + 1)
            end = _value_end(text, start)
            if end is None or not text[start:end].strip():
                return None
            pairs.append((key, text[start:end].rstrip()))
            at = end + 1
            if text[end] == "}":
                break
            at = _skip(text, at)
    return pairs if not text[at:].strip(" \t\n\r") else None


def _is_json(text: str) -> bool:
    """Whether `text` is JSON by its syntax (NaN allowed), whatever the values in it: the
    stdlib reader takes a lone surrogate, and refuses only by its own limits (nesting
    too deep for it, a whole number of over 4,300 digits), never by a syntax error."""
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    except (RecursionError, ValueError):  # its own limits: the syntax is not to blame
        return True
    return True


def read_fields(text: str, source: str, limits: JsonLimits) -> dict[str, Any] | None:
    """`text` (a JSON object that the whole-text reader refused) read one field at a
    time within `limits`: each value the reader refuses, and each key that cannot be
    written back (a lone surrogate), is `Unreadable`. None when the text is not one
    object or no single field is to blame (then the whole text is broken): a syntax
    error (a comma left out) is never one field's, as where it ends cannot be told."""
    if not _is_json(text):
        return None
    pairs = _split_object(text)
    if pairs is None:
        return None
    inner = replace(limits, max_depth=limits.max_depth - 1)  # the object is one level
    fields: dict[str, Any] = {}
    for key, value_text in pairs:
        if _SURROGATE.search(key):
            fields[key] = Unreadable(Message("json.lone_surrogate"))
            continue
        try:
            fields[key] = parse_json(value_text, source, inner)
        except JsonReadError as exc:
            fields[key] = Unreadable(exc.reason)
    if not any(isinstance(value, Unreadable) for value in fields.values()):
        return None
    return fields
