"""The clinician report's own words for the trend and for what seems to help: about the
person, never to them, in every language, and checked on load like the person's."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.journal.entry import Entry
from companion.core.journal.insights import (
    EFFECTS,
    about_text,
    load_insight_content,
    none_yet_text,
)
from companion.core.journal.trend import (
    classify_trend,
    describe_trend,
    load_trend_content,
    read_trend_content,
)
from companion.core.shared.content import ContentError
from companion.core.shared.readability import grade_level
from companion.core.shared.resources import resource_dir
from tests.helpers.voice import TO_THE_PERSON

NOW = datetime(2026, 12, 4, 21, 0, tzinfo=timezone(timedelta(hours=1)))
LANGUAGES = ("en", "es")
# Sample values for the placeholders, so a sentence reads (and is measured) as shown.
FILL = {"{days}": "7", "{min_entries}": "3", "{early_min_days}": "4", "{early_span_days}": "5"}


def filled(text: str) -> str:
    for key, value in FILL.items():
        text = text.replace(key, value)
    return text.replace("{time}", "about 8 weeks")


def report_sentences(language: str) -> list[str]:
    voice = load_trend_content(language=language).report
    out = [t.title + ". " + t.text for t in voice.texts.values()]
    out += [t.title + ". " + t.text for t in voice.early_texts.values()]
    out += list(voice.early_texts_again.values())
    out += [voice.too_little_start.title + ". " + voice.too_little_start.text]
    out += [voice.no_improvement.title + ". " + voice.no_improvement.text]
    insights = load_insight_content(language=language)
    out += [about_text(insights, report=True), none_yet_text(insights, report=True)]
    out += [insights.report_texts[effect] for effect in EFFECTS]
    return [filled(text) for text in out]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_report_sentence_speaks_to_the_person(language: str) -> None:
    for text in report_sentences(language):
        assert not TO_THE_PERSON[language].search(text), text


def test_the_reports_trend_words_read_at_grade_8_or_below() -> None:
    """The findings and the empty states; an insight's sentence with its counts reads as
    the Journal page's does."""
    for text in report_sentences("en")[: -len(EFFECTS)]:
        assert grade_level(text) <= 8, text


def entries(levels: list[str], weaker: bool = False) -> list[Entry]:
    return [
        Entry(
            time=NOW - timedelta(days=len(levels) - n, hours=2),
            pain_now=5,
            level=level,
            side="left",
            warning_signs=("weakness_worsening",) if weaker and n == len(levels) - 1 else (),
        )
        for n, level in enumerate(levels)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_drops_the_advice_the_person_gets(language: str) -> None:
    """Under a spreading trend the person reads the shared "when to get help" words, and
    under a weaker leg the same-day advice; the report's reader is the help."""
    content = load_trend_content(language=language)
    for items in (entries(["buttock"] * 14 + ["calf"] * 14), entries(["calf"] * 28, True)):
        trend = classify_trend(items, NOW, content.rules)
        person = describe_trend(trend, content, "112")
        report = describe_trend(trend, content, "112", report=True)
        assert person.warning or person.same_day
        assert TO_THE_PERSON[language].search(f"{person.title} {person.text}")
        assert report.warning is None and report.link is None and report.same_day is None
        assert not TO_THE_PERSON[language].search(f"{report.title} {report.text}")


def copy_content(tmp_path: Path) -> Path:
    source = resource_dir("content") / "en"
    for relative in ("journal/trend.toml", "shared/get_help.toml"):
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((source / relative).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "journal" / "trend.toml"


@pytest.mark.parametrize(
    ("line_start", "key"),
    [
        ('report = "In the last 14 days the pain reached less', "retreating.report"),
        ('report = "The recent entries show', "weaker.report"),
        (
            'report_again = "This is an early look at {days} days of entries since the person '
            "started the journal again, so it can still change. In the latest of these days the "
            "pain reached about",
            "early_steady.report_again",
        ),
        ('report = "The journal shows an early direction', "too_little_start.report"),
        ('none_yet = "Nothing to show yet. To compare', "insights.report.none_yet"),
    ],
)
def test_a_missing_report_sentence_names_the_file_and_key(
    tmp_path: Path, line_start: str, key: str
) -> None:
    trend_file = copy_content(tmp_path)
    lines = trend_file.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if not line.startswith(line_start)]
    assert len(kept) == len(lines) - 1
    trend_file.write_text("\n".join(kept), encoding="utf-8")
    with pytest.raises(ContentError, match=rf"trend\.toml.*{re.escape(key)}: is missing"):
        read_trend_content(tmp_path)


def test_a_report_sentence_keeps_its_placeholders_and_its_keys_are_known(tmp_path: Path) -> None:
    trend_file = copy_content(tmp_path)
    original = trend_file.read_text(encoding="utf-8")
    early = 'report = "This is an early look at {days} days'
    trend_file.write_text(original.replace(early, early.replace("{days}", "some"), 1))
    with pytest.raises(ContentError, match=r"early_retreating\.report: should contain \{days\}"):
        read_trend_content(tmp_path)
    trend_file.write_text(original.replace("report_title =", "report_titel =", 1))
    with pytest.raises(ContentError, match=r"weaker\.report_titel: is not a known key"):
        read_trend_content(tmp_path)
