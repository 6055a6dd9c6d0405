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

Rules (1) and (2) are here (``merge_sentence``); (3) and (4) in merge_document.py; what makes two
candidates compatible, and how one absorbs another, in merge_compat.py.
"""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.day_after import marked_between
from marsad.assemble.doc import DocIndex
from marsad.assemble.grievance import is_grievance
from marsad.assemble.judge_types import TARGET_DEFAULT
from marsad.assemble.markers import AFTER_WRITTEN, RETALIATION_WORDS
from marsad.assemble.merge_compat import (
    PATTERN,
    PROTEST_RANK,
    RANK,
    STRONG_SPEC,
    absorb,
    actor_ok,
    compatible,
    date_ok,
    listed_apart,
    place_ok,
    sides,
    take_coding,
    type_rank,
)
from marsad.assemble.protest_cause import protest_for_cause, protest_in_name
from marsad.assemble.repeats import generic_attack, taken_and_abducted
from marsad.assemble.territory_sides import take_sides
from marsad.model import Span


def merge_sentence(cands: list[Candidate], idx: DocIndex) -> list[Candidate]:
    """Rules (1) and (2) inside each sentence."""
    text = idx.view.original
    out: list[Candidate] = []
    by_sent: dict[int, list[Candidate]] = {}  # ``out`` by sentence, in its order
    for c in cands:
        host = None
        denounced = False  # (c only names what a protest of its sentence denounces)
        for o in by_sent.get(c.sent, ()):
            if o.answers != c.answers:
                continue  # an act and the retaliation for it: two incidents
            if listed_apart(o, c):
                continue  # copies of one act split over a list of places: one event each
            uncued = not o.cues or not c.cues
            strong = o.specificity in STRONG_SPEC or c.specificity in STRONG_SPEC
            apart = not strong and _counted_apart(o, c, text)  # (once per pair: read twice)
            winner = None if strong or apart else _one_incident(o, c, text)
            if winner is not None and place_ok(o.location, c.location) and date_ok(o, c):
                host = o
                if winner is c:
                    take_coding(o, c)
                    if c.family == "territory":
                        take_sides(o, c)
                break
            if o.specificity in PATTERN and c.specificity in PATTERN and _alternatives(o, c, text):
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
                if arrest and protest_in_name(protest.trigger.span, idx):
                    # "رئيس جماعة الاعتصام": a name, no protest; the arrest stays one.
                    host = o
                    if other is c:
                        take_coding(o, c)
                    break
                if is_grievance(other.trigger.span, idx):
                    # "احتجاجا على مقتل": what the protest denounces, not force on it; a bare
                    # word for it (استنكارا للمجزرة), with no toll of its own, is no event here
                    denounced = other is c and not (c.killed or c.wounded)
                    if denounced:
                        break
                    continue
                if arrest and protest_for_cause(protest.trigger.span, other.trigger.span, idx):
                    continue  # arrested "على خلفية الاحتجاجات": for the protest, not at it
                if arrest or other.sub_event_type == "Protest with intervention":
                    protest.sub_event_type = "Protest with intervention"
                elif other.event_type == "Riots":
                    protest.event_type, protest.sub_event_type = "Riots", other.sub_event_type
                elif other.sub_event_type == _LOOTING and other.trigger.text.isascii():
                    # (English: demonstrators looting or burning property riot, CODING §1)
                    protest.event_type, protest.sub_event_type = "Riots", "Violent demonstration"
                elif (other.killed or other.event_type == "Violence against civilians"
                      or protest.sub_event_type == "Excessive force against protesters"):
                    protest.sub_event_type = "Excessive force against protesters"
                else:
                    continue
                host = o
                if protest is c:
                    o.event_type, o.sub_event_type, o.plover = c.event_type, c.sub_event_type, c.plover
                break
            pattern_pair = (o.specificity in PATTERN and c.specificity in PATTERN
                            and _accompanied(o, c, text))
            if ((o.specificity == c.specificity == "specific" or pattern_pair)
                    and o.event_type in RANK and c.event_type in RANK
                    and not apart and not _word_between(o, c, text, _SEQUENCE)
                    and not taken_and_abducted(o, c)):
                host = o
                if _bare_attack(o) and not _bare_attack(c) and c.event_type != o.event_type:
                    take_coding(o, c)  # ("هجوم بقنبلة يدوية … ووقع الهجوم": the grenade's)
                elif type_rank(c) < type_rank(o) and not (_bare_attack(c) and not _bare_attack(o)):
                    o.event_type, o.sub_event_type, o.plover = (c.event_type, c.sub_event_type,
                                                                c.plover)
                break
            if o.event_type == c.event_type and o.sub_event_type == c.sub_event_type and (
                    o.family == c.family):
                host = o
                break
        if denounced:
            continue
        if host is None:
            out.append(c)
            by_sent.setdefault(c.sent, []).append(c)
        else:
            absorb(host, c)
    return out


def _bare_attack(c: Candidate) -> bool:
    """A generic attack word (هجوم، عملية) whose target no argument stated: it names the attack
    another cue of its sentence codes (a grenade, a bomb), and brings no battle of its own."""
    return generic_attack(c) and TARGET_DEFAULT in c.notes


def _actors_overlap(a: Candidate, b: Candidate) -> bool:
    """The two name the same sides, in any order (or one names none)."""
    sa, sb = sides(a), sides(b)
    return not sa or not sb or bool(sa & sb)


_RAID = ("اقتحام", "اقتحم", "داهم", "مداهم", "دهم")
# A detention by the state (arrest) or by an armed group (abduction, CODING §1): a raid made for
# it is the detention (a killing made with an arrest outranks the arrest).
_DETENTIONS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _one_incident(a: Candidate, b: Candidate, text: str) -> Candidate | None:
    """Two cues of one sentence that name one incident under ACLED's hierarchy; the winner.
    Fighting and the retreat it causes are part of a change of territory; a killing outranks
    an arrest made with it (not one made for it: the act a charge names); a raid made to arrest
    or abduct is the detention; riots named twice are one. (The caller has ruled out a strong
    specificity and a while between them: ``_counted_apart``.)"""
    for x, y in ((a, b), (b, a)):
        if x.family == "territory" and x.event_type == "Battles" and _actors_overlap(x, y) and (
                y.family == "clash" or (y.family == "change" and y.plover == "RETREAT")):
            return x
        if x.specificity == y.specificity == "specific" and y.sub_event_type in _DETENTIONS:
            if (y.sub_event_type == "Arrests" and x.violent and x.family != "clash"
                    and not x.charged and actor_ok(x.actor1, y.actor1)):
                return x
            raid = any(r in x.trigger.text for r in _RAID)
            if x.family == "clash" and raid and not x.killed and actor_ok(x.actor1, y.actor1):
                return y
    # (the while-between markers were ruled out above: only the sequence words are left)
    if a.event_type == b.event_type == "Protests" and not _word_between(a, b, text, _SEQUENCE):
        # "مظاهرة فرقتها قوات الأمن": one protest, coded by what was done to it.
        return a if PROTEST_RANK.get(a.sub_event_type or "", 9) <= PROTEST_RANK.get(
            b.sub_event_type or "", 9) else b
    if a.event_type == b.event_type == "Riots" and not _word_between(a, b, text, _SEQUENCE):
        return b if b.sub_event_type == "Violent demonstration" else a
    for x, y in ((a, b), (b, a)):
        if x.event_type == "Riots" and y.trigger.text.isascii() and _riot_part(y) and (
                _actors_overlap(x, y) and not _word_between(x, y, text, _SEQUENCE)):
            # (English only so far: the Arabic lexicon's looting cues are not yet checked)
            return x
    return None


_LOOTING = "Looting/property destruction"
_ORGANISED = frozenset({2, 3, 4})  # rebels, militias: their clash is a battle of its own


def _riot_part(c: Candidate) -> bool:
    """What a crowd does in its riot (ACLED codes it in the riot): looting or burning property,
    or a clash with no organised armed group among its sides ("rioters looted shops and
    clashed with police")."""
    if c.sub_event_type == _LOOTING:
        return True
    return c.family == "clash" and c.event_type == "Battles" and not any(
        s is not None and s.type in _ORGANISED for s in (c.actor1, c.actor2))


# Words between two triggers that make them two incidents (one answers or follows the other).
# (ثأراً has never been among them: adding it would change which triggers merge.)
_SEQUENCE = (*(w for w in RETALIATION_WORDS if w != "ثأراً"), "خلفية", *AFTER_WRITTEN, "ثم")


# Words between two pattern cues that make one the circumstance of the other (clashes "amid"
# shelling); a plain list (القصف والاشتباكات والتعذيب) names separate practices.
_OR = frozenset({"أو", "او", "or"})


_ACCOMPANY = ("بالتزامن", "وسط", "تحت", "ترافق", "رافقه", "رافقها", "تخللها", "تبعه", "تبعها",
              "يرافقه", "يرافقها", "ترافقت")


def _accompanied(a: Candidate, b: Candidate, text: str) -> bool:
    return _word_between(a, b, text, _ACCOMPANY)


def _in_order(a: Candidate, b: Candidate) -> tuple[Span, Span]:
    """The two triggers' spans, the earlier first (``a``'s on a tie, as a stable sort gives)."""
    sa, sb = a.trigger.span, b.trigger.span
    return (sb, sa) if sb.start < sa.start else (sa, sb)


def _alternatives(a: Candidate, b: Candidate, text: str) -> bool:
    """Two acts joined by "or" alone (قتلوا أو اعتقلوا): the outcomes of one tally."""
    first, second = _in_order(a, b)
    return text[first.end : second.start].strip() in _OR


def _word_between(a: Candidate, b: Candidate, text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (or it after و) stands between the two triggers."""
    first, second = _in_order(a, b)
    between = text[first.end : second.start]
    # A word can stand there only if its letters do: most of the time none do.
    if not any(w in between for w in words):
        return False
    return any(w.removeprefix("و") in words for w in between.split())


def _counted_apart(a: Candidate, b: Candidate, text: str) -> bool:
    """A marker of a while between them (غداة، بعد يومين من، بعد أيام على): two acts."""
    first, second = _in_order(a, b)
    return marked_between(text, first.end, second.start)
