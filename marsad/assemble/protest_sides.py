"""The sides of a protest once merging has fixed its sub-type (ACLED): the protesters are actor 1
of a peaceful protest and of a protest with intervention, whose intervening force is actor 2;
a force that used excessive force on protesters is actor 1, the protesters actor 2. A force
named near a protest (deployed before it, or said to repress protests in general) is not the
protesters; an armed group said to organise one is not either, nor a side a peaceful protest
met. An unarmed actor is never the force; of two armed actors the state's own forces are the
force (the other is no protester: a protest has two sides only)."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.assemble.candidate import Candidate
from marsad.model import Actor
from marsad.recognise.triggers_lexicon import ARMED_TYPES

_FORCE = "Excessive force against protesters"
_INTERVENTION = "Protest with intervention"
_PEACEFUL = "Peaceful protest"
_STATE, _PROTESTERS = 1, 6  # ACLED inter codes


def order_protest_sides(cands: Iterable[Candidate]) -> None:
    """Put each protest's sides in ACLED's order (see the module's docstring)."""
    for c in cands:
        a1, a2 = c.actor1, c.actor2
        if c.event_type != "Protests" or (a1 is None and a2 is None):
            continue
        armed = [a for a in (a1, a2) if a is not None and a.type in ARMED_TYPES]
        unarmed = [a for a in (a1, a2) if a is not None and a.type not in ARMED_TYPES]
        if c.sub_event_type == _FORCE:
            # the force first, the protesters second; never an unarmed actor as the force
            c.actor1, c.actor2 = _force(armed), _protesters(unarmed)
        elif c.sub_event_type == _INTERVENTION and (armed or a1 is None):
            # the protesters first, the force that stepped in second (a second armed actor is
            # no protester: two sides only)
            c.actor1, c.actor2 = _protesters(unarmed), _force(armed)
        elif c.sub_event_type == _PEACEFUL and (a1 is None or a1.type in ARMED_TYPES):
            # the protesters first; an armed actor is no side of a peaceful protest (the one it
            # is against, or a force deployed around it)
            c.actor1, c.actor2 = _protesters(unarmed), None


def _force(armed: list[Actor]) -> Actor | None:
    """The force of a protest's armed actors: a state's own (ACLED inter 1), else the first."""
    return next((a for a in armed if a.type == _STATE), armed[0] if armed else None)


def _protesters(unarmed: list[Actor]) -> Actor | None:
    """The protesters of a protest's unarmed actors: those named as protesters (ACLED inter 6),
    else the first."""
    return next((a for a in unarmed if a.type == _PROTESTERS), unarmed[0] if unarmed else None)
