"""Questions the tests ask of the check's rules (the product asks them inside its own
decisions: `stop_reason` and the advice's no-heat rule)."""

from __future__ import annotations

from collections.abc import Mapping

from companion.core.check.engine import red_flag_hits
from companion.core.check.model import EMERGENCY, TriageContent


def stops_here(content: TriageContent, answers: Mapping[str, object]) -> bool:
    """True when an answer means: stop the check and get emergency help now."""
    return any(hit.urgency == EMERGENCY for hit in red_flag_hits(content, answers))


def heat_is_unsafe(content: TriageContent, answers: Mapping[str, object]) -> bool:
    """True when any no-heat rule holds for these answers."""
    return any(rule.when.holds(answers) for rule in content.no_heat)
