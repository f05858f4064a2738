"""The journal form's draft: kept only when the form holds something new, offered for a
week, and only as the kinds of values the form holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.journal.draft import DRAFTS, drop_draft, keep_draft, read_draft
from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock

STARTED = {"pain_now": 4, "note": ""}


def test_a_draft_is_kept_for_a_week_and_not_when_nothing_changed(
    tmp_path: Path, clock: FakeClock
) -> None:
    state = AppState.open(tmp_path, now=clock)
    keep_draft(state, STARTED, STARTED)
    assert read_draft(state) is None
    keep_draft(state, {"pain_now": 6, "note": "bus"}, STARTED)
    keep_draft(state, {"pain_now": 5, "note": "bus"}, STARTED, "2026-3")
    clock.advance(days=7)
    draft = read_draft(state)
    assert draft is not None and draft.values == {"pain_now": 6, "note": "bus"}
    assert read_draft(state, "2026-3") is not None  # a change to an entry: its own
    clock.advance(minutes=1)
    assert read_draft(state) is None  # left for over a week: not offered
    keep_draft(state, STARTED, STARTED)  # back to what the form started with
    drop_draft(state, "2026-3")
    assert state.store.table(DRAFTS).count() == 0


def test_a_hand_edited_draft_brings_back_only_what_the_form_can_hold(
    tmp_path: Path, clock: FakeClock
) -> None:
    state = AppState.open(tmp_path, now=clock)
    keep_draft(state, {"note": "x"}, STARTED)
    path = tmp_path / f"{DRAFTS}.json"
    data = json.loads(path.read_text())
    record = next(iter(data["_default"].values()))
    record["values"] = {
        "pain_now": "six",
        "pain_worst": True,
        "level": "calf",
        "note": ["not", "text"],
        "time": "yesterday",
        "feelings": ["burning", 3],
        "activities": [{"name": "walking", "rating": "ten"}, "sitting"],
    }
    path.write_text(json.dumps(data))
    again = AppState.open(tmp_path, now=clock)
    draft = read_draft(again)
    assert draft is not None
    assert draft.values == {
        "level": "calf",
        "feelings": ["burning"],
        "activities": [{"name": "walking", "rating": None}],
    }
    record["kept_at"] = "soon"
    path.write_text(json.dumps(data))
    assert read_draft(AppState.open(tmp_path, now=clock)) is None


def test_a_draft_edited_to_values_out_of_range_is_left_out(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Pain 999 or a level "nowhere" in a hand-edited draft stopped the entry form from
    opening at all ("999 is not a choice"): only values the form offers come back."""
    state = AppState.open(tmp_path, now=clock)
    keep_draft(state, {"note": "x"}, STARTED)
    path = tmp_path / f"{DRAFTS}.json"
    data = json.loads(path.read_text())
    record = next(iter(data["_default"].values()))
    record["values"] = {
        "pain_now": 999,
        "pain_worst": -1,
        "level": "nowhere",
        "side": ["left"],
        "sleep": "never",
        "done": ["heat", "sauna"],
        "warning_signs": ["???"],
        "activities": [{"name": "walking", "rating": 11}],
        "note": "kept",
    }
    path.write_text(json.dumps(data))
    draft = read_draft(AppState.open(tmp_path, now=clock))
    assert draft is not None
    assert draft.values == {
        "note": "kept",
        "done": ["heat"],
        "warning_signs": [],
        "activities": [{"name": "walking", "rating": None}],
    }


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"pain_now": 999, "level": "nowhere", "time": "yesterday", "note": ["not", "text"]},
        {"done": ["sauna"], "warning_signs": ["???"], "activities": ["sitting"], "note": ""},
    ],
)
def test_a_draft_with_nothing_left_once_cleaned_is_not_offered_and_stays_in_the_file(
    tmp_path: Path, clock: FakeClock, values: dict[str, object]
) -> None:
    """Every value dropped as bad: the form said "This is what you filled in ... but did
    not save" over an empty form (and emptied one filled in from the last entry)."""
    state = AppState.open(tmp_path, now=clock)
    keep_draft(state, {"note": "x"}, STARTED)
    path = tmp_path / f"{DRAFTS}.json"
    data = json.loads(path.read_text())
    record = next(iter(data["_default"].values()))
    record["values"] = values
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    assert read_draft(AppState.open(tmp_path, now=clock)) is None
    assert path.read_bytes() == before  # not offered, and not deleted either


def test_a_draft_not_offered_is_dropped_only_by_the_form_that_holds_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Before, a form that did not offer the draft deleted it when closed unchanged."""
    state = AppState.open(tmp_path, now=clock)
    assert keep_draft(state, {"pain_now": 6, "note": "bus"}, STARTED) is True
    assert keep_draft(state, STARTED, STARTED, holds=False) is False  # left as it is
    assert state.store.table(DRAFTS).count() == 1
    assert keep_draft(state, STARTED, STARTED) is False  # the form that kept it: dropped
    assert state.store.table(DRAFTS).count() == 0


def test_a_draft_kept_while_the_clock_ran_ahead_is_offered_for_a_week(
    tmp_path: Path, clock: FakeClock
) -> None:
    state = AppState.open(tmp_path, now=clock)
    keep_draft(state, {"pain_now": 6, "note": "bus"}, STARTED)
    clock.advance(hours=-3)  # the clock put right
    assert read_draft(state) is not None
    clock.advance(days=-7)
    assert read_draft(state) is None  # a week or more "from now": not offered
