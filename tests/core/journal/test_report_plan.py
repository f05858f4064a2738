"""What the clinician's report holds and how its entry table falls on pages; the graph's
day bands and where its dates end."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from companion.core.journal.entry import ZONE_DAYS, Activity, Entry, dated_entries
from companion.core.journal.graph_range import range_end, range_start
from companion.core.journal.report_plan import (
    MAX_NOTE_IN_TABLE,
    STAND_IN,
    ClippedNote,
    Period,
    PrintableText,
    activity_scores,
    clipped_note,
    key_figures,
    last_check,
    most_urgent_first,
    paginate,
    printable,
    report_period,
    warning_signs,
)
from companion.core.journal.series import DayBands, chart_series, daily_reach
from companion.core.shared.get_help import load_get_help
from companion.core.shared.paper import A4, LETTER, paper_for
from companion.core.shared.records import CheckRecord

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 4, 21, 0, tzinfo=ZONE)


def entry(days_ago: float, level: str = "calf", **fields: object) -> Entry:
    return Entry(time=NOW - timedelta(days=days_ago), pain_now=4, level=level, **fields)  # type: ignore[arg-type]


def check(days_ago: float) -> CheckRecord:
    return CheckRecord(NOW - timedelta(days=days_ago), "soon", "sciatic", (), f"{days_ago} ago")


def test_paper_follows_the_territory() -> None:
    assert paper_for("en_US") == LETTER and paper_for("fr_CA") == LETTER
    assert paper_for("es_MX") == A4 and paper_for("en_GB") == A4 and paper_for("C") == A4
    assert paper_for("es-ES") == A4


@given(
    st.lists(st.floats(min_value=1, max_value=400), max_size=300),
    st.floats(min_value=50, max_value=1000),
)
def test_rows_never_split_and_each_row_is_on_exactly_one_page(
    heights: list[float], room: float
) -> None:
    pages = paginate(heights, room)
    placed = [index for start, stop in pages for index in range(start, stop)]
    assert placed == list(range(len(heights)))  # each row once, in order
    for number, (start, stop) in enumerate(pages):
        assert stop > start  # no empty page
        used = sum(heights[start:stop])
        # A page holds whole rows within its room (only a row taller than a page stands
        # alone on its own page).
        assert used <= room or stop - start == 1
        if number + 1 < len(pages):  # greedy: the next row really did not fit
            assert used + heights[stop] > room


def test_key_figures_compare_the_start_with_the_latest_days() -> None:
    entries = [entry(29 - i, "calf" if i < 14 else "buttock") for i in range(30)]
    figures = key_figures(entries, 14)
    assert figures.days == 14
    assert figures.start.count == 14 and figures.latest.count == 14
    assert figures.start.level == 5 and figures.latest.level == 2  # calf, then buttock
    assert figures.overall.count == 30
    # Ten days: the halves, which never overlap.
    short = key_figures(entries[-10:], 14)
    assert short.days == 5 and short.start.count == 5 and short.latest.count == 5
    one_day = key_figures([entry(0.1), entry(0.0)], 14)
    assert one_day.start.count == one_day.latest.count == 2
    assert key_figures([], 14).overall.count == 0


def test_activities_keep_their_first_and_latest_scores() -> None:
    entries = [
        entry(9, activities=(Activity("Sitting at work", 2),)),
        entry(5, activities=(Activity("sitting at work", 5), Activity("Cycling", 4))),
        entry(1, activities=(Activity("Sitting at work", 8),)),
    ]
    sitting, cycling = activity_scores(entries)
    assert (sitting.name, sitting.first, sitting.latest, sitting.times) == (
        "Sitting at work",
        2,
        8,
        3,
    )
    assert sitting.first_day == (NOW - timedelta(days=9)).date()
    assert (cycling.first, cycling.latest, cycling.times) == (4, 4, 1)


def test_warning_signs_ticked_in_the_period_most_urgent_first() -> None:
    entries = [
        entry(6, warning_signs=("saddle_numbness",)),
        entry(3, warning_signs=("clot_signs",)),
        entry(1, warning_signs=("weakness_worsening", "saddle_numbness", "chest_breath")),
    ]
    shared = load_get_help()
    # The emergencies (in the form's order) before the same-day signs: a clinician
    # reading the list meets numbness around the genitals before a weaker leg.
    saddle, chest, weakness, clot = warning_signs(entries, shared)
    assert (saddle.sign, saddle.count) == ("saddle_numbness", 2)
    assert saddle.first_day == (NOW - timedelta(days=6)).date()
    assert (chest.sign, weakness.sign, clot.sign) == (
        "chest_breath",
        "weakness_worsening",
        "clot_signs",
    )
    assert warning_signs([entry(2)], shared) == ()
    assert most_urgent_first(("weakness_worsening", "bladder_bowel_change"), shared) == (
        "bladder_bowel_change",
        "weakness_worsening",
    )


def test_the_last_check_is_the_newest_up_to_now() -> None:
    assert last_check([check(5), check(2), check(9)], NOW) == check(2)
    assert last_check([check(5), check(-1)], NOW) == check(5)  # not one from the future
    assert last_check([], NOW) is None


def test_the_period_runs_from_the_first_to_the_last_entry() -> None:
    today = NOW.date()
    period = report_period([entry(10), entry(0.5)], [check(30)], today)
    assert period is not None and period.days == 11
    only_checks = report_period([], [check(3)], today)
    assert only_checks is not None and only_checks.first == (NOW - timedelta(days=3)).date()
    assert report_period([], [], today) is None


def test_entries_dated_ahead_leave_the_period_and_the_key_figures_alone() -> None:
    """Before: entries dated +30 and +400 days ran the period to a date over a year
    ahead, and "Last 14 days" held the one entry dated +400 days."""
    real = [entry(days) for days in range(42, 0, -1)]
    ahead = [entry(-30, pain_worst=9), entry(-400)]
    dated = dated_entries([*real, *ahead], NOW.date())
    assert dated.current == real and dated.ahead == ahead
    period = report_period(dated.current, [check(-30)], NOW.date())
    assert period == Period((NOW - timedelta(days=42)).date(), (NOW - timedelta(days=1)).date())
    figures = key_figures(dated.current, 14)
    assert figures.latest.count == 14 and figures.overall.count == 42
    only_ahead = dated_entries(ahead, NOW.date())
    assert report_period(only_ahead.current, [check(-30)], NOW.date()) is None


DAYS_OF_ANY_CLOCK = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


@given(
    DAYS_OF_ANY_CLOCK,
    st.lists(
        st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9998, 12, 31)),
        max_size=30,
    ),
)
def test_a_summary_of_days_never_reaches_past_today_and_its_clock_zones(
    today: date, times: list[datetime]
) -> None:
    """On any clock, with entries dated anywhere: every entry is either summed up or
    said to be dated ahead, in its order, and the period ends by ZONE_DAYS after today."""
    entries = [Entry(time=t.replace(tzinfo=ZONE), pain_now=3, level="calf") for t in sorted(times)]
    dated = dated_entries(entries, today)
    assert sorted(dated.current + dated.ahead, key=lambda e: e.time) == entries
    assert all((e.time.date() - today).days > ZONE_DAYS for e in dated.ahead)
    assert all((e.time.date() - today).days <= ZONE_DAYS for e in dated.current)
    period = report_period(dated.current, (), today)
    if not dated.current:
        assert period is None
    else:
        assert period is not None and (period.last - today).days <= ZONE_DAYS
        figures = key_figures(dated.current, 14)
        assert figures.overall.count == len(dated.current)
        assert 1 <= figures.latest.count <= len(dated.current)


def test_a_long_note_is_clipped_so_its_row_fits_a_page() -> None:
    assert clipped_note("short\nnote") == ClippedNote("short note", 0)
    long = clipped_note("word " * 1000)
    assert len(long.text) == MAX_NOTE_IN_TABLE and long.text.endswith("…")
    # 4,999 characters on one line ("word word ... word"), 399 of them shown
    assert long.left_out == 4999 - (MAX_NOTE_IN_TABLE - 1)
    assert clipped_note("x" * MAX_NOTE_IN_TABLE).left_out == 0  # just fits: all shown


def test_a_long_note_is_cut_between_words_and_counts_what_it_left_out() -> None:
    """A note was cut in the middle of a word ("...the stairs I went d…")."""
    note = "x" * (MAX_NOTE_IN_TABLE - 10) + " I went down the stairs slowly"
    clipped = clipped_note(note)
    assert clipped.text == "x" * (MAX_NOTE_IN_TABLE - 10) + " I went…"
    # What is left out, with the space before it: " down the stairs slowly".
    assert clipped.left_out == len(" down the stairs slowly")
    assert len(clipped.text) - 1 + clipped.left_out == len(note)
    # One long word with no space near the end is still cut where it must be.
    long_word = clipped_note("y" * 50 + " " + "z" * MAX_NOTE_IN_TABLE)
    assert len(long_word.text) == MAX_NOTE_IN_TABLE and long_word.text.endswith("z…")
    assert len(long_word.text) - 1 + long_word.left_out == 51 + MAX_NOTE_IN_TABLE


def test_several_entries_a_day_draw_the_days_furthest_reach() -> None:
    morning = Entry(time=datetime(2026, 12, 1, 8, tzinfo=ZONE), pain_now=3, level="buttock")
    evening = Entry(time=datetime(2026, 12, 1, 21, tzinfo=ZONE), pain_now=6, level="calf")
    night = Entry(time=datetime(2026, 12, 1, 23, tzinfo=ZONE), pain_now=2, level="upper_thigh")
    next_day = Entry(time=datetime(2026, 12, 2, 9, tzinfo=ZONE), pain_now=2, level="buttock")
    times, depths = daily_reach([morning, evening, night, next_day], DayBands(ZONE))
    assert depths == [5.0, 2.0]
    assert times == [evening.time.timestamp(), next_day.time.timestamp()]
    series = chart_series([morning, evening, night, next_day], DayBands(ZONE))
    assert series["level"] == (times, depths)
    assert series["pain"][1] == [3.0, 6.0, 2.0, 2.0]  # pain keeps every entry


def test_the_graph_ends_today_not_days_ahead() -> None:
    end = range_end(NOW, [(NOW - timedelta(days=1)).timestamp()])
    assert datetime.fromtimestamp(end, ZONE) == datetime(2026, 12, 5, tzinfo=ZONE)
    later = NOW + timedelta(hours=5)  # an entry dated tomorrow (a clock put right)
    assert datetime.fromtimestamp(range_end(NOW, [later.timestamp()]), ZONE) == datetime(
        2026, 12, 6, tzinfo=ZONE
    )
    start = range_start(end, 14, ZONE)
    assert datetime.fromtimestamp(start, ZONE).date() == date(2026, 11, 21)


def test_nerve_symptoms_in_both_legs_count_as_a_warning_sign() -> None:
    """Both legs with a nerve-type feeling is the check's emergency sign, though no box
    is ticked; an ache in both legs, or no pain, is not."""
    entries = [
        entry(5, side="both", feelings=("burning",)),
        entry(4, side="both", feelings=("ache",)),
        entry(2, side="both", feelings=("numbness",), warning_signs=("clot_signs",)),
        entry(1, level="none", feelings=("tingling",)),
    ]
    shared = load_get_help()
    both, clot = warning_signs(entries, shared)
    assert (both.sign, both.count) == ("both_legs", 2)
    assert (both.first_day, both.last_day) == (
        (NOW - timedelta(days=5)).date(),
        (NOW - timedelta(days=2)).date(),
    )
    assert clot.sign == "clot_signs"


def test_each_character_no_font_has_becomes_the_stand_in_and_is_counted() -> None:
    def can_draw(char: str) -> bool:
        return ord(char) < 0x3000  # as a computer with Western fonts only

    assert printable("腿疼 ok", can_draw) == PrintableText(f"{STAND_IN}{STAND_IN} ok", 2)
    assert printable("Núñez ¡ánimo!", can_draw) == PrintableText("Núñez ¡ánimo!", 0)


def test_spaces_are_never_asked_about() -> None:
    asked: list[str] = []
    printable("a \u3000b", lambda char: asked.append(char) is None)
    assert asked == ["a", "b"]  # not the space nor the ideographic space
