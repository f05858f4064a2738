"""The whole decision logic of the guided check as one Markdown document, for sign-off."""

from __future__ import annotations

from companion.core.check.model import LIST_KINDS, SCALE, YES_NO, Question, TriageContent
from companion.core.shared.records import MIXED, PATTERNS


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _answers(content: TriageContent, question: Question) -> str:
    if question.kind == YES_NO:
        return ", ".join(f"`{v}` {t}" for v, t in content.yes_no_texts.items())
    if question.kind == SCALE:
        return f"0 ({question.low}) to 10 ({question.high})"
    words = [
        f"`{o.value}` {o.text}" + (" (only alone)" if o.exclusive else "") for o in question.options
    ]
    prefix = "any of: " if question.kind in LIST_KINDS else ""
    return prefix + "; ".join(words)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def decision_table(content: TriageContent) -> str:
    """Questions, urgency rules, evidence, scoring and advice, each with its sources."""
    out = [
        "# Guided check: decision logic",
        "",
        "Questions are asked in this order; a question with a condition is asked only when "
        "it holds. The most urgent rule that holds sets the urgency (none: self-care). "
        "Each pattern's score is the sum of the weights of the evidence that holds. "
        "Why each weight is what it is: rules.md.",
        "",
        "## Questions",
        "",
    ]
    out += _table(
        ("#", "id", "section", "question", "kind", "answers", "asked when", "sources"),
        [
            (
                str(n),
                f"`{q.id}`",
                q.section,
                f"{q.text} ({q.hint})" if q.hint else q.text,
                q.kind,
                _answers(content, q),
                f"`{q.show_if_text}`" if q.show_if_text else "always",
                "; ".join(q.sources),
            )
            for n, q in enumerate(content.questions, start=1)
        ],
    )
    out += ["", "## Urgency rules", ""]
    out += [
        "Each rule names its warning sign (`sign`, an id in shared/get_help.toml); the "
        "person reads that sign's title and note, written once for the whole app, with "
        "what the rule adds.",
        "",
    ]
    out += _table(
        ("rule", "sign", "urgency", "when", "what the person reads", "sources"),
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
    out += [
        "",
        "How soon to act is said once per result, by its level (the shared level's title "
        "and action; self-care has no action of its own):",
        "",
    ]
    out += _table(
        ("level", "heading", "act"),
        [(level, text.heading, text.act or "–") for level, text in content.urgencies.items()],
    )
    adults = content.adults_only
    out += [
        "",
        "## Under 18",
        "",
        f"When `{adults.when_text}`, the check stops after that answer and says: "
        f'"{adults.heading}". The patterns are not scored; the result is at least '
        '"see a clinician soon".',
    ]
    out += ["", "## Evidence for each pattern", ""]
    for pattern in PATTERNS:
        out += ["", f"### {content.patterns[pattern].name} (`{pattern}`)", ""]
        out += _table(
            ("id", "weight", "when", "reason shown", "sources"),
            [
                (e.id, f"{e.weight:+d}", f"`{e.when_text}`", e.reason, "; ".join(e.sources))
                for e in content.evidence
                if e.pattern == pattern
            ],
        )
    rule = content.scoring
    out += [
        "",
        "## Leading pattern",
        "",
        f"The best pattern leads when it scores at least {rule.lead_at_least} and at least "
        f"{rule.lead_margin} more than the next; otherwise the result is "
        f'"{content.patterns[MIXED].name}". Ties keep this order: {", ".join(PATTERNS)}.',
        "",
        "## Advice",
        "",
    ]
    out += _table(
        ("kind", "shown for patterns", "when", "text", "sources"),
        [
            (
                a.kind + (" (heat)" if a.heat else ""),
                ", ".join(a.patterns) or "any",
                f"`{a.when_text}`" if a.when_text else "always",
                a.text,
                "; ".join(a.sources),
            )
            for a in content.advice
        ],
    )
    out += [
        "",
        "## No heat",
        "",
        "When any of these holds, every heat line is left out and its text is shown.",
        "",
    ]
    out += _table(
        ("when", "text", "sources"),
        [(f"`{r.when_text}`", r.text, "; ".join(r.sources)) for r in content.no_heat],
    )
    shared = content.get_help
    out += [
        "",
        "## When to get help",
        "",
        "A result lists the warning signs more urgent than itself, under their level's "
        "heading, in the shared words; an emergency lists none. The reassurance shows "
        "only with a self-care or soon result.",
        "",
    ]
    out += _table(
        ("sign", "level", "heading", "text", "sources"),
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
        ("reassurance", "sources"),
        [(r.text, "; ".join(r.sources)) for r in content.reassurance],
    )
    return "\n".join(out) + "\n"
