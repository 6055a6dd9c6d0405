"""A pattern mention that restates an incident under another coding of the same act (merge rule
(4), merge_document).

"لقي تسعة أشخاص حتفهم في انفجار هز سوقا ... ولم يتبين حتى مساء الثلاثاء إن كان الانفجار من فعل
انتحاري أو عبوة": the second sentence tells the same blast as a suicide bombing, and its bound
"حتى مساء الثلاثاء" made it a pattern; "انقلب موكب إلى أعمال شغب طائفية ... واستمرت الاضطرابات حتى
مساء الأحد مع اشتباكات بين مسلمين وهندوس": the riot told again as mob violence. ACLED's codebook leaves
these sub-types to the analyst when an incident's tactics are unclear (devset conventions: one
event with several acceptable codings), so a mention judged a pattern only by a period or by
default (no pattern cue: يوميا، تتواصل) and coded as an alternative of a specific incident's
sub-type, at a compatible place, day and sides, is that incident. The fighting for a place is
part of its takeover (as merge.py's one-sentence rule has it) when it names that place or none.
Sub-types that name different acts (an air strike and a roadside bomb, an attack and an
abduction) never join.
"""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import PATTERN, date_ok, place_ok, sides_ok

# Sub-types an analyst may choose between for one incident (each group within one event type):
# a bomb's delivery (planted or carried by a bomber), a riot's organisation, and a takeover and
# the fighting that won it (at the same place: see ``_same_scene``). An air strike and shelling,
# or a peaceful protest and one broken up, are as often two acts at one place (barrel bombs on a
# camp also shelled, a sit-in near a town's riot): they never join here.
_GROUPS = (
    frozenset({"Remote explosive/landmine/IED", "Suicide bomb"}),
    frozenset({"Violent demonstration", "Mob violence"}),
    frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
)
_ALTERNATIVE = {s: g for g in _GROUPS for s in g}
# How a pattern was judged when nothing but its wording made it one (judge.py).
_WEAK_PATTERN = ("period", "default")


def alternative_codings(a: Candidate, b: Candidate) -> bool:
    """Same event type, different sub-types of one group of alternatives."""
    sa, sb = a.sub_event_type or "", b.sub_event_type or ""
    return (a.event_type == b.event_type and sa != sb
            and sb in _ALTERNATIVE.get(sa, frozenset()))


def may_restate(c: Candidate) -> bool:
    """``c``'s sub-type has alternatives: only then can ``restated_incident`` join it."""
    return (c.sub_event_type or "") in _ALTERNATIVE


def restated_incident(o: Candidate, c: Candidate) -> Candidate | None:
    """The specific one of ``o`` and ``c`` when the other is a weakly judged pattern telling it
    again under an alternative coding; else None."""
    if o.specificity == "specific" and c.specificity in PATTERN:
        incident, pattern = o, c
    elif c.specificity == "specific" and o.specificity in PATTERN:
        incident, pattern = c, o
    else:
        return None
    if pattern.spec_rule not in _WEAK_PATTERN or not alternative_codings(o, c):
        return None
    if sides_ok(o, c) and _same_scene(incident, pattern) and date_ok(o, c):
        return incident
    return None


def _same_scene(incident: Candidate, pattern: Candidate) -> bool:
    """The pattern is placed at the incident's place itself: not at another town of its
    governorate (clashes near one village and a field retaken nearby are two acts), nor nowhere
    ("meanwhile they fought off an attack on their positions" told beside a takeover)."""
    p, q = pattern.location, incident.location  # (perhaps only offered yet)
    return p is not None and q is not None and place_ok(p, q) and p.name == q.name
