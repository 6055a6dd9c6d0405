"""The day of a definite re-mention: an act named with the article (الانفجار، الهجوم) and no date
of its own refers to the same word told indefinitely a sentence or two before it ("قتل ثلاثة في
انفجار … اليوم السبت." then "وأكد شهود أن الانفجار سببه قنبلة."): it is that act, so it
takes the day of that sentence. The earlier mention may be no event of its own (a weak cue with
no context there): the word is what the article points back to."""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.event_dates import is_period, long_before
from marsad.model import DateValue, Mention

_BACK = 2  # sentences looked back
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _bare(word: str) -> str | None:
    """The word without its article (and the conjunctions or prepositions before it), when it
    has one: وبالانفجار -> انفجار; None for a word with no article."""
    for p in ("", *_PROCLITICS):
        if word.startswith(p + "ال") and len(word) > len(p) + 4:
            return word[len(p) + 2 :]
    return None


def antecedent_day(c: Candidate, dates: Located, idx: DocIndex) -> Mention | None:
    """The first day-precise date (not a period, not a month old) of the nearest earlier
    sentence, at most ``_BACK`` back, that holds the trigger's word without the article."""
    texts = idx.view.tokens.texts
    k = idx.tok(c.trigger.span.start)
    word = _bare(texts[k])
    if word is None:
        return None
    forms = {word, *(p + word for p in ("و", "ف", "ب", "ل", "في", "وب"))}
    for s in range(c.sent - 1, max(-1, c.sent - 1 - _BACK), -1):
        start, end = idx.tok(idx.sent_starts[s]), idx.tok(idx.sent_end(s) - 1) + 1
        if forms.isdisjoint(texts[start:end]):
            continue
        for d in dates.in_sentence(s):
            v = d.value
            if (isinstance(v, dict) and v.get("time_precision") == 1 and not is_period(d, idx)
                    and not long_before(d, idx)):
                return d
        return None  # (the nearest mention decides: an undated one lends nothing)
    return None


def lend_antecedent_day(c: Candidate, dates: Located, idx: DocIndex) -> None:
    """A specific candidate still undated takes its antecedent's day, marked weak (borrowed)."""
    if c.specificity != "specific" or c.date.start is not None or c.charged or not dates.items:
        return
    d = antecedent_day(c, dates, idx)
    if d is not None:
        v = d.value
        c.date = DateValue(v.get("start"), v.get("end"), v.get("time_precision"), d.text, d.span)
        c.date_weak = True
