"""Judgements on a candidate: its specificity, from cues and anchors (the type decisions that
need its arguments, Attack vs Armed clash and the like: ``judge_types``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import takewhile

from marsad.assemble.arguments import answered
from marsad.assemble.candidate import YEAR_BEFORE_NOTE, Candidate
from marsad.assemble.counted import COUNTED_ACTS, counted_object
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.event_dates import anchors_day, is_period, long_before, statement_day
from marsad.assemble.future import future_act
from marsad.assemble.harmed_in import harmed_in
from marsad.assemble.markers import (
    AFTER_WORDS,
    OCCURRED,
    RELATIVE_WRITTEN,
    REPORTING_TOKENS,
    reported_first,
)
from marsad.model import Mention, Specificity
from marsad.recognise.triggers_context import PRESUPPOSING
from marsad.recognise.triggers_launch_en import LAUNCHED
from marsad.recognise.triggers_lexicon import PROCEED, SUPPORT_FORMS
from marsad.text.lexicon_scan import with_proclitics
from marsad.text.normalise import normalise_phrase

NEAR_TOKENS = 6


_STRONG: tuple[Specificity, ...] = ("denied", "hypothetical", "historical")


_DEMONSTRATIONS = ("Protests", "Riots")


def attach_cues(cands: Sequence[Candidate], cues: Sequence[Mention], idx: DocIndex) -> None:
    """Give every cue to the candidates in its scope (near cues to the closest one only)."""
    if not cues:
        return
    by_sent: dict[int, list[Candidate]] = {}
    by_clause: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
        by_clause.setdefault(c.clause, []).append(c)
    for cue in cues:
        scope = cue.value.get("scope", "near") if isinstance(cue.value, dict) else "near"
        s, cl = idx.sent(cue), idx.clause(cue)
        if scope in ("near", "next", "aim"):  # (next: the closest trigger after the cue; aim:
            # the same, not a demonstration, as demand)
            close = [c for c in by_clause.get(cl, ()) if idx.gap(cue, c.trigger) <= NEAR_TOKENS
                     and (scope == "near" or c.trigger.span.start >= cue.span.start)
                     and not (scope == "aim" and c.event_type in _DEMONSTRATIONS)]
            if close:  # (min computes its key even for one item: the usual case)
                nearest = close[0] if len(close) == 1 else min(
                    close, key=lambda c: idx.gap(cue, c.trigger))
                nearest.cues.append(cue)
            continue
        if scope in ("clause", "since"):
            for c in by_clause.get(cl, ()):
                c.cues.append(cue)
        elif scope in ("after", "sentence", "demand"):
            pool = by_clause.get(cl, ()) if scope != "sentence" else by_sent.get(s, ())
            maybe = cue.value.get("specificity") == "hypothetical"
            for c in pool:
                if scope == "demand" and c.event_type in _DEMONSTRATIONS:
                    continue  # (its own demand: a demand calling for it voided its trigger)
                if c.trigger.span.start >= cue.span.end and not (
                        maybe and _done_before(cue, c, idx)):
                    c.cues.append(cue)


# Words that put an act before the one they follow (استعدادا للتقدم … بعد سيطرتها الأربعاء على
# المطار): an act after them was done, whatever was planned before them; so do an investigation,
# a punishment, a condemnation of it (تعهدت بمحاسبة المسؤولين عن القصف).
# (the after-words, and جراء "because of", each as it stands or after و or ف)
_DONE_TOKENS = with_proclitics(AFTER_WORDS | {"جراء"}) | PRESUPPOSING


def _done_before(cue: Mention, c: Candidate, idx: DocIndex) -> bool:
    """A sequence word between a hypothetical cue and the trigger (then the trigger is done)."""
    texts = idx.view.tokens.texts
    return any(texts[k] in _DONE_TOKENS
               for k in range(idx.tok(cue.span.end), idx.tok(c.trigger.span.start)))


def judge_specificity(
    c: Candidate, dates: Located, precise_clauses: Collection[int], idx: DocIndex
) -> None:
    """specific / recurring / trend / historical / hypothetical / denied, with a named rule.
    ``precise_clauses``: the clauses holding a place precise to a point (geo_precision 1)."""
    kinds: set[tuple[object, object]] = set()
    spec: set[object] = set()
    if c.cues:
        kinds = {
            (m.value.get("specificity"), m.value.get("scope")) for m in c.cues
            if isinstance(m.value, dict)
        }
        spec = {k for k, _ in kinds}
        for strong in _STRONG:
            if strong in spec and (strong != "historical" or ("historical", "clause") in kinds) \
                    and not (strong == "hypothetical" and not _future_cue(c)
                             and _past_day_after(c, dates, idx)):
                _set(c, strong, "cue", f"{strong}: cue in scope")
                return
    if future_act(c, idx):
        _set(c, "hypothetical", "cue", "hypothetical: told in the future tense (سـ)")
        return
    clause_dates = dates.in_clause(c.clause) if dates.items else []
    periods: list[Mention] = []
    anchors: list[Mention] = []
    if clause_dates:
        clause_dates = [d for d in clause_dates
                        if not _aside_period(d, c, idx) and not answered(c, d, idx)]
        clause_dates = [d for d in clause_dates if not _of_another(d, c, clause_dates, idx)]
        if any(_earlier_year(d, idx) and not _reaches_now(d, c, idx) for d in clause_dates):
            _set(c, "historical", "cue", YEAR_BEFORE_NOTE)
            return
        periods = [d for d in clause_dates if is_period(d, idx)]
        anchors = [d for d in clause_dates if not is_period(d, idx) and anchors_day(d)]
    pattern: Specificity | None = (
        "trend" if "trend" in spec else "recurring" if "recurring" in spec else None)
    if anchors:
        if any(long_before(d, idx) for d in anchors):
            _set(c, "historical", "anchor",
                 "historical: a day more than a month before the report")
            return
        # A day anchors an incident even in pattern wording ("continued shelling on Tuesday");
        # a week or a month does not outweigh a pattern cue ("four times last week"), nor does
        # the day a source spoke ("اتهمت… أمس… باستهدافها أربع مرات").
        # A period with only the source's day is a toll over the period (قالت… الجمعة إن
        # الجماعة خطفت ألف طفل منذ 2013).
        own_days = [d for d in anchors if _day_precise(d) and not statement_day(d, idx)]
        if own_days or (pattern is None and not periods):
            _set(c, "specific", "anchor")
            return
    if pattern is not None:
        _set(c, pattern, "cue")
        return
    if periods:
        _set(c, "trend", "period", "a toll or practice over a period, not one incident")
        return
    if dates.items:
        days = [d for d in dates.in_sentence(c.sent)
                if anchors_day(d) and not is_period(d, idx) and not _years_ago(d)]
        if days and all(long_before(d, idx) for d in days):
            # Every date of its sentence is more than a month old (وقعت الحكومة والمعارضة
            # الاتفاق في 21 ديسمبر الماضي، in a report of March): an earlier act.
            _set(c, "historical", "anchor", "historical: its sentence's dates are a month old")
            return
        if days:
            _set(c, "specific", "anchor", "specific: a day in its sentence")
            return
    if "historical" in spec:  # منذ + years with no continuing verb
        _set(c, "historical", "cue")
        return
    if c.family == "toll" and _WAR.search(_clause_text(c, idx)):
        _set(c, "trend", "cue", "trend: the toll of a war or conflict, a tally")
        return
    # An exact count of the killed or the wounded (أصيب ثلاثة من عناصر الشرطة في هجوم) tells
    # of one incident; a vague one (العشرات) may be a tally.
    exact_toll = bool(c.killed) and any(not m.value.get("vague") for m in c.killed
                                        if isinstance(m.value, dict))
    precise_place = c.clause in precise_clauses
    if exact_toll or (precise_place and c.form == "noun"):
        _set(c, "specific", "anchor")
        return
    if c.form == "verb":
        _set(c, "specific", "form")
        return
    if _done_by(c, idx):
        _set(c, "specific", "form", "specific: a past support verb governs it (قام بتفجير…)")
        return
    if _happened(c, idx):
        _set(c, "specific", "form", "specific: a past verb of occurrence follows it (اشتباكات اندلعت)")
        return
    if harmed_in(c, idx):
        _set(c, "specific", "form",
             "specific: a past verb of harm names it as the cause (أصيب مدنيون في قصف)")
        return
    if _time_of_day(c, idx):
        _set(c, "specific", "anchor", "specific: a time of day in its clause (صباحا، مساء)")
        return
    non_violent = c.event_type.startswith("marsad:") or c.event_type == "Strategic developments"
    if non_violent and c.form == "noun" and _announced(c, idx):
        _set(c, "specific", "form", "specific: an act announced (أعلنت الوزارة القبض على…)")
        return
    if c.sub_event_type in COUNTED_ACTS and counted_object(c, idx):
        _set(c, "specific", "anchor", "specific: an exact count of the people it took (القبض على 13)")
        return
    _set(c, "trend" if non_violent else "recurring", "default",
         "no dated or placed incident: pattern reporting")



_ANNOUNCE_REACH = 6


# Times of one day, as adverbs (صباحا وأمام ديوان المحافظة انطلق اعتصام، ومساء مظاهرات): they
# tell of an incident even with no date; "every evening" (كل مساء) is a practice.
_TIMES_OF_DAY = frozenset("صباحا مساء مساءا ليلا فجرا ظهرا عصرا ضحي".split())


_EVERY = frozenset("كل يوميا".split())


# (each word as it stands or after و or ف: one set test tells whether a run of tokens holds one)
_TIMES_OF_DAY_TOKENS = with_proclitics(_TIMES_OF_DAY)


# Past support verbs a few words before a noun (قام التنظيم بتفجير الملعب … بعبوات ناسفة، شنت
# الطائرات سلسلة غارات، أقدم مسلحون على…): the noun tells the act they did (the trigger
# recogniser reads the word right before a noun; this reads its clause further back).
_SUPPORT_REACH = 8


# (English: staged rallies, held a protest, conducted raids, carried out arrests, mounted an attack)
_SUPPORT_PAST = SUPPORT_FORMS | PROCEED | frozenset("قام قامت قاموا".split()) | LAUNCHED | frozenset(
    "staged held conducted carried mounted".split())


# (after these, تعرض is a present-tense verb, or the act did not happen: أن تعرضه للاعتقال، لم يقع)
_NOT_PAST = frozenset("ان لن لم قد يمكن".split())


_SUPPORT_PAST_TOKENS = with_proclitics(_SUPPORT_PAST)


def _done_by(c: Candidate, idx: DocIndex) -> bool:
    """A past support verb in the trigger's clause, at most ``_SUPPORT_REACH`` words before it."""
    texts = idx.view.tokens.texts
    end = idx.tok(c.trigger.span.start)
    if _SUPPORT_PAST_TOKENS.isdisjoint(texts[max(0, end - _SUPPORT_REACH) : end]):
        return False  # (the usual case, told by one set test before the clause is looked up)
    first = max(idx.tok(idx.clause_start(c.clause)), end - _SUPPORT_REACH)
    return any(texts[k] in _SUPPORT_PAST_TOKENS
               and not (k > 0 and texts[k - 1] in _NOT_PAST)
               for k in range(first, end))


# Past verbs of occurrence or arrival after a noun, its subject (تعزيزات أمنية وصلت إلى المنطقة،
# المظاهرات التي خرجت، اشتباكات اندلعت أمس): the noun tells one incident that took place.
_HAPPENED = OCCURRED | frozenset(
    "اندلع اندلعت دار دارت وصل وصلت وصلوا خرج خرجت خرجوا انفجر انفجرت "
    "نفذت نفذه نفذها نفذتها نفذوه نفذوها شنت شنها شنتها شنوها "
    # (what it resulted from: الانفجار ناجم عن قنبلة، نتج عن عبوة)
    "نجم نجمت ناجم ناجمه ناجما نتج نتجت ناتج ناتجه ناتجا "
    "occurred erupted happened".split())  # (English: the killings occurred, clashes erupted)


_HAPPENED_REACH = 6


# Every token text ``_happened`` reads as one of ``_HAPPENED`` (itself, or after و or ف): one
# set test on the few tokens after a trigger spares the walk where none is (most).
_HAPPENED_TOKENS = with_proclitics(_HAPPENED)


def _happened(c: Candidate, idx: DocIndex) -> bool:
    """A past verb of occurrence at most ``_HAPPENED_REACH`` words after the trigger, in its
    clause, not after a word that makes it not past or not done (لم تقع). After an indefinite
    plural, a verb carrying its object is a relative clause describing a kind of act (ضحايا
    هجمات شنتها الجماعة), not telling that one took place; a definite one names known acts
    (الضربات التي شنتها الدول الثلاث)."""
    texts = idx.view.tokens.texts
    last = idx.clause_end_token(c.clause)
    first = idx.tok(c.trigger.span.end - 1) + 1
    end = min(last, first + _HAPPENED_REACH)
    if _HAPPENED_TOKENS.isdisjoint(texts[first:end]):
        return False
    plural = c.form == "plural" and not _definite(texts[idx.tok(c.trigger.span.start)])
    return any(texts[k] in _HAPPENED_TOKENS
               and not (plural and texts[k].endswith("ها"))
               and texts[k - 1] not in _NOT_PAST and not _own_subject(texts, k, last)
               for k in range(first, end))


def _definite(word: str) -> bool:
    """The token (maybe after و، ف، ب، ك) bears the article, or is ل+ال (للهجمات)."""
    bare = word.lstrip("وفبك")
    return bare.startswith(("ال", "لل"))


# ال-words that are not a subject after the verb: weekdays (دارت الأربعاء), إلى, relatives.
_NOT_SUBJECT = frozenset("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الي الا الذي "
                         "التي الذين اللذين اللتين اليوم الليله البارحه الماضي".split())


def _own_subject(texts: Sequence[str], k: int, last: int) -> bool:
    """A verb without an object pronoun followed by a definite noun (not a weekday, إلى or a relative) has
    that noun as its subject (…لقمع المتظاهرين اندلعت الانتفاضة): it does not tell the trigger."""
    nxt = texts[k + 1] if k + 1 < last else ""
    return (not texts[k].endswith(("ه", "ها", "هم")) and nxt.startswith("ال")
            and nxt not in _NOT_SUBJECT)


def _time_of_day(c: Candidate, idx: DocIndex) -> bool:
    """A time-of-day adverb in the trigger's clause, not after كل."""
    texts = idx.view.tokens.texts
    first = idx.tok(idx.clause_start(c.clause))
    last = idx.clause_end_token(c.clause)
    if _TIMES_OF_DAY_TOKENS.isdisjoint(texts[first:last]):
        return False  # (the usual case, told by one set test)
    return any(texts[k] in _TIMES_OF_DAY_TOKENS
               and not (k > first and texts[k - 1] in _EVERY) for k in range(first, last))


def _announced(c: Candidate, idx: DocIndex) -> bool:
    """A masdar that is the object of a reporting verb of its clause, its subject between
    them (أعلنت وزارة الداخلية القبض على…، كشف الجيش إحباط…): an act done, not a practice."""
    texts = idx.view.tokens.texts
    i = idx.tok(c.trigger.span.start)  # (``before`` reads back from here, 2n + 3 tokens at most)
    if REPORTING_TOKENS.isdisjoint(texts[max(0, i - 2 * _ANNOUNCE_REACH - 3) : i]):
        return False
    clause_start = idx.clause_start(c.clause)
    return reported_first(
        texts[k] for k in takewhile(lambda k: idx.tok_starts[k] >= clause_start,
                                    reversed(idx.before(c.trigger, _ANNOUNCE_REACH))))


# Cues of a future or intended act: a bare weekday after them is the coming one.
_FUTURE = frozenset(normalise_phrase(w) for w in (
    "سوف", "سيتم", "من المقرر", "المقرر", "المقررة", "يعتزم", "تعتزم", "يخطط", "تخطط",
    "من المتوقع", "يتوقع", "تتوقع", "ينوي", "تنوي", "يستعد", "تستعد", "تعهد", "تعهدت", "يتعهد",
    "مزمع", "مزمعة", "المزمع", "المزمعة", "المرتقب", "المرتقبة", "مرتقب", "مرتقبة",
    "المخطط له", "المخطط لها", "قد"))


def _future_cue(c: Candidate) -> bool:
    """A hypothetical cue of the candidate that says the act is to come (سيتم، يعتزم، قد)."""
    return any(_future_word(m.text) for m in c.cues
               if isinstance(m.value, dict) and m.value.get("specificity") == "hypothetical")


@lru_cache(maxsize=4096)
def _future_word(text: str) -> bool:
    """A cue's text, normalised (~6 µs: once per distinct text), is one of ``_FUTURE``."""
    return normalise_phrase(text) in _FUTURE


_DAY_REACH = 10


def _past_day_after(c: Candidate, dates: Located, idx: DocIndex) -> bool:
    """A day a few words after the trigger in its sentence, before the publication day and not
    the day a source spoke: the act is dated in the past, so a maybe before it no longer governs it
    (لو دريان أكد أنه لم تعلن أي جهة مسؤوليتها عن الهجوم الذي وقع الجمعة)."""
    published = str(idx.view.document.published or "")[:10]
    if not published or not dates.items:
        return False
    for d in dates.in_sentence(c.sent):
        end = d.value.get("end") if isinstance(d.value, dict) else None
        if (d.span.start >= c.trigger.span.end and idx.gap(c.trigger, d) <= _DAY_REACH
                and _day_precise(d) and isinstance(end, str)
                and end[:10] < published and not statement_day(d, idx)):
            return True
    return False


def _set(c: Candidate, specificity: Specificity, rule: str, note: str | None = None) -> None:
    c.specificity, c.spec_rule = specificity, rule
    if note:
        c.notes.append(note)


_SPAN_WORDS = ("عام", "أعوام", "اعوام", "سنة", "سنوات", "سنين", "أشهر", "اشهر", "شهور", "أسابيع",
               "years", "months", "weeks", "decades")


def _years_ago(d: Mention) -> bool:
    """An unresolved span of years or months back ("قبل أربعة أعوام"): no day for its sentence."""
    v = d.value if isinstance(d.value, dict) else {}
    return v.get("start") is None and any(w in d.text.split() for w in _SPAN_WORDS)


def _since(d: Mention, idx: DocIndex) -> int:
    """Where the منذ (English: since) that governs a date starts (in it, or earlier in its
    clause), else -1."""
    text = idx.view.original
    if d.text.removeprefix("و").startswith("منذ") or d.text[:5].lower() == "since":
        return d.span.start
    word = "since" if idx.view.document.language == "en" else "منذ"  # (killed 500 since 2011)
    return text.rfind(word, idx.clause_starts[idx.clause(d)], d.span.start)


def _reaches_now(d: Mention, c: Candidate, idx: DocIndex) -> bool:
    """A year after منذ that the act does not stand between: what lasts since then reaches to
    now ("الهدنة السارية منذ 2013"، "قتل 500 شخص منذ 2011"), while "منذ سيطرتها على المدينة
    عام 2014" dates the act itself."""
    since = _since(d, idx)
    return since >= 0 and not since < c.trigger.span.start < d.span.start


_RELATIVES = with_proclitics(RELATIVE_WRITTEN)  # (as written, maybe after و or ف)


def _aside_period(d: Mention, c: Candidate, idx: DocIndex) -> bool:
    """A منذ-period in a relative clause after the act says how long something else lasts
    ("ردا على الغارات … والتي قال إنها أنهت الهدنة السارية منذ 2013"): not the act's."""
    since = _since(d, idx)
    end = c.trigger.span.end
    return since >= end and not _RELATIVES.isdisjoint(idx.view.original[end:since].split())


def _of_another(d: Mention, c: Candidate, dates: Sequence[Mention], idx: DocIndex) -> bool:
    """An earlier year in a relative clause about another noun after the act, while the act
    has a recent day of its own ("اعتقلت الشرطة أمس رجلا متورطا في الهجوم الذي استهدف كنيسة
    عام 2013"): the year dates that other act, not this one."""
    end = c.trigger.span.end
    if d.span.start < end or not _earlier_year(d, idx):
        return False
    words = idx.view.original[end : d.span.start].split()
    k = next((i for i, w in enumerate(words) if w in _RELATIVES), None)
    # (English needs no relative: "arrested a man on Monday over the bombing of a church in 2013")
    return ((k is not None and k > 0) or c.trigger.text.isascii()) and any(
        e is not d and anchors_day(e) and not _earlier_year(e, idx) and not long_before(e, idx)
        for e in dates)


def _day_precise(d: Mention) -> bool:
    return isinstance(d.value, dict) and d.value.get("time_precision") == 1


def _earlier_year(d: Mention, idx: DocIndex) -> bool:
    """A bare year (عام 1948، في 2011) before the publication year: background, not news."""
    published = idx.view.document.published
    year = d.value.get("year") if isinstance(d.value, dict) else None
    return isinstance(year, int) and bool(published) and year < int(str(published)[:4])


# A war, conflict or campaign named as what a toll is the toll of (خلفت الحرب 10 آلاف قتيل،
# ضحايا العدوان على المحافظة بلغ ألف قتيل): the toll is a tally (not warplanes: حربية).
_WAR = re.compile(r"(?<!\w)(?:و?[بل]?ال|[بل])?(?:حرب|نزاع|صراع|عدوان|اقتتال|أزمة|ازمة)(?:\s|$|[.,،؛:])")


def _clause_text(c: Candidate, idx: DocIndex) -> str:
    """The original text of the trigger's clause."""
    return idx.view.original[idx.clause_start(c.clause) : idx.clause_end(c.clause)]
