"""A bare attack word telling again an attack the report told before.

"قتل أربعة في إطلاق نار داخل جامعة في المدينة" and, paragraphs on, "ولم تتضح صلة بين هجوم الخميس
وأي نشاط متطرف": the later generic attack word (هجوم، عملية، استهدف) whose target no argument stated
is coded a battle only by its lexicon row, so the two mentions stayed apart as a clash and an attack
on civilians. Such a word, specific and in the singular, told after a specific attack on people
(gunfire, a bomb) at the very place (same name), on the same day or with one undated, between
agreeing sides, is that attack; the attack's coding stands. Another place or day, a plural
(هجمات), "another attack" (another, separate_incident: tried before) stay apart; a clash told
beside a shelling, an air strike or a takeover is as often a second act of the day, so those
are not joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.judge_types import TARGET_DEFAULT
from marsad.assemble.merge_compat import plural_act, same_named_place, sides_ok
from marsad.assemble.repeats import generic_attack

# The attacks on people a bare attack word may tell again.
_RETOLD = frozenset({"Attack", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})


def bare_attack(c: Candidate) -> bool:
    """A specific generic attack word in the singular, coded a battle only by default (no
    argument stated its target)."""
    return (c.sub_event_type == "Armed clash" and c.specificity == "specific" and not c.headline
            and generic_attack(c) and TARGET_DEFAULT in c.notes and not plural_act(c))


def told_attack(c: Candidate, out: Sequence[Candidate]) -> Candidate | None:
    """The attack told before (in ``out``) that the bare attack word ``c`` tells again, if any."""
    if not bare_attack(c) or c.location is None:
        return None
    start, day = c.trigger.span.start, c.date.start
    for o in out:
        if ((o.sub_event_type or "") in _RETOLD and o.specificity == "specific"
                and not o.headline and o.trigger.span.start < start and same_named_place(o, c)
                and (day is None or o.date.start is None or o.date.start == day)
                and sides_ok(o, c)):
            return o
    return None
