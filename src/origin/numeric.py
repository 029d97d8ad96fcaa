"""Small numeric helpers that several stages share."""
from __future__ import annotations

import math

import numpy as np


def percentiles(points: np.ndarray, percents: tuple[float, ...]) -> list[np.ndarray]:
    """``np.percentile(points, q, axis=0)`` for each q, bit for bit for finite values (its linear
    interpolation, computed its way), from one sort: ``np.percentile`` costs ~50 us a call in
    overhead on a few hundred values, which made it half of verification's CPU and most of a
    band's (``video.regions``)."""
    ordered = np.sort(points, axis=0)
    last = len(ordered) - 1
    values = []
    for percent in percents:
        virtual = last * (percent / 100)
        below = int(math.floor(virtual))
        above = min(below + 1, last)
        gamma = virtual - below
        low, high = ordered[below], ordered[above]
        step = high - low
        values.append(high - step * (1 - gamma) if gamma >= 0.5 else low + step * gamma)
    return values
