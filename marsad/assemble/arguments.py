"""Arguments of a candidate event: location, date, casualties, quantities, attribution and
framing, each taken from the trigger's clause, sentence or paragraph by a named rule (actors
and their roles: ``marsad.assemble.roles``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import islice, pairwise

from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.date_scope import earlier_act, relative_clause_start
from marsad.assemble.day_after import split_day_after
from marsad.assemble.doc import DocIndex, Located, clitic_surfaces, readings_of
from marsad.assemble.markers import (
    DESTINATION,
    MIN,
    NEAR,
    RETALIATION_WORDS,
    bits_before,
    either,
    reported_first,
)
from marsad.model import Attribution, DateValue, Framing, Mention, Place, Span
from marsad.text.normalise import normalise_phrase

_PRECISION = {"country": None, "admin1": 3, "governorate": 3, "region": 3, "admin2": 2,
              "district": 2, "admin3": 2, "subdistrict": 2}
_WEAK_DAY_WORDS = frozenset({"اليوم", "الان", "حاليا", "الحالي", "حاليه"})
# Words before a place that make it what fire is aimed at ("على جازان"، "باتجاه الريحانية").
_TOWARDS_WORDS = ("على", "علي", "نحو", "باتجاه", "اتجاه", "تجاه", "صوب")
TOWARDS = frozenset(normalise_phrase(w) for w in _TOWARDS_WORDS)
_AIMED = re.compile(r"(?:^|\s)(?:" + "|".join(_TOWARDS_WORDS) + r")\s")
# "انطلاقا من X": X is where an act started from, whatever place follows.
_LAUNCHED = re.compile(r"انطلاقاً?\s+من\s+$")


def place_of(m: Mention) -> Place:
    v = m.value if isinstance(m.value, dict) else {}
    level = str(v.get("level") or "")
    precision = v.get("geo_precision")
    if precision is None and level != "country":
        precision = _PRECISION.get(level, 1)
    country_only = level == "country"
    gid = v.get("geonames_id")
    return Place(
        text=m.text, span=m.span, name=v.get("name"),
        geonames_id=int(gid) if isinstance(gid, int | str) and str(gid).isdigit() else None,
        id_scheme=v.get("id_scheme"), place_id=v.get("place_id"),
        admin1=v.get("admin1"), admin2=v.get("admin2"), admin3=v.get("admin3"),
        country=v.get("country"),
        lat=None if country_only else v.get("lat"), lon=None if country_only else v.get("lon"),
        geo_precision=None if country_only else precision,
    )


def is_country(m: Mention) -> bool:
    """A place mention resolved to a whole country."""
    return isinstance(m.value, dict) and m.value.get("level") == "country"


def for_government(m: Mention) -> bool:
    """A capital named for its government ("دعت بغداد", marsad.recognise.toponym_roles): not
    where anything happened."""
    return isinstance(m.value, dict) and m.value.get("government") is True


def dominant_place(places: Sequence[Mention]) -> Mention | None:
    """The document's most mentioned non-country place (by admin1, then name), first on ties;
    a capital for its government or a reference point ("جنوب طرابلس") counts for none, nor
    does a place outside the country the document names most (a report on Mali is not placed
    in the one Egyptian district a stray word matched)."""
    counts: dict[str, int] = {}  # by key, in the order of each key's first place
    first: dict[str, Mention] = {}
    home = _main_country(places)
    for p in places:
        v = p.value
        if (not isinstance(v, dict) or v.get("level") == "country" or v.get("government")
                or v.get("locates") or v.get("spoken")
                or (home is not None and v.get("country") != home)):
            continue
        k = v.get("admin1") or v.get("name")
        if k:
            if k in counts:
                counts[k] += 1
            else:
                counts[k], first[k] = 1, p
    if not counts:
        return None
    best = max(counts.values())
    return next(first[k] for k, n in counts.items() if n == best)


def _main_country(places: Sequence[Mention]) -> str | None:
    """The country the document's places (countries and places in them) name most, if one
    leads the next by two to one."""
    votes: dict[str, int] = {}
    for p in places:
        cc = p.value.get("country") if isinstance(p.value, dict) else None
        if isinstance(cc, str) and cc:
            votes[cc] = votes.get(cc, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return max(votes, key=votes.__getitem__)


def assign_location(
    cands: Sequence[Candidate], places: Located, idx: DocIndex, dominant: Mention | None
) -> None:
    """The place in scope: clause, sentence, paragraph, then the document's dominant place;
    a country-only place is kept last and gives no point. Each place's value is built once."""
    country = [is_country(p) for p in places.items]
    values: dict[int, Place] = {}  # place_of by place index
    scenes: dict[int, Place] = {}  # the same, as the place of an event (near X: not X)
    home: Place | None = None  # the dominant place's, once asked for
    for c in cands:
        in_clause = places.clause(c.clause)
        c.country_scope = bool(in_clause) and all(country[i] for i in in_clause)
        rank, i = _best_place(c, places, country, idx)
        if in_clause and rank < 4:
            k = _scene_country(c, places, country, idx, rank, i)
            if k >= 0:  # the act's own clause says it happened in a country the place is not in
                if k not in values:
                    values[k] = place_of(places.items[k])
                c.location, c.location_rank = values[k], 4
                continue
        if rank == 4:
            if dominant is not None and not c.headline:
                if home is None:
                    home = place_of(dominant)
                c.location, c.location_rank = home, 3
            elif i >= 0:
                if i not in values:
                    values[i] = place_of(places.items[i])
                c.location, c.location_rank = values[i], 4
        else:
            if i not in scenes:
                scenes[i] = _scene(places.items[i], idx)
            c.location, c.location_rank = scenes[i], rank


# Just before a country named as where an act happened: في / داخل, or the clitic ب (بسوريا).
_SCENE_BEFORE = re.compile(r"(?:(?:^|\s)(?:في|فى|داخل)\s+|(?:^|\s)و?ب)$")
# The scene country stands this close to the trigger ("اعتقلت الشرطة في ألمانيا"، "أوقفت أجهزة
# المخابرات التركية في سوريا"); one further off belongs to another phrase ("اعتقلت رجلا تعتقد أنه
# كان مسؤولا ماليا في داعش في سوريا": where he served, not where he was caught).
_SCENE_REACH = 4
# "من <town> ب<country>": where something came from, the town perhaps unknown to the gazetteer.
_FROM_TOWN = re.compile(r"(?:^|\s)من\s+[^\s،,.]+\s+و?ب$")
# A relative pronoun opening a clause about something else ("الاعتداء الذي استهدف مدينة …").
_RELATIVE = re.compile(r"(?:^|\s)و?(?:التي|الذي|الذين|اللتين|اللذين|اللتان|اللذان)\s")


def _scene_country(
    c: Candidate, places: Located, country: list[bool], idx: DocIndex, rank: int, i: int
) -> int:
    """Index of the country named as the scene next to the trigger ("اعتقلت الشرطة في ألمانيا")
    when the place otherwise chosen lies in another country, else -1. That place loses when it
    comes from elsewhere in the sentence or paragraph (a dateline city, an earlier item) or, in
    the clause, from a relative clause after the country ("أوقفت … في سوريا مشتبها به في
    الاعتداء الذي استهدف مدينة الريحانية")."""
    text = idx.view.original
    items = places.items
    for k in places.clause(c.clause):
        if not country[k] or for_government(items[k]):
            continue
        m = items[k]
        if (k > 0 and 0 <= m.span.start - items[k - 1].span.end <= 2) or _FROM_TOWN.search(
                text, max(0, m.span.start - 30), m.span.start):
            continue  # "من كرمنشاه بإيران": the country only says where a place before lies
        if idx.gap(c.trigger, m) > _SCENE_REACH or not _SCENE_BEFORE.search(
                text, max(0, m.span.start - 8), m.span.start):
            continue
        cc = m.value.get("country") if isinstance(m.value, dict) else None
        other = items[i]
        if rank == 0 and not (c.trigger.span.end <= m.span.start < other.span.start
                              and _RELATIVE.search(text, m.span.end, other.span.start)):
            continue
        there = other.value.get("country") if isinstance(other.value, dict) else None
        return k if cc and there and cc != there else -1
    return -1


def _scene(p: Mention, idx: DocIndex) -> Place:
    place = place_of(p)
    if place.geo_precision == 1 and either(bits_before(idx, p, 2), NEAR):
        # "القرى القريبة من حقل العمر", "قرب بلدة": near a place, not in it (CODING §4).
        return replace(place, geo_precision=2)
    return place


def _best_place(
    c: Candidate, places: Located, country: list[bool], idx: DocIndex
) -> tuple[int, int]:
    """(rank, place index) of the candidate's place: 0 clause, 1 sentence, 2 paragraph; else
    (4, index of the first country of its sentence, or -1)."""
    t = c.trigger
    moving = c.family in ("flight", "smuggling")
    remote = c.event_type == "Explosions/Remote violence"
    best: tuple[int, int, int] | None = None
    first_country = -1
    items, sents, clauses, paras = places.items, places.sents, places.clauses, places.paras
    for i in places.around(c.sent, c.clause, c.para):
        p = items[i]
        if ((moving and either(bits_before(idx, p, 2), DESTINATION)) or for_government(p)
                or p.value.get("locates") is True or p.value.get("spoken") is True):
            continue
        if country[i]:
            if sents[i] == c.sent and first_country < 0:
                first_country = i
            continue
        if clauses[i] == c.clause:
            rank = 0
        elif sents[i] == c.sent:
            rank = 1
        elif paras[i] == c.para and p.span.start < t.span.start:
            rank = 2
        else:
            continue
        if rank < 2 and p.span.start >= t.span.end and _ANSWERED.search(
                idx.view.original, t.span.end, p.span.start):
            continue  # "قصفت … ردا على تعرض بلدة الزبداني لهجوم": the place of the other act
        if remote and _launched_from(i, places, country, idx):
            continue  # "قذائف أطلقت من صعدة على جازان": fire lands where it is aimed
        key = (rank, idx.gap(t, p) + (0 if p.span.start >= t.span.end else 1))
        if best is None or key < best[:2]:
            best = (*key, i)
    if best is not None:
        return best[0], best[2]
    return 4, first_country


def _launched_from(i: int, places: Located, country: list[bool], idx: DocIndex) -> bool:
    """Place ``i`` is where fire came from: "من" before it and a later place of its sentence
    aimed at ("من صعدة على جازان"، "باتجاه الريحانية"), or "انطلاقا من" before it and any later
    place. Shelling, missiles and strikes are coded where they land, not where they were
    launched (ACLED codes the target's location)."""
    p = places.items[i]
    before = bits_before(idx, p, 2)
    if not before or not before[-1] & MIN or either(before, NEAR):
        return False
    text = idx.view.original
    launched = bool(_LAUNCHED.search(text, max(0, p.span.start - 20), p.span.start))
    for k in places.sentence(places.sents[i]):
        if k > i and not country[k] and (launched or _AIMED.search(
                text, p.span.end, places.items[k].span.start)):
            return True
    return False


# Between a trigger and a later place: what follows answers or precedes another act.
_ANSWERED = re.compile(r"(?:^|\s)و?(?:" + "|".join(RETALIATION_WORDS) + r")\s+(?:على|علي|ل)")


def answered(c: Candidate, m: Mention, idx: DocIndex) -> bool:
    """A mention after the trigger with "in response to" between them (قصفت … ردا على هجوم
    سوروتش في 20 تموز): it belongs to the act answered, not to the trigger's."""
    end = c.trigger.span.end
    return m.span.start >= end and _ANSWERED.search(idx.view.original, end, m.span.start) is not None


# A date right after these words bounds a period (a toll "during July", a campaign "since
# Sunday"), not the day of one incident.
_PERIOD_BEFORE = re.compile(
    r"(?:(?:خلال|منذ|طوال|طيلة|على مدى|على مدار|حتى)\s*(?:شهر|يوم|أسبوع|الأسبوع|الشهر)?"
    r"|حتى\s*(?:صباح|مساء|ظهر|فجر|ليل|ليلة))\s*$"
)


def is_period(d: Mention, idx: DocIndex) -> bool:
    """A date that bounds a period: after خلال/منذ/طوال…, or anywhere after منذ in its clause
    ("منذ الانتخابات التي جرت في 7 حزيران": the day of the elections, not of the event)."""
    return _remembered("period", d, idx, _is_period)


# A bare year read with its preposition ("منذ 2013", "خلال 2016") bounds a period too.
_PERIOD_LEAD = ("منذ", "خلال", "حتى", "طوال", "طيلة")
# The same in English ("during July", "until Friday"), and a date further on in a clause opened
# by "since": the day of another happening ("since the army began its offensive two weeks ago").
# A day right after "since" ("drones since Sunday morning") is the day the reported activity
# began, which is the day an analyst codes: it stays an anchor.
_PERIOD_BEFORE_EN = re.compile(r"\b(?:during|throughout|until|till)\s*$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b(?!\s*$)", re.IGNORECASE)
# A date right after an inquiry or a report it names ("during a five-day investigation this
# month", "in a report issued on Wednesday"): when that was done, not the day of the event.
_INQUIRY_BEFORE_EN = re.compile(
    r"\b(?:investigation|inquiry|probe|survey|study|report|visit|interviews?|fieldwork)"
    r"(?:\s+(?:issued|published|released|conducted|carried\s+out|made))?(?:\s+(?:on|in))?\s*$",
    re.IGNORECASE,
)


def _is_period(d: Mention, idx: DocIndex) -> bool:
    if d.text.removeprefix("و").removeprefix("ف").startswith(_PERIOD_LEAD):
        return True
    text = idx.view.original
    before = max(0, d.span.start - 20)
    if _PERIOD_BEFORE.search(text, before, d.span.start):
        return True
    clause_start = relative_clause_start(d, idx)
    if idx.view.document.language == "en":
        return bool(_PERIOD_BEFORE_EN.search(text, before, d.span.start)
                    or _INQUIRY_BEFORE_EN.search(text, max(0, d.span.start - 40), d.span.start)
                    or _SINCE.search(text, clause_start, d.span.start))
    return "منذ" in text[clause_start : d.span.start]


# How far back a reporting verb may stand (its subject can be long: اتهمت القوات الكردية في
# سوريا، التي …، تركيا، أمس، باستهدافها…).
_STATEMENT_REACH = 20


def statement_day(d: Mention, idx: DocIndex) -> bool:
    """A day that dates a statement: after a reporting verb of its sentence,
    with no إن/أن between them ("قالت القيادة أمس الخميس إن الضربة…")."""
    return _remembered("statement", d, idx, _statement_day)


def _remembered(rule: str, d: Mention, idx: DocIndex,
                judge: Callable[[Mention, DocIndex], bool]) -> bool:
    """``judge(d, idx)``, worked out once per document for each rule and start (idx.facts)."""
    key = (rule, d.span.start)
    hit = idx.facts.get(key)
    if hit is None:
        hit = idx.facts[key] = judge(d, idx)
    return hit


def _statement_day(d: Mention, idx: DocIndex) -> bool:
    """Walk back over the words before ``d`` in its sentence (at most ``_STATEMENT_REACH``
    words), nearest first, until إن/أن or a reporting verb."""
    i = idx.tok(d.span.start)
    first = idx.tok(idx.sent_starts[idx.sent(d)])
    reach = min(_STATEMENT_REACH, i - first)
    texts = idx.view.tokens.texts
    words = (texts[k] for k in range(i - 1, max(first, i - 2 * _STATEMENT_REACH - 3) - 1, -1))
    return reported_first(islice((w for w in words if w[:1].isalnum()), max(reach, 0)))


# Words that name an act as the object of a charge or a suspicion (بتهمة قتل، المتهمين بتنفيذ
# تفجير، يشتبه بتورطه في هجوم، اتهمت دمشق إسرائيل بقصف), as the tokens are (normalised).
CHARGE_WORDS = frozenset(normalise_phrase(w) for w in (
    "تهمة تهم التهمة التهم متهم متهمين متهمون متهما متهمة متهمان متهمي المتهم المتهمين "
    "المتهمون المتهمة اتهام اتهامات الاتهام اتهم اتهمت اتهموا يتهم تتهم يتهمون اتهمه اتهمها "
    "اتهمته اتهمتها اتهمتهم اتهمهم مشتبه المشتبه يشتبه اشتباه الاشتباه تورط تورطه تورطها "
    "تورطهم متورط متورطين المتورط المتورطين صلته صلتها صلتهم دعوى أدين أدينوا أدانته إدانته"
).split())
_CHARGE_REACH = 5


@lru_cache(maxsize=1)
def _charge_tokens() -> frozenset[str]:
    """The token texts with a charge word among their readings (made on first use): a run of
    tokens holds a charge word if it holds one of them."""
    return clitic_surfaces(CHARGE_WORDS)


def charged(c: Candidate, idx: DocIndex) -> bool:
    """The trigger is the act a charge or suspicion names: a charge word among the few words
    before it, in its clause."""
    texts, starts = idx.view.tokens.texts, idx.tok_starts
    end = idx.tok(c.trigger.span.start)  # (``before`` reads back at most 2n + 3 tokens)
    if _charge_tokens().isdisjoint(texts[max(0, end - 2 * _CHARGE_REACH - 3) : end]):
        return False  # (the usual case, told by one set test)
    clause_start = idx.clause_start(c.clause)
    return any(starts[k] >= clause_start and not readings_of(texts[k]).isdisjoint(CHARGE_WORDS)
               for k in idx.before(c.trigger, _CHARGE_REACH))


def _charge_between(idx: DocIndex, start: int, end: int) -> bool:
    """A charge word among the tokens from ``start`` to ``end`` (original offsets)."""
    texts = idx.view.tokens.texts
    return not _charge_tokens().isdisjoint(texts[idx.tok(start) : idx.tok(end)])


def assign_date(c: Candidate, dates: Located, idx: DocIndex) -> None:
    """A resolved date in the clause (else the sentence); only ``specific`` events carry one
    (and ``c.charged`` is set here). A statement's day is taken last, and marked weak.
    A charge splits the dates (CODING §4: no date the text does not give the act): the act it
    names keeps its date only when that follows the act in its clause (a day before it dates
    the charge, the arrest or the statement), and a day after the charge word is the act's, not
    the arrest's (توقيف مطلوب يشتبه بتورطه في قتل … مطلع الشهر). A day across غداة is
    another act's (``day_after``)."""
    c.charged = charged(c, idx)
    if c.specificity == "historical" and not c.charged:
        # (its own day, before merging: two earlier acts of different days stay two; the day
        # is worked out again after merging, by ``date_histories``)
        _date_history(c, dates, idx)
    if c.specificity != "specific":
        return
    end = c.trigger.span.end
    pool = [d for d in dates.in_sentence(c.sent) if _resolved(d) and not is_period(d, idx)
            and not d.value.get("coming") and not earlier_act(c, d, idx)
            and not (d.span.start > end and _charge_between(idx, end, d.span.start))
            and not answered(c, d, idx)]
    pool, morrow = split_day_after(c, pool, idx)  # غداة X: X was the day before
    if morrow is not None:
        c.date, c.date_weak = morrow, False
        return
    weak = {id(d) for d in pool if statement_day(d, idx)}
    pool.sort(key=lambda d: (id(d) in weak, idx.clause(d) != c.clause, idx.gap(c.trigger, d)))
    if pool:
        d = pool[0]
        if c.charged and (d.span.start < end or idx.clause(d) != c.clause):
            return
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)
        c.date_weak = id(d) in weak


# A date counted back from the report's day.
_AGO = re.compile(r"(?:^|\s)[وف]?قبل\s|\bago\b", re.IGNORECASE)
# Between two dates of a range ("بين 9 يناير و18 فبراير", "من 1 يناير وحتى 15 يونيو").
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|و?(?:حتى|إلى|الى)|و|to|and|until)\s*\Z", re.IGNORECASE)
# Before a date that is not the act's: a planned day, or the anniversary an act is remembered on.
_OTHER_DAY = re.compile(r"المقرر|المزمع|ذكرى|scheduled|anniversary", re.IGNORECASE)
# A day and month with no year and no preposition names a happening ("هجمات 11 سبتمبر"):
# its year is not this one's.
_YEAR = re.compile(r"\d{4}|[٠-٩]{4}|الماضي|last", re.IGNORECASE)
_ON = re.compile(r"(?:(?<!\w)[وف]?(?:في|يوم|بتاريخ|تاريخ)|\b(?:on|in))\s*\(?\s*\Z", re.IGNORECASE)
# How far (in words) an earlier incident's day may stand from its trigger.
_HISTORY_REACH = 8


_HISTORY_DAYS = 31
# An earlier incident in English keeps its day, or its month (CODING §2: background mentions
# need at least month-level dating: "retook Manbij in August"). (Arabic: the day only, so far.)
_HISTORY_PRECISIONS_EN = (1, 3)
# A day followed by "when": the clause after it tells the act of that day, however long it is
# ("including on June 19 when at least six people were killed in a car bomb attack").
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _when_clause(c: Candidate, d: Mention, text: str) -> bool:
    """``d`` stands right before "when", and ``c``'s trigger after it in the same clause."""
    return d.span.end <= c.trigger.span.start and _WHEN_AFTER.match(text, d.span.end) is not None


def long_before(d: Mention, idx: DocIndex) -> bool:
    """A resolved date that ends more than a month before the publication day: an earlier
    incident's (judge's historical rule, and the day such an incident keeps)."""
    published = idx.view.document.published
    end = d.value.get("end") if isinstance(d.value, dict) else None
    if not published or not isinstance(end, str):
        return False
    try:
        pub = dt.date.fromisoformat(str(published)[:10])
        return dt.date.fromisoformat(end[:10]) < pub - dt.timedelta(days=_HISTORY_DAYS)
    except ValueError:
        return False


def date_histories(events: Sequence[Candidate], dates: Located, idx: DocIndex) -> None:
    """An earlier incident keeps the day its own clause gives it (CODING §2: background
    mentions keep their own date), and only that (not a day merged in from another mention):
    the nearest resolved day, near the trigger, ending more than a month before the report;
    not a period's bound or a range's end, the day of an act it answers or follows, a planned
    day or an anniversary, nor a count back from today. Run after merging: a date must not keep
    mentions apart."""
    for c in events:
        if c.specificity == "historical":
            c.date, c.date_weak = NO_DATE, False
            if not c.charged:
                _date_history(c, dates, idx)


def _date_history(c: Candidate, dates: Located, idx: DocIndex) -> None:
    text = idx.view.original
    # (a clause with no date of its own reads its sentence's: ووقعت الحكومة الاتفاق، في إثيوبيا
    # يوم 21 ديسمبر الماضي — the reach below still keeps it near the trigger)
    clause = dates.in_clause(c.clause) or dates.in_sentence(c.sent)
    ends = {id(a) for a, b in pairwise(clause)
            if a.span.end <= b.span.start and _RANGE_JOIN.match(text[a.span.end : b.span.start])}
    ends |= {id(b) for a, b in pairwise(clause) if id(a) in ends}
    t = c.trigger.span
    english = idx.view.document.language == "en"
    pool = [d for d in clause if _resolved(d) and (
                d.value.get("time_precision") == 1 or _whole_month(d)
                or (english and d.value.get("time_precision") in _HISTORY_PRECISIONS_EN))
            and id(d) not in ends and (idx.gap(c.trigger, d) <= _HISTORY_REACH or (
                english and _when_clause(c, d, text)))
            and not _OTHER_DAY.search(text, min(t.end, d.span.end) - 1,
                                      max(t.start, d.span.start))
            and not _OTHER_DAY.search(text, max(0, d.span.start - 12), d.span.start)
            and (_YEAR.search(d.text) or _ON.search(text, max(0, d.span.start - 12), d.span.start))
            and not is_period(d, idx) and not _AGO.search(d.text)
            and not earlier_act(c, d, idx) and not answered(c, d, idx)
            and long_before(d, idx)]
    if pool:
        d = min(pool, key=lambda d: idx.gap(c.trigger, d))
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)


def _whole_month(d: Mention) -> bool:
    """A date that is one whole named month (في يونيو الماضي، في أغسطس 2015): the month an
    earlier incident keeps (CODING §2: month-level dating at least), not a part of one
    (نهاية أيار: its days are a guess)."""
    v = d.value if isinstance(d.value, dict) else {}
    start, end = v.get("start"), v.get("end")
    if v.get("time_precision") != 3 or not isinstance(start, str) or not isinstance(end, str):
        return False
    try:
        last = dt.date.fromisoformat(end[:10])
    except ValueError:
        return False
    return start[:8] == end[:8] and start[8:10] == "01" and (last + dt.timedelta(days=1)).day == 1


def _resolved(d: Mention) -> bool:
    return isinstance(d.value, dict) and d.value.get("start") is not None


def anchors_day(d: Mention) -> bool:
    """A date mention that points at a day or period (resolved, or a named day not 'nowadays');
    not the coming day a planned act is set for ("ومن المقرر أن … يوم الجمعة")."""
    if _resolved(d):
        return not d.value.get("coming")
    return isinstance(d.value, dict) and d.text.strip() not in _WEAK_DAY_WORDS and bool(
        d.value.get("relative")
    )


def nearest(
    m: Mention, cands: Sequence[Candidate], idx: DocIndex, prefer_before: bool = True
) -> Candidate | None:
    """The candidate of ``m``'s sentence closest to it (same clause first)."""
    best: tuple[int, int, int, Candidate] | None = None
    sent, clause = idx.sent(m), idx.clause(m)
    for c in cands:
        if c.sent != sent:
            continue
        before = c.trigger.span.start <= m.span.start
        key = (
            0 if c.clause == clause else 1,
            idx.gap(c.trigger, m),
            0 if before == prefer_before else 1,
        )
        if best is None or key < best[:3]:
            best = (*key, c)
    return best[3] if best else None


def attributions_of(mentions: Sequence[Mention]) -> tuple[list[Attribution], dict[int, str]]:
    """One Attribution per distinct speaker/via (ids a1, a2…), and each mention's id by start."""
    out: list[Attribution] = []
    ids: dict[tuple[str, str, str | None], str] = {}
    by_start: dict[int, str] = {}
    for m in mentions:
        v = m.value if isinstance(m.value, dict) else {}
        key = (str(v.get("speaker") or m.text), str(v.get("speaker_type") or "unknown"),
               v.get("via"))
        if key not in ids:
            ids[key] = f"a{len(ids) + 1}"
            out.append(Attribution(ids[key], key[0], key[1], m.text, m.span, via=key[2],
                                   verb=v.get("verb")))
        by_start[m.span.start] = ids[key]
    return out, by_start


def assign_attribution(
    c: Candidate, attributions: Located, ids: dict[int, str], idx: DocIndex
) -> None:
    """The attribution of the trigger's sentence, else the latest one before it."""
    if not attributions.items:
        return
    same = attributions.in_sentence(c.sent)
    if same:
        a = min(same, key=lambda a: idx.gap(a, c.trigger))
    else:
        before = [a for a in attributions.items if a.span.end <= c.trigger.span.start]
        if not before:
            return
        a = before[-1]
    c.attribution = ids.get(a.span.start)


def assign_framing(cands: Sequence[Candidate], framing: Located, idx: DocIndex) -> None:
    """Framing cues in the trigger's clause or next to its actors (each cue's value built once)."""
    values: dict[int, Framing] = {}
    for c in cands:
        spans: list[Span] = [a.span for a in (c.actor1, c.actor2) if a is not None]
        for i, f in enumerate(framing.items):
            if framing.clauses[i] != c.clause and not any(
                    s.overlaps(f.span) or abs(s.start - f.span.end) < 3
                    or abs(f.span.start - s.end) < 3 for s in spans):
                continue
            fr = values.get(i)
            if fr is None:
                v = f.value if isinstance(f.value, dict) else {}
                fr = values[i] = Framing(str(v.get("cue") or f.text), str(v.get("reading") or ""),
                                         f.text, f.span)
            if all(x.span != fr.span for x in c.framing):
                c.framing.append(fr)
