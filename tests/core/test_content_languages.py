"""`content check` finds every gap between a shipped language and English."""

from __future__ import annotations

from pathlib import Path

from companion.core.content_check import check_content
from companion.core.content_languages import compare_languages


def problems(root: Path) -> list[str]:
    return [str(p) for p in check_content(root)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_content_has_no_gap(content_copy: Path) -> None:
    assert problems(content_copy) == []


def compared(root: Path) -> list[str]:
    return [str(p) for p in compare_languages(root)]


def test_a_missing_file_is_named(content_copy: Path) -> None:
    (content_copy / "es" / "timers" / "ice.toml").unlink()
    found = compared(content_copy)
    assert any(p.endswith("es/timers/ice.toml: is missing (English has it)") for p in found)
    # `content check` names it once, by the file's own check, which speaks first.
    assert [p for p in problems(content_copy) if "ice.toml" in p] == [
        f"{content_copy}/es/timers/ice.toml: the file is missing"
    ]


def test_a_file_english_lacks_is_named(content_copy: Path) -> None:
    (content_copy / "es" / "cards" / "extra.md").write_text(
        (content_copy / "es" / "cards" / "sleep.md").read_text(encoding="utf-8")
    )
    assert any("es/cards/extra.md: is not in English" in p for p in problems(content_copy))


def test_a_missing_key_is_named(content_copy: Path) -> None:
    edit(content_copy / "es" / "handoff.toml", "title = ", "titulo = ")
    found = compared(content_copy)
    assert any("es/handoff.toml: title: is missing (it is in English)" in p for p in found)
    assert any("es/handoff.toml: titulo: is not in English" in p for p in found)


def test_a_lost_placeholder_is_named(content_copy: Path) -> None:
    path = content_copy / "es" / "shared" / "get_help.toml"
    edit(path, "Llame al {emergency_number}", "Llame al 112")
    found = compared(content_copy)
    assert any("es/shared/get_help.toml" in p and "placeholders none" in p for p in found)


def test_a_changed_source_is_named(content_copy: Path) -> None:
    path = content_copy / "es" / "triage" / "red_flags.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('sources = ["') + len('sources = ["')
    path.write_text(text[:start] + "Otra fuente; " + text[start:], encoding="utf-8")
    found = problems(content_copy)
    assert any("es/triage/red_flags.toml" in p and "sources" in p for p in found)


def test_a_translated_id_is_named(content_copy: Path) -> None:
    edit(
        content_copy / "es" / "triage" / "red_flags.toml", 'id = "saddle_numbness"', 'id = "silla"'
    )
    found = problems(content_copy)
    assert any("rule[0].id: should be 'saddle_numbness' as in English" in p for p in found)


def test_a_changed_number_is_named(content_copy: Path) -> None:
    path = content_copy / "es" / "emergency_numbers.toml"
    edit(path, 'number = "112"', 'number = "911"')
    assert any("es/emergency_numbers.toml: choice[" in p for p in problems(content_copy))


def test_a_card_with_other_drawings_is_named(content_copy: Path) -> None:
    path = content_copy / "es" / "cards" / "sleep.md"
    edit(path, 'image = "learn_sleep"', 'image = "learn_pain_alarm"')
    assert any(
        "es/cards/sleep.md: image: should be 'learn_sleep'" in p for p in problems(content_copy)
    )


def test_the_english_only_reference_files_are_not_asked_of_spanish(content_copy: Path) -> None:
    assert not (content_copy / "es" / "triage" / "cases.toml").exists()
    assert (content_copy / "en" / "triage" / "cases.toml").exists()
    assert problems(content_copy) == []


def test_a_changed_weight_is_named(content_copy: Path) -> None:
    edit(content_copy / "es" / "triage" / "evidence.toml", "weight = 2", "weight = 3")
    found = problems(content_copy)
    assert any(
        "es/triage/evidence.toml" in p and "should be 2 as in English, not 3" in p for p in found
    )
