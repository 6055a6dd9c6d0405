"""A strike retold as a bare attack on civilians ("a house was targeted, killing two").

A second source often tells a strike again without its weapon: "وبحسب الشهود، استهدف منزل في الحي
مما أسفر عن مقتل شخصين" after "شنت طائرة غارة جوية على المدينة". With no side and no weapon of its
own, a targeting verb on civilians told in the province of an air or artillery strike (an incident,
not a pattern) up to ``_REACH`` sentences before, on its day or with none, is that strike: ACLED
codes the civilians a strike kills under the strike. A side named right after the verb (استهدف
مسلحون) makes it an act of its own, and so does an act another answers (ردا على استهداف).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import STRONG_SPEC, date_ok
from marsad.assemble.repeats import answering, bare_generic
from marsad.text.normalise import normalise_phrase

STRIKES = frozenset({"air", "shell"})  # the families of air strikes and shelling
# The verb of targeting with no weapon (استهدف منزل، تم استهداف): a shooting or a named attack
# (إطلاق نار، هجوم الأحواز) is an act of its own.
_TARGETED = tuple(normalise_phrase(w) for w in ("استهدف", "استهداف"))
# An armed doer written right after the verb (استهدف مسلحون، هاجم عناصر من التنظيم).
_DOER_AFTER = re.compile(
    r"^\s+(?:\S+\s+)?(?:[وف]?(?:ال)?(?:مسلح|عناصر|عنصر|مقاتل|مجهول|ميليشي|مليشي|قوات|جنود|جيش|"
    r"شرطة|انتحاري|طائر|مدفعي|gunmen|militants|fighters|troops|forces))")
_AFTER = 30  # characters after the verb where a doer is looked for
_REACH = 6  # sentences back to the strike: a second source's telling comes a paragraph on


def strike_retold(c: Candidate, events: Sequence[Candidate], gone: set[int], text: str) -> Candidate | None:
    """The strike a bare attack on civilians (``c``) tells again, if any (``gone``: ids already
    merged; ``text``: the document's original text)."""
    here = c.location
    if (c.sub_event_type != "Attack" or c.specificity in STRONG_SPEC or here is None
            or not bare_generic(c)
            or not normalise_phrase(c.trigger.text).lstrip("وف").startswith(_TARGETED)
            or answering(c, text)):
        return None  # (ردا على استهداف …: the act another answered, not a repeat of it)
    end = c.trigger.span.end
    if _DOER_AFTER.match(text[end : end + _AFTER]):
        return None
    start = c.trigger.span.start
    for o in reversed(events):
        if id(o) in gone or o is c or o.trigger.span.start >= start:
            continue
        if (o.family in STRIKES and o.specificity == "specific" and 0 <= c.sent - o.sent <= _REACH
                and (there := o.location) is not None and there.admin1 is not None
                and there.admin1 == here.admin1 and date_ok(o, c)):
            return o
    return None
