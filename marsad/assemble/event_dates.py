"""Which date an event takes: its own day in its clause or sentence (never a source's
speaking day for another act, a period's bound, a charge's day or an answered act's), and an
earlier act's own day or month when it is historical (CODING §2). Split from arguments.py."""


from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import islice, pairwise

from marsad.assemble.arguments import answered
from marsad.assemble.as_of import UNTIL, as_of
from marsad.assemble.candidate import NO_DATE, Candidate
from marsad.assemble.date_scope import (
    BeforeTrigger,
    answered_act,
    before_trigger,
    dates_back,
    earlier_act,
    framed_or_begun,
    ongoing_where,
    relative_clause_start,
)
from marsad.assemble.day_after import split_day_after
from marsad.assemble.doc import DocIndex, Located, clitic_surfaces, readings_of
from marsad.assemble.markers import REPORTING_TOKENS, reported_first
from marsad.model import DateValue, Mention
from marsad.recognise.specificity_en import one_of
from marsad.text.normalise import normalise_phrase

_WEAK_DAY_WORDS = frozenset({"اليوم", "الان", "حاليا", "الحالي", "حاليه"})


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
# A month or a year right after "since" ("killed since January", "since early 2020") is where a
# tally or a practice began (CODING §4: "ongoing since" → no day): a period's bound, unless a
# superlative makes one incident the worst since then.
_SINCE_RIGHT_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end)\s+of)\s+)?\Z",
                                 re.IGNORECASE)
_MONTH_OR_YEAR = re.compile(
    r"(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)"
    r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d", re.IGNORECASE)


# A date right after an inquiry or a report it names ("during a five-day investigation this
# month", "in a report issued on Wednesday"): when that was done, not the day of the event.
_INQUIRY_BEFORE_EN = re.compile(
    r"\b(?:investigation|inquiry|probe|survey|study|report|visit|interviews?|fieldwork)"
    r"(?:\s+(?:issued|published|released|conducted|carried\s+out|made))?(?:\s+(?:on|in))?\s*$",
    re.IGNORECASE,
)


# "Throughout/during" before one whole day ("طوال يوم أمس"، "خلال يوم الثلاثاء"، "throughout
# Monday"): the acts of that day, which dates them (not a toll's bound, as "خلال الأسبوع").
_WHOLE_DAY_LEAD = re.compile(
    r"(?:خلال|طوال|طيلة|على مدى|على مدار|during|throughout)\s*(?:يوم|نهار)?\s*\Z", re.IGNORECASE)


# The longest span read as "the days of" after a "throughout" word ("خلال اليومين الماضيين").
_SHORT_SPAN_DAYS = 3


def _whole_day(d: Mention, text: str) -> bool:
    """``d`` is one day, or a span of a few days (not counted back with قبل/ago), after a
    "throughout" word."""
    v = d.value
    first, last = iso_day(v.get("start")), iso_day(v.get("end") or v.get("start"))
    if (v.get("time_precision") not in (1, 2) or first is None or last is None
            or not 0 <= (last - first).days <= _SHORT_SPAN_DAYS or AGO.search(d.text)):
        return False
    if d.text.removeprefix("و").removeprefix("ف").startswith(("خلال", "طوال", "طيلة")):
        return True
    return _WHOLE_DAY_LEAD.search(text, max(0, d.span.start - 20), d.span.start) is not None


def iso_day(value: object) -> dt.date | None:
    """The day an ISO date string names (its first ten characters), None when it names none."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _is_period(d: Mention, idx: DocIndex) -> bool:
    text = idx.view.original
    if isinstance(d.value, dict) and _whole_day(d, text):
        return False
    lead = d.text.removeprefix("و").removeprefix("ف")
    if lead.startswith(_PERIOD_LEAD):
        return not (lead.startswith(UNTIL) and as_of(d, idx))
    before = max(0, d.span.start - 20)
    if (period := _PERIOD_BEFORE.search(text, before, d.span.start)) is not None:
        return not (UNTIL in period.group() and as_of(d, idx))
    clause_start = relative_clause_start(d, idx)
    if idx.view.document.language == "en":
        return bool(_PERIOD_BEFORE_EN.search(text, before, d.span.start)
                    or _INQUIRY_BEFORE_EN.search(text, max(0, d.span.start - 40), d.span.start)
                    or _SINCE.search(text, clause_start, d.span.start)
                    or _since_month(d, text))
    return "منذ" in text[clause_start : d.span.start]


def _since_month(d: Mention, text: str) -> bool:
    """An English month or year right after "since", not the worst or the first since."""
    if _MONTH_OR_YEAR.fullmatch(d.text) is None:
        return False
    at = d.span.start
    return _SINCE_RIGHT_BEFORE.search(text, max(0, at - 30), at) is not None and not one_of(
        text[max(0, at - 80) : at].lower(), at - max(0, at - 80))


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


# Only و/ف, punctuation and spaces: what may stand before a day that opens its sentence.
_OPENING = re.compile(r"[\s\W]*[وف]?[\s\W]*")


def _statement_day(d: Mention, idx: DocIndex) -> bool:
    """Walk back over the words before ``d`` in its sentence (at most ``_STATEMENT_REACH``
    words), nearest first, until إن/أن or a reporting verb; or ``d`` opens its sentence and a
    reporting verb follows it ("والاثنين أعلن المكتب أن…")."""
    i = idx.tok(d.span.start)
    start = idx.sent_starts[idx.sent(d)]
    first = idx.tok(start)
    if i - first <= 2 and _opening_day(d, start, idx):
        return True
    reach = min(_STATEMENT_REACH, i - first)
    texts = idx.view.tokens.texts
    lo = max(first, i - 2 * _STATEMENT_REACH - 3)
    if REPORTING_TOKENS.isdisjoint(texts[lo:i]):
        return False  # (no reporting verb among the words the walk may read: most dates)
    words = (texts[k] for k in range(i - 1, lo - 1, -1))
    return reported_first(islice((w for w in words if w[:1].isalnum()), max(reach, 0)))


def _opening_day(d: Mention, start: int, idx: DocIndex) -> bool:
    """``d`` opens its sentence (which starts at ``start``) and its next word is a reporting
    verb."""
    if _OPENING.fullmatch(idx.view.original, start, d.span.start) is None:
        return False
    texts = idx.view.tokens.texts
    k = idx.tok(d.span.end - 1) + 1  # (the token after the day's last)
    while k < len(texts) and not texts[k][:1].isalnum():
        k += 1  # (a comma after the day)
    return k < len(texts) and texts[k] in REPORTING_TOKENS


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
               and not bound_charge(texts, k) for k in idx.before(c.trigger, _CHARGE_REACH))


def bound_charge(texts: Sequence[str], k: int) -> bool:
    """Token ``k`` (a charge word) is bound by a preposition with a pronoun right after it
    ("المشتبه بهم": the suspects; "المتهم فيها": the one accused in it) and no في/ب follows
    within three words to name what they are suspected of ("المشتبه به الرئيسي في الهجوم"
    still names the act)."""
    if k + 1 >= len(texts) or texts[k + 1] not in _BOUND:
        return False
    return not any(t == "في" or t.startswith(("ب", "وب")) for t in texts[k + 2 : k + 5])


# A preposition with a pronoun right after a charge word binds the charge already ("المشتبه
# بهم": the suspects; "المتهم فيها": the one accused in it): it names no act after it.
_BOUND = frozenset(normalise_phrase(w) for w in (
    "به بها بهم بهما بهن فيه فيها فيهم فيهما عليه عليها عليهم"
).split())


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
    start = c.trigger.span.start
    before: BeforeTrigger | None = None  # (read once, for the first date before the trigger)
    pool: list[Mention] = []
    for d in dates.in_sentence(c.sent):
        if (not resolved(d) or is_period(d, idx) or d.value.get("coming")
                or earlier_act(c, d, idx)
                or (d.span.start > end and _charge_between(idx, end, d.span.start))
                or answered(c, d, idx)):
            continue
        if d.span.end <= start:  # (a date before the trigger may date another act)
            if before is None:
                before = before_trigger(c, idx)
            if answered_act(before, d, idx) or framed_or_begun(before, d, idx):
                continue
            if ongoing_where(before, d, idx):
                # (``d`` dates the main clause's act, not ``c``'s: remembered as a day that
                # dates an act, which an account continued in the next sentences keeps)
                idx.facts[("dates an act", d.span.start)] = True
                continue
        pool.append(d)
    pool, morrow = split_day_after(c, pool, idx)  # غداة X: X was the day before
    if morrow is not None:
        c.date, c.date_weak = morrow, False
        return
    weak = {id(d) for d in pool if statement_day(d, idx)}
    if len(pool) > 1:  # (sort computes its keys even for one item)
        pool.sort(key=lambda d: (id(d) in weak, idx.clause(d) != c.clause, idx.gap(c.trigger, d)))
    if pool:
        d = pool[0]
        if c.charged and (d.span.start < end or idx.clause(d) != c.clause):
            return
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)
        c.date_weak = id(d) in weak


# A date counted back from the report's day.
AGO = re.compile(r"(?:^|\s)[وف]?قبل\s|\bago\b", re.IGNORECASE)


# Between two dates of a range ("بين 9 يناير و18 فبراير", "من 1 يناير وحتى 15 يونيو").
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|و?(?:حتى|إلى|الى)|و|to|and|until)\s*\Z", re.IGNORECASE)


# Before a date that is not the act's: a planned day, or the anniversary an act is remembered on.
_OTHER_DAY = re.compile(r"المقرر|المزمع|ذكرى|scheduled|anniversary", re.IGNORECASE)


# A day and month with no year and no preposition names a happening ("هجمات 11 سبتمبر"):
# its year is not this one's.
_YEAR = re.compile(r"\d{4}|الماضي|last", re.IGNORECASE)  # (\d holds ٠-٩ too)


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
    cutoff = history_cutoff(str(published))
    try:
        return cutoff is not None and dt.date.fromisoformat(end[:10]) < cutoff
    except ValueError:
        return False


@lru_cache(maxsize=64)
def history_cutoff(published: str) -> dt.date | None:
    """The day a month (``_HISTORY_DAYS``) before publication, parsed once per document."""
    try:
        return dt.date.fromisoformat(published[:10]) - dt.timedelta(days=_HISTORY_DAYS)
    except ValueError:
        return None


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
    pool = [d for d in clause if resolved(d) and (
                d.value.get("time_precision") == 1 or whole_month(d)
                or (english and d.value.get("time_precision") in _HISTORY_PRECISIONS_EN))
            and id(d) not in ends and (idx.gap(c.trigger, d) <= _HISTORY_REACH or (
                english and _when_clause(c, d, text)) or dates_back(c, d, idx))
            and not _OTHER_DAY.search(text, min(t.end, d.span.end) - 1,
                                      max(t.start, d.span.start))
            and not _OTHER_DAY.search(text, max(0, d.span.start - 12), d.span.start)
            and (_YEAR.search(d.text) or _ON.search(text, max(0, d.span.start - 12), d.span.start))
            and not is_period(d, idx) and not AGO.search(d.text)
            and not earlier_act(c, d, idx) and not answered(c, d, idx)
            and long_before(d, idx)]
    if pool:
        d = min(pool, key=lambda d: idx.gap(c.trigger, d))
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)


def whole_month(d: Mention) -> bool:
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


def resolved(d: Mention) -> bool:
    """A date mention resolved to days."""
    return isinstance(d.value, dict) and d.value.get("start") is not None


def anchors_day(d: Mention) -> bool:
    """A date mention that points at a day or period (resolved, or a named day not 'nowadays');
    not the coming day a planned act is set for ("ومن المقرر أن … يوم الجمعة")."""
    if resolved(d):
        return not d.value.get("coming")
    return isinstance(d.value, dict) and d.text.strip() not in _WEAK_DAY_WORDS and bool(
        d.value.get("relative")
    )
