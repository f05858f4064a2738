"""The journal's part of `content check`: its choices, its trend words (with the
insights beside them) and the shared words its entry form needs, for one language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from companion.core.journal.choices import read_choices
from companion.core.journal.entry import WARNING_SIGNS
from companion.core.journal.trend import read_trend_content
from companion.core.shared.content import ContentError
from companion.core.shared.get_help import PlaceholderError, read_get_help


def check_journal_content(folder: Path) -> Iterator[ContentError]:
    """For `content check`: every problem in the journal's content files of one language."""
    for reader in (read_choices, read_trend_content):
        try:
            reader(folder)
        except ContentError as exc:
            yield exc
    yield from _check_warning_sign_words(folder)


def _check_warning_sign_words(folder: Path) -> Iterator[ContentError]:
    """The entry form names its warning signs with the app's shared words."""
    try:
        shared = read_get_help(folder)
    except ContentError:
        return  # reported by the shared words' own check
    for sign in WARNING_SIGNS:
        try:
            shared.sign(sign)
        except PlaceholderError as exc:
            yield ContentError(shared.path, "sign", f"{exc} (the journal's entry form needs it)")
