"""The phases of the movement-break cycle, and the kind of its record in the timers table.

Kept apart from the cycle itself so that reading the timers' status (Home does at
start-up) does not load the timers' texts.
"""

from __future__ import annotations

OFF = "off"  # breaks are turned off
PAUSED = "paused"  # paused by the person until `paused_until`
OUTSIDE = "outside"  # outside the active hours or days
SITTING = "sitting"  # counting down to the next break
DUE = "due"  # the break is due; waiting for the person to start, postpone or skip it
ON_BREAK = "on_break"  # a break is running
PHASES = (OFF, PAUSED, OUTSIDE, SITTING, DUE, ON_BREAK)

BREAKS = "breaks"  # the `kind` of the break cycle's record in the timers table
# The `kind` of the record of a heat or ice session whose skin check waits for its
# answer (`finished.py`); here so that Home can read it without loading that module.
SKIN_CHECK = "skin_check"
