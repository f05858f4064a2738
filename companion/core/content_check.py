"""`content check`: every problem in every language folder, the shared files and each
feature's own, named by file and key, and every gap between a language and English."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from companion.core.check.handoff import check_handoff_content
from companion.core.check.validate import check_language
from companion.core.content_languages import compare_languages
from companion.core.journal.content_check import check_journal_content
from companion.core.learn.cards import check_learn
from companion.core.shared.content import (
    ContentError,
    InvalidContentError,
    available_languages,
    language_dir,
    load_content,
)
from companion.core.shared.get_help import check_get_help_content
from companion.core.shared.messages import check_messages_content
from companion.core.shared.resources import resource_dir
from companion.core.timers.content import check_timer_content

# Each takes one language folder and yields every ContentError it finds there.
FEATURE_CHECKS: tuple[Callable[[Path], Iterator[ContentError]], ...] = (
    check_get_help_content,
    check_journal_content,
    check_timer_content,
    check_language,
    check_learn,
    check_handoff_content,
    check_messages_content,
)


def _feature_checks(folder: Path) -> Iterator[ContentError]:
    for check in FEATURE_CHECKS:
        yield from check(folder)


REFERENCE = "en"  # every language is compared with English: a content folder has it


def not_a_content_folder(base: Path) -> ContentError | None:
    """Why `base` is no content folder at all (a wrong argument, said in one line, not a
    list of problems: `content check /proc` read each process as a language), or None."""
    # Path.is_dir() raises for a name too long or a folder that may not be entered.
    for place in (base, base / REFERENCE):
        try:
            is_folder = stat.S_ISDIR(place.stat().st_mode)
        except FileNotFoundError:
            is_folder = False
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            return ContentError(base, "", f"cannot be read ({reason})")
        if not is_folder:
            break
    if place == base and not is_folder:
        return ContentError(base, "", "is not a folder")
    if not is_folder:
        return ContentError(
            base, "", f"is not a content folder: it has no '{REFERENCE}' folder in it"
        )
    return None


def check_content(root: Path | None = None) -> Iterator[ContentError]:
    """Validate every language folder under `root`, yielding each problem."""
    base = root if root is not None else resource_dir("content")
    refused = not_a_content_folder(base)
    if refused is not None:
        yield refused
        return
    languages = available_languages(base)
    seen: set[str] = set()  # a broken shared file stops several features: say it once
    faulted: set[str] = set()
    for language in languages:
        found: list[ContentError] = []
        try:
            load_content(base, language)
        except InvalidContentError as exc:
            found.extend(exc.errors)
        found.extend(_feature_checks(language_dir(base, language)))
        for error in found:
            if str(error) not in seen:
                seen.add(str(error))
                faulted.add(error.file)
                yield error
    # A file its own language's check already faults is fixed first, then compared.
    for error in compare_languages(base):
        if error.file not in faulted:
            yield error
