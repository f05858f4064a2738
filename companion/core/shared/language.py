"""Which language the app speaks: the shipped languages, their own names, and the choice.

A language is shipped when ``content/<code>/`` is there (the interface's translation
comes with it). The choice, first match wins: ``--language CODE`` on the command line,
the person's setting, the system's preferred languages, else English. A kiosk starts
in the clinic's language (``language`` in ``kiosk.toml``) and goes back to it after
each person.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    LANGUAGE_FILE,
    ContentError,
    LanguageLabel,
    available_languages,
    language_dir,
    load_language_label,
)
from companion.core.shared.messages import Message, quoted

# Two or three lower-case letters (ISO 639-1 or 639-2), as the content folders are named.
_CODE = re.compile(r"[a-z]{2,3}")
# The environment variables a POSIX system keeps the person's languages in, in the order
# gettext reads them (LANGUAGE may list several, split by colons).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class LanguageError(ValueError):
    """A language code that the app does not ship; its Message names those it does."""


def is_language_code(text: str) -> bool:
    return _CODE.fullmatch(text) is not None


def shipped_languages(root: Path | None = None) -> list[str]:
    """The codes of every language with a content folder (``en``, ``es``), sorted."""
    return [code for code in available_languages(root) if is_language_code(code)]


@cache
def _labels(root: Path | None) -> dict[str, LanguageLabel]:
    labels = {}
    for code in shipped_languages(root):
        try:
            labels[code] = load_language_label(language_dir(root, code) / LANGUAGE_FILE)
        except ContentError:  # `content check` reports it; a language is never nameless
            labels[code] = LanguageLabel(code, code)
    return labels


def language_labels(root: Path | None = None) -> dict[str, LanguageLabel]:
    """How each shipped language names itself, by code."""
    return dict(_labels(root))


def language_names(root: Path | None = None) -> dict[str, str]:
    """Each shipped language's own name ("English", "Español"), by code."""
    return {code: label.name for code, label in _labels(root).items()}


def shipped_list(root: Path | None = None) -> str:
    """The shipped languages for a message: ``en (English), es (Español)``."""
    return ", ".join(f"{code} ({name})" for code, name in language_names(root).items())


def checked_language(code: str, root: Path | None = None) -> str:
    """`code` made plain (``ES`` -> ``es``) if the app ships it; LanguageError if not."""
    plain = code.strip().lower().replace("_", "-").split("-")[0]
    if plain in shipped_languages(root):
        return plain
    shown = quoted(code, 20)
    raise LanguageError(Message("language.not_available", code=shown, shipped=shipped_list(root)))


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The person's languages as a POSIX system keeps them (``es_ES.UTF-8`` -> ``es-ES``),
    for command lines, which never load Qt. "C" and "POSIX" name no language."""
    found: list[str] = []
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        parts = value.split(":") if variable == "LANGUAGE" else [value]
        for part in parts:
            tag = part.split(".")[0].split("@")[0].replace("_", "-")
            if tag and tag not in ("C", "POSIX"):
                found.append(tag)
        if variable == "LANGUAGE" and found:
            return found  # gettext: a set LANGUAGE wins over the others
        if found:
            return found
    return found


def system_language(preferred: Sequence[str], shipped: Sequence[str]) -> str:
    """The first of the system's preferred languages (``es-MX``, ``en-GB``) the app
    ships, else English."""
    for tag in preferred:
        code = tag.strip().lower().replace("_", "-").split("-")[0]
        if code in shipped:
            return code
    return DEFAULT_LANGUAGE


def choose_language(
    *,
    option: str | None,
    setting: str | None,
    preferred: Sequence[str],
    shipped: Sequence[str],
) -> str:
    """The language to run in: the command line's, the setting's, the system's, English.

    `option` must already be checked (`checked_language`); a setting naming a language
    that is no longer shipped is passed over, as if it were not set.
    """
    if option is not None:
        return option
    if setting is not None and setting in shipped:
        return setting
    return system_language(preferred, shipped)


def command_language(
    option: str | None,
    root: Path | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    setting: str | None = None,
) -> str:
    """The language a command line prints in: ``--language CODE`` (checked: LanguageError
    names the shipped ones), else the one chosen in the app's Settings (for commands on a
    data folder), else the system's (from the environment), else English."""
    return choose_language(
        option=None if option is None else checked_language(option, root),
        setting=setting,
        preferred=environment_languages(os.environ if environ is None else environ),
        shipped=shipped_languages(root),
    )


def next_start_language(setting: str | None, running: str, preferred: Sequence[str]) -> str | None:
    """The language the app will open in next time with `setting` (None: the system's),
    when that differs from the `running` one; None when nothing will change."""
    upcoming = choose_language(
        option=None, setting=setting, preferred=preferred, shipped=shipped_languages()
    )
    return upcoming if upcoming != running else None
