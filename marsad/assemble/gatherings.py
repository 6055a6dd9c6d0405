"""One protest (or riot) told over several sentences is one event.

"Hundreds protested in Basra on Sunday …; police fired tear gas at the protesters in front of the
governorate building": the sub-types are the stages of one gathering (ACLED's unit: actor pair x
location x day), coded by what was done to it (``merge.PROTEST_RANK``; for riots the
demonstration over the mob). Gatherings at other places, on other days or of other sides stay
apart; only specific mentions of the same type are joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge import PROTEST_RANK, absorb, compatible

_CROWD = ("Protests", "Riots")


def _rank(c: Candidate) -> int:
    if c.event_type == "Riots":
        return 0 if c.sub_event_type == "Violent demonstration" else 1
    return PROTEST_RANK.get(c.sub_event_type or "", 9)


def _same_gathering(o: Candidate, c: Candidate) -> bool:
    return (o.event_type == c.event_type and o.specificity == c.specificity == "specific"
            and compatible(o, c, same_family=False, any_order=True))


def merge_gatherings(cands: Sequence[Candidate]) -> list[Candidate]:
    """Fold each specific protest or riot into the first earlier one of its gathering."""
    out: list[Candidate] = []
    for c in cands:
        host = None
        if c.event_type in _CROWD and c.specificity == "specific":
            host = next((o for o in out if _same_gathering(o, c)), None)
        if host is None:
            out.append(c)
            continue
        if _rank(c) < _rank(host):
            host.sub_event_type, host.plover = c.sub_event_type, c.plover
        absorb(host, c)
    return out
