"""The country an act's own clause names as where it happened (CODING §4), one test for all.

A country is named as the scene near the trigger after في، داخل، the clitic بـ or "in" ("اعتقلت
الشرطة في ألمانيا"، "arrested in Germany"); for shelling, missiles and strikes also one the fire is
aimed at after the trigger ("غارات على اليمن"، "صواريخ باتجاه السعودية": ACLED codes where fire
lands). A country that acts or speaks ("أعلنت إسرائيل"), a border or neighbour ("قرب الحدود
الباكستانية"), a country that only says where the place before it lies ("من كرمنشاه بإيران") or
one named for another role (a government, a seat) is no scene. ``assign_location`` reads it to
let the scene country beat a place of another country from elsewhere, ``home_scope`` to keep the
home place from an act told abroad.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.model import Mention, Span

# Words before a place that make it what fire is aimed at ("على جازان"، "باتجاه الريحانية").
TOWARDS_WORDS = ("على", "علي", "نحو", "باتجاه", "اتجاه", "تجاه", "صوب")
# Also before the country a strike was made over ("غارة جوية فوق سوريا"): where it struck; not
# "من فوق" (fired from over a country: where the aircraft flew).
_OVER_WORDS = ("فوق", "over")


def is_country(m: Mention) -> bool:
    """A place mention resolved to a whole country."""
    return isinstance(m.value, dict) and m.value.get("level") == "country"


def not_a_scene(m: Mention) -> bool:
    """A place the text names for another role than a scene (toponym_roles): a capital for its
    government, a reference point that only locates another place, where a statement was made, or
    the seat of a body or where it is outlawed (toponym_seats)."""
    v = m.value
    return isinstance(v, dict) and (v.get("government") is True or v.get("locates") is True
                                    or v.get("spoken") is True or v.get("seat") is True
                                    or v.get("outlawed") is True)  # (no generator: ~12 calls a document)


# Just before a country named as where an act happened.
_SCENE_BEFORE = re.compile(
    r"(?:(?:^|\s)(?:في|فى|داخل)\s+|(?:^|\s)و?ب|\b(?:in|inside)\s+(?:the\s+)?)$", re.IGNORECASE)
# Just before a country fire is aimed at.
_AIMED_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(TOWARDS_WORDS)
                           + r"|(?<!من )(?<!from )(?:" + "|".join(_OVER_WORDS) + r"))\s+$")
# "من <town> ب<country>": where something came from, the town perhaps unknown to the gazetteer.
_FROM_TOWN = re.compile(r"(?:^|\s)من\s+[^\s،,.]+\s+و?ب$")
# Words inside the mention that make it a border or neighbour ("الحدود السورية"، "قرب الحدود").
_BORDER_WORDS = ("حدود", "قرب", "جوار")
_REMOTE = "Explosions/Remote violence"
# The scene country stands this close to the trigger (tokens); one further off belongs to another
# phrase ("اعتقلت رجلا يعتقد أنه كان مسؤولا ماليا في التنظيم في سوريا": where he served).
_REACH = 6


def scene_country(c: Candidate, places: Located, country: Sequence[bool], idx: DocIndex) -> int:
    """Index (in ``places``) of the first country ``c``'s clause names as its scene, else -1
    (``country``: which places are countries, found once a document)."""
    text = idx.view.original
    items = places.items
    for k in places.clause(c.clause):
        if not country[k]:
            continue
        m = items[k]
        if idx.gap(c.trigger, m) > _REACH or not_a_scene(m) or any(
                w in m.text for w in _BORDER_WORDS):
            continue
        start = m.span.start
        if (k > 0 and 0 <= start - items[k - 1].span.end <= 2) or _FROM_TOWN.search(
                text, max(0, start - 30), start):
            continue  # "من كرمنشاه بإيران": the country only says where a place before lies
        if _SCENE_BEFORE.search(text, max(0, start - 12), start) or (
                c.event_type == _REMOTE and start >= c.trigger.span.end
                and _AIMED_BEFORE.search(text, max(0, start - 10), start)):
            return k
    return -1


# Just before a country named after a preposition or a clitic (a scene, a target, an origin):
# not the state that acts.
_GOVERNED = re.compile(
    r"(?:(?:^|\s)(?:في|فى|داخل|إلى|الى|على|علي|من|عن|نحو|باتجاه|اتجاه|تجاه|صوب|مع|ضد|بين|فوق"
    r"|تحت|قرب|عبر|حول)\s+|(?:^|\s)و?[بل]"
    r"|\b(?:in|inside|into|to|from|on|against|over|across|with|near|at)\s+(?:the\s+)?)$",
    re.IGNORECASE)


def acting_country(c: Candidate, m: Mention, idx: DocIndex) -> bool:
    """Country ``m`` is named as the state that does ``c``'s act, not where: bare (no
    preposition or clitic before it) and before the trigger ("شنت تركيا ضربات"، "Turkey
    struck") or right after it ("قصفت إسرائيل مواقع")."""
    start = m.span.start
    t = c.trigger.span
    if not (start < t.start or 0 <= start - t.end <= 1):
        return False
    return _GOVERNED.search(idx.view.original, max(0, start - 12), start) is None


# Country-wide scope said right after the trigger (original text; a few words may come between):
# "يتظاهرون كل يوم في شوارع البلاد"، "اعتقالات في عدد من المدن"، "protests across the country".
_NATIONWIDE = re.compile(
    r"^[^.،,؛:\n]{0,40}?(?:(?:^|\s)(?:في|فى)\s+|\sب)(?:(?:(?:جميع|كافة|كافه|مختلف|شتى)\s+)?"
    r"(?:(?:أنحاء|انحاء|شوارع|مدن|مناطق)\s+(?:متفرقة\s+من\s+)?)?البلاد"
    r"|(?:عدة|عدد\s+من|العديد\s+من|مختلف)\s+(?:ال)?(?:مدن|محافظات|ولايات)\b(?!\s+(?:ال\S+\s+)?(?:ب\S|في\s|فى\s)))"
    r"|^[^.,;:\n]{0,40}?\b(?:across|throughout)\s+the\s+country\b|^\s*nationwide\b",
    re.IGNORECASE,
)
_MAY_NATIONWIDE = ("البلاد", "مدن", "محافظات", "ولايات", "country", "nationwide")
_WIDE_REACH = 60  # characters after the trigger
# A relative clause right after a place tells what happened there ("بمدينة تعز، التي شهدت أعنف
# المعارك في البلاد"): the place is that act's own.
_RELATIVE_AFTER = re.compile(r"[\s،,]*(?:\([^()]{0,30}\)[\s،,]*)?(?:التي|الذي|اللتين|اللذين|which|where)\s")


def may_be_country_wide(text: str) -> bool:
    """The document holds a word ``country_wide`` needs (a cheap test, once a document)."""
    return any(w in text for w in _MAY_NATIONWIDE)


def country_wide(c: Candidate, place: Span, idx: DocIndex) -> bool:
    """``c``'s own clause places it across the whole country right after the trigger, so a place
    named outside that clause (at ``place``) is not its scene (CODING §2: no first-level place);
    unless the clause is a relative one about that place ("بمدينة تعز، التي شهدت…")."""
    text = idx.view.original
    start, end = idx.clause_start(c.clause), idx.clause_end(c.clause)
    if start <= place.start < end:
        return False  # its own clause names the place
    if place.end <= start and _RELATIVE_AFTER.match(text, place.end, start + 12):
        return False
    t_end = c.trigger.span.end
    return _NATIONWIDE.search(text[t_end : min(end, t_end + _WIDE_REACH)]) is not None
