"""The journal in a few lines: the trend in words and what seems to help.

One model for `journal summary`, the Journal page and the clinician report, so they all
say the same thing: to the person on the page and in `journal summary`, about the person
in the report (`summarize(..., report=True)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import Entry
from companion.core.journal.figures import count_until
from companion.core.journal.insights import (
    Insight,
    InsightContent,
    InsightWords,
    about_text,
    describe_insight,
    find_insights,
    none_yet_text,
)
from companion.core.journal.trend import (
    TOO_LITTLE,
    Trend,
    TrendContent,
    TrendWords,
    classify_trend,
    describe_trend,
)
from companion.core.shared.content import DEFAULT_LANGUAGE
from companion.core.shared.messages import Message, in_language
from companion.core.shared.records import TimerEvent


@dataclass(frozen=True)
class JournalSummary:
    entries: int
    trend: Trend
    words: TrendWords
    insights: tuple[tuple[Insight, InsightWords], ...]
    insights_title: str
    insights_about: str
    insights_none: str
    window_days: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: `trend` is retreating, steady, spreading or too_little, or
        `weaker` when the leg grows weaker or more numb (then `direction` still says where
        the pain moved, and `same_day` holds the advice)."""
        t, w = self.trend, self.words
        return {
            "trend": t.kind,
            "direction": t.direction,
            "early": t.early,
            "title": w.title,
            "text": w.text,
            "same_day": {"title": w.same_day.title, "text": w.same_day.text}
            if w.same_day
            else None,
            "warning": w.warning,
            "clinician": {"title": w.clinician.title, "text": w.clinician.text}
            if w.clinician
            else None,
            "counts": {
                "entries": self.entries,
                "window_days": self.window_days,
                "recent": t.recent_count,
                "earlier": t.earlier_count,
                "early_days": t.early_days,
                "days_tracked": t.days_tracked,
            },
            "levels": {
                "recent": t.recent_level,
                "earlier": t.earlier_level,
                "early_first": t.first_level,
                "early_latest": t.latest_level,
            },
            "insights": [
                {
                    "factor": i.factor,
                    "effect": i.effect,
                    "days_with": i.days_with,
                    "days_without": i.days_without,
                    "reach_with": round(i.reach_with, 2),
                    "reach_without": round(i.reach_without, 2),
                    "pain_with": round(i.pain_with, 2),
                    "pain_without": round(i.pain_without, 2),
                    "text": words.text,
                }
                for i, words in self.insights
            ],
        }

    def lines(self, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """The summary as plain text, one paragraph a line, in `language` (the words
        from the content already are; the count line from the messages)."""
        w, t = self.words, self.trend
        out = [w.title, w.text]
        if w.same_day:
            out.append(f"{w.same_day.title}: {w.same_day.text}")
        if w.warning:
            out.append(w.warning)
        if w.clinician:
            out.append(f"{w.clinician.title}: {w.clinician.text}")
        if t.kind != TOO_LITTLE or self.entries:
            counts = Message(
                "journal_command.summary_counts",
                entries=self.entries,
                recent=t.recent_count,
                earlier=t.earlier_count,
                days=self.window_days,
            )
            out.append(in_language(counts, language))
        out.append("")
        out.append(self.insights_title)
        if self.insights:
            out.extend(f"- {words.text}" for _insight, words in self.insights)
            out.append(self.insights_about)
        else:
            out.append(self.insights_none)
        return out


def summarize(
    entries: Sequence[Entry],
    events: Sequence[TimerEvent],
    now: datetime,
    *,
    trend_content: TrendContent,
    insight_content: InsightContent,
    journal_content: JournalContent,
    emergency_number: str,
    report: bool = False,
) -> JournalSummary:
    """Entries and events sorted by time; `emergency_number` or words standing for it.
    `report`: in the clinician report's words, about the person, with no advice to them."""
    trend = classify_trend(entries, now, trend_content.rules)
    words = describe_trend(trend, trend_content, emergency_number, report=report)
    found = find_insights(entries, events, now, insight_content.rules)
    return JournalSummary(
        entries=count_until(entries, now),
        trend=trend,
        words=words,
        insights=tuple(
            (i, describe_insight(i, insight_content, journal_content, report=report)) for i in found
        ),
        insights_title=insight_content.texts["title"],
        insights_about=about_text(insight_content, report=report),
        insights_none=none_yet_text(insight_content, report=report),
        window_days=trend_content.rules.window_days,
    )
