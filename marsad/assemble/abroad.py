"""An act its own words place in another country does not keep the home place (CODING §4).

The document's home (dominant) place is lent to an event whose clause, sentence and paragraph
name no finer place: the news is about there. When the event's own clause names a country as
where it happened, near the trigger, and none of the countries the clause names is the home
place's ("اغتصبت طفلة في باكستان" in a report on Yemen, "اعتقلت الشرطة في ألمانيا" in one on
Syria), the act happened elsewhere: it is placed in that country (no admin1, no point) rather
than in a town of another country. Only a country named as a scene counts (في، داخل، بـ، in
before it; for shelling, missiles and strikes also one the fire is aimed at after the trigger,
"الغارات على اليمن", as ACLED codes where fire lands): a country that acts or speaks ("أعلنت
إسرائيل"), or a border or neighbour ("قرب الحدود الباكستانية"), places nothing. Run after merging, so the events found do not change,
only the place of those that borrowed it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.arguments import SCENE_WORDS_AR, country_of, is_country, place_of
from marsad.assemble.candidate import COUNTRY_PLACE_RANK, HOME_PLACE_RANK, Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.model import Mention

# Just before a country named as where an act happened.
_SCENE = re.compile(r"(?:" + SCENE_WORDS_AR + r"|\b(?:in|inside)\s+(?:the\s+)?)$", re.IGNORECASE)
# Fire aimed at a country after the trigger lands there: "صواريخ باتجاه السعودية"، "الغارات على
# اليمن" (remote violence only; ACLED codes where fire lands).
_AIMED = re.compile(r"(?:^|\s)(?:على|علي|نحو|باتجاه|صوب)\s+$")
_REMOTE = "Explosions/Remote violence"
# Words inside the mention that make it a border or neighbour ("الحدود السورية"، "قرب الحدود").
_BORDER_WORDS = ("حدود", "قرب", "جوار")
# The scene country stands this close to the trigger (tokens); one further off belongs to another
# phrase ("اعتقلت رجلا يعتقد أنه كان مسؤولا في التنظيم في سوريا": where he served).
_REACH = 6


# Countries whose places the gazetteer and the press assign to either (Jerusalem, the West Bank
# and Gaza under Israel or Palestine): one never counts as "another country" for the other.
_OVERLAPPING = frozenset({"IL", "PS"})


def foreign_country(c: Candidate, places: Located, home_cc: str, idx: DocIndex) -> Mention | None:
    """The first country ``c``'s clause names as its scene when none of the clause's countries
    is ``home_cc``, else None."""
    found: Mention | None = None
    for k in places.clause(c.clause):
        m = places.items[k]
        if not is_country(m):
            continue
        cc = country_of(m)
        if cc is None or cc == home_cc or {cc, home_cc} <= _OVERLAPPING:
            return None  # the clause names the home country too: the home place may stand
        if found is None and _named_as_scene(c, m, idx):
            found = m
    return found


def _named_as_scene(c: Candidate, m: Mention, idx: DocIndex) -> bool:
    """Country ``m`` stands near ``c``'s trigger, names no border or neighbour, and is named as
    where the act happened (after في / in) or, for remote violence, where its fire was aimed."""
    if idx.gap(c.trigger, m) > _REACH or any(w in m.text for w in _BORDER_WORDS):
        return False
    text, start = idx.view.original, m.span.start
    if _SCENE.search(text, max(0, start - 12), start):
        return True
    return (c.event_type == _REMOTE and start >= c.trigger.span.end
            and _AIMED.search(text, max(0, start - 10), start) is not None)


def place_abroad(merged: Sequence[Candidate], places: Located, idx: DocIndex) -> None:
    """Give each event holding the borrowed home place the foreign country its own clause
    names as its scene, if any."""
    if not any(is_country(m) for m in places.items):
        return
    for c in merged:
        home = c.location
        if c.location_rank != HOME_PLACE_RANK or home is None or not home.country:
            continue
        m = foreign_country(c, places, home.country, idx)
        if m is not None:
            c.location, c.location_rank = place_of(m), COUNTRY_PLACE_RANK
            c.notes.append("its clause names another country: home place not lent")
