"""Details of an incident told after it: violent mentions with no evidence of their own.

A report gives an incident, then tells it again in detail ("a source said the attack with two
car bombs, followed by clashes, targeted a checkpoint"): those later mentions carry no day, no
precise place and no pattern cue (specificity judged ``default``). When an earlier specific
violent event fits their actors and place, they are that event (several tactics of one pair at
one place are one event, CODING §2), not a pattern. A change of territory is its own event: the
fighting told after a takeover is not folded into it, nor an answer to it ("retaliated with").
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import absorb, answered_by, compatible


def merge_elaborations(cands: Sequence[Candidate]) -> list[Candidate]:
    """Fold each evidence-less violent candidate into the latest earlier specific event it fits."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.trigger.span.start):
        host = None
        # A toll of its own would be pooled into the host's: such a mention stays apart.
        # A present tense (يقصف) tells a habit, not the incident again.
        if (c.spec_rule == "default" and c.violent and not c.headline and not c.killed
                and c.form != "present"):
            host = next(
                (o for o in reversed(out)
                 if o.specificity == "specific" and o.spec_rule != "default"
                 and o.violent and "Riots" not in (o.event_type, c.event_type)
                 and "territory" not in (o.family, c.family) and not answered_by(o, c)
                 and compatible(o, c, same_family=False, check_spec=False)),
                None,
            )
        if host is None:
            out.append(c)
        else:
            absorb(host, c)
    return out
