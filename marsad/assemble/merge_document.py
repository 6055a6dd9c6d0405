"""Merging across a document: references and repeats (rules (3) and (4) of merge.py).

A casualty word reports the outcome of the nearest violent event and a definite noun refers
back to the event it names (``merge_references``); repeats of one incident across the document
merge, headline candidates join the body (``merge_document``); an English telling repeated word
for word is one (``merge_copies``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from marsad.assemble.bare_repeat import told_attack
from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.assemble.grievance import denounced_act, may_denounce
from marsad.assemble.merge_alternatives import may_restate, restated_incident
from marsad.assemble.merge_compat import (
    PATTERN,
    STRONG_SPEC,
    absorb,
    actor_ok,
    another,
    answered_by,
    compatible,
    date_ok,
    place_ok,
    plural_act,
    same_named_place,
    sides_ok,
    take_coding,
    type_rank,
)
from marsad.assemble.repeats import (
    answering,
    bare_generic,
    generic_attack,
    near_before,
    war_tally,
)
from marsad.assemble.retold import STRIKES, strike_retold
from marsad.assemble.separate import separate_incident


def merge_references(cands: list[Candidate], text: str) -> list[Candidate]:
    """Rule (3): casualty words and definite back-references join the event they report
    (``text``: the document's original text)."""
    events = [c for c in cands if c.family != "toll"]
    violent = [c for c in events if c.violent and c.specificity not in STRONG_SPEC]
    gone: set[int] = set()
    for c in cands:
        if c.family == "toll" and war_tally(c, text):
            gone.add(id(c))  # (the toll of a whole war, "since 1984": no incident)
            continue
        if c.family == "toll" and c.specificity not in STRONG_SPEC:
            host = _outcome_host(c, violent, text)
            if host is None and (c.specificity in PATTERN or (
                    c.date.start is None and c.location is None)) and _of_violence(c, text):
                # the toll of violence in general, over a time or with no day or place of its
                # own: a summary
                gone.add(id(c))
                continue
        elif (c.value.get("refers") and c.violent and (c.date.start is None or c.date_weak)
              and c.specificity not in STRONG_SPEC):
            host = _attack_referred(c, [o for o in violent if id(o) not in gone and o is not c])
            if host is not None and type_rank(c) < type_rank(host):
                host.event_type, host.sub_event_type, host.plover = (
                    c.event_type, c.sub_event_type, c.plover)
        elif c.value.get("definite") and (c.date.start is None or c.date_weak) and (
                c.spec_rule != "cue" or not _cue_next_to(c)):
            # (الغارة الثانية، الانفجار المماثل: another one of the kind, not the one told)
            host = (None if c.specificity == "specific" and another(c, text)
                    else _referent(c, events, gone))
        elif c.sub_event_type == "Attack" and not c.value.get("definite"):
            # "استهدف منزل … مما أسفر عن مقتل شخصين": the strike told before (retold), if any
            host = strike_retold(c, violent, gone, text)
        elif c.value.get("definite") and bare_generic(c) and c.specificity == "specific":
            # "قتل شخص في الهجوم" told with the day: the attack told before, on that day.
            host = _referent(c, events, gone)
            if host is not None and not (date_ok(host, c) and near_before(host, c)
                                         and not answering(c, text)):
                host = None  # (not one told pages before, nor the act it answered: ردا على)
        else:
            continue
        if host is not None:
            absorb(host, c)
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone]


def _attack_referred(c: Candidate, violent: Sequence[Candidate]) -> Candidate | None:
    """The attack that "the attack" in ``c``'s clause names: the latest earlier violent event."""
    earlier = [o for o in violent if o.trigger.span.start < c.trigger.span.start
               and place_ok(o.location, c.location)]
    return earlier[-1] if earlier else None


def _cue_next_to(c: Candidate) -> bool:
    """A specificity cue right by the trigger (القصف المتواصل): a pattern, not a reference."""
    t = c.trigger.span
    return any(abs(q.span.start - t.end) <= 2 or abs(t.start - q.span.end) <= 2
               or q.span.overlaps(t) for q in c.cues)


# A toll told as the outcome of "that" (نتج عن ذلك، أسفر ذلك عن، أدى ذلك إلى، خلف ذلك).
_THAT_LED = re.compile(r"(?:نتج|أسفر|اسفر|أدى|ادى|خلف)\s+(?:عن\s+)?ذلك(?:\s+(?:عن|إلى|الى))?\s*$")


def _outcome_host(c: Candidate, violent: Sequence[Candidate], text: str) -> Candidate | None:
    """The violent event a casualty word reports: its paragraph's nearest, else the latest
    before, else, for the toll of violence named in general ("أدى العنف إلى مقتل 47 شخصا"),
    the first told after it."""
    ok = [o for o in violent if place_ok(o.location, c.location)]
    same_para = [o for o in ok if o.para == c.para]
    if same_para:
        return min(same_para, key=lambda o: abs(o.trigger.span.start - c.trigger.span.start))
    before = [o for o in ok if o.trigger.span.start < c.trigger.span.start]
    if before:
        if _THAT_LED.search(text, max(0, c.trigger.span.start - 24), c.trigger.span.start):
            # "نتج عن ذلك استشهاد…": the toll of what the sentence before told, led by its first act
            # (the shelling, not the reply to it told after).
            last = before[-1].sent
            return next(o for o in before if o.sent == last)
        return before[-1]
    if c.event_type == "Protests" or not _of_violence(c, text):
        return None  # (killings of protesters are coded as such: they stand on their own)
    return next((o for o in ok if o.trigger.span.start > c.trigger.span.start), None)


# Violence named in general as what a toll is the toll of (أدى العنف إلى مقتل…، أحداث العنف التي
# سقط خلالها قتلى): the toll of the fighting or unrest the report tells, not an incident.
_VIOLENCE = ("العنف",)


_CAUSE_REACH = 60  # characters before the casualty word


def _of_violence(c: Candidate, text: str) -> bool:
    start = c.trigger.span.start
    return any(w in text[max(0, start - _CAUSE_REACH) : start] for w in _VIOLENCE)


def _referent(c: Candidate, events: Sequence[Candidate], gone: set[int]) -> Candidate | None:
    """The latest earlier event a definite noun can refer to (``gone``: ids already merged)."""
    # What the noun may name besides its own family: any violent event (الهجوم), or a strike
    # of either platform when its own was not stated.
    any_violent = generic_attack(c) and c.violent
    any_strike = c.value.get("decided") == "default" and c.family in STRIKES
    start = c.trigger.span.start
    for o in reversed(events):
        if id(o) in gone or o.trigger.span.start >= start:
            continue
        same_kind = o.family == c.family or (any_violent and o.violent) or (
            any_strike and o.family in STRIKES) or (
            o.value.get("lemma") == c.value.get("lemma") and o.family == "disrupt")
        # (العبوات الناسفة after "فجرت قوات الأمن سبع عبوات ناسفة": the devices cleared)
        if same_kind and o.specificity not in STRONG_SPEC and place_ok(o.location, c.location) \
                and actor_ok(o.actor1, c.actor1):
            return o
    # None of its kind: the same word told before at the same named place, though coded apart
    # (خلال المواجهات after "مواجهات" read as a riot: the clashes told before).
    return next((o for o in reversed(events) if id(o) not in gone
                 and o.trigger.span.start < start and _same_word(o, c)), None)


def _same_word(o: Candidate, c: Candidate) -> bool:
    """``o``, a violent act, is named with ``c``'s word at ``c``'s named place, by its sides."""
    lemma = c.value.get("lemma")
    return (lemma is not None and o.value.get("lemma") == lemma and o.violent and c.violent
            and o.specificity not in STRONG_SPEC and same_named_place(o, c)
            and actor_ok(o.actor1, c.actor1)
            and actor_ok(o.actor2, c.actor2))


def _same_agreement(a: Candidate, b: Candidate) -> bool:
    """Mentions of an agreement in one report are one agreement unless their provinces differ."""
    la, lb = a.location, b.location
    place = la is None or lb is None or not (la.admin1 and lb.admin1) or la.admin1 == lb.admin1
    return (a.family == b.family == "agree" and place and date_ok(a, b)
            and a.specificity not in STRONG_SPEC and b.specificity not in STRONG_SPEC)


_INTERCEPT = ("اعتراض", "اعترض", "اسقط", "أسقط", "إسقاط")


def _intercepted(d: Candidate, attack: Candidate) -> bool:
    """The attack is the missile or drone an interception stopped: same day and place."""
    return (d.sub_event_type == "Disrupted weapons use"
            and any(w in d.trigger.text for w in _INTERCEPT)
            and attack.family in ("shell", "air") and attack.specificity == "specific"
            and d.specificity == "specific" and place_ok(d.location, attack.location)
            and (d.date.start is not None or attack.date.start is not None) and date_ok(d, attack))


def _repeats_incident(o: Candidate, c: Candidate) -> bool:
    """A pattern mention of what the report also gives as one incident (the arrests it made,
    'arrests are under way'): the incident, at the same place. Flight and recruitment are
    reported as patterns in their own right, so they are left apart."""
    pair = {o.specificity, c.specificity}
    return (pair <= {"specific", *PATTERN} and "specific" in pair and bool(pair & set(PATTERN))
            and o.family == c.family and not o.event_type.startswith("marsad:")
            and place_ok(o.location, c.location))


_WAR_SPECS = (*PATTERN, "hypothetical")  # a module constant: mypyc cannot compile `in (*X, y)`


def _the_war_itself(c: Candidate) -> bool:
    """Fighting as a pattern across a whole country ("زجهم في المعارك الدائرة في اليمن") is the
    war the report is set in, not an event (CODING §2: a country-wide summary is never one);
    nor is an attack on a whole country that might be ("لن تسمح بهجوم على جارتها")."""
    return (c.country_scope and c.specificity in _WAR_SPECS
            and c.family == "clash")


_COPY_CHARS = 80  # the words after a trigger that, found again after the same trigger, repeat it


def merge_copies(cands: list[Candidate], text: str) -> list[Candidate]:
    """An English telling repeated word for word (a headline run into the lead, a summary
    quoted again in full): a trigger whose next ``_COPY_CHARS`` characters are those after the
    same trigger further on is one incident with it, whatever place each was given (the better
    placed mention's place stands); the later (fuller) telling keeps it. (English only so far: the Arabic lead has its headline rule.)"""
    by_copy: dict[str, Candidate] = {}
    gone: set[int] = set()
    for c in reversed(cands):
        t = c.trigger.span
        after = text[t.end : t.end + _COPY_CHARS]
        if len(after) < _COPY_CHARS:
            continue
        key = f"{c.trigger.text} {after}".lower()
        host = by_copy.get(key)
        if host is None:
            by_copy[key] = c
        elif host.sent != c.sent and host.specificity == c.specificity:
            absorb(host, c)
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone] if gone else cands


def merge_document(cands: Sequence[Candidate], idx: DocIndex) -> list[Candidate]:
    """Rule (4): body candidates first, then headlines; an agreement named again, an attack an
    interception stopped and a pattern repeat of an incident join it; a cue said to be another
    or a similar one (انفجار مماثل، هجوم آخر) joins none told before it."""
    text = idx.view.original
    out: list[Candidate] = []
    cands = [c for c in cands if not _the_war_itself(c)]
    denounce = may_denounce(text)
    for c in [c for c in cands if not c.headline] + [c for c in cands if c.headline]:
        if c.violent and not c.headline and not plural_act(c) and another(c, text):
            out.append(c)
            continue
        if not c.headline and separate_incident(c, idx):
            out.append(c)  # (وفي واقعة منفصلة: its sentence says it is another incident)
            continue
        same = [o for o in out if o.event_type == c.event_type
                and o.sub_event_type == c.sub_event_type]
        host = None
        if same:  # (the three searches below find nothing in an empty list)
            host = next((o for o in same if compatible(o, c, any_order=True)
                         and not answered_by(o, c)), None)
            if host is None and c.headline:
                host = next((o for o in same if compatible(o, c, same_family=False)
                             and not answered_by(o, c)), None)
            if host is None:
                host = next((o for o in same if _same_agreement(o, c)
                             or _repeats_incident(o, c)), None)
                if host is not None and "specific" in (host.specificity, c.specificity):
                    incident = host if host.specificity == "specific" else c
                    rule, trigger = incident.spec_rule, incident.trigger
                    absorb(host, c)
                    host.specificity, host.spec_rule, host.trigger = "specific", rule, trigger
                    host.votes = Counter({"specific": host.members})
                    continue
        if host is None and c.killed and c.violent:
            host = next((o for o in out if _same_toll(o, c)), None)
        if host is None and not c.headline and may_restate(c):
            for o in out:
                if (restated := restated_incident(o, c)) is not None:
                    host = o
                    if restated is c:
                        # (the pattern was told first: the incident's coding and specificity stand)
                        take_coding(host, c)
                        host.specificity, host.spec_rule = c.specificity, c.spec_rule
                        host.votes = Counter({"specific": host.members})
                    break
        if host is None:
            host = told_attack(c, out)  # (هجوم الخميس after the shooting told: the shooting)
        if host is None and denounce and c.violent:
            host = denounced_act(c, out, idx)  # (استنكارا لمجزرة: the killing told before)
        if host is None and c.specificity in PATTERN and _development(c):
            host = next((o for o in out if o.trigger.span == c.trigger.span
                         and o.specificity in PATTERN), None)
        # (An interception stops a shelling or an air strike: only those two are tried.)
        if host is None and c.family in ("shell", "air"):
            host = next((o for o in out if _intercepted(o, c)), None)
        if host is None and c.sub_event_type == "Disrupted weapons use":
            stopped = next((o for o in out if _intercepted(c, o)), None)
            if stopped is not None:
                take_coding(stopped, c)
                host = stopped
        if host is None and c.headline and _bare(c):
            continue  # (a subheading's word, "هجوم عنيف": the body tells the incident, if any)
        if host is None:
            out.append(c)
        else:
            absorb(host, c)
    out.sort(key=lambda c: c.trigger.span.start)
    return out


_TOLL_MIN = 3  # a death or two is too common a figure to tell an incident by


def _tolls(c: Candidate) -> set[int]:
    """The exact death tolls a candidate reports."""
    out = set()
    for m in c.killed:
        v = m.value if isinstance(m.value, dict) else {}
        low, high = v.get("min"), v.get("max")
        if isinstance(low, int) and low == high and low >= _TOLL_MIN:
            out.add(low)
    return out


def _same_toll(o: Candidate, c: Candidate) -> bool:
    """Two specific violent mentions giving the same exact toll, at a compatible place and day
    and between the same sides, tell one incident twice ("قتل تسعة في هجوم انتحاري" and, later,
    "أطلق مسلحون النار على الحراس لتخلف العملية تسعة قتلى")."""
    return (o.violent and o.specificity == c.specificity == "specific"
            and place_ok(o.location, c.location) and date_ok(o, c)
            and sides_ok(o, c)
            and not _tolls(o).isdisjoint(_tolls(c)))


def _development(c: Candidate) -> bool:
    """A development rather than an act at a place: flight, recruitment, arrests campaigns.
    Reported as a pattern over several places ("فرار الشبان من ريفي حلب والحسكة") it is one
    phenomenon, so the copies split off for each listed place join again."""
    return c.event_type == "Strategic developments" or c.event_type.startswith("marsad:")


def _bare(c: Candidate) -> bool:
    """No argument of its own: no place, actor, day or casualty figure."""
    return (c.location is None and c.actor1 is None and c.actor2 is None
            and c.date.start is None and not c.killed and not c.wounded)
