"""One journal entry in brief: what the list, the graph's details and the report show.

The choice of what an entry's summary holds is made here, once; each screen only puts
the pieces into its own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import Entry
from companion.core.journal.safety import signs_given


@dataclass(frozen=True)
class EntrySummary:
    """The pieces of an entry a summary shows, with the choices already in words."""

    pain: int
    worst: int | None
    reach: str  # how far down the leg, in full ("Down to the knee")
    reach_short: str  # the same in a word or two, for tables
    side: str | None  # "left", "right" or "both", in words; None when not said
    walked: float | None  # minutes
    done: tuple[str, ...]  # what was done, in words
    feelings: tuple[str, ...]  # how it felt, in words
    # Any warning sign the entry gives (`signs_given`): a box ticked, or nerve-type
    # feelings with both legs as the side, as the check, the form and the report judge it.
    warning_signs: bool
    note: str  # "" when there is no note

    @property
    def note_first_line(self) -> str:
        """The note's first line with words in it, as one line of the entry list: a tab
        or a run of spaces is one space (a tab showed as a wide gap), and a note that
        starts with an empty line still shows its words (not empty quotes)."""
        for line in self.note.splitlines():
            if line.strip():
                return " ".join(line.split())
        return ""


def summarize_entry(entry: Entry, content: JournalContent) -> EntrySummary:
    level = content.level(entry.level)
    return EntrySummary(
        pain=entry.pain_now,
        worst=entry.pain_worst,
        reach=level.label,
        reach_short=level.short,
        side=content.label("sides", entry.side) if entry.side else None,
        walked=entry.walk_minutes,
        done=tuple(content.label("done", d) for d in entry.done),
        feelings=tuple(content.label("feelings", f) for f in entry.feelings),
        warning_signs=bool(signs_given(entry)),
        note=entry.note,
    )
