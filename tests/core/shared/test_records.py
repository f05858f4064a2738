"""The shared record shapes round-trip and reject damaged data with a plain reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.core.shared.records import (
    EMERGENCY,
    SCIATIC_NERVE,
    SELF_CARE,
    SOON,
    URGENT,
    WALK,
    CheckRecord,
    RecordError,
    TimerEvent,
    most_urgent,
)

WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_most_urgent_level_wins() -> None:
    assert most_urgent([SOON, EMERGENCY, SELF_CARE, URGENT]) == EMERGENCY
    assert most_urgent([]) == SELF_CARE


def test_check_record_round_trip() -> None:
    record = CheckRecord(
        time=WHEN,
        urgency=SOON,
        leading=SCIATIC_NERVE,
        patterns=((SCIATIC_NERVE, 6.0), ("lower_back", 2.5)),
        summary="Fits the sciatic nerve pattern best.",
        answers={"pain_below_knee": "yes"},
        summaries={"en": "Fits the sciatic nerve pattern best.", "es": "Encaja mejor."},
    )
    assert CheckRecord.from_dict(record.to_dict()) == record


def test_a_check_says_its_line_in_a_saved_language_else_in_the_days() -> None:
    """Checks saved before the lines were kept in every language have only the day's."""
    data = CheckRecord(WHEN, SOON, SCIATIC_NERVE, (), "Fits.", {}, {"es": "Encaja."}).to_dict()
    assert CheckRecord.from_dict(data).summary_in("es") == "Encaja."
    assert CheckRecord.from_dict(data).summary_in("en") == "Fits."
    del data["summaries"]
    assert CheckRecord.from_dict(data).summary_in("es") == "Fits."


@pytest.mark.parametrize(
    "summaries",
    [["Encaja."], "Encaja.", {"es": 5, "en": None}, {"es": ["Encaja."]}, {"es": {"a": 1}}, None],
)
def test_hand_edited_lines_that_are_not_text_are_left_out(summaries: object) -> None:
    """A file edited by hand never puts a number or a list on Home, nor stops the check
    from being read."""
    data = CheckRecord(WHEN, SOON, SCIATIC_NERVE, (), "Fits.").to_dict()
    data["summaries"] = summaries
    record = CheckRecord.from_dict(data)
    assert record.summaries == {}
    assert record.summary_in("es") == "Fits."


def test_timer_event_round_trip() -> None:
    event = TimerEvent(WHEN, WALK, 12.5, {"eased_by_sitting": True})
    assert TimerEvent.from_dict(event.to_dict()) == event


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"kind": "heat", "minutes": 15}, "'time' is missing"),
        ({"time": "2026-03-01T09:30", "kind": "heat", "minutes": 1}, "no time zone"),
        ({"time": WHEN.isoformat(), "kind": "sauna", "minutes": 1}, "'kind' must be one of"),
        ({"time": WHEN.isoformat(), "kind": "ice", "minutes": -3}, "at least 0"),
    ],
)
def test_damaged_event_is_refused(data: dict[str, object], reason: str) -> None:
    with pytest.raises(RecordError, match=reason):
        TimerEvent.from_dict(data)


def test_app_state_keeps_kiosk_checks_in_memory(tmp_path: object) -> None:
    from pathlib import Path

    from companion.core.shared.app_state import CHECKS, AppState
    from companion.core.shared.kiosk_config import KioskConfig

    assert isinstance(tmp_path, Path)
    seen: list[CheckRecord] = []
    record = CheckRecord(WHEN, URGENT, SCIATIC_NERVE, ((SCIATIC_NERVE, 3.0),), "x")
    for kiosk in (False, True):
        if kiosk:
            state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=lambda: WHEN)
        else:
            state = AppState.open(tmp_path / "data", now=lambda: WHEN)
        state.add_check_listener(seen.append)
        assert state.latest_check() is None
        state.save_check(record)
        assert state.latest_check() == record
        assert state.store.table(CHECKS).count() == (0 if kiosk else 1)
    assert seen == [record, record]
