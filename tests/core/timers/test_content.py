"""The timer texts load, and `content check` names the file and key of each problem."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.core.content_check import FEATURE_CHECKS, check_content
from companion.core.shared.content import language_dir
from companion.core.shared.records import HEAT, ICE
from companion.core.timers.content import check_timer_content, load_timer_content
from companion.core.timers.finished import FinishedPack
from companion.core.timers.pack import safety_stops
from companion.core.timers.records import LONGEST_MINUTES


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(language_dir(None, "en").parent, root)
    return root


def timers_file(root: Path, name: str) -> Path:
    return root / "en" / "timers" / name


def problems(root: Path) -> list[str]:
    return [str(e) for e in check_timer_content(root / "en")]


def test_real_content_loads_and_is_registered() -> None:
    assert check_timer_content in FEATURE_CHECKS
    content = load_timer_content(language_dir(None, "en"))
    assert content.heat.presets == (15, 20)
    assert (content.heat.shortest, content.heat.longest) == (5, LONGEST_MINUTES)
    assert content.ice.longest <= 20 and content.ice.spacing_hours == 2
    assert {"numb_skin", "fresh_injury"} <= {q.id for q in content.heat.questions}
    assert any("cloth" in r for r in content.heat.reminders)
    assert any("towel" in r.lower() for r in content.ice.reminders)
    assert content.walk.limit_minutes == 30
    for texts in (content.heat, content.ice, content.breaks, content.walk):
        assert texts.sources
    assert all(m.sources for m in content.breaks.movements)
    assert list(check_timer_content(language_dir(None, "en"))) == []


def test_a_movement_s_steps_do_not_repeat_its_name() -> None:
    """The break notice shows the name in bold, then the steps: "A short walk. Get up
    slowly...", never "Stand up and walk. Stand up slowly. Walk around..."."""
    small = {"a", "an", "the", "and", "then", "off", "what"}
    for movement in load_timer_content(language_dir(None, "en")).breaks.movements:
        named = {w.strip(",.").lower() for w in movement.title.split()} - small
        opening = {w.strip(",.:").lower() for w in movement.steps.split()[:3]}
        assert not named & opening, f"{movement.id}: {movement.title!r} / {movement.steps!r}"


def test_safety_answers_stop_heat() -> None:
    heat = load_timer_content(language_dir(None, "en")).pack(HEAT)
    answers: dict[str, bool | None] = {q.id: False for q in heat.questions}
    assert safety_stops(heat.questions, answers) == []
    answers["numb_skin"] = True
    assert [q.id for q in safety_stops(heat.questions, answers)] == ["numb_skin"]
    answers["numb_skin"] = None
    with pytest.raises(ValueError, match="numb_skin"):
        safety_stops(heat.questions, answers)


def test_a_session_longer_than_20_minutes_is_refused(content_copy: Path) -> None:
    path = timers_file(content_copy, "heat.toml")
    path.write_text(path.read_text().replace("longest = 20", "longest = 30"))
    [problem] = problems(content_copy)
    assert "heat.toml: longest" in problem


def test_removing_the_numb_skin_question_is_refused(content_copy: Path) -> None:
    path = timers_file(content_copy, "heat.toml")
    path.write_text(path.read_text().replace('id = "numb_skin"', 'id = "skin"'))
    [problem] = problems(content_copy)
    assert "heat.toml: question" in problem and "numb_skin" in problem


def test_hamstring_stretching_for_the_nerve_pattern_is_refused(content_copy: Path) -> None:
    path = timers_file(content_copy, "breaks.toml")
    text = path.read_text().replace(
        "then stroll at an easy pace", "then stretch your hamstrings and stroll at an easy pace"
    )
    path.write_text(text)
    [problem] = problems(content_copy)
    assert "breaks.toml: movement[0].steps" in problem and "stretch" in problem


def test_unknown_pattern_missing_sources_and_bad_toml_are_named(content_copy: Path) -> None:
    breaks = timers_file(content_copy, "breaks.toml")
    breaks.write_text(breaks.read_text().replace('"lower_back", "mixed"]', '"knee"]', 1))
    walk = timers_file(content_copy, "walking_check.toml")
    walk.write_text(walk.read_text().split("sources = [")[0])
    ice = timers_file(content_copy, "ice.toml")
    ice.write_text("title = ")
    found = problems(content_copy)
    assert any("breaks.toml: movement[0].patterns[2]" in p and "knee" in p for p in found)
    assert any("walking_check.toml: sources: is missing" in p for p in found)
    assert any("ice.toml" in p and "not valid TOML" in p for p in found)
    assert len(found) == 3


def test_the_content_check_command_reports_timer_problems(content_copy: Path) -> None:
    timers_file(content_copy, "ice.toml").unlink()
    found = [str(e) for e in check_content(content_copy)]
    assert any("ice.toml" in p and "missing" in p for p in found)
    assert load_timer_content(language_dir(None, "en")).pack(ICE).title == "Ice"


@pytest.mark.parametrize("language", ["en", "es"])
def test_only_a_session_that_ran_its_time_is_headed_time_is_up(language: str) -> None:
    content = load_timer_content(language_dir(None, language))
    ended = datetime(2026, 3, 9, 10, 15, tzinfo=UTC)
    for kind in (HEAT, ICE):
        texts = content.pack(kind)
        ran_out = FinishedPack(kind, 15.0, 15, ended, stopped_early=False, late=False)
        stopped = FinishedPack(kind, 3.0, 15, ended, stopped_early=True, late=False)
        assert texts.end_title(ran_out) == texts.finished_title
        assert texts.end_title(stopped) == texts.stopped_title != texts.finished_title
    said = {
        "en": ("Time is up", "Heat stopped: take it off now", "Ice stopped: take it off now"),
        "es": (
            "Se acabó el tiempo",
            "Ha parado el calor: quíteselo ahora",
            "Ha parado el hielo: quíteselo ahora",
        ),
    }[language]
    up, heat_stopped, ice_stopped = said
    assert (content.heat.stopped_title, content.ice.stopped_title) == (heat_stopped, ice_stopped)
    assert up not in heat_stopped + ice_stopped
