"""Timer records read back from a dict, one at a time, as the app reads them at start
(`records.kept_records` reads them together): for tests of damaged, hand-edited records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from companion.core.timers.finished import FinishedPack, asked_again
from companion.core.timers.pack import PackSession, utc
from companion.core.timers.records import pack_fields, skin_check_fields, walk_fields
from companion.core.timers.walk import WalkRun


def read_pack(data: Mapping[str, Any]) -> PackSession:
    """The heat or ice session saved in `data`; RecordError when it is damaged."""
    return PackSession.from_fields(pack_fields(data), data)


def read_walk(data: Mapping[str, Any]) -> WalkRun:
    """The walking check saved in `data`; RecordError when it is damaged."""
    return WalkRun.from_fields(walk_fields(data))


def reopened(data: Mapping[str, Any], now: datetime) -> FinishedPack:
    """The skin check saved in `data`, asked again at `now` (its `ended` in UTC).

    RecordError when the record is damaged, or when the session ended more than
    `records.ASK_HOURS` before `now`, or as long after it (a date no clock change explains).
    """
    return asked_again(skin_check_fields(data, utc(now)))
