"""One protest (or riot) told over several sentences is one event.

"Hundreds protested in Basra on Sunday …; police fired tear gas at the protesters in front of the
governorate building": the sub-types are the stages of one gathering (ACLED's unit: actor pair x
location x day), coded by what was done to it (``merge.PROTEST_RANK``; for riots the
demonstration over the mob). Gatherings at other places, on other days or of other sides stay
apart; only specific mentions of the same type are joined.

A crowd mention with no evidence of its own (no day, no cue, no place in its sentence: a pattern
only by default) after a gathering the report has told restates it ("وقد شهدت المظاهرات تجمع
الآلاف"، "حاولنا استخدام خراطيم المياه"): it joins the latest earlier gathering it fits, whatever
that one's coding, instead of standing as a second, pattern protest.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import PARAGRAPH_PLACE_RANK, Candidate
from marsad.assemble.merge_compat import PROTEST_RANK, absorb, compatible

_CROWD = ("Protests", "Riots")


def _rank(c: Candidate) -> int:
    if c.event_type == "Riots":
        return 0 if c.sub_event_type == "Violent demonstration" else 1
    return PROTEST_RANK.get(c.sub_event_type or "", 9)


def _same_gathering(o: Candidate, c: Candidate) -> bool:
    return (o.event_type == c.event_type and o.specificity == c.specificity == "specific"
            and compatible(o, c, same_family=False, any_order=True))


_TOLD = ("specific", "recurring", "trend")  # (not a planned, denied or long-ago gathering)
_OWN_PLACE = PARAGRAPH_PLACE_RANK  # a location rank from here on is not the mention's own (paragraph, document…)


def _restated(o: Candidate, c: Candidate) -> bool:
    """``c``, a crowd mention with no evidence of its own, tells gathering ``o`` again."""
    return (o.event_type in _CROWD and o.specificity in _TOLD
            and compatible(o, c, same_family=False, check_spec=False, any_order=True))


def merge_gatherings(cands: Sequence[Candidate]) -> list[Candidate]:
    """Fold each specific protest or riot into the first earlier one of its gathering, and each
    evidence-less crowd mention into the latest earlier gathering it fits."""
    out: list[Candidate] = []
    for c in cands:
        host = None
        if c.event_type in _CROWD and c.specificity == "specific":
            host = next((o for o in out if _same_gathering(o, c)), None)
        elif (c.event_type in _CROWD and c.spec_rule == "default" and not c.headline
              and c.location_rank >= _OWN_PLACE):
            host = next((o for o in reversed(out) if _restated(o, c)), None)
        if host is None:
            out.append(c)
            continue
        if host.event_type == c.event_type and _rank(c) < _rank(host):
            host.sub_event_type, host.plover = c.sub_event_type, c.plover
        absorb(host, c)
    return out
