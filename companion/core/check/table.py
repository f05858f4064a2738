"""The whole decision logic of the guided check as one Markdown document, for sign-off."""

from __future__ import annotations

from functools import partial

from companion.core.check.model import LIST_KINDS, SCALE, YES_NO, Question, TriageContent
from companion.core.shared.messages import say
from companion.core.shared.records import MIXED, PATTERNS


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _answers(content: TriageContent, question: Question) -> str:
    words = partial(say, content.language)
    if question.kind == YES_NO:
        return ", ".join(f"`{v}` {t}" for v, t in content.yes_no_texts.items())
    if question.kind == SCALE:
        return words("table.scale", low=question.low, high=question.high)
    alone = " " + words("table.only_alone")
    choices = "; ".join(
        f"`{o.value}` {o.text}" + (alone if o.exclusive else "") for o in question.options
    )
    return words("table.any_of", choices=choices) if question.kind in LIST_KINDS else choices


def _table(header: str, rows: list[tuple[str, ...]]) -> list[str]:
    """A Markdown table; `header` names its columns, split by "|"."""
    columns = header.split("|")
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def decision_table(content: TriageContent) -> str:
    """Questions, urgency rules, evidence, scoring and advice, each with its sources, in
    the content's language (ids, conditions and sources stay as they are)."""
    words = partial(say, content.language)
    always = words("table.always")
    out = [words("table.title"), "", words("table.intro"), "", words("table.questions"), ""]
    out += _table(
        words("table.questions_header"),
        [
            (
                str(n),
                f"`{q.id}`",
                q.section,
                f"{q.text} ({q.hint})" if q.hint else q.text,
                q.kind,
                _answers(content, q),
                f"`{q.show_if_text}`" if q.show_if_text else always,
                "; ".join(q.sources),
            )
            for n, q in enumerate(content.questions, start=1)
        ],
    )
    out += ["", words("table.rules"), "", words("table.rules_intro"), ""]
    out += _table(
        words("table.rules_header"),
        [
            (
                f"`{r.id}`",
                f"`{r.sign}`",
                r.urgency,
                f"`{r.when_text}`",
                f"{r.title}: {r.note}" if r.note else r.title,
                "; ".join(r.sources),
            )
            for r in content.rules
        ],
    )
    out += ["", words("table.levels_intro"), ""]
    out += _table(
        words("table.levels_header"),
        [(level, text.heading, text.act or "–") for level, text in content.urgencies.items()],
    )
    adults = content.adults_only
    out += [
        "",
        words("table.under_18"),
        "",
        words("table.under_18_text", when=adults.when_text, heading=adults.heading),
    ]
    out += ["", words("table.evidence"), ""]
    for pattern in PATTERNS:
        out += ["", f"### {content.patterns[pattern].name} (`{pattern}`)", ""]
        out += _table(
            words("table.evidence_header"),
            [
                (e.id, f"{e.weight:+d}", f"`{e.when_text}`", e.reason, "; ".join(e.sources))
                for e in content.evidence
                if e.pattern == pattern
            ],
        )
    rule = content.scoring
    leading = words(
        "table.leading_text",
        least=rule.lead_at_least,
        margin=rule.lead_margin,
        mixed=content.patterns[MIXED].name,
        order=", ".join(PATTERNS),
    )
    out += ["", words("table.leading"), "", leading, "", words("table.advice"), ""]
    heat = " " + words("table.heat")
    out += _table(
        words("table.advice_header"),
        [
            (
                a.kind + (heat if a.heat else ""),
                ", ".join(a.patterns) or words("table.any_pattern"),
                f"`{a.when_text}`" if a.when_text else always,
                a.text,
                "; ".join(a.sources),
            )
            for a in content.advice
        ],
    )
    out += ["", words("table.no_heat"), "", words("table.no_heat_intro"), ""]
    out += _table(
        words("table.no_heat_header"),
        [(f"`{r.when_text}`", r.text, "; ".join(r.sources)) for r in content.no_heat],
    )
    shared = content.get_help
    out += ["", words("table.get_help"), "", words("table.get_help_intro"), ""]
    out += _table(
        words("table.get_help_header"),
        [
            (
                f"`{s.id}`",
                s.level,
                shared.levels[s.level].heading,
                s.text,
                "; ".join(s.sources),
            )
            for s in content.watch_for
        ],
    )
    out += [""]
    out += _table(
        words("table.reassurance_header"),
        [(r.text, "; ".join(r.sources)) for r in content.reassurance],
    )
    return "\n".join(out) + "\n"
