"""An act named as the cause of a harm told with a past verb (أصيب مدنيون نتيجة قصف …، قتل
ثلاثة وأصيب آخرون في انفجار، killed in a blast) tells one incident that took place, not a
pattern, even with no day or known place: the verb says people were hurt by that act.
"""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.text.lexicon_scan import with_proclitics
from marsad.text.normalise import normalise_phrase

# Past (mostly passive) verbs of killing, wounding and death, as the tokens are (normalised).
_HARMED = frozenset(normalise_phrase(w) for w in (
    "قتل قتلت قتلوا قتلا قتلتا أصيب أصيبت أصيبوا أصيبا أصيبتا جرح جرحت جرحوا جرحا استشهد "
    "استشهدت استشهدوا استشهدا لقي لقيت لقوا لقيا توفي توفيت توفوا killed wounded injured died "
    "hurt"
).split())
_HARMED_TOKENS = with_proclitics(_HARMED)

# What names the cause right before the act's word (في انفجار، جراء قصف، نتيجة غارة، in a blast).
_CAUSE = frozenset(normalise_phrase(w) for w in (
    "في جراء إثر اثر نتيجة بسبب بفعل خلال in by during after"
).split())

# Words before a verb that make it not a past act (لم يصب، قد يقتل).
_NOT_PAST = frozenset(normalise_phrase(w) for w in "لم لن قد ان".split())

_REACH = 6  # words from the harm verb to the act's word


def harmed_in(c: Candidate, idx: DocIndex) -> bool:
    """A past harm verb at most ``_REACH`` words before the trigger, in its clause, and a
    cause word right before the trigger. Not for indefinite plurals (قتل المئات في غارات: a
    toll of many acts, a tally)."""
    if c.form == "plural":
        return False
    texts = idx.view.tokens.texts
    end = idx.tok(c.trigger.span.start)
    if end == 0 or texts[end - 1] not in _CAUSE:
        return False
    first = max(idx.tok(idx.clause_start(c.clause)), end - 1 - _REACH)
    return any(texts[k] in _HARMED_TOKENS and not (k > 0 and texts[k - 1] in _NOT_PAST)
               for k in range(first, end - 1))
