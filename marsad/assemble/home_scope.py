"""Which events the document's home place may stand in for (CODING §2, DESIGN: never invent a place).

An event whose own clause, sentence and paragraph name no place is given the document's home
(dominant) place: the news the article is about happened there. A background act told as
history and dated more than a month before the report ("وقع الطرفان هدنة عام 2015"، "in February
the group abducted 250 Christians") is another incident, at another time and usually elsewhere: the
home place, or a place of an earlier sentence, says nothing of where it was, so it keeps no place
rather than borrowing the story's; unless its sentence points back to that place ("وكانت المدينة
قد شهدت…"، "the district was hit before"), which links the two.
An undated earlier act (the clash the story follows up) may well be the home place's own. An act
a charge names ("متهم بالتخطيط لتفجير"، "بتهمة قتل") is told for the charge, not as news from
the home place: it borrows no place either (its own clause or sentence may still place it).
An act its own clause places across the whole country, right after the trigger ("يتظاهرون كل يوم
في شوارع البلاد"، "مددت حالة الطوارئ في البلاد"، "اعتقالات في عدد من المدن"، "protests across the
country") is country-wide (CODING §2: no first-level place): a place borrowed from another
clause, sentence or the home place is dropped; a place its own clause names is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.candidate import HOME_PLACE_RANK, PARAGRAPH_PLACE_RANK, Candidate
from marsad.assemble.doc import DocIndex
from marsad.assemble.judge import YEAR_BEFORE_NOTE

# Country-wide scope said right after the trigger (original text; a few words may come between).
_NATIONWIDE = re.compile(
    r"^[^.،,؛:\n]{0,40}?(?:(?:^|\s)(?:في|فى)\s+|\sب)(?:(?:(?:جميع|كافة|كافه|مختلف|شتى)\s+)?"
    r"(?:(?:أنحاء|انحاء|شوارع|مدن|مناطق)\s+(?:متفرقة\s+من\s+)?)?البلاد"
    r"|(?:عدة|عدد\s+من|العديد\s+من|مختلف)\s+(?:ال)?(?:مدن|محافظات|ولايات)\b(?!\s+(?:ال\S+\s+)?(?:ب\S|في\s|فى\s)))"
    r"|^[^.,;:\n]{0,40}?\b(?:across|throughout)\s+the\s+country\b|^\s*nationwide\b",
    re.IGNORECASE,
)
_MAY_NATIONWIDE = ("البلاد", "مدن", "محافظات", "ولايات", "country", "nationwide")
_REACH = 60  # characters after the trigger
# A relative clause right after a place tells what happened there ("بمدينة تعز، التي شهدت أعنف
# المعارك في البلاد"): the place is that act's own.
_RELATIVE_AFTER = re.compile(r"[\s،,]*(?:\([^()]{0,30}\)[\s،,]*)?(?:التي|الذي|اللتين|اللذين|which|where)\s")


# Ranks of a place borrowed from outside the act's sentence: an earlier sentence of its
# paragraph, the document's home place.
_BORROWED = (PARAGRAPH_PLACE_RANK, HOME_PLACE_RANK)


# A word of the act's sentence that points back to a place named before ("المدينة"، "هناك"،
# "the district"): the text links the act to the earlier sentence's place (CODING §4).
_BACK = re.compile(
    r"(?:^|[\s(\"«])[وفب]?(?:ال(?:مدينة|بلدة|قرية|منطقة|حي|محافظة|مخيم|ناحية|مديرية)(?:\s+(?:ذاتها|نفسها|ذاته|نفسه))?"
    r"|هناك)(?=$|[\s،,.)\"»])"
    r"|\b(?:the\s+(?:district|town|city|village|area|province|camp|neighbourhood|neighborhood)|there)\b",
    re.IGNORECASE,
)


def _refers_back(c: Candidate, idx: DocIndex) -> bool:
    """The candidate's sentence holds a word pointing back to an earlier place."""
    return _BACK.search(idx.view.original, idx.sent_starts[c.sent], idx.sent_end(c.sent)) is not None


def unplace_background(merged: Sequence[Candidate], idx: DocIndex) -> None:
    """Drop the borrowed place (home place, or an earlier sentence's) of each event settled as
    historical with a day of its own (``date_histories`` keeps only a day more than a month
    before the report) or an earlier year in its own clause, and of each act a charge names."""
    for c in merged:
        if (c.location_rank in _BORROWED and c.specificity == "historical"
                and (c.date.start or YEAR_BEFORE_NOTE in c.notes)
                and not (c.location_rank == PARAGRAPH_PLACE_RANK and _refers_back(c, idx))):
            c.unplace("background act: home place not lent")
        elif c.charged and c.location_rank in _BORROWED:
            c.unplace("charged act: home place not lent")
    text = idx.view.original
    if not any(w in text for w in _MAY_NATIONWIDE):
        return
    for c in merged:
        p = c.location
        if p is None or c.location_rank == 0:
            continue
        start, end = idx.clause_start(c.clause), idx.clause_end(c.clause)
        if start <= p.span.start < end:
            continue  # its own clause names the place
        t_end = c.trigger.span.end
        if p.span.end <= start and _RELATIVE_AFTER.match(text, p.span.end, start + 12):
            continue  # the place the relative clause holding the act is about
        if _NATIONWIDE.search(text[t_end : min(end, t_end + _REACH)]):
            c.unplace("country-wide act: no borrowed place")
