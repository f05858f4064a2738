"""Saved checks: kept in step with the answers, taken back, listed, reopened, undone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from companion.core.check.engine import check_record, evaluate
from companion.core.check.history import (
    CheckKeeper,
    find_check,
    past_checks,
    record_summary,
    reopen,
    with_summaries,
)
from companion.core.check.load import load_triage
from companion.core.home.summary import summarize
from companion.core.shared.app_state import CHECKS, AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.record_log import load_checks
from companion.core.shared.records import EMERGENCY, SCIATIC_NERVE, CheckRecord
from tests.helpers.answers import NERVE, NOTHING_CLOSE, SAFE
from tests.helpers.clock import FakeClock

CONTENT = load_triage()


def record(answers: dict[str, object], clock: FakeClock) -> CheckRecord:
    return check_record(evaluate(CONTENT, answers), clock())


def open_state(tmp_path: Path) -> tuple[AppState, FakeClock]:
    clock = FakeClock()
    return AppState.open(tmp_path / "data", now=clock), clock


def test_a_mistake_taken_back_shows_nowhere(tmp_path: Path) -> None:
    state, clock = open_state(tmp_path)
    heard: list[CheckRecord | None] = []
    state.add_check_listener(heard.append)
    keeper = CheckKeeper(state)
    emergency = record({"saddle_numbness": "yes"}, clock)
    keeper.keep(emergency)
    keeper.keep(emergency)  # shown again: not saved twice
    assert len(past_checks(state, CONTENT)) == 1
    assert summarize(state).last_check_summary == emergency.summary
    keeper.withdraw()  # "I answered by mistake: go back"
    assert past_checks(state, CONTENT) == [] and state.latest_check() is None
    assert summarize(state).last_check_summary is None
    assert load_checks(state) == []  # the journal's markers and reports
    assert heard == [with_summaries(emergency, "en"), None]


def test_a_changed_answer_replaces_the_saved_result(tmp_path: Path) -> None:
    state, clock = open_state(tmp_path)
    keeper = CheckKeeper(state)
    first = record(NERVE, clock)
    keeper.keep(first)
    keeper.follow(first.answers)  # looked at the review, changed nothing
    assert [c.summary for c in past_checks(state, CONTENT)] == [first.summary]
    changed = {**NERVE, "leg_vs_back": "back_worse"}
    keeper.follow(changed)  # an answer changed: the old result is gone at once
    assert past_checks(state, CONTENT) == []
    clock.advance(minutes=2)
    second = record(changed, clock)
    keeper.keep(second)
    assert [c.time for c in past_checks(state, CONTENT)] == [second.time]


def test_a_new_check_leaves_the_last_one_saved(tmp_path: Path) -> None:
    state, clock = open_state(tmp_path)
    keeper = CheckKeeper(state)
    keeper.keep(record(NERVE, clock))
    keeper.forget()
    clock.advance(days=1)
    keeper.keep(record(SAFE, clock))
    assert len(past_checks(state, CONTENT)) == 2
    assert past_checks(state, CONTENT)[0].time == clock()


def test_deleted_checks_come_back_with_undo_in_their_place_in_time(tmp_path: Path) -> None:
    state, clock = open_state(tmp_path)
    older = record(NERVE, clock)
    older_id = state.save_check(older)
    clock.advance(days=3)
    newer = record(SAFE, clock)
    state.save_check(newer)
    data = state.remove_check(older_id)
    assert data is not None and [c.time for c in past_checks(state, CONTENT)] == [newer.time]
    new_id = state.restore_check(data)
    # Put back last, but it is the older check: the newest is still the newer one.
    assert state.latest_check() == newer
    assert [c.time for c in past_checks(state, CONTENT)] == [newer.time, older.time]
    assert find_check(state, new_id) == older
    assert state.remove_check("999") is None


def test_a_damaged_record_is_left_out_of_the_list(tmp_path: Path) -> None:
    state, clock = open_state(tmp_path)
    state.store.table("checks").insert({"time": "yesterday", "urgency": "urgent"})
    state.save_check(record(NERVE, clock))
    assert [c.leading for c in past_checks(state, CONTENT)] == [SCIATIC_NERVE]


def test_a_check_edited_by_hand_is_never_listed_as_less_urgent_than_its_answers(
    tmp_path: Path,
) -> None:
    state, clock = open_state(tmp_path)
    data = record(SAFE, clock).to_dict()
    odd = {"no_such": "x", "pain_now": "7", "feel": {"a": [1]}, "pain_regions": [{"b": 2}]}
    data["answers"] |= {"bladder_bowel_change": "yes", **odd, "health_signs": ["fever"]}
    state.store.table(CHECKS).insert(data)  # still saved as "self_care"
    assert [c.urgency for c in past_checks(state, CONTENT)] == [EMERGENCY]


def test_a_kiosk_keeps_one_check_in_memory_and_can_take_it_back(tmp_path: Path) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=FakeClock())
    keeper = CheckKeeper(state)
    keeper.keep(record({"saddle_numbness": "yes"}, FakeClock()))
    assert state.latest_check() is not None and state.latest_check().urgency == EMERGENCY
    keeper.withdraw()
    assert state.latest_check() is None
    assert state.store.table("checks").count() == 0


def test_a_past_check_reopens_with_todays_rules_and_says_when_they_differ(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    saved = record(NERVE, clock)
    same = reopen(CONTENT, saved)
    assert not same.reads_differently and same.dropped == ()
    assert same.result.leading == SCIATIC_NERVE
    # A check saved by an older version: an answer the check no longer accepts, and one
    # it no longer asks, are left out; the result is still shown.
    old = CheckRecord(
        time=saved.time,
        urgency="urgent",
        leading=SCIATIC_NERVE,
        patterns=saved.patterns,
        summary="Fits the irritated nerve pattern best; contact a doctor today.",
        answers={**NERVE, "age_band": "under_50", "both_legs_new_or_worse": "no"},
    )
    again = reopen(CONTENT, old)
    assert set(again.dropped) == {"age_band", "both_legs_new_or_worse"}
    assert again.reads_differently  # self-care today, urgent on the day
    assert again.result.urgency == "self_care"


def test_an_emergency_stop_scores_no_pattern_from_the_few_answers_given() -> None:
    """Stopped at saddle numbness, before any question about the pain, the check named
    'Narrowed spinal canal' from the age alone; saved, reopened and printed, it said so."""
    stopped = evaluate(CONTENT, {"age_band": "age_50_69", "saddle_numbness": "yes"})
    assert stopped.urgency == EMERGENCY and stopped.stopped and not stopped.scored
    assert all(p.score == 0 and not p.reasons_for for p in stopped.patterns)
    assert not [item for item in stopped.ruled_out if item.kind == "pattern"]
    reopened = reopen(CONTENT, check_record(stopped, datetime(2026, 3, 9, tzinfo=UTC)))
    assert not reopened.result.scored
    # Every question answered, then one changed to an emergency: the answers are there.
    skipped = dict.fromkeys(("position_result", "heel_press_result", "walking_result"), "skipped")
    whole = evaluate(CONTENT, {**NERVE, **skipped, "saddle_numbness": "yes"})
    assert whole.complete
    assert whole.urgency == EMERGENCY and whole.scored and whole.leading == SCIATIC_NERVE


def test_a_sign_whose_question_was_never_asked_is_not_ruled_out() -> None:
    """Stopped by an emergency after the age, the check listed 'Pain after a fall, with
    weaker bones' among the signs not reported: the fall was never asked about."""
    stopped = {"age_band": "age_70_plus", "saddle_numbness": "no", "bladder_bowel_change": "yes"}
    ruled_out = [item.id for item in evaluate(CONTENT, stopped).ruled_out]
    assert ruled_out == ["saddle_numbness"]
    # Asked and answered no, the fall is ruled out as before.
    assert "fracture_risk" in [item.id for item in evaluate(CONTENT, NERVE).ruled_out]


def test_a_saved_summary_is_made_again_in_another_language(tmp_path: Path) -> None:
    """The saved line keeps the words of the day's language; from the urgency and
    pattern it saved, the Spanish words say the same."""
    spanish = load_triage(language="es")
    clock = FakeClock()
    nerve = record(NERVE, clock)
    assert nerve.summary.startswith("Fits ")
    assert record_summary(spanish, nerve) == evaluate(spanish, NERVE).summary
    assert record_summary(CONTENT, nerve) == nerve.summary  # its own language: the same
    for answers in (SAFE, {"age_band": "under_18"}, {"saddle_numbness": "yes"}):
        saved = record(answers, clock)  # mixed, under 18, stopped at an emergency
        assert record_summary(spanish, saved) == evaluate(spanish, answers).summary
        assert record_summary(CONTENT, saved) == saved.summary
    # Only when the saved pattern is not one the words know do the saved words show.
    unknown = CheckRecord(clock(), "soon", "retired_pattern", (), "Old words.")
    assert record_summary(spanish, unknown) == "Old words."


def test_a_check_where_no_pattern_came_close_is_listed_and_summed_up_as_such(
    tmp_path: Path,
) -> None:
    """Saved before, such a check read "No single pattern leads" and was listed as
    "Mixed picture", though no pattern had a point."""
    state, clock = open_state(tmp_path)
    saved = record(NOTHING_CLOSE, clock)
    old = CheckRecord(
        saved.time,
        saved.urgency,
        saved.leading,
        saved.patterns,
        "No single pattern leads; self-care is a good start.",  # the words of before
        saved.answers,
    )
    state.save_check(old)
    assert record_summary(CONTENT, old) == "No pattern fits yet; self-care is a good start."
    spanish = load_triage(language="es")
    assert record_summary(spanish, old).startswith("Todavía no encaja ningún patrón;")
    (listed,) = past_checks(state, CONTENT)
    assert listed.scored and listed.pattern == "No pattern fits yet"
    # A mixed picture with a pattern close still says so.
    where_only = {key: NERVE[key] for key in list(NERVE)[:12]}
    close = record(where_only, clock)
    assert record_summary(CONTENT, close).startswith("No single pattern leads;")
