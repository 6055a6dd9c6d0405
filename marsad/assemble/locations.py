"""One event per location (CODING §2): an act reported at several coordinated places.

"غارات على صنعاء ومأرب"، "بريفي حلب والحسكة إضافة إلى مدينة الرقة": places joined only by
coordinators (و، ، إضافة إلى، فضلا عن…) form a group; the candidate the group belongs to is
copied once per member, each copy with its own location. A town's bigger place right after it
("سراقب بريف إدلب ومعرة النعمان") only qualifies it and keeps the list going. Places that nest (a
town and its governorate) or repeat one place count once (the finer is kept), countries never
split, a span "between X and Y" (or "between the governorates of X and Y") names one stretch,
a place named by a direction from a bigger one after a comma ("الصليف، شمالي الحديدة") only
says where the one before lies, a list after "to/towards" is a
destination, and a list that says where a source is or where fire came from is no scene. An
act judged on evidence (a day, a toll, hundreds of strikes) over the examples of a wider summary
("في مدن رئيسية مثل الرقة ودير الزور"، "لا سيما في مدن إدلب وحماة") is one summary, not one event
per example; one judged a pattern only by default still splits (a bare plural may be each
place's incident of the day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from marsad.assemble.arguments import TOWARDS, place_of
from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.example_places import examples_listed
from marsad.assemble.markers import DESTINATION_MARKERS
from marsad.assemble.merge_compat import LISTED_NOTE, PATTERN
from marsad.assemble.scene import is_country
from marsad.assemble.summary_places import unplace_summary
from marsad.model import Mention, Place
from marsad.text.normalise import normalise_phrase

# The whole text between two places of one list: an optional aside after the first place (a
# bracket or direction adverb: "صنعاء (شمال)"، "صنعاء شمالا"; its surroundings: "ومحيطها"), a
# coordinator, then an optional repeated preposition, generic noun or class word before the next
# ("وعلى مأرب"، "ومواقع أخرى في مأرب"، "وقرية في مأرب"، "إلى جانب مأرب"، "ومحافظة مأرب").
_JOINER = re.compile(
    r"\s*\)?\s*(?:(?!الجمعة)ال[^\s،,()]{2,8}ة\s+(?=[،,و]))?"  # an adjective: دوما المحاصرة
    r"(?:\([^()\n]{1,14}\)\s*|(?:شمالا|جنوبا|شرقا|غربا|شمالاً|جنوباً|شرقاً|غرباً)\s*)?"
    r"(?:[،,]?\s*و\s*(?:محيطها|محيطه|ضواحيها|ضواحيه|أطرافها|أطرافه|اطرافها|اطرافه)\s*)?"
    # One member the gazetteer does not know, coordinated on both sides: "كفرنبل والتح وحيش".
    r"(?:\s*(?:[،,]\s*و?|و)\s*[^\s،,()\d]{2,12}(?:\s+[^\s،,()\d]{2,12})?(?=\s*[،,]|\s+و|\s*و$))?"
    r"(?:[،,]\s*)?(?:و\s*)?"
    r"(?:(?:ب?الإضافة|بالاضافة|إضافة|اضافة)\s+(?:إلى|الى|لـ?)|فضلا\s+عن|فضلاً\s+عن"
    r"|علاوة\s+على|إلى\s+جانب|الى\s+جانب|وكذلك|كذلك|وأيضا|وأيضاً|أيضا|أيضاً|ثم)?\s*(?:و\s*)?"
    r"(?:(?:(?:عدة|بعض)\s+)?(?:مناطق|مواقع|قرى|بلدات|أحياء|احياء|قرية|بلدة|منطقة|موقع)"
    r"(?:\s+[^\s،,()]{2,9}){0,2}\s+(?=(?:في|فى|من)\s|ب)|(?:أخرى|اخرى)\s+(?=في\s|فى\s|ب))?"
    r"(?:في\s+|فى\s+|على\s+|علي\s+|من\s+|ب)?\s*#?"  # (a hashtag: "في #صعدة و#حجة")
    r"(?:(?:بلدة|مدينة|قرية|محافظة|منطقة|مخيم|حي|ناحية|مديرية|قضاء"
    r"|العاصمة(?:\s+ال[^\s،,()]{2,9})?)[\s_]+)?$"  # والعاصمة [المؤقتة] عدن، و#محافظة_حجة
    # English: "in Sanaa, Saada and in Hajjah", "Douma and the town of Harasta".
    r"|\s*(?:,\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:(?:in|on|at)\s+)?(?:the\s+)?"
    r"(?:(?:town|city|village|province|governorate|district|camp)\s+of\s+)?$"
)
# What may stand between a place and the bigger named place it lies in, with no coordinator
# ("بلدة سراقب بريف إدلب"، "كفرنبل جنوب إدلب"): the bigger place is then only a qualifier.
_QUALIFIER = re.compile(
    r"\s*(?:[،,]\s*)?(?:(?:في|فى|ب)\s*|(?:(?:ب|في\s+)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?"
    r"(?:\s*(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?)\s+)"
    r"(?:(?:ريف|محافظة|مدينة|ناحية|مديرية|منطقة)\s+)?\(?\s*$"
    r"|\s*\(\s*(?:(?:ريف|محافظة|مدينة|ناحية|مديرية|منطقة)\s+)?$"  # سراقب (ريف إدلب)
    r"|\s*$"  # the bigger place's mention holds its own word: ذيبان [شرق دير الزور]، [قرب الميادين]
)
_MAX_JOINER = 32  # characters between two places of one list
# A coordinator somewhere between two places: و opening a word (not the و inside "للوحدات"), a
# comma, or a phrase like إضافة إلى، فضلا عن، كذلك، أيضا، إلى جانب، ثم، and, as well.
_COORDINATOR = re.compile(r"(?:^|[\s(\)])و|[،,]|ضاف|فضل|علاو|كذلك|أيض|جانب|ثم|and|as well")
# A longer list is a nationwide summary or a statistics table ("26,000 raids: 5,000 on Damascus,
# 4,000 on Aleppo…"), which CODING §2 never turns into events place by place.
_MAX_PLACES = 8
# Words before a list that make it one stretch (between X and Y) rather than several scenes.
_BETWEEN = frozenset(normalise_phrase(w) for w in ("بين", "مابين"))
# Nouns of a source just before a list: the places say where the source is, not the scene
# ("قال مصدر محلي في صنعاء وعدن إن…"، "أفاد مراسلونا في درعا وحمص…").
_SOURCES = frozenset(normalise_phrase(w) for w in (
    "مصدر مصدرا مصدران مصادر مراسل مراسلة مراسلنا مراسلو مراسلون مراسلونا مراسلي ناشط ناشطون "
    "ناشطين ناشطو نشطاء شهود مسؤول مسؤولون مسؤولين متحدث ناطق مرصد وكالة صحفي صحفيون"
).split())
_FROM = frozenset({"من"})
# Fighting reported as ongoing or as a pattern over several places ("تتواصل المعارك على جبهات
# تعز ومأرب والجوف") sums up fronts, and a protest wave told as spreading or going on ("امتدت
# الاحتجاجات إلى ذي قار وميسان والنجف") sums up cities; neither names an incident at each
# (CODING §2: pattern reporting is no ACLED row), so it stays one event. Strikes and shelling
# on listed targets still split, and so do protests judged a pattern only by default (a bare
# plural "خرجت مظاهرات في حلب وإدلب" may well be that day's).
_FRONTS = frozenset({"Battles", "Protests", "Riots"})


def _joined(text: str, a: Mention, b: Mention) -> bool:
    between = text[a.span.end : b.span.start]
    coordinated = bool(_COORDINATOR.search(between))
    return (len(between) <= _MAX_JOINER and "\n" not in between and coordinated
            and bool(_JOINER.fullmatch(between)))


def _nests(a: Place, b: Place) -> bool:
    """One place is, or lies in, the other (Dhiban in Deir ez-Zor governorate; one city twice)."""
    if a.name and a.name == b.name and a.admin1 == b.admin1:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    for x, y in ((a, b), (b, a)):
        if x.geo_precision == 3 and x.admin1 and x.admin1 == y.admin1 and not x.admin2:
            return True
        if x.geo_precision == 2 and x.admin2 and x.admin2 == y.admin2:
            return True
    return False


def _coarser(a: Place, b: Place) -> bool:
    """a is the vaguer of two nesting places (the governorate of a town)."""
    return (a.geo_precision or 0) > (b.geo_precision or 0)


def _qualified(text: str, a: Mention, b: Mention) -> bool:
    """b only says where a lies ("سراقب بريف إدلب"، "كفرنبل جنوب إدلب"), no coordinator between."""
    between = text[a.span.end : b.span.start]
    if len(between) > _MAX_JOINER or "\n" in between or not _QUALIFIER.fullmatch(between):
        return False
    pa, pb = place_of(a), place_of(b)
    return (bool(pa.admin1) and pa.admin1 == pb.admin1 and _coarser(pb, pa)
            and pb.admin2 in (None, pa.admin2))


# A place named by a direction from it ("شمالي مدينة الحديدة"، "جنوب إدلب").
_POINTING = re.compile(r"(?:ب|في\s+)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?\s")


def _points_from(a: Mention, b: Mention) -> bool:
    """b, after a comma, only says where a lies by a direction from a bigger place of its
    region ("الصليف، شمالي مدينة الحديدة"، "مفرق زبيد، جنوب الحديدة"): no second scene."""
    if not _POINTING.match(b.text):
        return False
    pa, pb = place_of(a), place_of(b)
    return bool(pa.admin1) and pa.admin1 == pb.admin1


def _groups(places: Located, idx: DocIndex) -> list[list[Mention]]:
    """Runs of non-country places of one sentence joined only by coordinators (two or more).

    A place followed by the bigger place it lies in ("بلدة سراقب بريف إدلب ومدينة معرة النعمان")
    does not break the run; the bigger place is only a qualifier and no member of it.
    """
    text = idx.view.original
    items, sents = places.items, places.sents
    out: list[list[Mention]] = []
    last = -1  # the place that ends the latest run
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        # Cheap tests first: the same sentence, little text between them.
        if sents[i] != sents[i - 1] or b.span.start - a.span.end > _MAX_JOINER:
            continue
        if is_country(a) or is_country(b):
            continue
        if _joined(text, a, b):
            member = [] if _points_from(a, b) else [b]
        elif _qualified(text, a, b):
            member = []
        else:
            continue
        if i - 1 == last:
            out[-1].extend(member)
        else:
            out.append([a, *member])
        last = i
    return [g for g in out if len(g) > 1]


def _distinct(group: Sequence[Mention]) -> list[tuple[Mention, Place]]:
    """The group's places, each once: of two that nest only the finer is kept (text order)."""
    kept: list[tuple[Mention, Place]] = []
    for m in group:
        p = place_of(m)
        clash = [k for k in kept if _nests(p, k[1])]
        if not clash:
            kept.append((m, p))
        elif all(_coarser(q, p) for _, q in clash):
            kept = [k for k in kept if k not in clash] + [(m, p)]
    return sorted(kept, key=lambda k: k[0].span.start)


def _source_or_origin(group: Sequence[Mention], places: Located, idx: DocIndex) -> bool:
    """The list says where a source is, or where fire came from ("صواريخ من صعدة وحجة على مأرب")."""
    if any(not _SOURCES.isdisjoint(w) for w in idx.sets_before(group[0], 3)):
        return True
    if not any(not _FROM.isdisjoint(w) for w in idx.sets_before(group[0], 1)):
        return False
    sent, end = idx.sent(group[0]), group[-1].span.end
    for k in places.sentence(sent):
        m = places.items[k]
        if m.span.start >= end and any(not TOWARDS.isdisjoint(w) for w in idx.sets_before(m, 1)):
            return True
    return False


def _owners(group: Sequence[Mention], cands: Sequence[Candidate], idx: DocIndex) -> list[Candidate]:
    """Candidates located in the group; else the one of its sentence nearest to it."""
    spans = {m.span for m in group}
    located = [c for c in cands if c.location is not None and c.location.span in spans
               and c.sent == idx.sent(group[0])]
    if located:
        return located
    first = group[0]
    same = [c for c in cands if c.sent == idx.sent(first)]
    if not same:
        return []
    return [min(same, key=lambda c: (c.clause != idx.clause(first), idx.gap(c.trigger, first)))]


def split_locations(
    cands: list[Candidate], places: Located, idx: DocIndex
) -> list[Candidate]:
    """Each candidate of a multi-place list, once per further place (text order kept).

    The copies share trigger, actors, date and specificity; casualty figures and quantities
    stay with the original, since the text gives them for all places together.
    """
    extra: dict[int, list[Candidate]] = {}
    for group in _groups(places, idx):
        before = idx.sets_before(group[0], 2)
        if any(not _BETWEEN.isdisjoint(w) for w in before):  # (بين [مديريتي] X و Y)
            continue
        if _source_or_origin(group, places, idx):
            continue
        destination = any(not DESTINATION_MARKERS.isdisjoint(w) for w in before)
        # "بصواريخ انطلقت من صنعاء وعمران": an act placed elsewhere came from the list.
        origin = any(not _FROM.isdisjoint(w) for w in before[-1:])
        spans = {m.span for m in group}
        members = _distinct(group)
        if not 2 <= len(members) <= _MAX_PLACES:
            continue
        for c in _owners(group, cands, idx):
            if destination and c.family in ("flight", "smuggling"):
                continue
            if c.specificity in PATTERN and c.event_type in _FRONTS and (
                    c.event_type == "Battles" or c.spec_rule != "default"):
                unplace_summary(c, group, members, idx)
                continue
            where = c.location
            if origin and where is not None and where.span not in spans:
                continue
            if c.spec_rule != "default" and examples_listed(idx.view.original, group):
                continue  # (an act over "cities such as X and Y": one summary)
            have = [where] if where is not None else []
            have += [x.location for x in extra.get(id(c), []) if x.location is not None]
            for _, place in members:
                if any(h.span == place.span or _nests(h, place) for h in have):
                    continue
                copy = replace(
                    c, location=place, location_rank=max(c.location_rank, 1), offered=False,
                    killed=[], wounded=[], quantities=[], cues=list(c.cues), framing=list(c.framing),
                    votes=c.votes.copy(), notes=[*c.notes, LISTED_NOTE],
                )
                have.append(place)
                extra.setdefault(id(c), []).append(copy)
    if not extra:
        return cands
    out: list[Candidate] = []
    for c in cands:
        out.append(c)
        out.extend(extra.get(id(c), []))
    return out
