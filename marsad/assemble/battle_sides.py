"""Civilians are never a side of a battle (ACLED fights are between organised armed groups). A
battle that has them as a side once merging filled its actors (a later mention named who was hit:
تستهدف المدنيين) is an attack on them when its word's type is decided by its target (هجوم،
استهداف), else they are its casualties and no side (اشتباكات، سيطرة)."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.assemble.candidate import Candidate
from marsad.assemble.roles import CIVILIANS
from marsad.model import Actor


def _civilians(a: Actor | None) -> bool:
    return a is not None and a.type == CIVILIANS


def civilians_off_battles(cands: Iterable[Candidate]) -> None:
    """Make each battle with civilians as a side an attack on them, or drop them (see above)."""
    for c in cands:
        if c.event_type != "Battles" or not (_civilians(c.actor1) or _civilians(c.actor2)):
            continue
        if (c.value.get("decide") == "target" and _civilians(c.actor2)
                and not _civilians(c.actor1)):
            c.event_type, c.sub_event_type, c.plover = "Violence against civilians", "Attack", "ASSAULT"
            c.notes.append("civilians are its target")
            continue
        if _civilians(c.actor1):
            c.actor1, c.actor2 = (None if _civilians(c.actor2) else c.actor2), None
        if _civilians(c.actor2):
            c.actor2 = None
