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

# Words before a past verb that make it no act done: a condition (إن قتل، إذا أصيب، لو قتلوا).
# Not قد (قد قتل: already killed, done); لم، لن and قد of a maybe stand before a present verb,
# which is no harm verb here. إن and أن are one word once normalised: أن after بعد، منذ، عقب
# tells a done act (بعد أن أصيب).
_NOT_PAST = frozenset(normalise_phrase(w) for w in "إن إذا لو".split())
_IF = normalise_phrase("إن")
_SINCE = frozenset(normalise_phrase(w) for w in "بعد منذ عقب".split())

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
    return any(texts[k] in _HARMED_TOKENS and not _conditional(texts, k)
               for k in range(first, end - 1))


def _conditional(texts: list[str], k: int) -> bool:
    """The past verb at token ``k`` follows a word of condition (``_NOT_PAST``), not أن of a
    done act (بعد أن)."""
    if k == 0 or texts[k - 1] not in _NOT_PAST:
        return False
    return not (texts[k - 1] == _IF and k > 1 and texts[k - 2] in _SINCE)
