"""English acts told as the answer to another ("the army retaliated with air strikes",
"responded by shelling", "in retaliation, ... fired rockets").

A retaliation is a new act, by the other side, after the act it answers: it is never the same
incident (CODING §2: one event is one actor pair's act at one place and day). So an answering
act is marked (``Candidate.answers``) and the merges keep it apart from the act it answers
(``merge``, ``elaborate``). Told after a specific act, the answer is one act too: a plural
("air strikes") with no evidence either way is then specific, not a pattern by default, and
``date_scope.date_responses`` dates it from the answered act's day.
"""

from __future__ import annotations

import re

from marsad.assemble.candidate import Candidate
from marsad.assemble.date_scope import ANSWER_BEFORE_EN, answer_cue_in
from marsad.assemble.doc import DocIndex
from marsad.assemble.markers import ANSWER_TO_EN
from marsad.assemble.merge_compat import absorb
from marsad.assemble.repeats import generic_attack

_REACH = 60  # characters before the trigger (inside its sentence) read for the answer words


# A definite noun right after the words naming what is answered ("responded to the shelling",
# "in retaliation for this attack"): the act answered, told before, named again.
_ANSWERED_EN = re.compile(
    r"\b(?:" + ANSWER_TO_EN + r")\s+(?:the|this|that|these|those|its|their)"
    r"\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def mark_answers(cands: list[Candidate], idx: DocIndex) -> list[Candidate]:
    """Mark each English violent candidate whose own words say it answers an act; a
    default-judged one answering a specific act told just before it (same or previous
    sentence) is specific. The answered act named again by a definite noun ("responded to
    the shelling") joins the latest act of its kind told before it (same or previous
    sentence; "the attack": any violent act)."""
    text = idx.view.original
    if idx.view.document.language != "en" or not answer_cue_in(text):
        return cands
    gone: set[int] = set()
    for c in cands:
        t = c.trigger.span
        if not c.violent:
            continue
        start = max(idx.sent_starts[c.sent], t.start - _REACH)
        if _ANSWERED_EN.search(text, start, t.start):
            any_act = generic_attack(c)  # "the attack": any violent act
            told = [o for o in cands if o.violent and not o.answers and id(o) not in gone
                    and (any_act or o.family == c.family)
                    and c.sent - 1 <= o.sent <= c.sent and o.trigger.span.end <= t.start]
            if told:
                absorb(told[-1], c)
                gone.add(id(c))
            continue
        if not ANSWER_BEFORE_EN.search(text, start, t.start):
            continue
        c.answers = True
        answered = [o for o in cands if o.violent and not o.answers and o.sent >= c.sent - 1
                    and o.trigger.span.end <= t.start]
        if answered and c.spec_rule == "default" and answered[-1].specificity == "specific":
            c.specificity, c.spec_rule = "specific", "answer"
            c.votes["specific"] += 1
    return [c for c in cands if id(c) not in gone] if gone else cands

