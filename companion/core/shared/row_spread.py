"""Where the words of one row go across a band, each on one line, as near where the
drawing set them as they can be.

A row of words under a time line ("1 day", "1 week", "3 months", "1 year") names the
ticks above it: each word must stay under its own tick, and on the side of a dashed
level ("about 6 weeks") where the drawing set it, or the axis reads wrong. When the row
cannot keep those places on one line, every other word goes one line lower.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Spot:
    """A word to place, in px: the point the drawing set it at, where that point is along
    its width (0 its left, 0.5 its middle, 1 its right), its width, and the x of the
    dashed uprights it must not cross (those the drawing did not set it across)."""

    point: float
    shift: float
    width: float
    keep_off: tuple[float, ...] = ()


def spread(spots: list[Spot], low: float, high: float, apart: float) -> list[float]:
    """The left of each word, each as near its point as it can be between `low` and `high`
    with `apart` between two words, in their order."""
    xs = [max(low, min(high - s.width, s.point - s.shift * s.width)) for s in spots]
    for i in range(1, len(xs)):
        xs[i] = max(xs[i], xs[i - 1] + spots[i - 1].width + apart)
    if xs:
        xs[-1] = min(xs[-1], high - spots[-1].width)
    for i in reversed(range(len(xs) - 1)):
        xs[i] = min(xs[i], xs[i + 1] - apart - spots[i].width)
    return xs


def in_place(spot: Spot, x: float) -> bool:
    """Whether the word, its left at `x`, stays over its point and crosses no line it
    must keep off."""
    right = x + spot.width
    return x <= spot.point + 0.5 <= right + 1 and not any(x < at < right for at in spot.keep_off)


def _honest(spot: Spot, low: float, high: float, gap: float) -> float:
    """The left of a word over its point, moved off any line it would cross while it stays
    over its point, and inside `low` and `high` when it can."""
    x = spot.point - spot.shift * spot.width
    for line in spot.keep_off:
        if x < line < x + spot.width:
            x = line + gap if line < spot.point else line - gap - spot.width
    x = max(x, spot.point - spot.width, low)
    return min(x, spot.point, high - spot.width)


def _apart(spots: list[Spot], xs: list[float], apart: float) -> bool:
    return all(xs[i] + spots[i].width + apart <= xs[i + 1] + 0.01 for i in range(len(spots) - 1))


def spread_rows(
    spots: list[Spot], low: float, high: float, apart: float, gap: float
) -> list[tuple[int, float]]:
    """(line, left) of each word: all on line 0 when they keep their places there, else
    each at its place, every other one on line 1 when two would meet; `gap` is the least
    room between a word and a line it keeps off. A point beyond `low` or `high` (a key
    set at the drawing's edge, drawn larger) counts as at that edge."""
    spots = [replace(s, point=min(max(s.point, low), high)) for s in spots]
    xs = spread(spots, low, high, apart)
    if all(in_place(s, x) for s, x in zip(spots, xs, strict=True)):
        return [(0, x) for x in xs]
    honest = [_honest(s, low, high, gap) for s in spots]
    if _apart(spots, honest, apart):
        return [(0, x) for x in honest]
    rows = [(i % 2, x) for i, x in enumerate(honest)]
    for line in (0, 1):
        mine = [i for i, (row, _) in enumerate(rows) if row == line]
        if not _apart([spots[i] for i in mine], [honest[i] for i in mine], apart):
            return [(0, x) for x in xs]  # no better: as close as one line allows
    return rows
