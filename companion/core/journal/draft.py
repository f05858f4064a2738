"""A journal entry filled in but not saved yet, kept so nothing typed is lost.

The form keeps what it holds here as the person fills it in, so closing it, quitting,
logging out, or the app being stopped (even killed) loses at most the last moment of
typing; the next time the same form opens (a new entry, or a change to the same entry)
it starts from the draft. Saving drops it. A form that holds what it started with keeps
no draft: there is nothing to lose. A draft left for a week is no longer offered, but a
form that did not offer it leaves it in the file unless something new is typed.

Drafts are one small store table (one record for each form), so they are written
atomically, backed up, and removed with "Delete all my data" like everything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from companion.core.journal.entry import (
    DONE,
    FEELINGS,
    LEVELS,
    MAX_PAIN,
    NOTE_FIELD_MOST,
    SIDES,
    SLEEP,
    WARNING_SIGNS,
)
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.outside_changes import uid_of

DRAFTS = "journal_drafts"
KEEP_FOR = timedelta(days=7)
NEW = ""  # the draft of a new entry; a change to an entry is kept under `draft_key`


@dataclass(frozen=True)
class Draft:
    values: dict[str, Any]  # as the form reads them back (its `raw_values` shape)
    # None when it was kept "later than now": the clock ran ahead then, so its time
    # is not known (and "filled in on Friday" on a Tuesday would read as a mistake).
    kept_at: datetime | None


def worth_keeping(values: Mapping[str, Any], started: Mapping[str, Any]) -> bool:
    """True when the form holds something it did not start with."""
    return dict(values) != dict(started)


def draft_key(state: AppState, entry_id: str) -> str:
    """What the draft of a form is kept under: `NEW`, or for a change to a stored entry
    its uid (an entry without one, saved before uids: its id). Not its id alone: a
    sync tool brings the other computer's journal, where removing the newest entry and
    adding one after a restart gives the new entry the same number, and a draft kept
    here for the removed one was offered over it."""
    if entry_id == NEW:
        return NEW
    try:
        data = state.store.partitioned(JOURNAL, "time").get(entry_id)
    except ValueError:  # not an entry id
        data = None
    uid = None if data is None else uid_of(data)
    return entry_id if uid is None else f"uid:{uid}"


def _record_of(state: AppState, entry_id: str) -> str | None:
    for record in state.store.table(DRAFTS).all():
        if record.data.get("entry") == entry_id:
            return record.id
    return None


def keep_draft(
    state: AppState,
    values: Mapping[str, Any],
    started: Mapping[str, Any],
    entry_id: str = NEW,
    *,
    holds: bool = True,
) -> bool:
    """Keep what the form holds; when it holds what it started with, drop the draft it
    `holds` (one it offered back or kept itself). A draft it did not offer (over a week
    old, say) is left in the file as it is: closing a form loses nothing it never showed.
    `values` must be plain JSON data (a time as ISO text). Returns whether the form now
    holds a kept draft (the `holds` of its next call)."""
    if not worth_keeping(values, started):
        if holds:
            drop_draft(state, entry_id)
        return False
    data = {"entry": entry_id, "kept_at": state.now().isoformat(), "values": dict(values)}
    table = state.store.table(DRAFTS)
    record_id = _record_of(state, entry_id)
    if record_id is None:
        table.insert(data)
    else:
        table.update(record_id, data)
    return True


def read_draft(state: AppState, entry_id: str = NEW) -> Draft | None:
    """The draft to offer back, or None: none kept, kept over a week from now (either
    way: one kept while the computer's clock ran ahead, then put right, is offered), not
    one the app wrote (a hand-edited file), or one with nothing left once its bad values
    are left out. Like any draft not offered, it is left in the file as it is."""
    record_id = _record_of(state, entry_id)
    data = state.store.table(DRAFTS).get(record_id) if record_id is not None else None
    if data is None:
        return None
    values, when = data.get("values"), _moment(data.get("kept_at"))
    if not isinstance(values, dict) or when is None:
        return None
    if abs(state.now() - when) > KEEP_FOR:
        return None
    clean = _clean(values)
    if not any(value not in ("", []) for value in clean.values()):
        return None  # over an empty form it said "what you filled in" of nothing
    return Draft(clean, when if when <= state.now() else None)


_TEXTS = ("walk_minutes", "sitting_minutes", "note")  # as typed, checked when saved
# The choices by the entry's own ids: a file edited to say "nowhere" stopped the form.
_CHOICES = {"level": LEVELS, "side": SIDES, "sleep": SLEEP}
_LISTS = {"feelings": FEELINGS, "done": DONE, "warning_signs": WARNING_SIGNS}


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """Only the values of the kinds the form holds: a file changed by hand cannot put
    anything else in it."""
    clean: dict[str, Any] = {}
    for key in ("pain_now", "pain_worst"):
        if _rating(values.get(key)):
            clean[key] = values[key]
    for key in _TEXTS:
        if isinstance(values.get(key), str):
            clean[key] = values[key]
    if "note" in clean:  # no more than the field takes (a file edited to hold 3 MB froze it)
        clean["note"] = clean["note"][:NOTE_FIELD_MOST]
    for key, choices in _CHOICES.items():
        if values.get(key) in choices:
            clean[key] = values[key]
    for key, choices in _LISTS.items():
        items = values.get(key)
        if isinstance(items, list):
            clean[key] = [item for item in items if item in choices]
    if _moment(values.get("time")) is not None:
        clean["time"] = values["time"]
    activities = values.get("activities")
    if isinstance(activities, list):
        clean["activities"] = [
            {"name": a["name"], "rating": a.get("rating") if _rating(a.get("rating")) else None}
            for a in activities
            if isinstance(a, dict) and isinstance(a.get("name"), str)
        ]
    return clean


def _rating(value: object) -> bool:
    """A whole number on the form's 0 to 10 scale (a file edited to say 999 stopped the
    form from opening)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_PAIN


def _moment(text: object) -> datetime | None:
    """A time written as ISO text with its offset, else None."""
    try:
        moment = datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def drop_draft(state: AppState, entry_id: str = NEW) -> None:
    record_id = _record_of(state, entry_id)
    if record_id is not None:
        state.store.table(DRAFTS).remove(record_id)
