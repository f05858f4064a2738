"""The order Learn shows its cards in: the ones that fit the last check first.

`content/<language>/learn/order.toml` gives a default start order (every card), a
short list of cards for each pattern the guided check can point to, and the cards that
come first when the check found something urgent. `personal_order` combines them with
the newest check (`AppState.latest_check()`), or falls back to the default order.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from companion.core.shared.content import ContentError, Fields, read_toml
from companion.core.shared.records import (
    LEADING_CHOICES,
    MIXED,
    PATTERNS,
    SELF_CARE,
    URGENCY_LEVELS,
    CheckRecord,
    urgency_rank,
)


@dataclass(frozen=True)
class LearnOrder:
    start: tuple[str, ...]  # every card, the default order
    by_pattern: dict[str, tuple[str, ...]]  # every id in records.LEADING_CHOICES
    by_urgency: dict[str, tuple[str, ...]]  # soon, urgent, emergency
    pattern_names: dict[str, str]  # "the sciatic nerve pattern", for the reason line


class Reason(Enum):
    START = "start"  # no check yet: a sensible start
    PATTERN = "pattern"  # ordered by the check's leading pattern
    URGENCY = "urgency"  # the check found a sign that needs help; that card comes first


@dataclass(frozen=True)
class PersonalOrder:
    cards: tuple[str, ...]  # every card, best first
    picked: tuple[str, ...]  # the first few, chosen for this person (empty without a check)
    reason: Reason
    patterns: tuple[str, ...] = ()  # the pattern ids the picks follow, best first
    urgency: str = SELF_CARE


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def _interleave(lists: list[tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    for row in range(max((len(x) for x in lists), default=0)):
        out.extend(x[row] for x in lists if row < len(x))
    return out


def personal_order(order: LearnOrder, check: CheckRecord | None) -> PersonalOrder:
    """Cards that fit `check` first, then the rest in the default order."""
    if check is None:
        return PersonalOrder(order.start, (), Reason.START)
    if check.leading == MIXED:
        # No clear leader: take turns between the two best patterns. A check that scored
        # none (an emergency stopped it early, or under 18) follows none of them.
        best = [pid for pid, score in check.patterns[:2] if score > 0]
        follow = tuple(best) if best else (MIXED,)
        picks = (
            _interleave([order.by_pattern[p] for p in follow])
            if best
            else list(order.by_pattern[MIXED])
        )
    else:
        follow = (check.leading,)
        picks = list(order.by_pattern[check.leading])
    reason = Reason.PATTERN
    if urgency_rank(check.urgency) > urgency_rank(SELF_CARE):
        picks = [*order.by_urgency.get(check.urgency, ()), *picks]
        reason = Reason.URGENCY
    picked = _unique(picks)
    cards = _unique([*picked, *order.start])
    return PersonalOrder(cards, picked, reason, follow, check.urgency)


def _card_list(table: Fields, key: str, cards: Set[str]) -> tuple[str, ...]:
    ids = table.text_list(key)
    for index, card in enumerate(ids):
        if card not in cards:
            raise table.error(f"{key}[{index}]", f"no card called '{card}'")
    if len(set(ids)) != len(ids):
        raise table.error(key, "lists the same card twice")
    return ids


def _table(data: dict[str, Any], path: Path, key: str) -> Fields:
    value = data.get(key)
    if value is None:
        raise ContentError(path, key, "is missing")
    if not isinstance(value, dict):
        raise ContentError(path, key, f"should be a table ([{key}])")
    return Fields(value, path, key)


def load_order(path: Path, cards: Set[str]) -> LearnOrder:
    root = read_toml(path)  # a clear error for a missing or broken file
    root.allow_only("start", "pattern", "urgency", "names")
    data = root.as_dict()
    start = _card_list(root, "start", cards)
    missing = sorted(set(cards) - set(start))
    if missing:
        raise root.error("start", f"leaves out {', '.join(missing)}; list every card")
    sections = {key: _table(data, path, key) for key in ("pattern", "urgency", "names")}
    by_pattern = {}
    sections["pattern"].allow_only(*LEADING_CHOICES)
    for pattern in LEADING_CHOICES:
        by_pattern[pattern] = _card_list(sections["pattern"], pattern, cards)
    levels = [level for level in URGENCY_LEVELS if level != SELF_CARE]
    sections["urgency"].allow_only(*levels)
    by_urgency = {level: _card_list(sections["urgency"], level, cards) for level in levels}
    sections["names"].allow_only(*PATTERNS)
    names = {pattern: sections["names"].text(pattern) for pattern in PATTERNS}
    return LearnOrder(start, by_pattern, by_urgency, names)
