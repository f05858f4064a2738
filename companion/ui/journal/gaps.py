"""Breaks in the graph's lines where entries are far apart (see `LONGEST_JOIN`)."""

from __future__ import annotations

import numpy as np

from companion.core.journal.series import LONGEST_JOIN


def with_breaks(
    x: np.ndarray, y: np.ndarray, longest: float = LONGEST_JOIN
) -> tuple[np.ndarray, np.ndarray]:
    """The points, with a point of no value between neighbours more than `longest`
    apart: the plot draws no line and no shading across it."""
    if len(x) < 2:
        return x, y
    after = np.flatnonzero(np.diff(x) > longest) + 1
    if not len(after):
        return x, y
    middles = (x[after - 1] + x[after]) / 2
    return np.insert(x, after, middles), np.insert(y.astype(float), after, np.nan)
