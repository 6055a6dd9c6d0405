"""Acts done to a counted group of people: an exact count right after an arrest or an abduction
(القبض على 13 عنصرا، اختطاف 5 مقاتلين; a figure, not a word) tells of one operation, not a practice."""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.text.normalise import normalise_phrase

COUNTED_ACTS = frozenset({"Arrests", "Abduction/forced disappearance"})
_COUNTED_REACH = 2  # (the count, or على and then the count)
_CASES = frozenset(normalise_phrase(w) for w in ("حالة", "حالات"))
# Words of a statistics report (رصدت الإحصائية، وثق التقرير): its counts are tallies of a period.
_TALLY = frozenset(normalise_phrase(w) for w in (
    "الإحصائية", "إحصائية", "الإحصائيات", "إحصائيات", "التقرير", "تقرير", "رصد", "رصدت", "وثق", "وثقت"))


def counted_object(c: Candidate, idx: DocIndex) -> bool:
    """An exact number (not a year, not a count of "cases") among the first words after the
    trigger, in its clause (القبض على 13 عنصرا), in a sentence that is no statistics report."""
    texts = idx.view.tokens.texts
    sent_start = idx.tok(idx.sent_starts[c.sent])
    sent_end = idx.tok(idx.sent_end(c.sent) - 1) + 1
    if not _TALLY.isdisjoint(texts[sent_start:sent_end]):
        return False
    k = idx.tok(c.trigger.span.end - 1) + 1
    last = min(idx.clause_end_token(c.clause), k + _COUNTED_REACH)
    for j in range(k, last):
        word = texts[j]
        if word.isdigit():
            return len(word) < 4 and (j + 1 >= len(texts) or texts[j + 1] not in _CASES)
    return False
