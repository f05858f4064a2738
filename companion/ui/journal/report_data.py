"""What a clinician report is made from: the person's choices and the records it reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from companion.core.journal.entry import Entry
from companion.core.shared.paper import A4
from companion.core.shared.records import CheckRecord, TimerEvent


@dataclass(frozen=True)
class ReportOptions:
    """What the person chose: the entry table on the following pages, and the paper."""

    full: bool = False
    paper: str = A4


@dataclass(frozen=True)
class ReportData:
    """Everything the report reads: entries, timer events and checks sorted by time, and
    how many saved entries could not be read (the report says it may be incomplete)."""

    entries: Sequence[Entry]
    events: Sequence[TimerEvent]
    checks: Sequence[CheckRecord]
    now: datetime
    emergency_number: str | None
    language: str
    unreadable: int = 0
