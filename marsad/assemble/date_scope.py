"""Which act a date in a sentence dates, where the nearest-date rule would put it on the wrong
one ("no invented precision"):

- a relative clause continues the clause it hangs on: a date in "…منذ بدء الحملة، التي بدأت في
  30 مارس" bounds the period opened by منذ, as it would without the comma;
- an act introduced by "after" (بعد، إثر، عقب، في أعقاب; after, following) came before the act a
  week or month named ahead of it dates ("أفرج عنه في يناير الماضي بعد اعتقال دام 3 أشهر"): it
  takes no such span (a day is kept: "killed yesterday after an attack" is one day's report);
- a clause in the pluperfect ("وكان الرجل قد اعتقل…", "had been held") tells an act before the
  one its sentence is about: a week or month of another clause does not date it;
- a definite noun with a relative clause naming a day ("العملية التي جرت السبت", "the raid that
  took place on Saturday") refers back to an act told earlier: when that act was dated only by a
  week or month holding the day, the day dates it;
- the act answered ("قصفت … أمس ردا على الهجوم", "shelled … on Sunday in response to the attack")
  came before the answer: a date standing before the answer words dates the answer, not it;
- the frame an act was carried out in ("بموجب الاتفاق"، "under the agreement") and an act told
  after a clause saying when another began ("المعارك التي اندلعت قبل أسبوع") take no date
  standing before them (``framed_or_begun``);
- an act told in a "where" clause of an ongoing state ("حيث تدور اشتباكات") takes no date of the
  main clause before it (``ongoing_where``);
- an English act told as the answer to one just reported ("regime forces responded by launching
  airstrikes", "retaliated with rockets") with no day of its own came after that act's day and
  by the report's: it is dated over that span (``date_responses``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.markers import (
    AFTER_WRITTEN,
    ANSWER_TO_AR,
    ANSWER_TO_EN,
    RELATIVE_WRITTEN,
    RETALIATION_WORDS,
)
from marsad.model import DateValue, Mention

# Relative pronouns opening a clause (after optional punctuation and و).
_RELATIVE_HEAD = re.compile(
    r"[\s\W]*و?(?:" + "|".join(RELATIVE_WRITTEN) + r"|which|who)\b",
    re.IGNORECASE,
)
# "After" words right before a trigger (with a clitic و/ف; the trigger may start after ال).
_AFTER_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:" + "|".join(AFTER_WRITTEN) + ")"
    r"|\b(?:after|following)(?:\s+an?|\s+the)?)\s+(?:ال)?\Z",
    re.IGNORECASE,
)
# A pluperfect clause: كان (with its subject) then قد and the verb; English "had".
_PLUPERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s(?:\S+\s){0,4}?قد\s|\bhad\b",
                         re.IGNORECASE)
# A definite noun and a relative clause of at most three words before a day: a back-reference.
_REFERRING_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?ال\w+\s+(?:التي|الذي)|\bthe\s+\w+,?\s+(?:which|that))"
    r"(?:\s+\w+){1,3}\s+\Z",
    re.IGNORECASE,
)


def relative_clause_start(d: Mention, idx: DocIndex) -> int:
    """The start of ``d``'s clause, taken back over clauses that open with a relative pronoun
    (they continue the one before them) inside the sentence."""
    text = idx.view.original
    k = idx.clause(d)
    sent_start = idx.sent_starts[idx.sent(d)]
    while k > 0 and idx.clause_starts[k] > sent_start and _RELATIVE_HEAD.match(
            text, idx.clause_starts[k]):
        k -= 1
    return max(idx.clause_starts[k], sent_start)


def earlier_act(c: Candidate, d: Mention, idx: DocIndex) -> bool:
    """``d`` (a week or coarser) stands before ``c``'s trigger, which follows an "after" word
    or is told in the pluperfect in a later clause: ``d`` dates another, later act."""
    value = d.value if isinstance(d.value, dict) else {}
    precision = value.get("time_precision")
    if not isinstance(precision, int) or precision < 2:
        return False
    t = c.trigger.span
    if d.span.end > t.start:
        return False
    text = idx.view.original
    if _AFTER_BEFORE.search(text, max(d.span.end, t.start - 24), t.start):
        return True
    clause_start = idx.clause_start(c.clause)
    return d.span.end <= clause_start and bool(_PLUPERFECT.search(text, clause_start, t.start))


# The answer words right before the act they name (ردا على الغارات التركية، انتقاما لمقتل، "in
# response to the attack"), with at most a few words (no clause break) between them and the
# trigger.
_ANSWERED_BEFORE = re.compile(
    r"(?:(?<!\w)" + ANSWER_TO_AR + r"|\b(?:" + ANSWER_TO_EN + r"))[^\S\n]*(?:[^\s،,.;:؛]+\s+){0,3}"
    r"[^\s،,.;:؛]*\Z",
    re.IGNORECASE,
)

# Letters one of those answer words must hold (found in C before the pattern is tried).
_ANSWER_CUES = (*RETALIATION_WORDS, "espon", "etaliat", "evenge")
_ANSWER_REACH = 50  # characters before the trigger the answer words may start in


def answered_act(b: BeforeTrigger, d: Mention, idx: DocIndex) -> bool:
    """``b``'s trigger is the act answered (right after ردا على / "in response to") and ``d``
    stands before the answer words: ``d`` dates the answer, an act after it."""
    t = b.start
    if d.span.end > t:
        return False
    lo = max(d.span.end, t - _ANSWER_REACH)
    if b.answer < lo:
        return False  # (no answer word between the date and the trigger: nearly every date)
    return _ANSWERED_BEFORE.search(idx.view.original, lo, t) is not None


# Words that name the frame an act was carried out in, right before the frame's trigger
# ("سيطرت القوات الجمعة على المعبر بموجب الاتفاق"، "في إطار حملة"، "under the agreement"): the
# frame was made or begun before, on no day the sentence gives.
_FRAME_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:بموجب|كجزء\s+من|جزء\s+من|في\s+إطار|في\s+اطار|وفق|وفقا\s+ل|طبقا\s+ل)"
    r"|\b(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with))"
    r"\s*(?:(?:the|a|an)\s+)?(?:[^\s،,.;:؛]+\s+){0,1}[^\s،,.;:؛]*\Z",
    re.IGNORECASE,
)
# A relative clause telling when its noun's act began ("المعارك التي اندلعت قبل أسبوع"، "the
# offensive that began on Sunday"): its date is that start, not the day of an act told after it.
_BEGAN_BEFORE = re.compile(
    r"(?:(?<!\w)(?:التي|الذي|الذين)\s+(?:بدأ|بدأت|بدات|بدا|اندلع|اندلعت|انطلق|انطلقت)"
    r"|\b(?:which|that)\s+(?:began|started|broke\s+out|erupted))\s*(?:\S+\s+){0,2}\Z",
    re.IGNORECASE,
)


_FRAME_REACH = 40  # characters before the trigger the frame words may start in
# Letters one of the frame words holds (in lower case), and one of the verbs of beginning.
_FRAME_CUES = ("بموجب", "جزء", "إطار", "اطار", "وفق", "طبقا", "under", "part", "line", "accordance")
_BEGAN_CUES = ("بد", "اندلع", "انطلق", "began", "started", "broke", "erupted")
_BEGAN_REACH = 40  # characters before the date its clause of beginning may start in


def framed_or_begun(b: BeforeTrigger, d: Mention, idx: DocIndex) -> bool:
    """``d`` stands before ``b``'s trigger and dates another act: the trigger is the frame the
    act was carried out in (بموجب الاتفاق، في إطار حملة), or ``d`` tells when a noun before it began
    (التي اندلعت قبل أسبوع) and the trigger comes after that clause."""
    t = b.start
    if d.span.end > t:
        return False
    text = idx.view.original
    if b.frame and _FRAME_BEFORE.search(text, max(d.span.end, t - _FRAME_REACH), t) is not None:
        return True
    return _began(d, idx)


def _began(d: Mention, idx: DocIndex) -> bool:
    """``d`` tells when a noun before it began (التي اندلعت قبل أسبوع): read once per date, not
    once per candidate of its sentence (kept in ``idx.facts``)."""
    key = ("began before", d.span.start)
    known = idx.facts.get(key)
    if known is None:
        text, end = idx.view.original, d.span.start
        lo = max(0, end - _BEGAN_REACH)
        window = text[lo:end].lower()
        known = idx.facts[key] = any(map(window.__contains__, _BEGAN_CUES)) and (
            _BEGAN_BEFORE.search(text, lo, end) is not None)
    return known


# A "where" clause telling an ongoing state of things ("قتلوا أمس في شمال سيناء حيث تدور
# اشتباكات"، "حيث يسيطر التنظيم"): its act goes on, on no day the main clause gives.
_ONGOING_WHERE = re.compile(
    r"(?<!\w)[وف]?حيث\s+(?:لا\s+(?:تزال|يزال)\s+|ما\s+(?:زالت|زال)\s+)?"
    r"(?:تدور|يدور|تتواصل|يتواصل|تستمر|يستمر|تتبادل|يتبادل|تجري|يجري|تشهد|يشهد|تخوض|يخوض"
    r"|تسيطر|يسيطر|تتركز|يتركز)\s+(?:[^\s،,.;:؛]+\s+){0,3}[^\s،,.;:؛]*\Z"
)


_WHERE_REACH = 60  # characters before the trigger the "where" clause may start in


def ongoing_where(b: BeforeTrigger, d: Mention, idx: DocIndex) -> bool:
    """``b``'s trigger is told in a "where" clause of an ongoing state (حيث تدور اشتباكات) and
    ``d`` stands before that clause: ``d`` dates the main clause's act, not it."""
    t = b.start
    if d.span.end > t:
        return False
    lo = max(d.span.end, t - _WHERE_REACH)
    return b.where >= lo and _ONGOING_WHERE.search(idx.view.original, lo, t) is not None


class BeforeTrigger(NamedTuple):
    """What stands in the text before one candidate's trigger, read once for all the dates of
    its sentence (``answered_act``, ``framed_or_begun``, ``ongoing_where``): most triggers have
    none of these words before them, and no pattern is tried."""

    start: int  # the trigger's start
    answer: int  # where the last answer word within reach starts (-1: none)
    frame: bool  # a frame word within reach (in any case)
    where: int  # where the last حيث within reach starts (-1: none)


def before_trigger(c: Candidate, idx: DocIndex) -> BeforeTrigger:
    """The words before ``c``'s trigger that the date rules above look for."""
    text, t = idx.view.original, c.trigger.span.start
    lo = max(0, t - _ANSWER_REACH)
    answer = -1
    if any(map(text[lo:t].__contains__, _ANSWER_CUES)):  # (C-level tests: rarely true)
        answer = max(text.rfind(w, lo, t) for w in _ANSWER_CUES)
    frame = any(map(text[max(0, t - _FRAME_REACH) : t].lower().__contains__, _FRAME_CUES))
    return BeforeTrigger(t, answer, frame, text.rfind("حيث", max(0, t - _WHERE_REACH), t))


def refine_by_reference(events: Sequence[Candidate], dates: Located, idx: DocIndex) -> None:
    """Give a back-referred day (see the module docstring) to the latest earlier event dated
    only by a week or month that holds it."""
    if not any(c.date.time_precision is not None and c.date.time_precision >= 2 for c in events):
        return  # (only such an event can take a day, and none becomes one here: most documents)
    text = idx.view.original
    for d in dates.items:
        value = d.value if isinstance(d.value, dict) else {}
        day = value.get("start")
        if value.get("time_precision") != 1 or day != value.get("end") or not isinstance(day, str):
            continue
        if not _REFERRING_BEFORE.search(text, max(0, d.span.start - 60), d.span.start):
            continue
        sent = idx.sent(d)
        earlier = [c for c in events if c.sent < sent and c.date.start is not None]
        if not earlier:
            continue
        c = max(earlier, key=lambda c: c.trigger.span.start)
        coarse = c.date.time_precision is not None and c.date.time_precision >= 2
        if coarse and str(c.date.start) <= day <= str(c.date.end or c.date.start):
            c.date = DateValue(day, day, 1, d.text, d.span)


# Words right before an English trigger that make its act the answer to another. What follows
# "to" or "for" is the act answered ("responded to the shelling", "in retaliation for the
# attack"), not the answer; after it, "with" or "by" names the answer again ("responded to the
# shelling with mortars"). (This names the answer; markers.ANSWER_TO_EN the act answered.)
ANSWER_BEFORE_EN = re.compile(
    r"\b(?:(?:respond(?:ed|ing)|retaliat(?:ed|ing)|in\s+response|in\s+retaliation|hit\s+back"
    r"|struck\s+back)\b(?:(?!\b(?:to|for)\b)[\w\s,]){0,30}"
    r"|(?:respond(?:ed|ing)|retaliat(?:ed|ing))\s+(?:to|for)\s+[^.]{0,60}?\b(?:with|by)\b"
    r"[\w\s,]{0,30})\Z",
    re.IGNORECASE,
)


def answer_cue_in(text: str) -> bool:
    """Whether the text can hold an answer word at all (a cheap check before the pattern)."""
    return "espon" in text or "etaliat" in text or " back" in text


# The answer is dated over a week at most (CODING §4: precision 2 is a week or a similar span).
_ANSWER_DAYS = 7


def date_responses(events: Sequence[Candidate], idx: DocIndex) -> None:
    """An undated English act answering the act told just before it (same or previous sentence,
    dated to the day) took place from that day to the publication day, at most a week apart."""
    published = idx.view.document.published
    if not published or idx.view.document.language != "en":
        return
    text = idx.view.original
    if not answer_cue_in(text):
        return
    try:
        pub = dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return
    for c in events:
        t = c.trigger.span
        if c.date.start is not None or c.specificity != "specific" or not ANSWER_BEFORE_EN.search(
                text, max(idx.sent_starts[c.sent], t.start - 60), t.start):
            continue
        earlier = [o for o in events if o.trigger.span.start < t.start and c.sent - 1 <= o.sent
                   and o.date.start is not None and o.date.time_precision == 1 and not o.date_weak]
        if not earlier:
            continue
        answered = max(earlier, key=lambda o: o.trigger.span.start)
        day = dt.date.fromisoformat(str(answered.date.start)[:10])
        if not 0 <= (pub - day).days <= _ANSWER_DAYS:
            continue
        d = answered.date
        c.date = DateValue(d.start, pub.isoformat(), 1 if day == pub else 2, d.text, d.span)


# "X dates back to D" (ويعود آخر هجوم … إلى أيار 2018، وتعود تفاصيل الجريمة … إلى يوليو): D is
# X's, however long X is told.
_DATES_BACK = re.compile(r"(?<!\w)[وف]?(?:يعود|تعود)\s")
_TO_BEFORE = re.compile(r"(?<!\w)(?:إلى|الى)\s*\Z")


def dates_back(c: Candidate, d: Mention, idx: DocIndex) -> bool:
    """``c``'s trigger is the subject of يعود/تعود … إلى ``d`` in one sentence."""
    text, t = idx.view.original, c.trigger.span
    sent_start = idx.sent_starts[c.sent]
    return (t.end <= d.span.start and "عود" in text[sent_start : t.start]
            and _TO_BEFORE.search(text, max(0, d.span.start - 6), d.span.start) is not None
            and _DATES_BACK.search(text, sent_start, t.start) is not None)
