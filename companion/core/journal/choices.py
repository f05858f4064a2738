"""The words for the journal's choices (levels, sides, feelings, sleep, what was done), read
from ``content/<language>/journal/choices.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from companion.core.journal.entry import DONE, FEELINGS, LEVELS, SIDES, SLEEP
from companion.core.shared.content import (
    DEFAULT_LANGUAGE,
    Fields,
    language_dir,
    read_toml,
)


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    short: str = ""
    description: str = ""


@dataclass(frozen=True)
class JournalContent:
    """The words for every choice, in the app's order."""

    levels: tuple[Choice, ...]
    sides: tuple[Choice, ...]
    feelings: tuple[Choice, ...]
    sleep: tuple[Choice, ...]
    done: tuple[Choice, ...]
    sources: tuple[str, ...]

    def label(self, group: str, choice_id: str | None) -> str:
        for choice in getattr(self, group):
            if choice.id == choice_id:
                return str(choice.label)
        return ""

    def level(self, level_id: str) -> Choice:
        return self.levels[LEVELS.index(level_id)]


CHOICES_FILE = Path("journal") / "choices.toml"
_GROUPS = (
    ("level", LEVELS, True),
    ("side", SIDES, False),
    ("feeling", FEELINGS, False),
    ("sleep", SLEEP, False),
    ("done", DONE, False),
)


def _choice_group(
    root: Fields, key: str, ids: tuple[str, ...], described: bool
) -> tuple[Choice, ...]:
    tables = root.tables(key)
    found = []
    for table in tables:
        if described:
            table.allow_only("id", "label", "short", "description")
        else:
            table.allow_only("id", "label")
        choice_id = table.text("id")
        if choice_id not in ids:
            raise table.error("id", f"'{choice_id}' is not one of {', '.join(ids)}")
        if described:
            found.append(
                Choice(
                    choice_id, table.text("label"), table.text("short"), table.text("description")
                )
            )
        else:
            found.append(Choice(choice_id, table.text("label")))
    order = tuple(choice.id for choice in found)
    if order != ids:
        raise root.error(key, f"should list exactly these ids in this order: {', '.join(ids)}")
    return tuple(found)


def read_choices(folder: Path) -> JournalContent:
    """Read `journal/choices.toml` from one language folder.

    Raises:
        ContentError: naming the file and the key.
    """
    root = read_toml(folder / CHOICES_FILE)
    root.allow_only("sources", *(key for key, _ids, _described in _GROUPS))
    sources = root.text_list("sources")
    levels, sides, feelings, sleep, done = (
        _choice_group(root, key, ids, described) for key, ids, described in _GROUPS
    )
    return JournalContent(levels, sides, feelings, sleep, done, sources)


@cache
def _load_choices(folder: Path) -> JournalContent:
    return read_choices(folder)


def load_journal_content(
    root: Path | None = None, language: str = DEFAULT_LANGUAGE
) -> JournalContent:
    """The journal's words for one language (read once, then kept)."""
    return _load_choices(language_dir(root, language))
