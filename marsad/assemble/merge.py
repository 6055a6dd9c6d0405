"""Merging candidates: one event per incident or pattern inside a document.

Rules, in order: (1) protests met with arrests or dispersal in the same sentence become one
Protest with intervention (with killing: Excessive force against protesters), but not an arrest
made for or after a protest (protest_cause.py); (2) specific
violent candidates of one sentence with compatible actors and place become one event of the
highest type (ACLED hierarchy); (3) references: a casualty word (family ``toll``) reports the
outcome of the nearest violent event of its paragraph (else the latest before it; the toll of
violence in general over a time, with none to report on, is a summary and dropped), and a definite
noun (القصف، الهجوم، خطفهم) with no day of its own refers back to the latest compatible event of
its family (الهجوم and العملية: of any violent type); (4) repeats across the document merge when
type, sub-type and family agree and actors, place, date and specificity are compatible (a
specificity judged by default, with no evidence, gives way); headline candidates merge into any
body event of the same coding, and one with no argument of its own and no such event is dropped;
an English telling repeated word for word is one (``merge_copies``); the copies of a development
reported as a pattern over listed places join again. An English act told as the answer to
another (``answers.mark_answers``) never merges into an act that is not one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.day_after import marked_between
from marsad.assemble.judge import TARGET_DEFAULT
from marsad.assemble.markers import RETALIATION_WORDS
from marsad.assemble.protest_cause import protest_for_cause, protest_in_name
from marsad.assemble.repeats import (
    answering,
    bare_generic,
    near_before,
    night_holds,
    taken_and_abducted,
    war_tally,
)
from marsad.model import Actor, Place
from marsad.recognise.triggers_lexicon import stem
from marsad.text.normalise import normalise_phrase

_RANK = {"Battles": 0, "Explosions/Remote violence": 1, "Violence against civilians": 2}
_SUB_RANK = {"Air/drone strike": 0, "Suicide bomb": 1, "Shelling/artillery/missile attack": 2}
_PATTERN = ("recurring", "trend")


def _actor_ok(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or a.id == b.id


def _place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if _country_only(a) or _country_only(b):
        # "في العراق" and "في البصرة": the country holds the town (unless they name two countries).
        return not (a.country and b.country) or a.country == b.country
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1 and (a.geo_precision != 1 or b.geo_precision != 1
                                         or a.name == b.name)
    return a.name == b.name


def _country_only(p: Place) -> bool:
    return p.geo_precision is None and not p.admin1


def _spec_ok(a: Candidate, b: Candidate) -> bool:
    return (
        a.specificity == b.specificity
        or (a.specificity in _PATTERN and b.specificity in _PATTERN)
        or (a.spec_rule == "default" and _gives_way_to(b))
        or (b.spec_rule == "default" and _gives_way_to(a))
    )


def _gives_way_to(a: Candidate) -> bool:
    """A mention judged by default joins ``a``: a pattern, an incident, or an earlier
    non-violent act named again (the 2015 agreement, told with its month once, then bare)."""
    return a.specificity in (*_PATTERN, "specific") or (
        a.specificity == "historical" and not a.violent)


def compatible(
    a: Candidate, b: Candidate, same_family: bool = True, check_spec: bool = True,
    any_order: bool = False,
) -> bool:
    """Same family (if asked), specificity, actors, place and day agree. ``any_order``: the
    actors agree when one mention's sides are among the other's, whatever their roles (the
    army's clash with the militants, told again as the militants' attack on an army post)."""
    pattern = a.specificity in _PATTERN and b.specificity in _PATTERN
    actors = pattern or (_actor_ok(a.actor1, b.actor1) and _actor_ok(a.actor2, b.actor2)) or (
        any_order and _sides_within(a, b))
    return (
        (not same_family or a.family == b.family)
        and (not check_spec or _spec_ok(a, b))
        and actors
        and _place_ok(a.location, b.location)
        and _date_ok(a, b)
    )


def _sides(c: Candidate) -> set[str]:
    """The ids of the actors a candidate names, in either role."""
    return {x.id for x in (c.actor1, c.actor2) if x is not None}


def _sides_within(a: Candidate, b: Candidate) -> bool:
    """One candidate's named actors are all among the other's (in any role)."""
    sa, sb = _sides(a), _sides(b)
    return sa <= sb or sb <= sa


def _date_ok(a: Candidate, b: Candidate) -> bool:
    """Same day, or one side's day unknown or only the day a source spoke (not before the act),
    or one side's day inside the other's night (ليلة الجمعة: two days)."""
    da, db = a.date.start, b.date.start
    if da is None or db is None or da == db or night_holds(a.date, b.date):
        return True
    if a.date_weak and not b.date_weak:
        return da >= db
    if b.date_weak and not a.date_weak:
        return db >= da
    return False


def answered_by(o: Candidate, c: Candidate) -> bool:
    """``c`` answers an act and ``o`` does not (``o`` may be the act answered, a separate one),
    or the two share a sentence and only one is an answer ("responded with air raids to rebel
    artillery fire": the fire told after its answer)."""
    return (c.answers and not o.answers) or (o.answers and not c.answers and o.sent == c.sent)


_MODAL = ("hypothetical", "denied")


def _plural(c: Candidate) -> bool:
    """The trigger names acts in the plural (هجمات، غاراتها), even where a support verb before
    it made its form a verb (شنت هجمات)."""
    return c.form == "plural" or stem(normalise_phrase(c.trigger.text)).endswith("ات")


def absorb(into: Candidate, other: Candidate) -> None:
    """Fill ``into``'s gaps from ``other`` and pool its evidence."""
    # A plural of another clause names a kind of act, not this one (يرجح أن يكونا من خلايا شنت
    # هجمات مماثلة): its maybe or denial, and its vote, do not pass to one act judged by default.
    modal_elsewhere = (into.spec_rule == "default" and other.specificity in _MODAL
                       and other.clause != into.clause and _plural(other) and not _plural(into))
    if into.spec_rule == "default" and other.spec_rule != "default" and not modal_elsewhere:
        into.specificity, into.spec_rule = other.specificity, other.spec_rule
    if into.actor1 is None and other.actor1 is not None and (
            into.actor2 is None or other.actor1.id != into.actor2.id):
        into.actor1 = other.actor1  # never the side ``into`` already has as its other actor
    if into.actor2 is None:
        taken = into.actor1.id if into.actor1 is not None else None
        for a in (other.actor2, other.actor1):
            if a is not None and a.id != taken:
                into.actor2 = a
                break
    if other.location is not None and other.location_rank < into.location_rank:
        into.location, into.location_rank = other.location, other.location_rank
    # A day a source spoke dates only the act of its own sentence: an event told elsewhere with
    # no day of its own does not take it (it may be older than the statement).
    if other.date.start is not None and (into.date.start is None or (
            into.date_weak and not other.date_weak)) and (
            not other.date_weak or other.sent == into.sent):
        into.date, into.date_weak = other.date, other.date_weak
    # (Each pool is read only when ``other`` has something in it: most have nothing.)
    if other.killed:
        into.killed += [m for m in other.killed if m not in into.killed]
    if other.wounded:
        into.wounded += [m for m in other.wounded if m not in into.wounded]
    if other.quantities:
        into.quantities += [q for q in other.quantities if q not in into.quantities]
    if other.framing:
        into.framing += [f for f in other.framing if all(f.span != g.span for g in into.framing)]
    into.attribution = into.attribution or other.attribution
    for key, n in other.votes.items():  # Counter.update, without its checks
        if not (modal_elsewhere and key in _MODAL):
            into.votes[key] += n
    into.members += other.members
    into.confidence = max(into.confidence, other.confidence)
    if other.notes:
        into.notes += [n for n in other.notes if n not in into.notes]


def merge_sentence(cands: list[Candidate], text: str = "") -> list[Candidate]:
    """Rules (1) and (2) inside each sentence."""
    out: list[Candidate] = []
    by_sent: dict[int, list[Candidate]] = {}  # ``out`` by sentence, in its order
    for c in cands:
        host = None
        for o in by_sent.get(c.sent, ()):
            if o.answers != c.answers:
                continue  # an act and the retaliation for it: two incidents
            uncued = not o.cues or not c.cues
            winner = _one_incident(o, c, text)
            if winner is not None and _place_ok(o.location, c.location) and _date_ok(o, c):
                host = o
                if winner is c:
                    _take_coding(o, c)
                break
            if o.specificity in _PATTERN and c.specificity in _PATTERN and _alternatives(o, c, text):
                host = o  # (a tally of those "killed or arrested": one pattern)
                break
            if not compatible(o, c, same_family=False, check_spec=not uncued):
                continue
            pair = {o.event_type, c.event_type}
            if "Protests" in pair and (pair & {"Strategic developments", "Violence against civilians",
                                                "Battles", "Riots"}):
                protest = o if o.event_type == "Protests" else c
                other = c if protest is o else o
                arrest = other.sub_event_type == "Arrests"
                if arrest and protest_in_name(protest.trigger.span, text):
                    # "رئيس جماعة الاعتصام": a name, no protest; the arrest stays one.
                    host = o
                    if other is c:
                        _take_coding(o, c)
                    break
                if arrest and protest_for_cause(protest.trigger.span, other.trigger.span, text):
                    continue  # arrested "على خلفية الاحتجاجات": for the protest, not at it
                if arrest or other.sub_event_type == "Protest with intervention":
                    protest.sub_event_type = "Protest with intervention"
                elif other.event_type == "Riots":
                    protest.event_type, protest.sub_event_type = "Riots", other.sub_event_type
                elif (other.killed or other.event_type == "Violence against civilians"
                      or protest.sub_event_type == "Excessive force against protesters"):
                    protest.sub_event_type = "Excessive force against protesters"
                else:
                    continue
                host = o
                if protest is c:
                    o.event_type, o.sub_event_type, o.plover = c.event_type, c.sub_event_type, c.plover
                break
            pattern_pair = (o.specificity in _PATTERN and c.specificity in _PATTERN
                            and _accompanied(o, c, text))
            if ((o.specificity == c.specificity == "specific" or pattern_pair)
                    and o.event_type in _RANK and c.event_type in _RANK
                    and not _sequenced(o, c, text) and not taken_and_abducted(o, c)):
                host = o
                if _bare_attack(o) and not _bare_attack(c) and c.event_type != o.event_type:
                    _take_coding(o, c)  # ("هجوم بقنبلة يدوية … ووقع الهجوم": the grenade's)
                elif _rank(c) < _rank(o) and not (_bare_attack(c) and not _bare_attack(o)):
                    o.event_type, o.sub_event_type, o.plover = (c.event_type, c.sub_event_type,
                                                                c.plover)
                break
            if o.event_type == c.event_type and o.sub_event_type == c.sub_event_type and (
                    o.family == c.family):
                host = o
                break
        if host is None:
            out.append(c)
            by_sent.setdefault(c.sent, []).append(c)
        else:
            absorb(host, c)
    return out


def _bare_attack(c: Candidate) -> bool:
    """A generic attack word (هجوم، عملية) whose target no argument stated: it names the attack
    another cue of its sentence codes (a grenade, a bomb), and brings no battle of its own."""
    return str(c.value.get("lemma") or "") in _GENERIC and TARGET_DEFAULT in c.notes


def _take_coding(into: Candidate, other: Candidate) -> None:
    """``into`` becomes the event ``other`` names (its coding and its trigger)."""
    into.event_type, into.sub_event_type, into.plover = (other.event_type, other.sub_event_type,
                                                        other.plover)
    into.trigger, into.family, into.form = other.trigger, other.family, other.form


def _actors_overlap(a: Candidate, b: Candidate) -> bool:
    """The two name the same sides, in any order (or one names none)."""
    sa, sb = _sides(a), _sides(b)
    return not sa or not sb or bool(sa & sb)


PROTEST_RANK = {"Excessive force against protesters": 0, "Protest with intervention": 1,
                "Peaceful protest": 2}
_RAID = ("اقتحام", "اقتحم", "داهم", "مداهم", "دهم")


def _one_incident(a: Candidate, b: Candidate, text: str) -> Candidate | None:
    """Two cues of one sentence that name one incident under ACLED's hierarchy; the winner.
    Fighting and the retreat it causes are part of a change of territory; a killing outranks
    an arrest made with it (not one made for it: the act a charge names); a raid made to arrest
    is the arrest; riots named twice are one."""
    if a.specificity in _STRONG_SPEC or b.specificity in _STRONG_SPEC or _counted_apart(
            a, b, text):
        return None
    for x, y in ((a, b), (b, a)):
        if x.family == "territory" and x.event_type == "Battles" and _actors_overlap(x, y) and (
                y.family == "clash" or (y.family == "change" and y.plover == "RETREAT")):
            return x
        if x.specificity == y.specificity == "specific" and y.sub_event_type == "Arrests":
            if x.violent and x.family != "clash" and not x.charged and _actor_ok(x.actor1, y.actor1):
                return x
            raid = any(r in x.trigger.text for r in _RAID)
            if x.family == "clash" and raid and not x.killed and _actor_ok(x.actor1, y.actor1):
                return y
    if a.event_type == b.event_type == "Protests" and not _sequenced(a, b, text):
        # "مظاهرة فرقتها قوات الأمن": one protest, coded by what was done to it.
        return a if PROTEST_RANK.get(a.sub_event_type or "", 9) <= PROTEST_RANK.get(
            b.sub_event_type or "", 9) else b
    if a.event_type == b.event_type == "Riots" and not _sequenced(a, b, text):
        return b if b.sub_event_type == "Violent demonstration" else a
    for x, y in ((a, b), (b, a)):
        if x.event_type == "Riots" and y.trigger.text.isascii() and _riot_part(y) and (
                _actors_overlap(x, y) and not _sequenced(x, y, text)):
            # (English only so far: the Arabic lexicon's looting cues are not yet checked)
            return x
    return None


_ORGANISED = frozenset({2, 3, 4})  # rebels, militias: their clash is a battle of its own


def _riot_part(c: Candidate) -> bool:
    """What a crowd does in its riot (ACLED codes it in the riot): looting or burning property,
    or a clash with no organised armed group among its sides ("rioters looted shops and
    clashed with police")."""
    if c.sub_event_type == "Looting/property destruction":
        return True
    return c.family == "clash" and c.event_type == "Battles" and not any(
        s is not None and s.type in _ORGANISED for s in (c.actor1, c.actor2))


_GENERIC = frozenset({"هجوم", "عمليه"})
_STRONG_SPEC = ("historical", "hypothetical", "denied")
# Words between two triggers that make them two incidents (one answers or follows the other).
# (ثأراً has never been among them: adding it would change which triggers merge.)
_SEQUENCE = (*(w for w in RETALIATION_WORDS if w != "ثأراً"), "خلفية", "عقب", "إثر", "اثر", "ثم")


# Words between two pattern cues that make one the circumstance of the other (clashes "amid"
# shelling); a plain list (القصف والاشتباكات والتعذيب) names separate practices.
_OR = frozenset({"أو", "او", "or"})
_ACCOMPANY = ("بالتزامن", "وسط", "تحت", "ترافق", "رافقه", "رافقها", "تخللها", "تبعه", "تبعها",
              "يرافقه", "يرافقها", "ترافقت")


def _accompanied(a: Candidate, b: Candidate, text: str) -> bool:
    return _word_between(a, b, text, _ACCOMPANY)


def _alternatives(a: Candidate, b: Candidate, text: str) -> bool:
    """Two acts joined by "or" alone (قتلوا أو اعتقلوا): the outcomes of one tally."""
    first, second = sorted((a.trigger.span, b.trigger.span), key=lambda s: s.start)
    return text[first.end : second.start].strip() in _OR


def _word_between(a: Candidate, b: Candidate, text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (or it after و) stands between the two triggers."""
    first, second = sorted((a.trigger.span, b.trigger.span), key=lambda s: s.start)
    between = text[first.end : second.start]
    # A word can stand there only if its letters do: most of the time none do.
    if not any(w in between for w in words):
        return False
    return any(w.removeprefix("و") in words for w in between.split())


def _sequenced(a: Candidate, b: Candidate, text: str) -> bool:
    """The text between two triggers says one answers or follows the other (ردا على، عقب،
    بعد أيام من)."""
    return _word_between(a, b, text, _SEQUENCE) or _counted_apart(a, b, text)


def _counted_apart(a: Candidate, b: Candidate, text: str) -> bool:
    """A marker of a while between them (غداة، بعد يومين من، بعد أيام على): two acts."""
    first, second = sorted((a.trigger.span, b.trigger.span), key=lambda s: s.start)
    return marked_between(text, first.end, second.start)


def merge_references(cands: list[Candidate], text: str) -> list[Candidate]:
    """Rule (3): casualty words and definite back-references join the event they report
    (``text``: the document's original text)."""
    events = [c for c in cands if c.family != "toll"]
    violent = [c for c in events if c.violent and c.specificity not in _STRONG_SPEC]
    gone: set[int] = set()
    for c in cands:
        if c.family == "toll" and war_tally(c, text):
            gone.add(id(c))  # (the toll of a whole war, "since 1984": no incident)
            continue
        if c.family == "toll" and c.specificity not in _STRONG_SPEC:
            host = _outcome_host(c, violent, text)
            if host is None and (c.specificity in _PATTERN or (
                    c.date.start is None and c.location is None)) and _of_violence(c, text):
                # the toll of violence in general, over a time or with no day or place of its
                # own: a summary
                gone.add(id(c))
                continue
        elif (c.value.get("refers") and c.violent and (c.date.start is None or c.date_weak)
              and c.specificity not in _STRONG_SPEC):
            host = _attack_referred(c, [o for o in violent if id(o) not in gone and o is not c])
            if host is not None and _rank(c) < _rank(host):
                host.event_type, host.sub_event_type, host.plover = (
                    c.event_type, c.sub_event_type, c.plover)
        elif c.value.get("definite") and (c.date.start is None or c.date_weak) and (
                c.spec_rule != "cue" or not _cue_next_to(c)):
            host = _referent(c, events, gone)
        elif c.value.get("definite") and bare_generic(c) and c.specificity == "specific":
            # "قتل شخص في الهجوم" told with the day: the attack told before, on that day.
            host = _referent(c, events, gone)
            if host is not None and not (_date_ok(host, c) and near_before(host, c)
                                         and not answering(c, text)):
                host = None  # (not one told pages before, nor the act it answered: ردا على)
        else:
            continue
        if host is not None:
            absorb(host, c)
            gone.add(id(c))
    return [c for c in cands if id(c) not in gone]


def _rank(c: Candidate) -> tuple[int, int]:
    return _RANK.get(c.event_type, 9), _SUB_RANK.get(c.sub_event_type or "", 9)


def _attack_referred(c: Candidate, violent: Sequence[Candidate]) -> Candidate | None:
    """The attack that "the attack" in ``c``'s clause names: the latest earlier violent event."""
    earlier = [o for o in violent if o.trigger.span.start < c.trigger.span.start
               and _place_ok(o.location, c.location)]
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
    ok = [o for o in violent if _place_ok(o.location, c.location)]
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


_STRIKES = frozenset({"air", "shell"})


def _referent(c: Candidate, events: Sequence[Candidate], gone: set[int]) -> Candidate | None:
    """The latest earlier event a definite noun can refer to (``gone``: ids already merged)."""
    # What the noun may name besides its own family: any violent event (الهجوم), or a strike
    # of either platform when its own was not stated.
    any_violent = str(c.value.get("lemma") or "") in _GENERIC and c.violent
    any_strike = c.value.get("decided") == "default" and c.family in _STRIKES
    start = c.trigger.span.start
    for o in reversed(events):
        if id(o) in gone or o.trigger.span.start >= start:
            continue
        same_kind = o.family == c.family or (any_violent and o.violent) or (
            any_strike and o.family in _STRIKES) or (
            o.value.get("lemma") == c.value.get("lemma") and o.family == "disrupt")
        # (العبوات الناسفة after "فجرت قوات الأمن سبع عبوات ناسفة": the devices cleared)
        if same_kind and o.specificity not in _STRONG_SPEC and _place_ok(o.location, c.location) \
                and _actor_ok(o.actor1, c.actor1):
            return o
    return None


def _same_agreement(a: Candidate, b: Candidate) -> bool:
    """Mentions of an agreement in one report are one agreement unless their provinces differ."""
    la, lb = a.location, b.location
    place = la is None or lb is None or not (la.admin1 and lb.admin1) or la.admin1 == lb.admin1
    return (a.family == b.family == "agree" and place and _date_ok(a, b)
            and a.specificity not in _STRONG_SPEC and b.specificity not in _STRONG_SPEC)


_INTERCEPT = ("اعتراض", "اعترض", "اسقط", "أسقط", "إسقاط")


def _intercepted(d: Candidate, attack: Candidate) -> bool:
    """The attack is the missile or drone an interception stopped: same day and place."""
    return (d.sub_event_type == "Disrupted weapons use"
            and any(w in d.trigger.text for w in _INTERCEPT)
            and attack.family in ("shell", "air") and attack.specificity == "specific"
            and d.specificity == "specific" and _place_ok(d.location, attack.location)
            and (d.date.start is not None or attack.date.start is not None) and _date_ok(d, attack))


def _repeats_incident(o: Candidate, c: Candidate) -> bool:
    """A pattern mention of what the report also gives as one incident (the arrests it made,
    'arrests are under way'): the incident, at the same place. Flight and recruitment are
    reported as patterns in their own right, so they are left apart."""
    pair = {o.specificity, c.specificity}
    return (pair <= {"specific", *_PATTERN} and "specific" in pair and bool(pair & set(_PATTERN))
            and o.family == c.family and not o.event_type.startswith("marsad:")
            and _place_ok(o.location, c.location))


def _the_war_itself(c: Candidate) -> bool:
    """Fighting as a pattern across a whole country ("زجهم في المعارك الدائرة في اليمن") is the
    war the report is set in, not an event (CODING §2: a country-wide summary is never one);
    nor is an attack on a whole country that might be ("لن تسمح بهجوم على جارتها")."""
    return (c.country_scope and c.specificity in (*_PATTERN, "hypothetical")
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


# Words right after a cue that make it another incident like one told before (انفجارا مماثلا،
# هجوم آخر، تفجير ثان): it never repeats that one.
_ANOTHER = re.compile(r"\s*(?:ال)?(?:مماثل|آخر|أخرى|ثان|ثاني)(?:ا|ة|ًا|اً)?(?:\s|$|[.,،؛:])")


def another(c: Candidate, text: str) -> bool:
    """The trigger is followed by "similar", "another" or "second"."""
    return bool(text) and _ANOTHER.match(text, c.trigger.span.end) is not None


def merge_document(cands: Sequence[Candidate], text: str = "") -> list[Candidate]:
    """Rule (4): body candidates first, then headlines; an agreement named again, an attack an
    interception stopped and a pattern repeat of an incident join it; a cue said to be another
    or a similar one (انفجار مماثل، هجوم آخر) joins none told before it."""
    out: list[Candidate] = []
    cands = [c for c in cands if not _the_war_itself(c)]
    for c in [c for c in cands if not c.headline] + [c for c in cands if c.headline]:
        if text and c.violent and not c.headline and not _plural(c) and another(c, text):
            out.append(c)
            continue
        same = [o for o in out if o.event_type == c.event_type
                and o.sub_event_type == c.sub_event_type]
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
        if host is None and c.specificity in _PATTERN and _development(c):
            host = next((o for o in out if o.trigger.span == c.trigger.span
                         and o.specificity in _PATTERN), None)
        # (An interception stops a shelling or an air strike: only those two are tried.)
        if host is None and c.family in ("shell", "air"):
            host = next((o for o in out if _intercepted(o, c)), None)
        if host is None and c.sub_event_type == "Disrupted weapons use":
            stopped = next((o for o in out if _intercepted(c, o)), None)
            if stopped is not None:
                _take_coding(stopped, c)
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
            and _place_ok(o.location, c.location) and _date_ok(o, c)
            and ((_actor_ok(o.actor1, c.actor1) and _actor_ok(o.actor2, c.actor2))
                 or _sides_within(o, c))
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
