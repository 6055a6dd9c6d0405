"""A party's own aim told in the present tense is no incident.

"تقول أنقرة إنها تستهدف وحدات حماية الشعب"، "يقول الجيش إنه يستهدف مسلحين"، "بزعم أنها تحارب
الإرهاب": a present-tense act right after a complement that makes the speaker (or its operation)
its subject says what the party means to do or claims to be doing, as a description of its aims;
the incidents it reports are told elsewhere, in the past tense or with a day.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.assemble.markers import THAT_SELF
from marsad.recognise.triggers_lexicon import feminine_present, stem


def without_claimed_aims(cands: Sequence[Candidate], idx: DocIndex) -> list[Candidate]:
    """``cands`` but present-tense acts right after "إنها/أنه/بأنهم…" (a party's stated aim,
    or what it says it does not do: "إنها لا تستهدف المدنيين")."""
    return [c for c in cands if not (_present(c, idx) and _after_self(c, idx))]


def _after_self(c: Candidate, idx: DocIndex) -> bool:
    """The complement right before the trigger, maybe then لا ("إنها تستهدف"، "أنها لا تستهدف")."""
    texts = idx.view.tokens.texts
    before = [texts[k] for k in idx.before(c.trigger, 2)]
    if before and before[-1] == "لا":
        before.pop()
    return bool(before) and before[-1] in THAT_SELF


def _present(c: Candidate, idx: DocIndex) -> bool:
    """The trigger is a present-tense verb (also تستهدف in a noun row of the lexicon)."""
    if c.form == "present":
        return True
    word = idx.view.tokens.texts[idx.tok(c.trigger.span.start)]
    # (stem keeps the first letter, and a feminine present starts with ت: most words do not)
    return word.startswith("ت") and feminine_present(stem(word))
