"""Which events may borrow a place from outside their clause (CODING §2/§4, DESIGN: never invent a place).

``assign_location`` gives an event the place its own clause names; a place from elsewhere (its
sentence's, an earlier sentence's of its paragraph, else the document's home (dominant) place,
where the news the article is about happened) is only offered (``Candidate.offered``: merging
reads it as where the act is). ``lend`` gives it that place once events are merged and their
time settled, unless ``refusal`` finds a reason against it: a place is never lent and then
taken back. Reasons:
- An act its own clause places in another country (``scene.scene_country``: "اعتقلت الشرطة في
  ألمانيا" in a report on Syria) happened there: it takes that country (no admin1, no point)
  instead of the home place.
- A background act told as history and dated more than a month before the report ("وقع الطرفان
  هدنة عام 2015"، "in February the group abducted 250 Christians") is another incident, at another
  time and usually elsewhere: it keeps no place rather than borrowing an earlier sentence's or
  the story's; unless its sentence points back to the earlier sentence's place ("وكانت المدينة
  قد شهدت…"، "the district was hit before"), which links the two. An undated earlier act (the
  clash the story follows up) may well be the home place's own.
- An act a charge names ("متهم بالتخطيط لتفجير"، "بتهمة قتل") is told for the charge, not as news
  from there.
- An act its own clause places across the whole country (``scene.country_wide``: "في شوارع
  البلاد"، "protests across the country") borrows no place from another clause.
- In a round-up (items from several regions) the home place is the most named of several, not
  the scene of every item: it is lent only when its region has been named more often than any
  other region up to the end of the act's sentence (an item told after another region's news,
  before the home region leads again, is not placed there; acts told before any rival is named
  keep it). Places named for another role (``scene.not_a_scene``) and countries count for none.
- When every mention of the home place lies in a clause telling a historical act ("منذ الهجوم على
  فندق في سوسة في حزيران الماضي"), it is the place of an older incident the story recalls: the
  offer is withdrawn from every act once acts are judged, before they merge (``withdraw_home``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from marsad.assemble.arguments import country_of, dominant_place, place_key, place_of
from marsad.assemble.candidate import (
    COUNTRY_PLACE_RANK,
    HOME_PLACE_RANK,
    NO_PLACE_RANK,
    PARAGRAPH_PLACE_RANK,
    Candidate,
)
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.home_support import supported
from marsad.assemble.scene import (
    country_wide,
    is_country,
    may_be_country_wide,
    not_a_scene,
    scene_country,
)
from marsad.model import Mention

# A word of the act's sentence that points back to a place named before ("المدينة"، "هناك"،
# "the district"): the text links the act to the earlier sentence's place (CODING §4).
_BACK = re.compile(
    r"(?:^|[\s(\"«])[وفب]?(?:ال(?:مدينة|بلدة|قرية|منطقة|حي|محافظة|مخيم|ناحية|مديرية)(?:\s+(?:ذاتها|نفسها|ذاته|نفسه))?"
    r"|هناك)(?=$|[\s،,.)\"»])"
    r"|\b(?:the\s+(?:district|town|city|village|area|province|camp|neighbourhood|neighborhood)|there)\b",
    re.IGNORECASE,
)

# Countries whose places the gazetteer and the press assign to either (Jerusalem, the West Bank
# and Gaza under Israel or Palestine): one never counts as "another country" for the other.
_OVERLAPPING = frozenset({"IL", "PS"})


def home_place(places: Sequence[Mention], heard: Sequence[Mention]) -> Mention | None:
    """The document's home place: its dominant place (``places`` and the sources' ``heard``),
    unless the text barely supports it (``home_support``)."""
    dominant = dominant_place([*places, *heard] if heard else places)
    return dominant if dominant is not None and supported(dominant, places) else None


def withdraw_home(cands: Sequence[Candidate], places: Located, home: Mention | None) -> None:
    """Withdraw the home place offered to every candidate when each mention of it lies in a
    clause telling a historical act (known once acts are judged, before they merge)."""
    if home is None or not _background_home(cands, places, home):
        return
    for c in cands:
        if c.offered and c.location_rank == HOME_PLACE_RANK:
            c.location, c.location_rank, c.offered = None, NO_PLACE_RANK, False
            c.notes.append("home place only the scene of background acts: not lent")


def lend(merged: Sequence[Candidate], places: Located, idx: DocIndex) -> None:
    """Give each event the place it was offered, or the country its clause names as its scene
    instead of the home place, unless ``refusal`` says why not (run once events are merged and
    their time settled)."""
    country = [is_country(m) for m in places.items]
    has_country = any(country)
    wide = may_be_country_wide(idx.view.original)
    leaders: tuple[list[int], list[str | None]] | None = None  # ``_leaders``, once asked for
    for c in merged:
        if not c.offered:
            continue
        c.offered = False
        place, rank = c.location, c.location_rank
        if place is None:
            continue  # (an offer is always of a place)
        if rank == HOME_PLACE_RANK and has_country and place.country:
            k = _abroad(c, places, country, place.country, idx)
            if k >= 0:
                c.location, c.location_rank = place_of(places.items[k]), COUNTRY_PLACE_RANK
                c.notes.append("its clause names another country: home place not lent")
                continue
        why = refusal(c, rank, idx)
        if why is None and rank == HOME_PLACE_RANK:
            if leaders is None:
                leaders = _leaders(places.items)
            if not _leads(place.admin1 or place.name or "", leaders, idx.sent_end(c.sent)):
                why = "another region named as often as the home place so far: not lent"
        if why is None and wide and country_wide(c, place.span, idx):
            why = "country-wide act: no borrowed place"
        if why is not None:
            c.location, c.location_rank = None, NO_PLACE_RANK
            c.notes.append(why)


def _leaders(items: Sequence[Mention]) -> tuple[list[int], list[str | None]]:
    """The starts of the scenes ``_leads`` counts among ``items`` (in text order: places below
    country level, not named for another role, ``not_a_scene``), and after each one the region
    key (``place_key``) named more often than any other so far (None on a tie). One pass per
    document instead of a count from the start per candidate."""
    starts: list[int] = []
    leader: list[str | None] = []
    counts: dict[str, int] = {}
    best, ahead = 0, None  # the highest count so far, and the key alone in holding it
    for m in items:
        v = m.value
        if isinstance(v, dict) and v.get("level") != "country" and not not_a_scene(m):
            k = place_key(m)
            if k:
                n = counts[k] = counts.get(k, 0) + 1
                if n > best:
                    best, ahead = n, k
                elif n == best:
                    ahead = None  # (k is not ``ahead``: its count was below best)
                starts.append(m.span.start)
                leader.append(ahead)
    return starts, leader


def _leads(key: str, leaders: tuple[list[int], list[str | None]], end: int) -> bool:
    """Region ``key`` (``place_key``) is named more often than any other among the scenes
    named before ``end`` (``_leaders``; true before any is named)."""
    starts, leader = leaders
    n = bisect_left(starts, end)
    return n == 0 or leader[n - 1] == key


def refusal(c: Candidate, rank: int, idx: DocIndex) -> str | None:
    """Why ``c`` may not borrow the place of ``rank`` (an earlier sentence's or the home
    place), or None."""
    if rank not in (PARAGRAPH_PLACE_RANK, HOME_PLACE_RANK):
        return None
    if c.charged:
        return "charged act: home place not lent"
    if c.specificity == "historical" and (c.date.start or c.year_before) and not (
            rank == PARAGRAPH_PLACE_RANK and _refers_back(c, idx)):
        return "background act: home place not lent"
    return None


def _refers_back(c: Candidate, idx: DocIndex) -> bool:
    """The candidate's sentence holds a word pointing back to an earlier place."""
    return _BACK.search(idx.view.original, idx.sent_starts[c.sent], idx.sent_end(c.sent)) is not None


def _background_home(cands: Sequence[Candidate], places: Located, home: Mention) -> bool:
    """Every mention of the home place (by admin1, as ``dominant_place`` counts them) lies in a
    clause of a historical act and of no other act."""
    past = {c.clause for c in cands if c.specificity == "historical"}
    if not past:
        return False
    key = place_key(home)
    present = {c.clause for c in cands if c.specificity != "historical"}
    for m, clause in zip(places.items, places.clauses, strict=True):
        if place_key(m) == key and (clause not in past or clause in present):
            return False  # named where no background act, or where a current act, is told
    return True


def _abroad(
    c: Candidate, places: Located, country: Sequence[bool], home_cc: str, idx: DocIndex
) -> int:
    """Index of the country ``c``'s clause names as its scene when none of the clause's
    countries (``country``: which places are countries) is ``home_cc``, else -1."""
    k = scene_country(c, places, country, idx)
    if k < 0:
        return -1
    for j in places.clause(c.clause):
        if country[j]:
            cc = country_of(places.items[j])
            if cc is None or cc == home_cc or {cc, home_cc} <= _OVERLAPPING:
                return -1  # the clause names the home country too: the home place may stand
    return k
