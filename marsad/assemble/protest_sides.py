"""The sides of a protest once merging has fixed its sub-type (ACLED): the protesters are actor 1
of a peaceful protest and of a protest with intervention, whose intervening force is actor 2;
a force that used excessive force on protesters is actor 1, the protesters actor 2. A force
named near a protest (deployed before it, or said to repress protests in general) is not the
protesters; an armed group said to organise one is not either, nor a side a peaceful protest
met."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.assemble.candidate import Candidate
from marsad.recognise.triggers_lexicon import ARMED_TYPES

_FORCE = "Excessive force against protesters"
_INTERVENTION = "Protest with intervention"
_PEACEFUL = "Peaceful protest"


def order_protest_sides(cands: Iterable[Candidate]) -> None:
    """Put each protest's sides in ACLED's order (see the module's docstring)."""
    for c in cands:
        a1, a2 = c.actor1, c.actor2
        if c.event_type != "Protests" or a1 is None:
            continue
        armed1 = a1.type in ARMED_TYPES
        unarmed2 = a2 if a2 is not None and a2.type not in ARMED_TYPES else None
        if c.sub_event_type == _FORCE:
            if not armed1 and a2 is not None and a2.type in ARMED_TYPES:
                c.actor1, c.actor2 = a2, a1
        elif armed1 and c.sub_event_type == _INTERVENTION:
            c.actor1, c.actor2 = unarmed2, a1
        elif armed1 and c.sub_event_type == _PEACEFUL:
            c.actor1, c.actor2 = unarmed2, None
