"""A summary of fighting over places in several governorates has no one place (CODING §2).

"تجدد الاشتباكات في مدن سبها والكفرة وأوباري" sums up fronts in three governorates: it stays one
event (locations.py does not split a pattern of battles), and no single member of the list is its
scene, so it keeps no admin1 rather than the list's first (or any one) member's.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.model import Mention, Place
from marsad.text.normalise import normalise_phrase

# "في منطقة قانية الواقعة بين محافظتي البيضاء ومأرب": the list only says where one place lies.
_BETWEEN = frozenset(normalise_phrase(w) for w in ("بين", "مابين", "between"))


def spans_regions(members: Sequence[tuple[Mention, Place]]) -> bool:
    """The listed places lie in two or more governorates (admin1), all of them known."""
    regions = {p.admin1 for _, p in members}
    return None not in regions and len(regions) > 1


def unplace_summary(c: Candidate, group: Sequence[Mention],
                    members: Sequence[tuple[Mention, Place]], idx: DocIndex) -> None:
    """Drop ``c``'s place when it is one member of a list spanning several governorates."""
    if c.location is None or not spans_regions(members):
        return
    if any(not _BETWEEN.isdisjoint(w) for w in idx.sets_before(group[0], 3)):
        return
    if c.location.span in {m.span for m in group}:
        c.unplace("summary over several governorates: no one place")
