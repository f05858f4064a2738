"""`content check` across languages: every shipped language mirrors English exactly.

English (``content/en/``) is the reference. Each other language must hold the same
files and, in each TOML file, the same keys and the same number of list items; a text
must keep the English placeholders (``{emergency_number}``); ids, conditions, numbers,
image ids and sources must be the very same, because they carry the health meaning
(the same rules, the same urgency, the same sources). A Markdown text keeps the same
sources, placeholders and drawings. A shipped language is complete: there is no
fallback to English, so any gap is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    ContentError,
    available_languages,
    placeholders_in_text,
    read_front_matter,
    read_toml,
    shown_value,
)

# English-only reference files, read with the English (decided for issue 17): the case
# stories are language-neutral answers, and `check validate --language es` runs them
# against the Spanish content. A glossary is for translators, not content.
NOT_MIRRORED = frozenset({"triage/cases.toml", "triage/rules.md", "GLOSSARY.md"})
# Keys whose values are the same in every language: they carry meaning, not words.
SAME_IN_EVERY_LANGUAGE = frozenset({"sources", "when", "show_if", "number", "when_help_line"})
# Keys whose lists are each language's own (the search words people type, the little
# words search leaves out, the verbs whose stem changes, which search joins, and the
# words it keeps apart from their other ending).
OWN_TO_EACH_LANGUAGE = frozenset({"keywords", "little_words", "verb_forms", "kept_apart"})
# Files of words only, where even a single lower-case word is to be translated.
WORDS_ONLY = frozenset({"shared/messages.toml"})
_ID = re.compile(r"[a-z][a-z0-9_]*")  # an id ("saddle_numbness", "yes"), never translated
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in (".toml", ".md")
    } - NOT_MIRRORED


def _shown(value: object) -> str:
    text = shown_value(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _compare(
    english: Any, other: Any, file: Path, key: str, same: bool, ids: bool = True
) -> Iterator[ContentError]:
    """Every difference in shape or meaning between the English value and the other;
    with `ids`, a one-word lower-case text is an id, the same in every language."""
    where = key or "(top)"
    if isinstance(english, dict):
        if not isinstance(other, dict):
            yield ContentError(file, where, "should be a table, as in English")
            return
        for name, value in english.items():
            inner = f"{key}.{name}" if key else name
            if name not in other:
                yield ContentError(file, inner, "is missing (it is in English)")
            elif name in OWN_TO_EACH_LANGUAGE:
                if type(other[name]) is not type(value):
                    yield ContentError(file, inner, "should be of the same kind as in English")
            else:
                keep = same or name in SAME_IN_EVERY_LANGUAGE
                yield from _compare(value, other[name], file, inner, keep, ids)
        for name in other.keys() - english.keys():
            inner = f"{key}.{name}" if key else name
            yield ContentError(file, inner, "is not in English: a typo, or English lacks it")
    elif isinstance(english, list):
        if not isinstance(other, list):
            yield ContentError(file, where, "should be a list, as in English")
        elif len(english) != len(other):
            yield ContentError(file, where, f"has {len(other)} items; English has {len(english)}")
        else:
            for index, (a, b) in enumerate(zip(english, other, strict=True)):
                yield from _compare(a, b, file, f"{key}[{index}]", same, ids)
    elif isinstance(english, str):
        if not isinstance(other, str):
            yield ContentError(file, where, "should be text, as in English")
        elif (same or (ids and _ID.fullmatch(english))) and english != other:
            yield ContentError(
                file,
                where,
                f"should be {_shown(english)} as in English (it is not words "
                f"to translate), not {_shown(other)}",
            )
        elif placeholders_in_text(english) != placeholders_in_text(other):
            wanted = ", ".join(sorted(placeholders_in_text(english))) or "none"
            found = ", ".join(sorted(placeholders_in_text(other))) or "none"
            yield ContentError(file, where, f"has the placeholders {found}; English has {wanted}")
    elif english != other or type(english) is not type(other):
        yield ContentError(
            file, where, f"should be {_shown(english)} as in English, not {_shown(other)}"
        )


def _read_toml(path: Path) -> dict[str, Any] | None:
    try:
        return read_toml(path).as_dict()
    except ContentError:
        return None  # the language's own check names the problem


def _markdown_parts(path: Path) -> tuple[dict[str, Any], str] | None:
    """(front matter, body) of a Markdown text, or None when it cannot be read."""
    try:
        return read_front_matter(path)
    except ContentError:
        return None  # the language's own check names the problem


def _compare_markdown(english: Path, other: Path) -> Iterator[ContentError]:
    a, b = _markdown_parts(english), _markdown_parts(other)
    if a is None or b is None:
        return  # the language's own check names the problem
    (meta_a, body_a), (meta_b, body_b) = a, b
    yield from _compare(meta_a, meta_b, other, "", False)
    if placeholders_in_text(body_a) != placeholders_in_text(body_b):
        wanted = ", ".join(sorted(placeholders_in_text(body_a))) or "none"
        found = ", ".join(sorted(placeholders_in_text(body_b))) or "none"
        yield ContentError(other, "body", f"has the placeholders {found}; English has {wanted}")
    if sorted(_IMAGE.findall(body_a)) != sorted(_IMAGE.findall(body_b)):
        yield ContentError(other, "body", "shows other drawings than the English")


def compare_languages(root: Path) -> Iterator[ContentError]:
    """Every way each shipped language differs from English in files, keys or meaning."""
    reference = root / DEFAULT_LANGUAGE
    if not reference.is_dir():
        return  # `content check` already says the English folder is missing
    english_files = _files(reference)
    for language in available_languages(root):
        if language == DEFAULT_LANGUAGE:
            continue
        folder = root / language
        files = _files(folder)
        for missing in sorted(english_files - files):
            yield ContentError(folder / missing, "", "is missing (English has it)")
        for extra in sorted(files - english_files):
            yield ContentError(folder / extra, "", "is not in English: remove it or add it there")
        for name in sorted(english_files & files):
            if name.endswith(".md"):
                yield from _compare_markdown(reference / name, folder / name)
                continue
            english, other = _read_toml(reference / name), _read_toml(folder / name)
            if english is not None and other is not None:
                ids = name not in WORDS_ONLY
                yield from _compare(english, other, folder / name, "", False, ids)
