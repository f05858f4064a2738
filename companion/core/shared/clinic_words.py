"""A clinic's own words for the people in its waiting room (opening hours, a phone
line, what to do in an emergency), in one language or several.

In ``kiosk.toml`` each is plain text, shown in every language, or a table by language
code, ``hours = { en = "Monday to Friday", es = "De lunes a viernes" }``. A language the
table leaves out is shown the words in the clinic's language (``language`` in the file,
else the computer's language if the app has it: see `AppState.open_kiosk`), else the
English ones, else the first ones given.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.shared.content import DEFAULT_LANGUAGE, Fields
from companion.core.shared.language import shipped_languages, shipped_list

# The "language" of words given as plain text: they are shown in every language.
EVERY_LANGUAGE = "*"


@dataclass(frozen=True)
class ClinicWords:
    """The words by language code, in the file's order (a tuple: a config is hashable)."""

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def plain(cls, text: str) -> ClinicWords:
        """The same words for every language."""
        return cls(((EVERY_LANGUAGE, text),))

    def is_plain(self) -> bool:
        """The same words for every language (given as plain text, not a table)."""
        return self.texts[0][0] == EVERY_LANGUAGE

    def in_language(self, code: str, clinic: str | None = None) -> str:
        """The words for a person reading `code`, on a kiosk whose own language is
        `clinic` (None: not set): theirs, else the clinic's, else English, else the first."""
        given = dict(self.texts)
        for wanted in (code, clinic, DEFAULT_LANGUAGE):
            if wanted is not None and wanted in given:
                return given[wanted]
        return self.texts[0][1]


def read_clinic_words(fields: Fields, key: str, most: int | None = None) -> ClinicWords | None:
    """The words at `key` (None when absent): plain text, or a table of text by language.

    ContentError names the key, and the language's key inside a table (``hours.fr``):
    a language the app does not have, an empty table, a value that is not text, or
    words longer than `most` characters. Runs of spaces become one space."""
    value = fields.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return ClinicWords.plain(one_line(fields, key, most))
    if not isinstance(value, dict):
        raise fields.error(
            key,
            f"should be text, or a table of text by language such as "
            f'{{ en = "...", es = "..." }}, not {_kind(value)}',
        )
    if not value:
        raise fields.error(key, 'is an empty table: give the words, as { en = "...", es = "..." }')
    table = fields.table(key)
    shipped = shipped_languages()
    texts = []
    for code in table.names():
        if code not in shipped:
            raise table.error(code, f"is not a language the app has (it has {shipped_list()})")
        texts.append((code, one_line(table, code, most)))
    return ClinicWords(tuple(texts))


def one_line(fields: Fields, key: str, most: int | None) -> str:
    """The text at `key` on one line (runs of spaces and line breaks become one space),
    refused when it is not text, is empty, or is longer than `most` characters."""
    value = fields.get(key)
    if value is not None and not isinstance(value, str):  # missing: `text` says so
        raise fields.error(key, f"should be text, not {_kind(value)}")
    text = " ".join(fields.text(key).split())
    if most is not None and len(text) > most:
        raise fields.error(key, f"should be at most {most} characters")
    return text


def _kind(value: object) -> str:
    """What a TOML value is, in the words of the file's author."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time" if not isinstance(value, str) else "text"
