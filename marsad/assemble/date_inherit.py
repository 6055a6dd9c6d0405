"""The day of a continued account: a sentence that opens by carrying a source's report on
("وأضاف المصدر أن…", "وقال مصدر إن…", "ووفقا للمصادر…") and gives no date of its own tells
the incident the account before it dated ("قالت مصادر أمنية إن 12 مسلحا قتلوا أمس." then
"وقال مصدر إن المسلحين قتلوا عندما قصف الجيش…": the shelling is yesterday's).

كما ("also": "كما قتل جندي في قصف آخر…") and "من جهته، أكد…" (a further source) carry it on too.
Only such an opener carries the day over (a new topic, "إلى ذلك، قالت…", or a sentence with a
time expression of its own does not), and only from the nearest dated sentence at most three
sentences back (a piece the segmenter cut at a semicolon counts with its sentence, and an
undated one is no break), skipping a background sentence whose dates are all more than a month
old.
The day is the first day-precise date of that sentence that is not a period's bound nor a
count back ("قبل ثلاثة أيام": another, earlier act). A week or a month is not carried over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from marsad.assemble.antecedent_day import lend_antecedent_day
from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located, clitic_surfaces
from marsad.assemble.event_dates import (
    CHARGE_WORDS,
    bound_charge,
    is_period,
    long_before,
    resolved,
    statement_day,
)
from marsad.assemble.markers import AFTER_WORDS
from marsad.assemble.merge_compat import PATTERN
from marsad.model import DateValue, Mention
from marsad.text.normalise import normalise_phrase

# Words that carry a report on when they open a sentence with و (as the tokens are: normalised).
_CONTINUE = frozenset(normalise_phrase(w) for w in (
    "قال قالت قالوا قالا أضاف أضافت أضافوا تابع تابعت أوضح أوضحت أشار أشارت لفت لفتت ذكر ذكرت "
    "ذكروا أفاد أفادت أفادوا أكد أكدت أكدوا بينت استطرد بحسب حسب وفقا وفق طبقا"
).split())
# "From his/its side" (من جهته، من جانبها): a further source, before its reporting verb.
_SIDE = frozenset(normalise_phrase(w) for w in "جهته جهتها جهتهم جانبه جانبها جانبهم".split())
# A date counted back from the report's day ("قبل ثلاثة أيام").
_AGO = re.compile(r"(?:^|\s)[وف]?قبل\s")
# A day something began on ("القصف الذي بدأ الثلاثاء"): the start of a period, not the day of
# the account that follows.
_BEGAN = re.compile(r"(?<!\w)(?:بدأ|بدأت|بدء|بدا|بدات|انطلق|انطلقت|انطلاق)\S*\s+(?:\S+\s+){0,2}\Z")
# Words before a trigger in its sentence that make it an earlier act than the account's (يأتي
# بعد…، عقب…) or the act a charge names (إدانتهم باستهداف…): it does not take the account's day.
_ELSEWHEN = CHARGE_WORDS | AFTER_WORDS | frozenset(
    normalise_phrase(w) for w in "إدانة إدانتهم إدانتها".split())
# How many sentences back the account may stand.
_REACH = 3


def continued_day(sent: int, dates: Located, idx: DocIndex) -> Mention | None:
    """The day (a date mention of an earlier sentence) that sentence ``sent`` continues, else
    None (see the module docstring)."""
    if (sent <= 0 or not dates.items or idx.facts.get(("pattern cue", sent))
            or not _continues(sent, idx) or any(resolved(d) for d in dates.in_sentence(sent))):
        return None
    text = idx.view.original
    k, reach = sent, 0
    while k > 0:
        if not _after_semicolon(k, idx):  # (a piece after ؛ is its sentence's: no step back)
            reach += 1
            if reach > _REACH:
                return None
        k -= 1
        own = [d for d in dates.in_sentence(k) if resolved(d) and not is_period(d, idx)]
        if own and not all(long_before(d, idx) for d in own):
            for d in own:
                if (d.value.get("time_precision") == 1 and not long_before(d, idx)
                        and not _AGO.search(d.text)
                        and not _BEGAN.search(text, max(0, d.span.start - 30), d.span.start)):
                    return d if (idx.facts.get(("dates an act", d.span.start))
                                 or statement_day(d, idx)) else None
            return None
        if not own and not (_continues(k, idx) or _after_semicolon(k, idx)):
            return None  # an undated sentence of another kind: the account may have moved on
    return None


def _after_semicolon(sent: int, idx: DocIndex) -> bool:
    """The piece ``sent`` follows a semicolon: a clause of the sentence before it, cut off by
    the segmenter (؛ ends no account)."""
    start = idx.sent_starts[sent]
    before = idx.view.original[max(0, start - 8) : start].rstrip()
    return before.endswith(("؛", ";"))


def _continues(sent: int, idx: DocIndex) -> bool:
    """The sentence's first word is و with a word that carries a report on (وأضاف، ووفقا)."""
    texts = idx.view.tokens.texts
    k, end = idx.tok(idx.sent_starts[sent]), len(texts)
    while k < end and not texts[k][:1].isalnum():
        k += 1  # (a quote mark or a bracket before the first word)
    if k >= end:
        return False
    word = texts[k]
    if word == "كما":  # ("كما قتل جندي في قصف آخر…"، "كما نقلت القناة أن…": the account goes on)
        return True
    if word == "من" and k + 1 < end and texts[k + 1] in _SIDE:
        # ("من جهته، أكد المحافظ أن…": a further source on the same account)
        k += 2
        while k < end and not texts[k][:1].isalnum():
            k += 1
        return k < end and texts[k] in _CONTINUE
    # ("وبين المصدر أن…": "and he made clear that", not "and between")
    return word.startswith("و") and (word[1:] in _CONTINUE or (
        word == "وبين" and "ان" in texts[k + 1 : min(end, k + 4)]))


def note_patterns(cues: Sequence[Mention], idx: DocIndex) -> None:
    """Remember the sentences holding a cue of a pattern ("تتواصل", "العديد من", "مرارا"),
    whatever its scope: such a sentence may tell a practice, not the account's incident."""
    for cue in cues:
        if isinstance(cue.value, dict) and cue.value.get("specificity") in PATTERN:
            idx.facts[("pattern cue", idx.sent(cue))] = True


def note_dated(c: Candidate, idx: DocIndex) -> None:
    """Remember the date mention that dates ``c`` from its own sentence: only a day that dates
    an act is an account's day (not the day of a phone call the account is about, nor the day
    a source spoke: that dates only its own sentence's act)."""
    span = c.date.span
    if span is not None and not c.date_weak:
        idx.facts[("dates an act", span.start)] = True


def inherit_date(c: Candidate, dates: Located, idx: DocIndex) -> None:
    """A specific candidate with no date of its own takes the day of the account its sentence
    continues, marked weak (it is borrowed: a day of the event's own outweighs it in a merge,
    and it is not lent to a mention of another sentence). Not for an act a charge names."""
    if c.specificity != "specific" or c.date.start is not None or c.charged:
        return
    d = continued_day(c.sent, dates, idx)
    if d is not None and _told_as_other(c, idx):
        return
    if d is not None:
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)
        c.date_weak = True
    else:
        lend_antecedent_day(c, dates, idx)  # (الانفجار: the day of the انفجار told before)


def _told_as_other(c: Candidate, idx: DocIndex) -> bool:
    """An after-word or a charge word before the trigger in its sentence (``_ELSEWHEN``)."""
    texts = idx.view.tokens.texts
    first, end = idx.tok(idx.sent_starts[c.sent]), idx.tok(c.trigger.span.start)
    words = _elsewhen_tokens()
    if words.isdisjoint(texts[first:end]):
        return False  # (the usual case, told by one set test)
    return any(texts[k] in words and not bound_charge(texts, k) for k in range(first, end))


@lru_cache(maxsize=1)
def _elsewhen_tokens() -> frozenset[str]:
    """The token texts with one of ``_ELSEWHEN`` among their readings (made on first use): one
    set test on a run of tokens, not a clitic split of each."""
    return clitic_surfaces(_ELSEWHEN)
