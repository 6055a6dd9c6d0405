"""A home place the document barely supports is no home place (CODING §4: never invent a place).

The document's home (dominant) place is lent to events that name no place of their own. When
the most mentioned place is named once, nothing else in the text lies in its country (no other
place there, the country never named) and another country is named twice or more, the single
mention is most often a homonym in a story about elsewhere (a woman called ديانا read as an Iraqi
district, "قصره" (his palace) as a West Bank village): lending it would place every unplaced
event in a country the story is not about, so no home place is lent. A governorate, its seat or
a capital named once (أربيل، القاهرة) is meant and stays the home place.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.arguments import country_of
from marsad.model import Mention

# First-level units, their seats and capitals (GeoNames feature codes).
_MAJOR = frozenset({"A.ADM1", "P.PPLA", "P.PPLC"})


def supported(home: Mention, places: Sequence[Mention]) -> bool:
    """The text backs ``home``: it is a major place, another mention lies in its country or
    names the country itself, or no other country is named twice."""
    cc = country_of(home)
    v = home.value
    if cc is None or (isinstance(v, dict) and v.get("feature") in _MAJOR):
        return True
    others: dict[str, int] = {}
    for m in places:
        c = country_of(m)
        if c is None or m is home:
            continue
        if c == cc:
            return True
        others[c] = others.get(c, 0) + 1
    return not any(n >= 2 for n in others.values())
