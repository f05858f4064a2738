"""Sentences the core builds for people (a setting that was not valid, a number typed
wrong), in every shipped language.

Core never imports Qt, so these words cannot go through Qt's translations. Each
sentence is a template in ``content/<language>/shared/messages.toml``, under an id
such as ``settings.not_valid``, with ``{name}`` placeholders the code fills in; every
language has the same ids and placeholders (`content check` compares them).

A `Message` *is* its English sentence (a ``str``), so logs, command lines and code that
only needs text keep working; it also keeps its id and values, so an interface shows it
in the person's language with `in_language`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path, PurePath

from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    PATH_MOST,
    ContentError,
    Fields,
    hidden_escaped,
    language_dir,
    read_toml,
    shown_path,
)

MESSAGES_FILE = "shared/messages.toml"
# An escape as `hidden_escaped` writes it (a name holding such text is cut before it too).
_AN_ESCAPE = r"\\u[0-9a-f]{4}|\\U[0-9a-f]{8}"
QUOTED_MOST = 40  # characters of a value quoted in a message; a longer one is cut short
NAMED_MOST = 5  # unknown names a message lists one by one; the rest are counted


class Message(str):
    """One sentence for people: its English words, with its id and values kept."""

    id: str
    values: Mapping[str, object]

    def __new__(cls, message_id: str, **values: object) -> Message:
        words = _render(_templates(None, DEFAULT_LANGUAGE), message_id, values, DEFAULT_LANGUAGE)
        made = super().__new__(cls, words)
        made.id = message_id
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the id
        return (_rebuild, (self.id, dict(self.values)))


def _rebuild(message_id: str, values: dict[str, object]) -> Message:
    return Message(message_id, **values)


def message_as_data(text: str) -> object:
    """`text` as JSON can hold it, so a sentence kept in a file reads back the same in
    every language: a Message as its id and values (a value that is a Message too),
    plain text as it is."""
    if not isinstance(text, Message):
        return str(text)
    values = {
        name: message_as_data(value) if isinstance(value, str) else _plain(value)
        for name, value in text.values.items()
    }
    return {"id": text.id, "values": values}


def _plain(value: object) -> object:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def message_from_data(data: object) -> str | None:
    """The sentence `message_as_data` made; None when `data` is not one (a file changed
    by another program)."""
    if isinstance(data, str):
        return data
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    values = data.get("values", {})
    if not isinstance(values, dict):
        return None
    read: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            read[str(name)] = value
            continue
        said = message_from_data(value)
        if said is None:
            return None
        read[str(name)] = said
    return Message(data["id"], **read)


def known_message(text: str) -> bool:
    """Whether `text` is a Message the app has words for, its values filling them (and so
    for each Message among its values): one read back from a file changed by hand or by
    another program may be neither, and would be said as its bare id."""
    if not isinstance(text, Message):
        return False
    template = _templates(None, DEFAULT_LANGUAGE).get(text.id)
    shown = {name: _shown(value, DEFAULT_LANGUAGE, None) for name, value in text.values.items()}
    try:
        if template is None or not isinstance(template.format_map(shown), str):
            return False
    except (KeyError, ValueError, IndexError, AttributeError, TypeError):
        return False
    return all(known_message(value) for value in text.values.values() if isinstance(value, Message))


def in_language(text: str, language: str, root: Path | None = None) -> str:
    """`text` in `language` when it is a Message (plain text is returned as it is)."""
    if not isinstance(text, Message) or (language == DEFAULT_LANGUAGE and root is None):
        return str(text)
    return _render(_templates(root, language), text.id, text.values, language, root)


def say(language: str, message_id: str, **values: object) -> str:
    """The message `message_id` with `values`, in `language`."""
    return in_language(Message(message_id, **values), language)


def quoted(value: object, limit: int = QUOTED_MOST) -> str:
    """A value from a file or a paste as a message can quote it: hidden and broken
    characters as escapes (`hidden_escaped`: a message must always print and save), long
    text cut short (a hand-edited file can hold a name of any length)."""
    text = str(value)
    shown = hidden_escaped(text[: limit + 1])  # each character shows as one or more
    if len(text) <= limit and len(shown) <= limit:
        return shown
    cut = limit - 1
    for escape in re.finditer(_AN_ESCAPE, shown[: cut + 10]):  # never inside an escape
        if escape.start() < cut < escape.end():
            cut = escape.start()
    return shown[:cut] + "…"


def named_then_counted(names: Sequence[str], one: str, rest: str) -> list[Message]:
    """Message `one` (with `name=`) for each of the first `NAMED_MOST` names, then
    message `rest` (with `count=`) for the others: a file can hold thousands of unknown
    keys, and a line for each helps nobody."""
    said = [Message(one, name=quoted(name)) for name in names[:NAMED_MOST]]
    if len(names) > NAMED_MOST:
        said.append(Message(rest, count=len(names) - NAMED_MOST))
    return said


def message_of(error: BaseException) -> str:
    """What an error says: its Message when it was raised with one, else its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)


def _render(
    templates: Mapping[str, str],
    message_id: str,
    values: Mapping[str, object],
    language: str,
    root: Path | None = None,
) -> str:
    # A gap in a content file (`content check` and the self-test name it) falls back to
    # English, then to the id and values: a message never stops the app.
    # A message about one thing ({count} is 1) reads its `<id>_one` words when the
    # language has them ("Added 1 entry", not "Added 1 entries").
    if values.get("count") == 1 and message_id + "_one" in templates:
        message_id += "_one"
    template = templates.get(message_id) or _templates(root, DEFAULT_LANGUAGE).get(message_id)
    shown = {name: _shown(value, language, root) for name, value in values.items()}
    if template is not None:
        try:
            return template.format_map(shown)
        except (KeyError, ValueError, IndexError):
            pass
    return " ".join([message_id, *(f"{name}={value}" for name, value in shown.items())])


def _shown(value: object, language: str, root: Path | None) -> object:
    """A value as its message shows it: a path whole up to `PATH_MOST` characters, else
    shortened, and on one line; a sentence in `language`."""
    if isinstance(value, PurePath):
        return quoted(shown_path(value), PATH_MOST)
    return in_language(value, language, root) if isinstance(value, str) else value


@cache
def _templates(root: Path | None, language: str) -> dict[str, str]:
    try:
        return _read(read_toml(language_dir(root, language) / MESSAGES_FILE))
    except (ContentError, OSError):
        return {}


def _read(fields: Fields) -> dict[str, str]:
    """Every template by its id (``group.name``); ContentError names a bad key."""
    found: dict[str, str] = {}
    for group in fields.names():
        if group == "sources":
            continue
        table = fields.table(group)
        for name in table.names():
            found[f"{group}.{name}"] = table.text(name)
    return found


def check_messages_content(folder: Path) -> Iterator[ContentError]:
    """For `content check`: the messages file of one language can be read and has every
    id English has (the comparison of languages checks their placeholders)."""
    try:
        found = _read(read_toml(folder / MESSAGES_FILE))
    except ContentError as exc:
        yield exc
        return
    english_folder = folder.parent / DEFAULT_LANGUAGE
    try:
        english = _read(read_toml(english_folder / MESSAGES_FILE))
    except ContentError:
        return  # named when English itself is checked
    for message_id in sorted(english.keys() - found.keys()):
        yield ContentError(folder / MESSAGES_FILE, message_id, "is missing (English has it)")
    for message_id, template in found.items():
        try:
            template.format_map(_Anything())
        except (ValueError, IndexError) as exc:
            yield ContentError(folder / MESSAGES_FILE, message_id, f"is not a template ({exc})")


class _Anything(dict[str, object]):
    """Any placeholder, as a number (the only values a format such as {count:,} takes)."""

    def __missing__(self, key: str) -> object:
        return 0
