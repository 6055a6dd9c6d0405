"""A home place named only as the scene of background acts is lent to no other act (CODING §2/§4).

The document's home (dominant) place stands for where the news happened. When every mention of
it lies in a clause telling a historical act ("منذ الهجوم على فندق في سوسة في حزيران الماضي"),
it is the place of an older incident the story recalls, not of today's: an act that names no
place of its own (arrests reported by a national ministry) keeps none rather than borrowing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.arguments import place_key
from marsad.assemble.candidate import HOME_PLACE_RANK, Candidate
from marsad.assemble.doc import Located
from marsad.model import Mention


def unlend_background_home(cands: Sequence[Candidate], places: Located, home: Mention | None) -> None:
    """Drop the borrowed home place of each candidate when every mention of the home place
    (by admin1, as ``dominant_place`` counts them) lies in a clause of a historical act."""
    if home is None:
        return
    past = {c.clause for c in cands if c.specificity == "historical"}
    if not past:
        return
    key = place_key(home)
    present = {c.clause for c in cands if c.specificity != "historical"}
    for m, clause in zip(places.items, places.clauses, strict=True):
        if place_key(m) == key and (clause not in past or clause in present):
            return  # named where no background act, or where a current act, is told
    for c in cands:
        if c.location_rank == HOME_PLACE_RANK:
            c.unplace("home place only the scene of background acts: not lent")
