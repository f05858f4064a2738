"""A kiosk's state lives in memory only: nothing is read from or written to any folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.check import history
from companion.core.check.history import CheckKeeper, latest_summary_today
from companion.core.home.summary import summarize
from companion.core.shared.app_state import AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.records import CheckRecord
from companion.core.shared.settings import Theme
from tests.helpers.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def in_empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def a_check(clock: FakeClock) -> CheckRecord:
    return CheckRecord(
        time=clock(),
        urgency="self_care",
        leading="sciatic_nerve",
        patterns=(("sciatic_nerve", 6.0),),
        summary="Fits the irritated nerve pattern best",
        answers={"pain_now": 6},
    )


def test_settings_come_from_the_config_and_are_never_saved(
    in_empty_folder: Path, clock: FakeClock
) -> None:
    config = KioskConfig(
        emergency_number="999", clinic_name="Riverside", text_scale=130, language="es"
    )
    state = AppState.open_kiosk(config, now=clock)
    assert state.kiosk and state.kiosk_config is config
    current = state.settings.current
    assert (current.emergency_number, current.text_scale, current.theme) == (
        "999",
        130,
        Theme.LIGHT,
    )
    assert current.welcome_done  # no first-run dialog on a shared screen
    state.settings.update(text_scale=150)
    assert state.settings.current.text_scale == 150
    assert state.settings.state.saved  # nothing to warn about: it is meant to stay in memory
    assert listing(in_empty_folder) == []


def test_records_are_kept_in_memory_and_nothing_reaches_the_disk(
    in_empty_folder: Path, clock: FakeClock
) -> None:
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock)
    state.save_check(a_check(clock))
    assert state.latest_check() == a_check(clock)
    table = state.store.table("notes")
    record_id = table.insert({"text": "kept in memory"})
    assert table.get(record_id) == {"text": "kept in memory"}
    journal = state.store.partitioned("journal", "time")
    journal.insert({"time": clock().isoformat(), "pain": 3})
    assert journal.count() == 1
    assert state.store.maintenance() == []
    assert state.store.backup_if_due() is None
    assert state.store.pending == [] and state.owned_paths() == []
    assert listing(in_empty_folder) == []
    assert not state.data_dir.exists()


def test_a_kiosk_never_reads_a_data_folder_that_happens_to_be_there(
    in_empty_folder: Path, clock: FakeClock
) -> None:
    # Someone's own data in the folder the kiosk names for its records: never shown.
    personal = AppState.open(in_empty_folder / "kiosk-memory", now=clock)
    personal.save_check(a_check(clock))
    personal.store.table("notes").insert({"text": "private"})
    before = {p: p.stat().st_mtime_ns for p in in_empty_folder.rglob("*")}
    state = AppState.open_kiosk(KioskConfig(emergency_number="112"), now=clock)
    assert state.data_dir == Path("kiosk-memory")
    assert state.latest_check() is None
    assert state.store.table("notes").all() == []
    assert state.store.table("checks").count() == 0
    state.store.table("notes").insert({"text": "kiosk"})
    assert {p: p.stat().st_mtime_ns for p in in_empty_folder.rglob("*")} == before
    assert [p.name for p in in_empty_folder.iterdir()] == ["kiosk-memory"]


def test_a_kiosk_check_is_never_filled_in_later(in_empty_folder: Path, clock: FakeClock) -> None:
    """Home's late line for a check an older version saved is for the personal app: a
    kiosk's check, in memory only, stays exactly as the check left it."""
    state = AppState.open_kiosk(KioskConfig(emergency_number="112", language="en"), now=clock)
    record = a_check(clock)  # no line in any language, as an older version saved it
    state.save_check(record)
    assert not summarize(state).last_check_line_missing
    assert latest_summary_today(state) is None
    assert state.latest_check() == record
    assert listing(in_empty_folder) == []


def test_a_kiosk_result_loads_no_other_languages_words(
    in_empty_folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The personal app keeps a check's line in every language for Home; a kiosk has no
    Home and keeps nothing, so its first result does not load the other languages' check
    words (about 80 ms more before the result showed)."""
    loaded: list[str] = []
    monkeypatch.setattr(history, "_rules", loaded.append)
    state = AppState.open_kiosk(KioskConfig(emergency_number="112", language="en"), now=clock)
    CheckKeeper(state).keep(a_check(clock))
    assert loaded == []
    kept = state.latest_check()
    assert kept is not None and kept.summaries == {}


def test_the_clinics_words_fall_back_to_the_computers_language_when_the_config_sets_none() -> None:
    """Before, a kiosk config without `language` fell back to the English words for a
    language its tables leave out, even on a computer set to Spanish whose kiosk greets
    everyone in Spanish. The app ships two languages, so only a third one shows it:
    "fr" stands for it here."""
    from companion.core.shared.clinic_words import ClinicWords

    hours = ClinicWords((("en", "Monday to Friday"), ("es", "De lunes a viernes")))
    spanish_computer = AppState.open_kiosk(
        KioskConfig(clinic_hours=hours), preferred=["es-MX", "en-US"]
    )
    assert spanish_computer.content.language == "es"
    config = spanish_computer.kiosk_config
    assert config is not None
    assert config.hours_in("fr") == "De lunes a viernes"
    assert config.hours_in("en") == "Monday to Friday"
    # A computer language the app does not have: English, as before.
    german = AppState.open_kiosk(KioskConfig(clinic_hours=hours), preferred=["de-DE"])
    assert (
        german.kiosk_config is not None and german.kiosk_config.hours_in("fr") == "Monday to Friday"
    )
    # The config's own language still comes first.
    english = AppState.open_kiosk(
        KioskConfig(clinic_hours=hours, language="en"), preferred=["es-MX"]
    )
    assert (
        english.kiosk_config is not None
        and english.kiosk_config.hours_in("fr") == "Monday to Friday"
    )
