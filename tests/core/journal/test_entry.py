"""Journal entries: validation with plain messages, storage, undo, and suggestions."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.content_check import check_content
from companion.core.journal.choices import load_journal_content
from companion.core.journal.content_check import check_journal_content
from companion.core.journal.entry import (
    Activity,
    Entry,
    EntryError,
    earliest_entry_day,
    parse_entry,
)
from companion.core.journal.safety import safety_answers
from companion.core.journal.store import JournalStore
from companion.core.journal.suggest import newest_walk, remembered_activities, suggest_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.content import ContentError
from companion.core.shared.record_log import load_checks, load_events
from companion.core.shared.records import EVENTS, CheckRecord, TimerEvent
from companion.core.shared.resources import resource_dir
from tests.helpers.clock import FakeClock

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 9, 10, 30, tzinfo=TZ)


def good(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "time": "2026-03-09T08:00:00+01:00",
        "pain_now": 4,
        "pain_worst": 6,
        "level": "upper_thigh",
        "side": "left",
    }
    data.update(changes)
    return data


def problems(data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(EntryError) as caught:
        parse_entry(data, now=NOW)
    return {p.field: p.message for p in caught.value.problems}


@pytest.fixture
def state(tmp_path: Path) -> AppState:
    return AppState.open(tmp_path / "data", now=FakeClock(NOW))


def entry(day: int = 0, **changes: object) -> Entry:
    when = NOW - timedelta(days=day)
    return parse_entry(good(time=when.isoformat(), **changes), now=NOW)


# --- validation ---


def test_a_full_entry_is_read_with_every_field() -> None:
    e = parse_entry(
        good(
            feelings=["tingling", "ache", "ache"],
            walk_minutes="7,5",
            sitting_minutes="30",
            sleep="woke",
            done="heat; breaks",
            activities=[
                {"name": "  Walking   the dog ", "rating": "6"},
                {"name": "", "rating": ""},
            ],
            warning_signs=["saddle_numbness"],
            note="  Better after heat.\r\nSlept badly.  ",
        ),
        now=NOW,
    )
    assert e.time == datetime(2026, 3, 9, 8, 0, tzinfo=TZ)
    assert e.feelings == ("ache", "tingling")  # the app's order, each once
    assert e.walk_minutes == 7.5
    assert e.sitting_minutes == 30
    assert e.done == ("heat", "breaks")
    assert e.activities == (Activity("Walking the dog", 6),)
    assert e.note == "Better after heat.\nSlept badly."
    assert e.depth == 3
    assert parse_entry(e.to_dict(), now=NOW) == e


def test_missing_answers_get_plain_messages() -> None:
    found = problems({"time": "", "pain_now": None, "level": ""})
    assert found["time"] == "Please give the date and time."
    assert found["pain_now"] == "Please choose how much it hurts now, from 0 to 10."
    assert found["level"] == "Please choose how far down the leg the pain reaches."


@pytest.mark.parametrize(
    ("changes", "name", "words"),
    [
        ({"pain_now": 11}, "pain_now", "whole number from 0 to 10"),
        ({"pain_now": "4.5"}, "pain_now", "whole number from 0 to 10"),
        ({"pain_now": True}, "pain_now", "whole number from 0 to 10"),
        ({"pain_worst": 3}, "pain_worst", "cannot be lower than the pain now"),
        ({"level": "hip"}, "level", "'hip' is not one of the levels"),
        ({"side": None}, "side", "which side hurts"),
        ({"time": "2026-03-10T08:00:00+01:00"}, "time", "in the future"),
        ({"time": "2026-03-09T08:00:00"}, "time", "no time zone"),
        ({"time": "yesterday"}, "time", "not in a form the app can read"),
        ({"time": "1850-01-01T08:00:00+00:00"}, "time", "The year 1850 looks mistyped"),
        ({"time": "2006-03-08T23:59:00+01:00"}, "time", "The year 2006 looks mistyped"),
        ({"walk_minutes": "a while"}, "walk_minutes", "number from 0 to 600"),
        ({"walk_minutes": -1}, "walk_minutes", "number from 0 to 600"),
        ({"sitting_minutes": "2.5"}, "sitting_minutes", "whole number"),
        ({"feelings": ["itchy"]}, "feelings", "'itchy' is not one of the feelings"),
        ({"done": ["yoga"]}, "done", "'yoga' is not one of the things done"),
        ({"sleep": "fine"}, "sleep", "'fine' is not one of the sleep choices"),
        ({"activities": [{"name": "Stairs"}]}, "activities", "Please rate 'Stairs' from 0 to 10"),
        (
            {"activities": [{"name": "a", "rating": 1}, {"name": "A", "rating": 2}]},
            "activities",
            "listed twice",
        ),
        (
            {"activities": [{"name": str(n), "rating": 1} for n in range(4)]},
            "activities",
            "Up to 3",
        ),
        ({"note": "x" * 2001}, "note", "too long"),
        ({"note": "bell\x07"}, "note", "control characters"),
        ({"colour": "red"}, "colour", "'colour' is not a journal field"),
    ],
)
def test_each_bad_value_is_named_in_plain_words(
    changes: dict[str, object], name: str, words: str
) -> None:
    assert words in problems(good(**changes))[name]


def test_twenty_years_back_to_the_day_is_the_earliest_entry() -> None:
    """A new or imported entry may be 20 years old, not a day more; a stored one read
    back (no `now`) is only held to the year 1900."""
    assert parse_entry(good(time="2006-03-09T00:00:00+01:00"), now=NOW).time.year == 2006
    assert earliest_entry_day(NOW) == date(2006, 3, 9)
    leap = datetime(2120, 2, 29, 9, 0, tzinfo=TZ)  # 2100 is not a leap year
    assert earliest_entry_day(leap) == date(2100, 2, 28)
    assert parse_entry(good(time="1901-01-01T08:00:00+01:00"), strict=False).time.year == 1901
    with pytest.raises(EntryError, match="before 1900"):
        parse_entry(good(time="1850-01-01T08:00:00+00:00"), strict=False)


def test_a_line_or_page_break_pasted_into_the_note_is_a_line_break() -> None:
    """Shift+Enter in a word processor pastes a vertical tab, a PDF's page break a form
    feed: the note was refused for hidden control characters nobody could see."""
    pasted = "Letter from the clinic:\vRest 2 days.\x0cPage 2\x0b\x0bWalk daily."
    note = parse_entry(good(note=pasted), now=NOW).note
    assert note == "Letter from the clinic:\nRest 2 days.\nPage 2\n\nWalk daily."


def test_no_pain_needs_no_side_and_keeps_none() -> None:
    e = parse_entry(good(level="none", side="left", pain_now=0, pain_worst=0), now=NOW)
    assert e.side is None


def test_stored_records_may_carry_unknown_keys() -> None:
    assert parse_entry(good(extra=1), strict=False).pain_now == 4


def test_safety_answers_map_both_legs_and_ticked_signs() -> None:
    assert safety_answers(entry()) == {}
    # Nerve-type feelings in both legs are the check's sign; an ache in both is not.
    assert safety_answers(entry(side="both", feelings=["tingling"])) == {"both_legs": "yes"}
    assert safety_answers(entry(side="both", feelings=["weakness"])) == {"both_legs": "yes"}
    assert safety_answers(entry(side="both", feelings=["ache"])) == {}
    assert safety_answers(entry(side="left", feelings=["numbness"])) == {}
    ticked = entry(warning_signs=["bladder_bowel_change", "weakness_worsening"])
    assert safety_answers(ticked) == {"weakness_worsening": "yes", "bladder_bowel_change": "yes"}
    no_pain = entry(level="none", side="both", pain_now=0, pain_worst=0, feelings=["tingling"])
    assert safety_answers(no_pain) == {}


# --- the store, with undo ---


def test_add_edit_delete_and_undo_each(state: AppState) -> None:
    journal = JournalStore(state)
    first = journal.add(entry(2))
    second = journal.add(entry(1, pain_now=2, pain_worst=2))
    assert [item.id for item in journal.entries()] == [first, second]
    collection = state.store.partitioned(JOURNAL, "time")
    assert collection.count() == 2

    journal.edit(first, entry(2, pain_now=7, pain_worst=8))
    assert collection.get(first)["pain_now"] == 7  # type: ignore[index]
    undone = journal.undo()
    assert undone is not None and undone.kind == "edited"
    assert collection.get(first)["pain_now"] == 4  # type: ignore[index]

    journal.delete(second)
    assert collection.count() == 1
    undone = journal.undo()
    assert undone is not None and undone.kind == "deleted"
    assert [item.entry.pain_now for item in JournalStore(state).entries()] == [4, 2]

    undone = journal.undo()  # the second add
    assert undone is not None and undone.kind == "added"
    assert collection.count() == 1
    journal.undo()
    assert collection.count() == 0
    assert journal.undo() is None


def test_undo_follows_an_entry_moved_to_another_year(state: AppState) -> None:
    journal = JournalStore(state)
    entry_id = journal.add(entry())
    moved = journal.edit(entry_id, entry(400))
    assert moved != entry_id and moved.startswith("2025-")
    journal.undo()  # back to 2026, under a new id
    journal.undo()  # the add: must remove the entry wherever it now is
    assert state.store.partitioned(JOURNAL, "time").count() == 0


def test_entries_are_in_time_order_and_damaged_records_are_skipped(state: AppState) -> None:
    collection = state.store.partitioned(JOURNAL, "time")
    collection.insert(entry(1).to_dict())
    collection.insert({"time": NOW.isoformat(), "pain_now": 3, "reach": "thigh"})
    collection.insert(entry(3).to_dict())
    journal = JournalStore(state)
    assert [item.entry.time for item in journal.entries()] == [
        NOW - timedelta(days=3),
        NOW - timedelta(days=1),
    ]
    assert journal.unreadable == 1
    assert [item.entry.time for item in journal.latest(1)] == [NOW - timedelta(days=1)]


def test_listeners_hear_every_change_and_reset_clears_undo(state: AppState) -> None:
    journal = JournalStore(state)
    heard: list[int] = []
    journal.add_listener(lambda: heard.append(len(journal)))
    journal.add(entry())
    journal.import_entries([entry(1), entry(2)])
    assert heard == [1, 3]
    assert journal.undo() is not None and len(journal) == 1  # one undo takes the import back
    state.delete_all_data()
    assert len(journal) == 0
    assert not journal.can_undo()


def test_count_of_counts_identical_entries_only(state: AppState) -> None:
    journal = JournalStore(state)
    journal.add(entry(1))
    journal.add(entry(1))  # two saved in the same minute: both kept
    assert journal.count_of(entry(1)) == 2
    assert journal.count_of(entry(1, pain_now=5)) == 0


# --- what other features recorded, and the form's starting values ---


def test_newest_walk_since_the_last_entry_fills_walking_minutes(state: AppState) -> None:
    events_collection = state.store.partitioned(EVENTS, "time")
    for hours, kind, minutes in ((30, "walk", 6.0), (5, "heat", 20.0), (3, "walk", 9.5)):
        when = NOW - timedelta(hours=hours)
        events_collection.insert(TimerEvent(when, kind, minutes).to_dict())
    events_collection.insert({"time": NOW.isoformat(), "kind": "jog"})
    events = load_events(state)
    assert [e.kind for e in events] == ["walk", "heat", "walk"]
    last = entry(1)  # yesterday at 10:30
    walk = newest_walk(events, last.time, NOW)
    assert walk is not None and walk.minutes == 9.5
    assert newest_walk(events, NOW - timedelta(hours=2), NOW) is None
    suggestion = suggest_entry(last, walk, NOW)
    assert suggestion.values["walk_minutes"] == 9.5
    assert suggestion.values["pain_now"] == 4 and suggestion.values["level"] == "upper_thigh"
    assert "done" not in suggestion.values and "warning_signs" not in suggestion.values


def test_first_entry_suggests_only_the_time() -> None:
    assert suggest_entry(None, None, NOW).values == {"time": NOW.replace(second=0)}


def test_remembered_activity_names_newest_first(state: AppState) -> None:
    journal = JournalStore(state)
    journal.add(entry(2, activities=[{"name": "Stairs", "rating": 4}]))
    journal.add(
        entry(1, activities=[{"name": "Driving", "rating": 5}, {"name": "stairs", "rating": 3}])
    )
    assert remembered_activities(journal.entries()) == ["Driving", "stairs"]


def test_checks_are_read_and_damaged_ones_skipped(state: AppState) -> None:
    state.save_check(CheckRecord(NOW, "soon", "sciatic_nerve", (("sciatic_nerve", 0.8),), "x"))
    state.store.table("checks").insert({"time": "nope"})
    assert [c.leading for c in load_checks(state)] == ["sciatic_nerve"]


# --- content ---


def test_journal_content_has_words_for_every_choice() -> None:
    content = load_journal_content()
    assert content.level("ankle_foot").short
    assert content.label("feelings", "tingling") == "Tingling or pins and needles"
    assert content.sources


def test_content_check_passes_and_names_file_and_key_when_broken(tmp_path: Path) -> None:
    assert list(check_content()) == []
    folder = tmp_path / "en"
    shutil.copytree(resource_dir("content") / "en", folder)
    choices = folder / "journal" / "choices.toml"
    choices.write_text(choices.read_text().replace('id = "calf"', 'id = "shin"'), "utf-8")
    trend = folder / "journal" / "trend.toml"
    trend.write_text(trend.read_text().replace("min_entries = 3", "min_entries = 0"), "utf-8")
    errors = list(check_journal_content(folder))
    assert all(isinstance(e, ContentError) for e in errors)
    text = [str(e) for e in errors]
    assert any("choices.toml: level[5].id: 'shin' is not one of" in t for t in text)
    assert any("trend.toml: min_entries: should be a number above 0" in t for t in text)


def test_entries_use_the_checks_own_red_flag_rules() -> None:
    from companion.core.check.engine import red_flag_hits
    from companion.core.check.load import load_triage

    triage = load_triage()
    assert red_flag_hits(triage, safety_answers(entry())) == []
    both = red_flag_hits(triage, safety_answers(entry(side="both", feelings=["burning"])))
    assert both and both[0].urgency == "urgent" and "both_legs" in both[0].question_ids
    saddle = red_flag_hits(triage, safety_answers(entry(warning_signs=["saddle_numbness"])))
    assert saddle[0].urgency == "emergency"
    bowel = red_flag_hits(triage, safety_answers(entry(warning_signs=["bladder_bowel_change"])))
    assert bowel[0].urgency == "emergency"
    weaker = red_flag_hits(triage, safety_answers(entry(warning_signs=["weakness_worsening"])))
    assert weaker[0].urgency == "urgent"


def test_a_clot_or_chest_pain_noticed_on_a_journal_day_gets_the_checks_advice() -> None:
    # A clot can form in a rested leg and travel to the lungs while the journal is kept:
    # both are red flags the check acts on (emergency and same day), so an entry can tick them.
    from companion.core.check.engine import red_flag_hits
    from companion.core.check.load import load_triage

    triage = load_triage()
    chest = red_flag_hits(triage, safety_answers(entry(warning_signs=["chest_breath"])))
    assert [hit.urgency for hit in chest] == ["emergency"]
    clot = red_flag_hits(triage, safety_answers(entry(warning_signs=["clot_signs"])))
    assert [hit.urgency for hit in clot] == ["urgent"]
    assert "{emergency_number}" in clot[0].advice  # call at once if the chest joins in


def test_event_log_reads_only_what_was_added(state: AppState) -> None:
    from companion.core.shared.record_log import EventLog

    events = state.store.partitioned(EVENTS, "time")
    events.insert(TimerEvent(NOW - timedelta(hours=3), "heat", 20.0).to_dict())
    log = EventLog(state)
    first = log.refresh()
    assert [e.kind for e in first] == ["heat"]
    assert log.refresh() is first  # nothing new: the same list
    events.insert(TimerEvent(NOW - timedelta(hours=5), "ice", 10.0).to_dict())
    assert [e.kind for e in log.refresh()] == ["ice", "heat"]
    state.delete_all_data()
    assert log.refresh() == []


def test_event_log_keeps_each_year_asking_for_recent_years_or_all(state: AppState) -> None:
    """What seems to help asks for the last weeks, the graph for every year: each gets
    the events of its years in time order, and asking again reads nothing again."""
    from companion.core.shared.record_log import EventLog, load_events

    events = state.store.partitioned(EVENTS, "time")
    for days in (800, 400, 30, 2, 1):
        events.insert(TimerEvent(NOW - timedelta(days=days), "heat", 20.0).to_dict())
    log = EventLog(state)
    recent = log.refresh(NOW - timedelta(days=40))
    everything = log.refresh()
    assert everything == load_events(state)
    assert recent == [e for e in everything if e.time.year >= (NOW - timedelta(days=42)).year]
    assert log.refresh(NOW - timedelta(days=40)) is recent
    assert log.refresh() is everything
    events.insert(TimerEvent(NOW - timedelta(hours=1), "ice", 10.0).to_dict())
    assert log.refresh()[-1].kind == "ice"
    assert log.refresh(NOW - timedelta(days=40))[-1].kind == "ice"


def test_thousands_of_activities_are_one_problem_not_one_each() -> None:
    """A file listing 1,000 long activity names gave a 65 KB line: "under 60 letters"
    for each, before "Up to 3 activities"."""
    rows = [{"name": f"{'x' * 80}{n}", "rating": 2} for n in range(1000)]
    with pytest.raises(EntryError) as caught:
        parse_entry(good(activities=rows), now=NOW)
    assert [p.message for p in caught.value.problems] == ["Up to 3 activities can be rated."]
    # The form's empty rows are not counted: two filled and two empty are fine.
    filled = [{"name": "Walking", "rating": 2}, {"name": "Sitting", "rating": 5}]
    empty = [{"name": "", "rating": None}, {"name": " ", "rating": ""}]
    entry = parse_entry(good(activities=[*filled, *empty]), now=NOW)
    assert [a.name for a in entry.activities] == ["Walking", "Sitting"]
