"""Distance on the earth between two points, the one formula the gazetteer build, the geocoder's
evaluation and the event deduplicator share."""

from __future__ import annotations

import math

EARTH_KM = 6371.0  # mean radius


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2
    ) ** 2
    return EARTH_KM * 2 * math.asin(math.sqrt(a))
