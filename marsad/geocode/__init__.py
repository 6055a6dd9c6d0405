"""Geocoding: the gazetteer (GeoNames + OCHA admin units + curated facilities) and the resolver."""

from __future__ import annotations

from marsad.geocode.store import Entry, Gazetteer, MemoryGazetteer, default_gazetteer, embedded

__all__ = ["Entry", "Gazetteer", "MemoryGazetteer", "default_gazetteer", "embedded"]
